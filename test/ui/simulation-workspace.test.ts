// The scenario workspace's logic, in Node: which network a result belongs to (another network
// clears it, an edit of what the model reads greys it, a drag does not); the chart's panels,
// axis and small-multiples grid; the paired difference with its CI and spread; the warnings
// grouped by finding with teams by label; the fix-its as undoable commands; and the PNG text
// chunk that carries a chart's provenance.
import { describe, expect, it } from 'vitest';
import { applyCommand, describeCommand } from '../../src/core/commands';
import { englishText } from '../../src/core/messages';
import { checkRules } from '../../src/core/document';
import { createExampleDocument } from '../../src/core/example/qic-example';
import { simulate } from '../../src/core/simulation/monte-carlo';
import { findPreset } from '../../src/core/simulation/presets';
import { say } from '../../src/core/simulation/messages';
import { resultStanding } from '../../src/state/result-standing';
import { addPngText, readPngText } from '../../src/ui/simulation/png-text';
import {
  ALL_TEAMS,
  axisTop,
  chartPanels,
  chartRows,
  differenceAt,
  interventionWeeks,
  multiplesGrid,
  percentPoints,
} from '../../src/ui/simulation/series';
import { groupWarnings } from '../../src/ui/simulation/warnings';
import {
  addSupportCommand,
  markTeamsCommand,
  setRoleCommand,
} from '../../src/ui/simulation/readiness-fixes';
import { checkReadiness } from '../../src/core/simulation/readiness';
import { scenarioChoices, teamChoices } from '../../src/ui/simulation/preset-choices';
import { makeDocument } from '../helpers/documents';

const example = createExampleDocument();

describe('resultStanding', () => {
  const origin = { revision: 4, network: 'n1', doc: example, scenarioId: 'support-removed' };

  it('is current for the revision run, and for a drag or a new title of the same network', () => {
    expect(resultStanding(origin, example, 4, 'n1')).toBe('current');
    const dragged = applyCommand(example, {
      type: 'actors/move',
      moves: [{ id: 'team-ed-c', position: { x: 1, y: 2 } }],
    }).doc;
    expect(resultStanding(origin, dragged, 5, 'n1')).toBe('current');
    const renamed = applyCommand(dragged, { type: 'meta/update', patch: { title: 'New' } }).doc;
    expect(resultStanding(origin, renamed, 6, 'n1')).toBe('current');
  });

  it('is edited after a change the model reads: a tie, a role, a parameter', () => {
    const tie = example.ties.find((t) => t.kind === 'support')!;
    const noTie = applyCommand(example, { type: 'ties/delete', ids: [tie.id] }).doc;
    expect(resultStanding(origin, noTie, 5, 'n1')).toBe('edited');
    const role = applyCommand(example, {
      type: 'actors/update',
      id: 'team-ed-1',
      patch: { role: 'coordinator' },
    }).doc;
    expect(resultStanding(origin, role, 5, 'n1')).toBe('edited');
    const parameter = applyCommand(example, {
      type: 'parameters/set',
      name: 'chi0',
      value: 0.05,
    }).doc;
    expect(resultStanding(origin, parameter, 5, 'n1')).toBe('edited');
  });

  it('is edited when the saved scenario that was run changes, not when another is saved', () => {
    const scenario = {
      id: 'mine',
      label: 'Mine',
      interventions: [{ week: 3, action: 'remove-ties', ties: { kind: 'support' } }],
    };
    const saved = applyCommand(example, { type: 'scenarios/save', scenario }).doc;
    const ran = { ...origin, doc: saved, scenarioId: 'mine' };
    const other = applyCommand(saved, {
      type: 'scenarios/save',
      scenario: { ...scenario, id: 'other' },
    }).doc;
    expect(resultStanding(ran, other, 9, 'n1')).toBe('current');
    const changed = applyCommand(saved, {
      type: 'scenarios/save',
      scenario: { ...scenario, interventions: [{ ...scenario.interventions[0], week: 9 }] },
    }).doc;
    expect(resultStanding(ran, changed, 9, 'n1')).toBe('edited');
  });

  it('is other on another network, even one with the same revision and content', () => {
    expect(resultStanding(origin, example, 4, 'n2')).toBe('other');
    expect(resultStanding(null, example, 4, 'n1')).toBe('none');
  });
});

