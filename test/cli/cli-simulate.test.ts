// `leadnet simulate` (DESIGN §6): the JSON and CSV contracts, scenarios by preset id and by
// file, warnings on stderr, exit codes, and output equal to the analysis API's.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE, cli, example } from '../helpers/cli';
import { createAnalysisApi } from '../../src/core/api';
import { toSimulateJson } from '../../src/core/simulation/output';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'leadnet-cli-simulate-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Series = { mean: number[]; quantiles: Record<string, number[]> };
type Summary = { overall: Series; teams: Record<string, Series> };

describe('leadnet simulate --json', () => {
  it('prints {seed, runs, weeks, baseline, scenarios} with SERIES indexed by week 0…T', () => {
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
      seed: number;
      runs: number;
      weeks: number;
      baseline: Summary;
      scenarios: Record<string, Summary & { difference: Summary }>;
    };
    expect(Object.keys(json)).toEqual(['seed', 'runs', 'weeks', 'baseline', 'scenarios']);
    expect([json.seed, json.runs, json.weeks]).toEqual([5, 20, 30]);
    const teams = example.groups.filter((g) => g.kind === 'team').map((g) => g.id);
    expect(Object.keys(json.baseline.teams)).toEqual(teams);
    for (const s of [json.baseline.overall, ...Object.values(json.baseline.teams)]) {
      expect(s.mean).toHaveLength(31);
      expect(Object.keys(s.quantiles)).toEqual(['5', '25', '50', '75', '95']);
      for (const q of Object.values(s.quantiles)) expect(q).toHaveLength(31);
    }
    const scenario = json.scenarios['support-removed']!;
    expect(Object.keys(scenario)).toEqual(['overall', 'teams', 'difference']);
    expect(scenario.overall.mean.every((p) => p === 0)).toBe(true);
    expect(scenario.difference.overall.mean[30]).toBeLessThan(0);
    expect(result.stderr).toMatch(
      /warning: groups\[5\]: team "Medical ward": no management support recorded/,
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
    const [header, ...rows] = result.stdout.split('\r\n');
    expect(header).toBe('scenario,series,team,week,mean,q5,q25,q50,q75,q95');
    // (overall + 6 teams) × 4 weeks, for baseline P, complex P and complex difference.
    expect(rows).toHaveLength(3 * 7 * 4);
    expect(rows[0]).toBe('baseline,P,,0,0,0,0,0,0,0');
    expect(rows.filter((r) => r.startsWith('complex,difference,team-ed,'))).toHaveLength(4);
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
