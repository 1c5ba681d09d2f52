// Timing for the benchmarks: the median of several runs after a warm-up.

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
