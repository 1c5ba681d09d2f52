// `leadnet simulate` (DESIGN §6): the JSON and CSV contracts, scenarios by preset id and by
// file, warnings on stderr, exit codes, and output equal to the analysis API's.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE, cli, example } from '../helpers/cli';
import { createAnalysisApi } from '../../src/core/api';
import { readProvenanceCsv, toSimulateJson } from '../../src/core/simulation/output';
import { documentSha256 } from '../../src/core/simulation/provenance';
import { DEFAULT_MODEL_PARAMETERS } from '../../src/core/simulation/parameters';
import { version } from '../../package.json';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'leadnet-cli-simulate-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Series = {
  mean: number[];
  se: (number | null)[];
  quantiles: Record<string, number[]>;
  ci95?: { lower: (number | null)[]; upper: (number | null)[] };
};
type Summary = { overall: Series; teams: Record<string, Series> };

describe('leadnet simulate --json', () => {
  it('prints {seed, runs, weeks, baseline, scenarios, provenance} with SERIES by week 0…T', () => {
    const result = cli(
      'simulate',
      EXAMPLE,
      '--scenario',
      'support-removed',
      '--runs',
      '20',
      '--seed',
      '5',
      '--weeks',
      '30',
    );
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as {
      about: string;
      seed: number;
      runs: number;
      weeks: number;
      baseline: Summary;
      scenarios: Record<string, Summary & { difference: Summary }>;
      provenance: Record<string, unknown>;
    };
    expect(Object.keys(json)).toEqual([
      'about',
      'seed',
      'runs',
      'weeks',
      'baseline',
      'scenarios',
      'provenance',
    ]);
    expect([json.seed, json.runs, json.weeks]).toEqual([5, 20, 30]);
    expect(json.about).toMatch(/every number is simulated by an illustrative model/);
    const teams = example.groups.filter((g) => g.kind === 'team').map((g) => g.id);
    expect(Object.keys(json.baseline.teams)).toEqual(teams);
    for (const s of [json.baseline.overall, ...Object.values(json.baseline.teams)]) {
      expect(s.mean).toHaveLength(31);
      expect(s.se).toHaveLength(31);
      expect(Object.keys(s.quantiles)).toEqual(['5', '25', '50', '75', '95']);
      for (const q of Object.values(s.quantiles)) expect(q).toHaveLength(31);
    }
    const scenario = json.scenarios['support-removed']!;
    expect(Object.keys(scenario)).toEqual(['overall', 'teams', 'difference']);
    expect(scenario.overall.mean.every((p) => p === 0)).toBe(true);
    expect(scenario.difference.overall.mean[30]).toBeLessThan(0);
    // The paired difference's 95 % interval of the mean lies around its mean, inside the spread.
    const d = scenario.difference.overall;
    expect(d.ci95!.lower[30]!).toBeLessThan(d.mean[30]!);
    expect(d.ci95!.upper[30]!).toBeGreaterThan(d.mean[30]!);
    expect(d.ci95!.upper[30]! - d.ci95!.lower[30]!).toBeLessThan(
      d.quantiles['95']![30]! - d.quantiles['5']![30]!,
    );
    expect(result.stderr).toMatch(
      /warning: groups\[5\]: management support is not recorded for "Medical ward": the run assumes none/,
    );
  });

  it('equals the analysis API’s result for the same input, and repeats byte for byte', () => {
    const args = ['simulate', EXAMPLE, '--scenario', 'consolidate', '--runs', '15', '--seed', '9'];
    const first = cli(...args).stdout;
    expect(cli(...args).stdout).toBe(first);
    const { result } = createAnalysisApi().simulate({
      revision: 0,
      doc: example,
      scenarios: ['consolidate'],
      runs: 15,
      seed: 9,
    });
    expect(first).toBe(JSON.stringify(toSimulateJson(result), null, 2));
    expect(cli('simulate', EXAMPLE, '--runs', '15', '--seed', '10').stdout).not.toBe(
      cli('simulate', EXAMPLE, '--runs', '15', '--seed', '9').stdout,
    );
  });

  it('reads scenarios from a JSON file holding one object or an array, several --scenario', () => {
    const one = join(dir, 'one.json');
    const many = join(dir, 'many.json');
    writeFileSync(
      one,
      JSON.stringify({
        id: 'mine',
        label: 'Mine',
        interventions: [{ action: 'set-support', groups: { kind: 'team' }, level: 1 }],
      }),
    );
    writeFileSync(
      many,
      JSON.stringify([
        { id: 'a', label: 'A', interventions: [] },
        { id: 'b', label: 'B', interventions: [] },
      ]),
    );
    const result = cli(
      'simulate',
      EXAMPLE,
      '--scenario',
      one,
      '--scenario',
      many,
      '--scenario',
      'complex',
      '--runs',
      '3',
      '--weeks',
      '4',
    );
    expect(result.code).toBe(0);
    expect(Object.keys(JSON.parse(result.stdout).scenarios)).toEqual(['mine', 'a', 'b', 'complex']);
  });
});

