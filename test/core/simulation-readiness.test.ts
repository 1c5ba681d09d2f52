// The readiness check before a run (issue 11): what the model needs, per team by its label, and
// one plain reason when nothing can be simulated. Checked against the engine itself: a network
// the check blocks for want of support gives an all-zero result when it is run anyway, and the
// example (not blocked) does not.
import { describe, expect, it } from 'vitest';
import { englishText } from '../../src/core/messages';
import { createExampleDocument } from '../../src/core/example/qic-example';
import { checkReadiness } from '../../src/core/simulation/readiness';
import { simulate } from '../../src/core/simulation/monte-carlo';
import { makeDocument } from '../helpers/documents';

const codes = (r: ReturnType<typeof checkReadiness>) => r.findings.map((f) => f.code);

/** Two teams, one coordinator each, leadership ties, support ties to a manager. */
function twoTeams(options: { support?: boolean; managerRole?: string; leadership?: boolean } = {}) {
  const { support = true, managerRole = 'manager', leadership = true } = options;
  return makeDocument(
    [
      ['a1', 'coordinator', 'A'],
      ['a2', 'member', 'A'],
      ['b1', 'coordinator', 'B'],
      ['b2', 'member', 'B'],
      ['boss', managerRole],
    ],
    [
      ...(leadership
        ? ([
            ['a2', 'a1', 'leadership'],
            ['b2', 'b1', 'leadership'],
          ] as [string, string, string][])
        : []),
      ...(support
        ? ([
            ['a1', 'boss', 'support', 0.8],
            ['b1', 'boss', 'support', 0.4],
          ] as [string, string, string, number][])
        : []),
    ],
    [
      { id: 'A', kind: 'team' },
      { id: 'B', kind: 'team' },
    ],
  );
}

