// The directions the model implies (DESIGN §5.6): they follow from its equations, and these tests
// check that the code does what the design says — not that the model is right. Each on paired
// replicates (common random numbers, R = 100), on the built-in example and on a second
// collaborative of another shape.
import { beforeAll, describe, expect, it } from 'vitest';
import type { NetworkDocument } from '../../src/core/document';
import { createExampleDocument } from '../../src/core/example/qic-example';
import {
  type SimulationResult,
  prepareSimulation,
  runReplicates,
  simulate,
} from '../../src/core/simulation/monte-carlo';
import { findPreset } from '../../src/core/simulation/presets';
import type { Scenario } from '../../src/core/simulation/scenarios';
import { makeCollaborative } from '../helpers/simulation';

const RUNS = 100;
const preset = (id: string, team?: string, week?: number): Scenario =>
  findPreset(id, undefined, { team, week })!;

/** Spearman's rank correlation (no ties expected among simulated means). */
function spearman(a: number[], b: number[]): number {
  const rank = (v: number[]) => {
    const order = v.map((x, i) => [x, i] as const).sort((p, q) => p[0] - q[0]);
    const r = new Array<number>(v.length);
    order.forEach(([, i], k) => (r[i] = k));
    return r;
  };
  const ra = rank(a);
  const rb = rank(b);
  const n = a.length;
  const d2 = ra.reduce((s, r, i) => s + (r - rb[i]!) ** 2, 0);
  return 1 - (6 * d2) / (n * (n * n - 1));
}

const NETWORKS: [string, () => NetworkDocument, string][] = [
  ['the built-in example', createExampleDocument, 'team-ortho'],
  ['a four-team collaborative (ring, star, chain, clique)', makeCollaborative, 'A'],
];

describe.each(NETWORKS)('directions the model implies, on %s', (_name, build, team) => {
  const doc = build();
  let result: SimulationResult;
  let consolidated: SimulationResult;
  beforeAll(() => {
    result = simulate(doc, {
      runs: RUNS,
      scenarios: [
        preset('support-removed'),
        preset('support-withdrawn', undefined, 26),
        preset('coordinator-leaves', team),
        preset('coordinator-replaced', team),
        preset('member-leaves', team),
        preset('complex'),
        preset('consolidate'),
        preset('connect-coordinators'),
        preset('regional-coordinator-leaves'),
        preset('turnover-burst'),
      ],
    });
    // The same replicates with χ₀ ×3 from the start: the paired loss of a later withdrawal.
    consolidated = simulate(
      { ...doc, parameters: { ...doc.parameters, chi0: 0.12 } },
      { runs: RUNS, scenarios: [preset('support-withdrawn', undefined, 26)] },
    );
  });
  const diff = (id: string, week: number, teamId?: string) => {
    const d = result.scenarios[id]!.difference;
    return (teamId === undefined ? d.overall : d.teams[teamId]!).mean[week]!;
  };

  it('removing support lowers mean P at week 52', () => {
    expect(diff('support-withdrawn-26', 52)).toBeLessThan(0);
    expect(diff('support-removed', 52)).toBeLessThan(0);
    expect(result.scenarios['support-withdrawn-26']!.difference.overall.positive![52]).toBe(0);
  });

  it('with S = 0 from week 0, P stays 0 in every team, replicate and week', () => {
    const prepared = prepareSimulation(doc, { scenarios: [preset('support-removed')] });
    const batch = runReplicates(prepared, 0, RUNS);
    const K = prepared.teamIds.length;
    const W = prepared.weeks + 1;
    const data = batch.data[1]!;
    // P is the first series of each replicate's block.
    for (let r = 0; r < RUNS; r += 1)
      for (let i = 0; i < K * W; i += 1) expect(data[r * 6 * K * W + i]).toBe(0);
  });

  it('the coordinator leaving lowers P more than a random member leaving', () => {
    for (const week of [26, 52, 78]) {
      expect(diff('coordinator-leaves', week, team)).toBeLessThan(
        diff('member-leaves', week, team),
      );
      expect(diff('coordinator-leaves', week)).toBeLessThan(diff('member-leaves', week));
    }
  });

  it('beyond §5.6: a replacement shrinks the loss; a complex improvement lowers P', () => {
    expect(diff('coordinator-replaced', 78, team)).toBeLessThan(0);
    expect(diff('coordinator-replaced', 78, team)).toBeGreaterThan(
      diff('coordinator-leaves', 78, team),
    );
    expect(diff('complex', 52)).toBeLessThan(0);
  });

  it('consolidation raises P at week 78 and shrinks the loss when support is withdrawn later', () => {
    expect(diff('consolidate', 78)).toBeGreaterThan(0);
    const loss = (r: SimulationResult, week: number) =>
      -r.scenarios['support-withdrawn-26']!.difference.overall.mean[week]!;
    const share = (r: SimulationResult, week: number) =>
      loss(r, week) / r.baseline.overall.mean[week]!;
    // The absolute loss is smaller in the half-year after the withdrawal…
    for (const week of [30, 40]) expect(loss(consolidated, week)).toBeLessThan(loss(result, week));
    // …and the share of progress lost smaller at every later week. (At week 78 the absolute
    // loss is larger with consolidation: its supported baseline keeps consolidating after week
    // 26, which the withdrawn run cannot.)
    for (const week of [30, 52, 78])
      expect(share(consolidated, week)).toBeLessThan(share(result, week));
  });

  it('connecting coordinators never lowers P, and helps lagging teams most', () => {
    const d = result.scenarios['connect-coordinators']!.difference;
    for (const id of result.teamIds) expect(Math.max(...d.teams[id]!.negative!)).toBe(0);
    expect(d.overall.mean[78]).toBeGreaterThan(0);
    // Among supported teams (an unsupported team's progress is gated to 0 whatever it learns).
    const supported = result.teamIds.filter((id) => result.baseline.teams[id]!.mean[78]! > 0);
    const baseline = supported.map((id) => result.baseline.teams[id]!.mean[78]!);
    const gain = supported.map((id) => d.teams[id]!.mean[78]!);
    expect(spearman(baseline, gain)).toBeLessThan(0);
    const leader = baseline.indexOf(Math.max(...baseline));
    const lagger = baseline.indexOf(Math.min(...baseline));
    expect(gain[lagger]).toBeGreaterThan(gain[leader]!);
  });

  it('losing the regional coordinator lowers P, less than losing the local coordinator', () => {
    for (const week of [26, 52]) {
      expect(diff('regional-coordinator-leaves', week)).toBeLessThan(0);
      expect(diff('regional-coordinator-leaves', week)).toBeGreaterThan(
        diff('coordinator-leaves', week),
      );
    }
  });

  it('a turnover burst lowers P and alignment right after it', () => {
    const burst = result.scenarios['turnover-burst']!;
    const alignment = (r: SimulationResult['baseline'], from: number, to: number) =>
      r.series.alignment.overall.mean.slice(from, to + 1).reduce((s, v) => s + v, 0);
    for (const week of [27, 30, 34]) expect(diff('turnover-burst', week)).toBeLessThan(0);
    // Over the eight weeks after the burst, as newcomers with unaligned positions arrive.
    expect(alignment(burst, 27, 34)).toBeLessThan(alignment(result.baseline, 27, 34));
    expect(burst.series.ADL.overall.mean[30]).toBeLessThan(
      result.baseline.series.ADL.overall.mean[30]!,
    );
  });
});
