// The simulation kernel as it was before issue 12's speed work, frozen (with state.ts, step.ts and
// events.ts beside it) so that `npm run bench -- simulation` measures the new kernel against it in
// the same run and test/core/simulation-kernel-frozen.test.ts checks that both give the same bytes.
// Not imported by src/; do not change it (it is the reference, not the product).
import type { PreparedSimulation, ReplicateBatch } from '../../src/core/simulation/monte-carlo';
import { SERIES_NAMES } from '../../src/core/simulation/monte-carlo';
import { type SimState, createState, createStreams, resetState, step } from './step';

/** Writes week t of every series, in SERIES_NAMES order. */
function record(s: SimState, out: Float64Array, base: number, K: number, W: number, t: number) {
  for (let k = 0; k < K; k += 1) {
    out[base + k * W + t] = s.P[k]!;
    out[base + (K + k) * W + t] = s.E[k]!;
    out[base + (2 * K + k) * W + t] = s.C[k]!;
    out[base + (3 * K + k) * W + t] = s.ADL[k]!;
    out[base + (4 * K + k) * W + t] = s.Al[k]!;
    out[base + (5 * K + k) * W + t] = s.activeShare[k]!;
  }
}

/** Runs replicates [from, to) of every model; replicate r of each model uses seed + r (CRN). */
export function runReplicates(
  prepared: PreparedSimulation,
  from: number,
  to: number,
  onProgress?: (done: number) => void,
): ReplicateBatch {
  if (!(Number.isInteger(from) && Number.isInteger(to) && 0 <= from && from <= to))
    throw new Error(`simulation: bad replicate range [${from}, ${to})`);
  const { weeks } = prepared;
  const K = prepared.teamIds.length;
  const W = weeks + 1;
  const S = SERIES_NAMES.length;
  const count = to - from;
  const data = prepared.models.map(() => new Float64Array(count * S * K * W));
  const states = prepared.models.map(createState);
  const n = states[0]?.active.length ?? 0;
  const activity = prepared.models.map(() => new Float64Array(n * W));
  const countActive = (state: (typeof states)[number], out: Float64Array, t: number) => {
    for (let i = 0; i < n; i += 1) out[i * W + t]! += state.active[i]!;
  };
  for (let r = from; r < to; r += 1) {
    for (let mi = 0; mi < states.length; mi += 1) {
      const state = states[mi]!;
      resetState(state, createStreams(prepared.seed + r));
      const base = (r - from) * S * K * W;
      record(state, data[mi]!, base, K, W, 0);
      countActive(state, activity[mi]!, 0);
      for (let t = 0; t < weeks; t += 1) {
        step(state, t);
        record(state, data[mi]!, base, K, W, t + 1);
        countActive(state, activity[mi]!, t + 1);
      }
    }
    onProgress?.((r - from + 1) / Math.max(1, count));
  }
  return { from, to, data, activity };
}
