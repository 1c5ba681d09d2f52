// The model's parameters (DESIGN §5.3) and scenarios (§5.4): defaults, overrides, validation
// with JSON paths, the presets, and the warnings for interventions that do nothing.
import { describe, expect, it } from 'vitest';
import { createExampleDocument } from '../../src/core/example/qic-example';
import { type Message, englishLocation, englishText } from '../../src/core/messages';
import { SimulationInputError, compileModel } from '../../src/core/simulation/model';
import {
  DEFAULT_MODEL_PARAMETERS,
  PARAMETER_NAMES,
  resolveParameters,
} from '../../src/core/simulation/parameters';
import {
  PRESETS,
  defaultPresetTeam,
  describePreset,
  findPreset,
  missingNeeds,
  presetScenarios,
} from '../../src/core/simulation/presets';
import { parseScenario, resolveScenarios } from '../../src/core/simulation/scenarios';
import { makeDocument } from '../helpers/documents';

const example = createExampleDocument();

describe('DEFAULT_MODEL_PARAMETERS', () => {
  it('holds the documented defaults, each within its range and bounds', () => {
    const values = Object.fromEntries(
      PARAMETER_NAMES.map((n) => [n, DEFAULT_MODEL_PARAMETERS[n].value]),
    );
    expect(values).toEqual({
      weeks: 78,
      qicWeeks: 52,
      pL: 0.35,
      pc: 0.1,
      pr: 0.03,
      q: 0.15,
      lambda: 0.03,
      boost: 2,
      gamma: 0.05,
      mu: 0.2,
      alpha: 0.08,
      theta: 0.25,
      zeta: 0.5,
      deltaE: 0.03,
      deltaC: 0.003,
      chi0: 0.04,
      tauX: 0.05,
      g: 1,
      tauP: 8,
      h: 0.18 / 52,
      hc: 0.12 / 52,
      v: 6,
      vc: 12,
      kappa: 1,
      initialActive: 0.2,
      supportGatesAll: 1,
      coordinatorActivates: 1,
      coordinatorAlwaysActive: 1,
      coordinatorConsolidates: 1,
      coordinatorTransfers: 1,
    });
    for (const name of PARAMETER_NAMES) {
      const spec = DEFAULT_MODEL_PARAMETERS[name];
      expect(spec.range[0], name).toBeLessThanOrEqual(spec.value);
      expect(spec.value, name).toBeLessThanOrEqual(spec.range[1]);
      expect(spec.bounds[0], name).toBeLessThanOrEqual(spec.range[0]);
      expect(spec.range[1], name).toBeLessThanOrEqual(spec.bounds[1]);
    }
    expect(DEFAULT_MODEL_PARAMETERS.alpha.range).toEqual([0.04, 0.15]);
    expect(DEFAULT_MODEL_PARAMETERS.chi0.range).toEqual([0.02, 0.08]);
  });

  it('takes overrides by name; unknown names and values out of bounds are errors with the path', () => {
    const warnings: Message[] = [];
    const ok = resolveParameters({ alpha: 0.1, chi0: 0.12 }, warnings);
    expect(ok.errors).toEqual([]);
    expect(ok.parameters.alpha).toBe(0.1);
    expect(warnings).toEqual([
      {
        code: 'sim_param_outside_range',
        params: { value: 0.12, min: 0.02, max: 0.08 },
        at: { path: ['parameters', 'chi0'] },
      },
    ]);
    expect(englishText(warnings[0]!)).toBe(
      'parameters.chi0: 0.12 is outside the documented range [0.02, 0.08]',
    );
    const bad = resolveParameters({ alfa: 0.1, q: 1.5, weeks: 10.5 });
    expect(bad.errors.map((e) => englishLocation(e.at!))).toEqual([
      'parameters.alfa',
      'parameters.q',
      'parameters.weeks',
    ]);
    expect(englishText(bad.errors[0]!, false)).toMatch(/unknown model parameter "alfa"/);
    expect(englishText(bad.errors[1]!, false)).toBe('1.5 is outside [0, 1]');
    expect(() => compileModel({ ...example, parameters: { alfa: 1 } })).toThrow(
      /parameters\.alfa: unknown model parameter/,
    );
  });
});

