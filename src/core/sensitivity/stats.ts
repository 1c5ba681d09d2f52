// Small statistics for the sensitivity measures: percentile intervals of bootstrap replicates and
// the seeded generators of the design and the bootstrap (keyed apart from the model's streams).
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';
import { keyedGenerator } from '../simulation/state';

/** Keys of the sensitivity engine's own generators (the model's processes are 1–3). */
export const DESIGN_STREAM = 11;
export const BOOTSTRAP_STREAM = 12;

/** A generator keyed by the run's seed and a purpose: the same seed, the same design. */
export function sensitivityGenerator(seed: number, stream: number, a = 0): RandomGenerator {
  return keyedGenerator(seed, stream, a, 0);
}

/** A uniform whole number in [0, n). */
export function below(rng: RandomGenerator, n: number): number {
  return Math.floor(uniformFloat64(rng) * n);
}

/** The quantile of sorted values, linear between order statistics (Hyndman & Fan type 7). */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

/** A 95 % percentile interval, `null` where a bootstrap value is undefined (NaN). */
export type Interval = [number, number] | null;

/** The 2.5 % and 97.5 % percentiles of bootstrap replicates (sorted in place). */
export function percentileInterval(values: Float64Array): Interval {
  if (values.length === 0 || values.some((v) => Number.isNaN(v))) return null;
  values.sort();
  return [quantileSorted(values, 0.025), quantileSorted(values, 0.975)];
}

/** Number of bootstrap resamples the measures' intervals are made of. */
export const BOOTSTRAP_RESAMPLES = 1000;

/** `null` for NaN or ±Infinity: JSON has no such numbers, and undefined is null, never 0. */
export function finiteOrNull(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}