describe('leadnet simulate --csv', () => {
  it('has one row per scenario × team × week with the mean and the quantiles', () => {
    const result = cli(
      'simulate',
      EXAMPLE,
      '--csv',
      '--scenario',
      'complex',
      '--runs',
      '4',
      '--weeks',
      '3',
    );
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\r\n');
    const comments = lines.filter((l) => l.startsWith('#'));
    const [header, ...rows] = lines.slice(comments.length);
    expect(comments[0]).toMatch(/^# Leadnet simulation: every number is simulated/);
    expect(header).toBe(
      'scenario,series,team,week,mean,se,q5,q25,q50,q75,q95,ci95_lower,ci95_upper',
    );
    // (overall + 6 teams) × 4 weeks, for baseline P, complex P and complex difference.
    expect(rows).toHaveLength(3 * 7 * 4);
    expect(rows[0]).toBe('baseline,P,,0,0,0,0,0,0,0,0,,');
    expect(rows.filter((r) => r.startsWith('complex,difference,team-ed,'))).toHaveLength(4);
    // Differences carry the interval of the mean; levels leave it empty.
    expect(rows.find((r) => r.startsWith('complex,difference,,3,'))!.split(',')).toHaveLength(13);
    expect(rows.find((r) => r.startsWith('complex,P,,3,'))!.endsWith(',,')).toBe(true);
    // The provenance in the header block is the JSON's.
    const json = JSON.parse(
      cli('simulate', EXAMPLE, '--scenario', 'complex', '--runs', '4', '--weeks', '3').stdout,
    );
    expect(readProvenanceCsv(result.stdout)).toEqual(json.provenance);
  });
});

describe('leadnet simulate: provenance and replay', () => {
  it('records what reproduces the run: versions, the network’s SHA-256, parameters, scenarios', () => {
    const result = cli(
      'simulate',
      EXAMPLE,
      '--scenario',
      'coordinator-leaves',
      '--team',
      'team-ed',
      '--unrecorded-support',
      'median',
      '--runs',
      '5',
      '--seed',
      '3',
      '--weeks',
      '20',
    );
    expect(result.code).toBe(0);
    const { provenance } = JSON.parse(result.stdout);
    expect(provenance.app).toEqual({ name: 'Leadnet', version });
    expect(provenance.model.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(provenance.document.sha256).toBe(documentSha256(example));
    expect(provenance.document.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect([provenance.seed, provenance.runs, provenance.weeks, provenance.team]).toEqual([
      3,
      5,
      20,
      'team-ed',
    ]);
    expect(Object.keys(provenance.parameters)).toEqual(Object.keys(DEFAULT_MODEL_PARAMETERS));
    expect(provenance.parameters.weeks).toBe(20);
    expect(provenance.scenarios).toHaveLength(1);
    expect(provenance.scenarios[0].from).toBe('preset');
    expect(provenance.scenarios[0].scenario.interventions[0].actors).toEqual({
      role: 'coordinator',
      group: 'team-ed',
    });
    expect(provenance.unrecordedSupport.assume).toBe('median');
    expect(provenance.unrecordedSupport.teams).toEqual(['team-med']);
    expect(provenance.unrecordedSupport.level).toBeGreaterThan(0);
    expect(provenance.warnings.map((w: { text: string }) => w.text)).toEqual([
      expect.stringMatching(
        /management support is not recorded for "Medical ward": the run assumes a support level of/,
      ),
    ]);
  });

  it('re-runs a JSON or CSV result from its own provenance, byte for byte', () => {
    const saved = join(dir, 'saved.json');
    writeFileSync(
      saved,
      JSON.stringify({
        id: 'mine',
        label: 'Mine',
        interventions: [{ action: 'set-parameter', name: 'q', value: 0.3 }],
      }),
    );
    const args = [
      '--scenario',
      'support-withdrawn-26',
      '--scenario',
      saved,
      '--scenario',
      'member-leaves',
    ];
    const settings = [
      '--runs',
      '6',
      '--seed',
      '11',
      '--weeks',
      '30',
      '--unrecorded-support',
      '0.4',
    ];
    for (const format of ['--json', '--csv']) {
      const first = cli('simulate', EXAMPLE, ...args, ...settings, format);
      expect(first.code).toBe(0);
      const file = join(dir, `result${format.replace('--', '.')}`);
      writeFileSync(file, first.stdout);
      const again = cli('simulate', EXAMPLE, '--replay', file);
      expect(again.code, again.stderr).toBe(0);
      expect(again.stdout).toBe(first.stdout);
      expect(again.stderr).toBe(first.stderr);
    }
  });

  it('refuses to replay on another network, or with other run settings', () => {
    const first = cli('simulate', EXAMPLE, '--runs', '2', '--weeks', '4');
    const file = join(dir, 'other.json');
    writeFileSync(file, first.stdout);
    const changed = join(dir, 'changed.json');
    writeFileSync(
      changed,
      JSON.stringify({ ...example, meta: { ...example.meta, title: 'Else' } }),
    );
    const other = cli('simulate', changed, '--replay', file);
    expect(other.code).toBe(1);
    expect(other.stderr).toMatch(/was run on another network \(document SHA-256 [0-9a-f]{64}\)/);
    expect(cli('simulate', EXAMPLE, '--replay', file, '--runs', '3').code).toBe(2);
    const none = join(dir, 'none.json');
    writeFileSync(none, '{"seed": 1}');
    expect(cli('simulate', EXAMPLE, '--replay', none).stderr).toMatch(/has no provenance/);
  });

  it('takes the team of per-team presets and what to assume for unrecorded support', () => {
    expect(cli('simulate', EXAMPLE, '--team', 'nope', '--runs', '1').stderr).toMatch(
      /team: no team with id "nope"/,
    );
    expect(cli('simulate', EXAMPLE, '--unrecorded-support', '2').code).toBe(2);
    expect(cli('simulate', EXAMPLE, '--unrecorded-support', 'some').code).toBe(2);
    const run = (assume: string) =>
      JSON.parse(
        cli('simulate', EXAMPLE, '--unrecorded-support', assume, '--runs', '5', '--weeks', '30')
          .stdout,
      ).baseline.teams['team-med'].mean[30] as number;
    expect(run('none')).toBe(0);
    expect(run('0.9')).toBeGreaterThan(run('0.3'));
    expect(run('0.3')).toBeGreaterThan(0);
  });
});

describe('leadnet simulate, bad input and usage', () => {
  it('exits 1 with the path for an unknown scenario, a bad scenario file or a network without teams', () => {
    const unknown = cli('simulate', EXAMPLE, '--scenario', 'nope', '--runs', '2');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/scenarios\[0\]: no preset or saved scenario "nope"/);
    const bad = join(dir, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({
        id: 'x',
        label: 'X',
        interventions: [{ action: 'set-support', groups: {}, level: 3 }],
      }),
    );
    const invalid = cli('simulate', EXAMPLE, '--scenario', bad, '--runs', '2');
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toMatch(/scenarios\[0\]\.interventions\[0\]\.level/);
    const teamless = join(dir, 'teamless.json');
    writeFileSync(
      teamless,
      JSON.stringify({
        format: 'leadnet-network',
        version: 1,
        actors: [{ id: 'a', role: 'member' }],
      }),
    );
    const none = cli('simulate', teamless);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/no teams/);
  });

  it('exits 2 for zero runs, a bad seed or weeks, or both --json and --csv', () => {
    expect(cli('simulate', EXAMPLE, '--runs', '0').code).toBe(2);
    expect(cli('simulate', EXAMPLE, '--runs', '0').stderr).toMatch(
      /--runs takes a whole number of at least 1/,
    );
    expect(cli('simulate', EXAMPLE, '--seed', 'x').code).toBe(2);
    expect(cli('simulate', EXAMPLE, '--weeks', '-1').code).toBe(2);
    expect(cli('simulate', EXAMPLE, '--json', '--csv').code).toBe(2);
    expect(cli('simulate').code).toBe(2);
  });

  it('warns on stderr for an intervention that selects nothing or comes after the horizon', () => {
    const odd = join(dir, 'odd.json');
    writeFileSync(
      odd,
      JSON.stringify({
        id: 'odd',
        label: 'Odd',
        interventions: [
          { action: 'remove-actors', actors: { role: 'surgeon' } },
          { week: 50, action: 'set-support', groups: { kind: 'team' }, level: 0 },
        ],
      }),
    );
    const result = cli('simulate', EXAMPLE, '--scenario', odd, '--runs', '2', '--weeks', '10');
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(
      /warning: scenario\.odd\.interventions\[0\]: selects no actors: nothing happens/,
    );
    expect(result.stderr).toMatch(
      /warning: scenario\.odd\.interventions\[1\]\.week: week 50 is after the horizon \(10 weeks\)/,
    );
  });
});
