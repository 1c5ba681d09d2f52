// Sobol' variance-based indices: Saltelli et al.'s (2010) sampling — matrices A and B from one
// Sobol' sequence of 2k dimensions, and A_B⁽ⁱ⁾ (A with column i from B) — and Jansen's (1999)
// estimators of the first-order and total indices as Saltelli et al. (2010) give them, with
// percentile bootstrap intervals over the N rows. Generic over the model.
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';
import { SobolSequence } from './sobol-sequence';
import { BOOTSTRAP_RESAMPLES, type Interval, below, percentileInterval } from './stats';

export interface SaltelliDesign {
  factors: number;
  /** N: rows of A and of B. */
  samples: number;
  /**
   * Unit coordinates, point-major (point j's factor i at [j·factors + i]). Row n of the design
   * has k + 2 points in this order: A, A_B⁽¹⁾ … A_B⁽ᵏ⁾, B.
   */
  unit: Float64Array;
}

/** Points in a Saltelli design: N rows of k + 2 points. */
export function saltelliPointCount(factors: number, samples: number): number {
  return samples * (factors + 2);
}

/**
 * N rows from the Sobol' sequence in 2k dimensions (the first k make A, the last k B), digitally
 * shifted by `shift` (2k words; random from the run's seed in the model, none in tests).
 */
export function saltelliDesign(
  factors: number,
  samples: number,
  shift?: ArrayLike<number>,
): SaltelliDesign {
  const k = factors;
  const sequence = new SobolSequence(2 * k, shift);
  const unit = new Float64Array(saltelliPointCount(k, samples) * k);
  const row = new Float64Array(2 * k);
  for (let n = 0; n < samples; n += 1) {
    sequence.point(n, row);
    const first = n * (k + 2);
    for (let i = 0; i < k; i += 1) {
      unit[first * k + i] = row[i]!; // A
      unit[(first + k + 1) * k + i] = row[k + i]!; // B
      for (let c = 0; c < k; c += 1)
        unit[(first + 1 + c) * k + i] = c === i ? row[k + i]! : row[i]!;
    }
  }
  return { factors: k, samples, unit };
}

export interface SobolMeasures {
  /** First-order index Sᵢ: the share of the output's variance due to factor i alone. */
  first: number | null;
  /** Total index S_Tᵢ: the share due to factor i with all its interactions. */
  total: number | null;
  intervals: { first: Interval; total: Interval };
}

/** Jansen's estimators over rows `pick` (or all rows): [first, total] of each factor. */
function jansen(
  k: number,
  N: number,
  y: ArrayLike<number>,
  pick: Int32Array | null,
  out: Float64Array,
): void {
  // The output's variance over A and B together (Saltelli et al. 2010), two passes.
  let mean = 0;
  let constant = true;
  const y0 = y[(pick ? pick[0]! : 0) * (k + 2)]!;
  for (let m = 0; m < N; m += 1) {
    const n = pick ? pick[m]! : m;
    mean += y[n * (k + 2)]! + y[n * (k + 2) + k + 1]!;
    if (y[n * (k + 2)] !== y0 || y[n * (k + 2) + k + 1] !== y0) constant = false;
  }
  mean /= 2 * N;
  let variance = 0;
  for (let m = 0; m < N; m += 1) {
    const n = pick ? pick[m]! : m;
    variance += (y[n * (k + 2)]! - mean) ** 2 + (y[n * (k + 2) + k + 1]! - mean) ** 2;
  }
  // An output that does not vary has no variance to share out: the indices are undefined.
  variance = constant ? 0 : variance / (2 * N);
  for (let i = 0; i < k; i += 1) {
    let first = 0;
    let total = 0;
    for (let m = 0; m < N; m += 1) {
      const n = pick ? pick[m]! : m;
      const a = y[n * (k + 2)]!;
      const b = y[n * (k + 2) + k + 1]!;
      const ab = y[n * (k + 2) + 1 + i]!;
      first += (b - ab) ** 2;
      total += (a - ab) ** 2;
    }
    // Sᵢ = (V − ½E(f(B) − f(A_B⁽ⁱ⁾))²)/V, S_Tᵢ = ½E(f(A) − f(A_B⁽ⁱ⁾))²/V; NaN for V = 0.
    out[2 * i] = variance > 0 ? 1 - first / (2 * N) / variance : Number.NaN;
    out[2 * i + 1] = variance > 0 ? total / (2 * N) / variance : Number.NaN;
  }
}

/** First-order and total indices of every factor, with bootstrap intervals over the rows. */
export function sobolMeasures(
  design: SaltelliDesign,
  y: ArrayLike<number>,
  rng: RandomGenerator,
  resamples = BOOTSTRAP_RESAMPLES,
): SobolMeasures[] {
  const { factors: k, samples: N } = design;
  const estimate = new Float64Array(2 * k);
  jansen(k, N, y, null, estimate);
  const boot = Array.from({ length: 2 * k }, () => new Float64Array(resamples));
  const pick = new Int32Array(N);
  const one = new Float64Array(2 * k);
  for (let b = 0; b < resamples; b += 1) {
    for (let m = 0; m < N; m += 1) pick[m] = below(rng, N);
    jansen(k, N, y, pick, one);
    for (let j = 0; j < 2 * k; j += 1) boot[j]![b] = one[j]!;
  }
  const value = (x: number) => (Number.isNaN(x) ? null : x);
  return Array.from({ length: k }, (_, i) => ({
    first: value(estimate[2 * i]!),
    total: value(estimate[2 * i + 1]!),
    intervals: {
      first: percentileInterval(boot[2 * i]!),
      total: percentileInterval(boot[2 * i + 1]!),
    },
  }));
}