describe('checkReadiness', () => {
  it('reads the example: six teams by label, ready, the medical ward without support recorded', () => {
    const r = checkReadiness(createExampleDocument());
    expect(r.blocker).toBeNull();
    expect(r.teams.map((t) => t.label)).toEqual([
      'Orthopaedic ward',
      'Emergency department',
      'Medical ward',
      'Home care north',
      'Rehabilitation centre',
      'Søhøj nursing home',
    ]);
    const med = r.teams.find((t) => t.id === 'team-med')!;
    expect(med.problems).toEqual(['no-support']);
    expect(med.supportRecorded).toBeNull();
    expect(med.progresses).toBe(false);
    expect(r.findings.map((f) => englishText(f))).toEqual([
      '"Medical ward" has no support from management recorded.',
    ]);
    const ortho = r.teams.find((t) => t.id === 'team-ortho')!;
    expect(ortho.coordinators).toEqual(['team-ortho-c']);
    expect(ortho.supportFrom).toEqual(['mgr-hospital']);
    expect(ortho.progresses).toBe(true);
  });

  it('blocks a network without teams, offering the groups that hold people as teams', () => {
    const doc = makeDocument(
      [
        ['a', 'member', 'ward'],
        ['b', 'member', 'ward'],
        ['c', 'member', 'dept'],
        ['boss', 'manager', 'hospital'],
      ],
      [],
      [
        { id: 'hospital', kind: 'organization' },
        { id: 'ward', kind: 'group' },
        { id: 'dept', kind: 'department', parent: 'hospital' },
      ],
    );
    const r = checkReadiness(doc);
    expect(r.blocker?.code).toBe('ready_no_teams_groups');
    expect(englishText(r.blocker!)).toMatch(/^The network has no teams, so there is nothing/);
    expect(englishText(r.blocker!)).toContain('Mark the groups that are teams as teams (2 may be)');
    // An organization is never offered; a group of people is, whatever its kind is called.
    expect(r.candidates.map((c) => [c.id, c.people])).toEqual([
      ['ward', 2],
      ['dept', 1],
    ]);
    expect(checkReadiness(makeDocument([['a', 'member']])).blocker?.code).toBe('ready_no_teams');
  });

  it('blocks teams without a manager, and names what each team lacks', () => {
    const r = checkReadiness(twoTeams({ support: false, managerRole: 'member' }));
    expect(r.blocker?.code).toBe('ready_no_managers');
    expect(r.managers).toEqual([]);
    expect(r.teams.map((t) => t.problems)).toEqual([['no-support'], ['no-support']]);
    expect(codes(r)).toEqual(['ready_team_no_support', 'ready_team_no_support']);
  });

  it('blocks when managers are there but no team has a support tie to one', () => {
    expect(checkReadiness(twoTeams({ support: false })).blocker?.code).toBe('ready_no_support');
  });

  it('counts support only to a manager, and says who the team looks to instead', () => {
    const doc = makeDocument(
      [
        ['a1', 'coordinator', 'A'],
        ['a2', 'member', 'A'],
        ['chief', 'regional-coordinator'],
      ],
      [
        ['a2', 'a1', 'leadership'],
        ['a1', 'chief', 'support'],
      ],
      [{ id: 'A', kind: 'team' }],
    );
    const r = checkReadiness(doc);
    expect(r.teams[0]!.supportToOthers).toEqual(['chief']);
    expect(englishText(r.findings[0]!)).toBe(
      '"A" looks to "chief" for support, but the model counts support from managers only: none recorded.',
    );
    expect(r.blocker?.code).toBe('ready_no_managers');
  });

  it('lets a run go ahead when a level of support is assumed for unrecorded teams', () => {
    const doc = twoTeams({ support: false });
    const valued = checkReadiness(doc, { assume: 'value', value: 0.5 });
    expect(valued.blocker).toBeNull();
    expect(valued.teams.map((t) => t.supportUsed)).toEqual([0.5, 0.5]);
    expect(valued.teams.every((t) => t.progresses)).toBe(true);
    // The median of the teams with a record: none here, so nothing is assumed.
    expect(checkReadiness(doc, { assume: 'median' }).blocker?.code).toBe('ready_no_support');
    // With one team recorded, the other is assumed to have its support.
    const one = makeDocument(
      [
        ['a1', 'coordinator', 'A'],
        ['a2', 'member', 'A'],
        ['b1', 'coordinator', 'B'],
        ['b2', 'member', 'B'],
        ['boss', 'manager'],
      ],
      [
        ['a2', 'a1', 'leadership'],
        ['b2', 'b1', 'leadership'],
        ['a1', 'boss', 'support', 0.6],
      ],
      [
        { id: 'A', kind: 'team' },
        { id: 'B', kind: 'team' },
      ],
    );
    expect(checkReadiness(one, { assume: 'median' }).teams.map((t) => t.supportUsed)).toEqual([
      0.6, 0.6,
    ]);
    expect(checkReadiness(one).teams.map((t) => t.supportUsed)).toEqual([0.6, 0]);
  });

  it('blocks teams without leadership ties among their people', () => {
    const r = checkReadiness(twoTeams({ leadership: false }));
    expect(r.blocker?.code).toBe('ready_no_leadership');
    expect(codes(r)).toEqual(['ready_team_no_leadership', 'ready_team_no_leadership']);
  });

  it('counts people in a subgroup of a team, and reports an empty team and a missing coordinator', () => {
    const doc = makeDocument(
      [
        ['a1', 'member', 'A-night'],
        ['a2', 'member', 'A'],
        ['boss', 'manager'],
      ],
      [
        ['a2', 'a1', 'leadership'],
        ['a1', 'boss', 'support'],
      ],
      [
        { id: 'A', kind: 'team' },
        { id: 'A-night', kind: 'shift', parent: 'A' },
        { id: 'E', kind: 'team' },
      ],
    );
    const r = checkReadiness(doc);
    expect(r.blocker).toBeNull();
    expect(r.teams[0]!.people).toEqual(['a1', 'a2']);
    expect(r.teams[0]!.problems).toEqual(['no-coordinator']);
    expect(r.teams[1]!.problems).toEqual(['empty']);
    expect(codes(r)).toEqual(['ready_team_no_coordinator', 'ready_team_empty']);
    // A subgroup of a team is not offered as a team of its own.
    expect(r.candidates).toEqual([]);
  });

  it('agrees with the engine: what it blocks for want of support would simulate as all zeros', () => {
    const blocked = twoTeams({ support: false });
    expect(checkReadiness(blocked).blocker).not.toBeNull();
    const zero = simulate(blocked, { runs: 5, weeks: 30 });
    expect(Math.max(...zero.baseline.overall.quantiles['95'])).toBe(0);
    const ready = twoTeams();
    expect(checkReadiness(ready).blocker).toBeNull();
    const some = simulate(ready, { runs: 5, weeks: 30 });
    expect(Math.max(...some.baseline.overall.mean)).toBeGreaterThan(0);
    // Per team too: the example's medical ward, without support recorded, stays at 0.
    const example = simulate(createExampleDocument(), { runs: 3, weeks: 20 });
    for (const team of checkReadiness(createExampleDocument()).teams) {
      const top = Math.max(...example.baseline.teams[team.id]!.mean);
      if (team.progresses) expect(top, team.label).toBeGreaterThan(0);
      else expect(top, team.label).toBe(0);
    }
  });
});
