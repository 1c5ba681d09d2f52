// Timing for the benchmarks: the median of several runs after a warm-up, or the least CPU time of
// interleaved rounds (less noisy than wall time on a shared machine).
import { cpuUsage } from 'node:process';

/** Median wall time in ms over `runs` runs (after one warm-up). */
export function time(fn: () => unknown, runs = 5): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)] as number;
}

/** CPU milliseconds of one call. */
export function cpu(fn: () => unknown): number {
  const start = cpuUsage();
  fn();
  const d = cpuUsage(start);
  return (d.user + d.system) / 1000;
}

/** The minimum CPU time of each function over `runs` interleaved rounds (after a warm-up). */
export function interleaved(fns: (() => unknown)[], runs: number): number[] {
  for (const fn of fns) fn();
  const best = fns.map(() => Infinity);
  for (let r = 0; r < runs; r += 1) fns.forEach((fn, i) => (best[i] = Math.min(best[i]!, cpu(fn))));
  return best;
}