describe('scenarios', () => {
  it('every preset of DESIGN §5.4 is valid and compiles on the example without warnings', () => {
    expect(presetScenarios(example).map((s) => s.id)).toEqual([
      'support-removed',
      'support-withdrawn-26',
      'coordinator-leaves',
      'coordinator-replaced',
      'coordinator-leaves-support-stays',
      'member-leaves',
      'matched-member-leaves',
      'consolidate',
      'connect-coordinators',
      'regional-coordinator-leaves',
      'turnover-burst',
      'complex',
      'centralise',
    ]);
    for (const preset of presetScenarios(example)) {
      expect(parseScenario(preset).ok, preset.id).toBe(true);
      const model = compileModel(example, preset);
      const own = model.warnings.filter((w) => w.at?.path?.[0] === 'scenario');
      // χ₀ ×3 leaves the documented range on purpose: that is the point of the preset.
      expect(
        own.filter((w) => w.code !== 'sim_param_outside_range'),
        preset.id,
      ).toEqual([]);
    }
  });

  it('the per-team presets take the team and the week, and name the team by its label', () => {
    const s = findPreset('coordinator-replaced', example, { team: 'team-ed', week: 5 })!;
    expect(s.interventions).toEqual([
      {
        week: 5,
        action: 'remove-actors',
        actors: { role: 'coordinator', group: 'team-ed' },
        vacancyWeeks: 12,
      },
    ]);
    const ed = example.groups.find((g) => g.id === 'team-ed')!.label;
    expect(s.label).toBe(`The coordinator of "${ed}" leaves at week 5, replaced after 12 weeks`);
    expect(PRESETS.filter((p) => p.perTeam).map((p) => p.id)).toEqual([
      'coordinator-leaves',
      'coordinator-replaced',
      'coordinator-leaves-support-stays',
      'member-leaves',
      'matched-member-leaves',
    ]);
  });

  it('keeps what the study reports apart from what the model assumes in every preset', () => {
    for (const preset of presetScenarios(example)) {
      const texts = describePreset(preset.id, example)!;
      const finding = englishText(texts.finding);
      const assumption = englishText(texts.assumption);
      expect(finding, preset.id).toMatch(/^The study (reports|recommends|does not)/);
      expect(assumption, preset.id).toMatch(/^The model /);
      expect(preset.description).toBe(`${finding} ${assumption}`);
      // A model consequence is never put in the study's mouth.
      expect(finding, preset.id).not.toMatch(/found .*precondition for progress|stalls|predicts/);
    }
  });

  it('picks a default team with a coordinator and members, never a hard-coded id', () => {
    expect(defaultPresetTeam(example)).toBe(
      example.groups.find(
        (g) =>
          g.kind === 'team' &&
          example.actors.some((a) => a.group === g.id && a.role === 'coordinator') &&
          example.actors.some((a) => a.group === g.id && a.role === 'member'),
      )!.id,
    );
    const doc = makeDocument(
      [
        ['m1', 'member', 'lonely'],
        ['c', 'coordinator', 'full'],
        ['m2', 'member', 'full'],
      ],
      [],
      [
        { id: 'empty', kind: 'team' },
        { id: 'lonely', kind: 'team' },
        { id: 'full', kind: 'team' },
      ],
    );
    expect(defaultPresetTeam(doc)).toBe('full');
    expect(defaultPresetTeam({ ...doc, actors: [] })).toBe('empty');
    expect(defaultPresetTeam({ ...doc, groups: [] })).toBeUndefined();
  });

  it('says what a preset lacks in a network, in the chosen team or anywhere', () => {
    const preset = (id: string) => PRESETS.find((p) => p.id === id)!;
    const doc = makeDocument(
      [
        ['m1', 'member', 'a'],
        ['c', 'coordinator', 'b'],
        ['m2', 'member', 'b'],
        ['boss', 'manager'],
      ],
      [['m2', 'boss', 'support', 0.5]],
      [
        { id: 'a', kind: 'team' },
        { id: 'b', kind: 'team' },
      ],
    );
    expect(missingNeeds(doc, preset('coordinator-leaves'), 'a')).toEqual(['coordinator']);
    expect(missingNeeds(doc, preset('coordinator-leaves'), 'b')).toEqual([]);
    expect(missingNeeds(doc, preset('coordinator-leaves-support-stays'), 'a')).toEqual([
      'coordinator',
      'support',
    ]);
    expect(missingNeeds(doc, preset('coordinator-leaves'), 'nowhere')).toEqual(['coordinator']);
    expect(missingNeeds(doc, preset('support-removed'))).toEqual([]);
    expect(missingNeeds(doc, preset('regional-coordinator-leaves'))).toEqual([
      'regional-coordinator',
    ]);
    expect(missingNeeds(example, preset('regional-coordinator-leaves'))).toEqual([]);
  });

  it('accepts the example of DESIGN §5.4, with weeks defaulting to 0', () => {
    const parsed = parseScenario({
      id: 'support-withdrawn',
      label: 'Management withdraws support at week 26',
      interventions: [
        { week: 26, action: 'remove-ties', ties: { kind: 'support' } },
        {
          week: 20,
          action: 'remove-actors',
          actors: { role: 'coordinator', group: 'team-ortho' },
          vacancyWeeks: 12,
        },
        { action: 'set-support', groups: { kind: 'team' }, level: 0.3 },
        { action: 'add-ties', between: { role: 'coordinator' }, kind: 'coordination', weight: 0.7 },
        { action: 'turnover-burst', week: 26, fraction: 0.3, actors: { role: 'member' } },
        { action: 'set-parameter', name: 'chi0', multiply: 3 },
      ],
    });
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.scenario.interventions[2]!.week).toBe(0);
  });

  it('names the JSON path of every error', () => {
    const parsed = parseScenario(
      {
        id: 's',
        label: 'S',
        interventions: [
          { action: 'remove-ties', ties: { kind: 'support', colour: 'red' } },
          { action: 'set-support', groups: {}, level: 2 },
          { action: 'set-parameter', name: 'nope', value: 1 },
          { action: 'add-ties', from: { role: 'member' }, kind: 'leadership' },
          { action: 'explode' },
        ],
      },
      ['scenarios', 3],
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const paths = parsed.errors.map((e) => englishLocation(e.at!));
    expect(paths).toContain('scenarios[3].interventions[0].ties');
    expect(paths).toContain('scenarios[3].interventions[1].level');
    expect(paths).toContain('scenarios[3].interventions[3]');
    expect(paths).toContain('scenarios[3].interventions[4].action');
    const unknown = parseScenario({
      id: 's',
      label: 'S',
      interventions: [{ action: 'set-parameter', name: 'nope', value: 1 }],
    });
    expect(unknown.ok || unknown.errors.map((e) => englishText(e))).toEqual([
      expect.stringMatching(/^interventions\[0\]\.name: unknown model parameter "nope"/),
    ]);
  });

  it('resolves preset ids, scenarios saved in the document, and refuses unknown ids', () => {
    const saved = { id: 'mine', label: 'Mine', interventions: [] };
    const { scenarios, origins } = resolveScenarios({ ...example, scenarios: [saved] }, [
      'consolidate',
      'mine',
    ]);
    expect(scenarios.map((s) => s.id)).toEqual(['consolidate', 'mine']);
    expect(origins).toEqual(['preset', 'document']);
    expect(() => resolveScenarios(example, ['nope'])).toThrow(SimulationInputError);
    expect(() => resolveScenarios(example, ['consolidate'], { team: 'nope' })).toThrow(
      /team: no team with id "nope"/,
    );
    expect(() => resolveScenarios(example, ['nope'])).toThrow(
      /scenarios\[0\]: no preset or saved scenario "nope"/,
    );
  });

  it('warns when an intervention selects nothing or comes after the horizon', () => {
    const model = compileModel(example, {
      id: 'odd',
      label: 'Odd',
      interventions: [
        { week: 0, action: 'remove-actors', actors: { role: 'surgeon' } },
        { week: 0, action: 'remove-ties', ties: { kind: 'friendship' } },
        { week: 0, action: 'set-support', groups: { kind: 'organization' }, level: 1 },
        { week: 100, action: 'turnover-burst', fraction: 0.5, actors: {} },
        {
          week: 0,
          action: 'add-ties',
          between: { group: 'no-such-group' },
          kind: 'coordination',
          weight: 1,
        },
      ],
    });
    const messages = model.warnings
      .filter((w) => w.at?.path?.[0] === 'scenario')
      .map((w) => englishText(w));
    expect(messages).toEqual([
      'scenario.odd.interventions[0]: selects no actors: nothing happens',
      'scenario.odd.interventions[1]: selects no ties: nothing happens',
      'scenario.odd.interventions[2]: selects no team: nothing happens',
      'scenario.odd.interventions[3].week: week 100 is after the horizon (78 weeks): never applied',
      'scenario.odd.interventions[4].between.group: no group with id "no-such-group"',
      'scenario.odd.interventions[4]: selects no pair of actors: nothing happens',
    ]);
  });

  it('refuses a set-parameter that takes a value out of bounds, naming the path', () => {
    expect(() =>
      compileModel(example, {
        id: 'x',
        label: 'X',
        interventions: [{ week: 3, action: 'set-parameter', name: 'q', multiply: 10 }],
      }),
    ).toThrow(/scenario\.x\.interventions\[0\]\.multiply: 1\.5 is outside \[0, 1\]/);
  });
});

describe('set-parameter over time', () => {
  it('applies multipliers to the value in force at their week, whatever the list order', () => {
    const model = compileModel(example, {
      id: 'p',
      label: 'P',
      interventions: [
        { week: 10, action: 'set-parameter', name: 'chi0', multiply: 2 },
        { week: 5, action: 'set-parameter', name: 'chi0', value: 0.03 },
        { week: 0, action: 'set-parameter', name: 'alpha', value: 0.1 },
      ],
    });
    expect(model.params.alpha).toBe(0.1);
    expect(model.params.chi0).toBe(0.04);
    expect(
      model.interventions.map((iv) => (iv.action === 'set-parameter' ? [iv.week, iv.value] : null)),
    ).toEqual([
      [5, 0.03],
      [10, 0.06],
    ]);
  });
});
