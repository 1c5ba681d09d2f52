// The scenario form's drafts become valid scenario data (DESIGN §5.4) with only the filled-in
// selector fields.
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/core/simulation/scenarios';
import { ACTIONS, newIntervention, toScenario } from '../../src/ui/simulation/scenario-draft';

describe('scenario drafts', () => {
  it('make a valid scenario for every action', () => {
    const drafts = ACTIONS.map((a) => ({
      ...newIntervention(a.action),
      week: 5,
      group: 'team-ortho',
    }));
    const scenario = toScenario('Everything at once', '', drafts);
    const parsed = parseScenario(scenario);
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
    expect(scenario.id).toBe('custom-everything-at-once');
  });

  it('keep only the selector fields given', () => {
    const draft = {
      ...newIntervention('remove-actors'),
      role: 'coordinator',
      group: 'team-ed',
      amount: 12,
      week: 20,
    };
    expect(toScenario('Coordinator leaves', '', [draft]).interventions).toEqual([
      {
        week: 20,
        action: 'remove-actors',
        actors: { role: 'coordinator', group: 'team-ed' },
        vacancyWeeks: 12,
      },
    ]);
    const ties = { ...newIntervention('remove-ties'), kind: 'support' };
    expect(toScenario('x', '', [ties]).interventions).toEqual([
      { week: 0, action: 'remove-ties', ties: { kind: 'support' } },
    ]);
  });
});