describe('the chart and the paired difference', () => {
  const result = simulate(example, {
    runs: 6,
    weeks: 30,
    scenarios: [findPreset('support-withdrawn-26')!],
  });
  const run = result.scenarios['support-withdrawn-26']!;
  const label = (id: string) => example.groups.find((g) => g.id === id)?.label ?? id;
  const panels = chartPanels(result.baseline, run, label, 'All teams');

  it('has the all-teams panel first, then each team by its label', () => {
    expect(panels.map((p) => p.id)).toEqual([ALL_TEAMS, ...result.teamIds]);
    expect(panels[1]!.label).toBe('Orthopaedic ward');
    expect(panels[0]!.difference).toBe(run.difference.overall);
    const rows = chartRows(panels.slice(0, 1));
    expect(rows).toHaveLength(2 * 31);
    expect(rows[31]).toMatchObject({ series: 'Scenario', week: 0, panel: ALL_TEAMS });
  });

  it('tops the progress axis just above the highest band, within 0.2 and 1', () => {
    const rows = chartRows(panels);
    const high = Math.max(...rows.map((r) => r.q95));
    const top = axisTop(rows);
    expect(top).toBeGreaterThan(high);
    expect(top - high).toBeLessThanOrEqual(0.2 + 1e-9);
    expect(axisTop([])).toBe(0.2);
    expect(axisTop([{ ...rows[0]!, q95: 0.97 }])).toBe(1);
  });

  it('reads the difference at a week, with the CI of the mean when the result has one', () => {
    const d = differenceAt(panels[0]!.difference, 28)!;
    expect(d.mean).toBe(run.difference.overall.mean[28]);
    expect([d.low, d.high]).toEqual([
      run.difference.overall.quantiles['5'][28],
      run.difference.overall.quantiles['95'][28],
    ]);
    expect(d.below).toBe(run.difference.overall.negative![28]);
    expect(differenceAt(panels[0]!.difference, 31)).toBeNull();
    // The 95 % CI of the mean, read apart from the spread of the runs.
    const ci95 = run.difference.overall.ci95;
    expect(d.ci).toEqual([ci95.lower[28], ci95.upper[28]]);
    expect(d.ci).not.toEqual([d.low, d.high]);
    // One replicate has no interval of its mean.
    const one = { ...panels[0]!.difference, ci95: { lower: [null], upper: [null] } };
    expect(differenceAt(one, 0)!.ci).toBeNull();
  });

  it('lays out small multiples so panels come out large and wider than high', () => {
    // 3×3 panels of 213×100 px beat 4×2 of 160×123 (123 px high at most: 1.3 times narrower).
    expect(multiplesGrid(7, 640, 300)).toEqual({ columns: 3, rows: 3 });
    expect(multiplesGrid(7, 900, 250)).toEqual({ columns: 4, rows: 2 });
    expect(multiplesGrid(7, 300, 700)).toEqual({ columns: 1, rows: 7 });
    expect(multiplesGrid(1, 640, 300)).toEqual({ columns: 1, rows: 1 });
  });

  it('reads differences as signed percentage points in the language', () => {
    expect([-0.1234, 0.015, 0].map(percentPoints('en'))).toEqual(['-12.3', '+1.5', '0.0']);
    expect(percentPoints('da')(-0.1234)).toBe('-12,3');
  });

  it('marks the weeks a scenario intervenes', () => {
    expect(interventionWeeks(findPreset('support-withdrawn-26')!)).toEqual([26]);
    expect(interventionWeeks(findPreset('centralise')!)).toEqual([0]);
    expect(interventionWeeks(null)).toEqual([]);
  });
});

describe('the presets offered on a network', () => {
  const unavailable = (doc: Parameters<typeof scenarioChoices>[0]) =>
    Object.fromEntries(
      scenarioChoices(doc, null)
        .filter((c) => c.unavailable !== null)
        .map((c) => [c.id, c.unavailable]),
    );

  it('offers every preset on the example, per-team ones naming the default team by label', () => {
    const choices = scenarioChoices(example, null);
    expect(unavailable(example)).toEqual({});
    const leaves = choices.find((c) => c.id === 'coordinator-leaves')!;
    expect(leaves.perTeam).toBe(true);
    expect(leaves.label).toContain('Orthopaedic ward');
    expect(
      scenarioChoices(example, 'team-ed').find((c) => c.id === 'coordinator-leaves')!.label,
    ).toContain('Emergency department');
    expect(choices.find((c) => c.id === 'support-withdrawn-26')!.description).toContain(
      'The study reports',
    );
  });

  it('disables what the network lacks, with the reason, and the teams a preset cannot act on', () => {
    const doc = makeDocument(
      [
        ['a1', 'coordinator', 'A'],
        ['a2', 'member', 'A'],
        ['b1', 'member', 'B'],
        ['boss', 'manager'],
      ],
      [
        ['a2', 'a1', 'leadership'],
        ['a1', 'boss', 'support'],
      ],
      [
        { id: 'A', kind: 'team' },
        { id: 'B', kind: 'team' },
      ],
    );
    expect(unavailable(doc)).toEqual({ 'regional-coordinator-leaves': 'no regional coordinator' });
    expect(teamChoices(doc, 'coordinator-leaves')).toEqual([
      { id: 'A', label: 'A', unavailable: null },
      { id: 'B', label: 'B', unavailable: 'no local coordinator' },
    ]);
    const none = makeDocument([
      ['a', 'member'],
      ['boss', 'manager'],
    ]);
    expect(unavailable(none)['coordinator-leaves']).toBe('no teams');
    expect(unavailable(none)['support-removed']).toBe('no support from management recorded');
  });
});

