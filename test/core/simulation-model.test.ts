// The simulation engine (DESIGN §5.1–5.5): the compiled state, the kernel's invariants, edge
// cases, and determinism — the same seed gives the same bytes, whatever the replicate split.
import { describe, expect, it } from 'vitest';
import { createExampleDocument } from '../../src/core/example/qic-example';
import { computeMetrics } from '../../src/core/metrics/compute';
import { SimulationInputError, compileModel } from '../../src/core/simulation/model';
import {
  mergeBatches,
  prepareSimulation,
  runReplicates,
  simulate,
  summarizeReplicates,
  toSimulateJson,
} from '../../src/core/simulation/monte-carlo';
import { SCENARIO_PRESETS, findPreset } from '../../src/core/simulation/scenarios';
import { createState, createStreams, resetState, step } from '../../src/core/simulation/step';
import { makeDocument } from '../helpers/documents';
import { makeCollaborative } from '../helpers/simulation';

const example = createExampleDocument();

describe('compileModel', () => {
  it('takes teams from groups of kind team, and week-0 support equal to §4 supportLevel', () => {
    const model = compileModel(example);
    const teams = example.groups.filter((g) => g.kind === 'team').map((g) => g.id);
    expect(model.teamIds).toEqual(teams);
    const state = createState(model);
    resetState(state, createStreams(1));
    const metrics = computeMetrics(example);
    model.teamIds.forEach((id, k) => {
      const g = metrics.groups.ids.indexOf(id);
      expect(state.S[k], id).toBe(metrics.groups.values['supportLevel']![g]);
    });
    expect(model.warnings).toEqual([
      {
        path: 'groups[5]',
        message:
          'team "team-med": no management support recorded: the model predicts no experienced progress',
      },
    ]);
  });

  it('refuses a network without teams with a clear message', () => {
    const doc = makeDocument(
      [
        ['a', 'member'],
        ['b', 'coordinator'],
      ],
      [['a', 'b', 'leadership']],
    );
    expect(() => compileModel(doc)).toThrow(SimulationInputError);
    expect(() => compileModel(doc)).toThrow(
      /groups: the network has no teams \(groups of kind "team"\)/,
    );
  });
});

describe('the weekly kernel', () => {
  it('keeps every stock and measure in [0, 1] and E + C ≤ 1, in every preset', () => {
    for (const scenario of [undefined, ...SCENARIO_PRESETS]) {
      const state = createState(compileModel(makeCollaborative(), scenario));
      for (let r = 0; r < 5; r += 1) {
        resetState(state, createStreams(r));
        for (let t = 0; t < 78; t += 1) {
          step(state, t);
          for (let k = 0; k < state.E.length; k += 1) {
            for (const a of [
              state.E,
              state.C,
              state.P,
              state.S,
              state.ADL,
              state.Al,
              state.activeShare,
            ]) {
              expect(a[k]).toBeGreaterThanOrEqual(0);
              expect(a[k]).toBeLessThanOrEqual(1);
            }
            expect(state.E[k]! + state.C[k]!).toBeLessThanOrEqual(1 + 1e-12);
          }
        }
      }
    }
  });

  it('runs a team of one and a team without a coordinator, with warnings', () => {
    const doc = makeDocument(
      [
        ['solo', 'coordinator', 'one'],
        ['m', 'manager', 'org'],
        ['x1', 'member', 'nocoord'],
        ['x2', 'member', 'nocoord'],
        ['x3', 'member', 'nocoord'],
      ],
      [
        ['solo', 'm', 'support', 0.8],
        ['x1', 'm', 'support', 0.5],
        ['x1', 'x2', 'leadership', 0.9],
        ['x2', 'x3', 'leadership', 0.9],
        ['x3', 'x1', 'leadership', 0.9],
      ],
      [
        { id: 'org', kind: 'organization' },
        { id: 'one', kind: 'team', parent: 'org' },
        { id: 'nocoord', kind: 'team', parent: 'org' },
      ],
    );
    const result = simulate(doc, { runs: 20 });
    expect(result.warnings.map((w) => w.message)).toEqual([
      'team "nocoord": no local coordinator: nothing is consolidated, so only supported emergent practice counts',
    ]);
    // Alone, a coordinator has no ties to lead through: no practice, no progress.
    expect(Math.max(...result.baseline.teams['one']!.mean)).toBe(0);
    // Without a coordinator nothing is consolidated, but supported emergent practice counts.
    expect(Math.max(...result.baseline.series.C.teams['nocoord']!.mean)).toBe(0);
    expect(result.baseline.teams['nocoord']!.mean[78]).toBeGreaterThan(0);
  });

  it('gives one week (week 0, P = 0) for weeks = 0', () => {
    const result = simulate(example, {
      runs: 3,
      weeks: 0,
      scenarios: [findPreset('consolidate')!],
    });
    expect(result.weeks).toBe(0);
    expect(result.baseline.overall.mean).toEqual([0]);
    expect(result.scenarios['consolidate']!.difference.overall.quantiles['95']).toEqual([0]);
  });

  it('refuses zero replicates clearly, and an empty range merges to nothing to summarise', () => {
    expect(() => simulate(example, { runs: 0 })).toThrow(
      /runs: 0: at least one replicate is needed/,
    );
    const prepared = prepareSimulation(example);
    const empty = runReplicates(prepared, 5, 5);
    expect(empty.data[0]).toHaveLength(0);
    expect(() => summarizeReplicates(prepared, empty)).toThrow(/runs must be at least 1/);
    expect(() =>
      mergeBatches([runReplicates(prepared, 0, 2), runReplicates(prepared, 3, 4)]),
    ).toThrow(/replicates \[2, 3\) are missing/);
  });
});

describe('Monte Carlo determinism', () => {
  const scenarios = [findPreset('coordinator-leaves')!, findPreset('turnover-burst')!];

  it('gives byte-identical JSON for the same seed, and different numbers for another', () => {
    const a = JSON.stringify(toSimulateJson(simulate(example, { runs: 30, seed: 7, scenarios })));
    const b = JSON.stringify(toSimulateJson(simulate(example, { runs: 30, seed: 7, scenarios })));
    const c = JSON.stringify(toSimulateJson(simulate(example, { runs: 30, seed: 8, scenarios })));
    expect(a).toBe(b);
    expect(c).not.toBe(a);
  });

  it('gives the same result whatever the replicate split, in whatever order the parts return', () => {
    const prepared = prepareSimulation(example, { seed: 3, scenarios });
    const whole = summarizeReplicates(prepared, runReplicates(prepared, 0, 31));
    const parts = [
      runReplicates(prepared, 20, 31),
      runReplicates(prepared, 0, 9),
      runReplicates(prepared, 9, 20),
    ];
    const split = summarizeReplicates(prepared, mergeBatches(parts));
    expect(JSON.stringify(split)).toBe(JSON.stringify(whole));
  });

  it('pairs replicates: a scenario that changes nothing has a difference of exactly 0', () => {
    const nothing = { id: 'nothing', label: 'Nothing', interventions: [] };
    const result = simulate(example, { runs: 20, scenarios: [nothing] });
    const d = result.scenarios['nothing']!.difference;
    expect(
      new Set([...d.overall.mean, ...d.overall.quantiles['5'], ...d.overall.quantiles['95']]),
    ).toEqual(new Set([0]));
  });
});