describe('groupWarnings', () => {
  it('groups a finding about several teams into one, by label, and keeps the others apart', () => {
    const warnings = [
      say('sim_team_no_coordinator', { team: 'Ward A' }, { path: ['groups', 5] }),
      say('sim_selects_no_ties', {}, { path: ['scenario', 'x'] }),
      say('sim_support_not_recorded_none', { teams: ['Medical ward', 'Home care'] }),
      say('sim_team_no_coordinator', { team: 'Ward B' }),
    ];
    const groups = groupWarnings(warnings);
    expect(groups.map((g) => [g.what(), g.teams])).toEqual([
      ['No local coordinator', ['Ward A', 'Ward B']],
      ['', []],
      ['Support from management not recorded, none assumed', ['Medical ward', 'Home care']],
    ]);
    expect(groups[0]!.messages).toEqual([warnings[0], warnings[3]]);
  });
});

describe('the readiness fix-its', () => {
  it('mark groups as teams, set a role and add a support tie, each one undoable command', () => {
    const doc = makeDocument(
      [
        ['a', 'member', 'ward'],
        ['b', 'member', 'ward'],
        ['c', 'member', 'dept'],
        ['boss', 'member'],
      ],
      [['a', 'b', 'leadership']],
      [
        { id: 'ward', kind: 'group' },
        { id: 'dept', kind: 'department' },
      ],
    );
    expect(checkReadiness(doc).blocker?.code).toBe('ready_no_teams_groups');
    const steps = [
      markTeamsCommand(['ward', 'dept']),
      setRoleCommand('b', 'coordinator'),
      setRoleCommand('boss', 'manager'),
      addSupportCommand(doc, 'b', 'boss'),
    ];
    // What the undo button says, in the engine's English.
    expect(steps.map((c) => englishText(describeCommand(c, doc)))).toEqual([
      'mark 2 groups as teams',
      'set role of "b" to local coordinator',
      'set role of "boss" to manager',
      'add support tie "b" → "boss"',
    ]);
    let current = doc;
    const inverses = [];
    for (const command of steps) {
      const { doc: next, inverse } = applyCommand(current, command);
      expect(checkRules(next)).toEqual([]);
      inverses.unshift(inverse);
      current = next;
    }
    const r = checkReadiness(current);
    expect(r.blocker).toBeNull();
    expect(r.teams.find((t) => t.id === 'ward')).toMatchObject({
      coordinators: ['b'],
      supportFrom: ['boss'],
      progresses: true,
    });
    for (const inverse of inverses) current = applyCommand(current, inverse).doc;
    expect(current).toEqual(doc);
  });
});

describe('PNG text chunks', () => {
  // The smallest valid PNG: 1×1, one grey pixel.
  const png = Uint8Array.from(
    Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNgAAAAAgABSK+kcQAAAABJRU5ErkJggg==',
      'base64',
    ),
  );

  it('adds UTF-8 text before IEND and reads it back, CRCs checked', () => {
    const provenance = JSON.stringify({ team: 'Søhøj nursing home', simulated: true });
    const out = addPngText(png, { Title: 'Støtte (simuleret)', 'leadnet-provenance': provenance });
    expect(out.length).toBeGreaterThan(png.length);
    expect(readPngText(out)).toEqual({
      Title: 'Støtte (simuleret)',
      'leadnet-provenance': provenance,
    });
    // The file still ends with IEND, and the original chunks are untouched.
    expect(Buffer.from(out.subarray(-12)).equals(Buffer.from(png.subarray(-12)))).toBe(true);
    expect(
      Buffer.from(out.subarray(0, png.length - 12)).equals(Buffer.from(png.subarray(0, -12))),
    ).toBe(true);
  });

  it('refuses what is not a PNG, a bad keyword, and a chunk whose CRC does not match', () => {
    expect(() => addPngText(new Uint8Array([1, 2, 3]), { a: 'b' })).toThrow('not a PNG');
    expect(() => addPngText(png, { '': 'b' })).toThrow('keyword');
    const out = addPngText(png, { Title: 'x' });
    out[out.length - 14]! ^= 0xff; // a byte of the iTXt chunk's CRC (IEND is the last 12)
    expect(() => readPngText(out)).toThrow('bad CRC');
  });
});
