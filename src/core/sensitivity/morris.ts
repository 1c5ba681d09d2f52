// Morris elementary effects (Morris 1991) with Campolongo, Cariboni & Saltelli's (2007) μ*: the
// trajectory design on a grid of p levels in the unit hypercube, and μ, μ*, σ per factor with
// percentile bootstrap intervals over trajectories. Generic over the model: a design is unit
// coordinates, an analysis reads one output per design point.
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';
import { BOOTSTRAP_RESAMPLES, type Interval, below, percentileInterval } from './stats';

export interface MorrisDesign {
  factors: number;
  trajectories: number;
  /** p, even: the grid is 0, 1/(p−1), …, 1 and a step moves Δ = p / (2(p − 1)). */
  levels: number;
  /** Unit coordinates, point-major: point j's factor i at [j·factors + i]. */
  unit: Float64Array;
  /**
   * Trajectory t has the points t·(factors+1) … t·(factors+1) + factors; its step s (1…factors)
   * moves factor moved[t·factors + s − 1] by direction[…]·Δ (+1 up, −1 down) into point s.
   */
  moved: Int32Array;
  direction: Int8Array;
}

/** Points in a Morris design: r trajectories of k + 1 points. */
export function morrisPointCount(factors: number, trajectories: number): number {
  return trajectories * (factors + 1);
}

/**
 * r random trajectories (Morris 1991): a base point x* on the grid's lower levels, a random order
 * of the factors and a random sign per factor; each factor moves once, by Δ, staying in [0, 1]
 * (the B* = (J x* + (Δ/2)((2B − J)D* + J))P* of the paper, built step by step in level indices
 * so every coordinate is an exact grid value).
 */
export function morrisDesign(
  factors: number,
  trajectories: number,
  levels: number,
  rng: RandomGenerator,
): MorrisDesign {
  const k = factors;
  const half = levels / 2;
  const unit = new Float64Array(morrisPointCount(k, trajectories) * k);
  const moved = new Int32Array(trajectories * k);
  const direction = new Int8Array(trajectories * k);
  const level = new Int32Array(k);
  const order = new Int32Array(k);
  const sign = new Int8Array(k);
  for (let t = 0; t < trajectories; t += 1) {
    for (let i = 0; i < k; i += 1) {
      const base = below(rng, half);
      const up = below(rng, 2) === 1;
      sign[i] = up ? 1 : -1;
      level[i] = up ? base : base + half;
      order[i] = i;
    }
    // Fisher–Yates: the order in which the factors move.
    for (let i = k - 1; i > 0; i -= 1) {
      const j = below(rng, i + 1);
      const swap = order[i]!;
      order[i] = order[j]!;
      order[j] = swap;
    }
    const first = t * (k + 1);
    const write = (point: number) => {
      for (let i = 0; i < k; i += 1) unit[point * k + i] = level[i]! / (levels - 1);
    };
    write(first);
    for (let s = 0; s < k; s += 1) {
      const i = order[s]!;
      moved[t * k + s] = i;
      direction[t * k + s] = sign[i]!;
      level[i] = level[i]! + sign[i]! * half;
      write(first + s + 1);
    }
  }
  return { factors: k, trajectories, levels, unit, moved, direction };
}

/**
 * The elementary effects, factor-major: factor i's effect in trajectory t at [i·r + t], the change
 * of the output per unit of the factor's scaled range, from the lower point to the upper one:
 * (y_up − y_down)/Δ, computed as (y_up − y_down)·(p − 1)/(p/2).
 */
export function elementaryEffects(design: MorrisDesign, y: ArrayLike<number>): Float64Array {
  const { factors: k, trajectories: r, levels } = design;
  const ee = new Float64Array(k * r);
  for (let t = 0; t < r; t += 1)
    for (let s = 0; s < k; s += 1) {
      const before = y[t * (k + 1) + s]!;
      const after = y[t * (k + 1) + s + 1]!;
      const up = design.direction[t * k + s]! > 0;
      const change = up ? after - before : before - after;
      ee[design.moved[t * k + s]! * r + t] = (change * (levels - 1)) / (levels / 2);
    }
  return ee;
}

/**
 * The standard error of each elementary effect from its replicates, paired across its two points
 * (common random numbers): sd of the per-replicate changes / √R, per unit of Δ. `values` holds R
 * replicate outputs per design point, point-major. Null with one replicate.
 */
export function elementaryEffectErrors(
  design: MorrisDesign,
  values: ArrayLike<number>,
  runs: number,
): Float64Array | null {
  if (runs < 2) return null;
  const { factors: k, trajectories: r, levels } = design;
  const se = new Float64Array(k * r);
  const d = new Float64Array(runs);
  for (let t = 0; t < r; t += 1)
    for (let s = 0; s < k; s += 1) {
      const a = (t * (k + 1) + s) * runs;
      const b = a + runs;
      let mean = 0;
      for (let j = 0; j < runs; j += 1) {
        d[j] = values[b + j]! - values[a + j]!;
        mean += d[j]!;
      }
      mean /= runs;
      let squares = 0;
      for (let j = 0; j < runs; j += 1) squares += (d[j]! - mean) ** 2;
      const sd = Math.sqrt(squares / (runs - 1));
      se[design.moved[t * k + s]! * r + t] = ((sd / Math.sqrt(runs)) * (levels - 1)) / (levels / 2);
    }
  return se;
}

export interface MorrisMeasures {
  /** Mean elementary effect: its sign says the direction, when effects do not cancel. */
  mu: number;
  /** Mean absolute elementary effect (Campolongo et al. 2007): the factor's importance. */
  muStar: number;
  /** Standard deviation of the effects (n − 1): interactions or non-linearity; null for r = 1. */
  sigma: number | null;
  /** 95 % percentile bootstrap intervals over trajectories (null when undefined). */
  intervals: { mu: Interval; muStar: Interval; sigma: Interval };
  /**
   * The Monte Carlo noise of this factor's effects: the root mean square of their standard errors
   * (null for a deterministic output). μ* within 2 × noise cannot be told from noise.
   */
  noise: number | null;
}

function measuresOf(ee: Float64Array, from: number, r: number, pick?: Int32Array) {
  let sum = 0;
  let abs = 0;
  for (let t = 0; t < r; t += 1) {
    const v = ee[from + (pick ? pick[t]! : t)]!;
    sum += v;
    abs += Math.abs(v);
  }
  const mu = sum / r;
  let squares = 0;
  for (let t = 0; t < r; t += 1) squares += (ee[from + (pick ? pick[t]! : t)]! - mu) ** 2;
  return { mu, muStar: abs / r, sigma: r > 1 ? Math.sqrt(squares / (r - 1)) : Number.NaN };
}

/**
 * μ, μ* and σ of every factor, with bootstrap intervals over trajectories (each resample draws r
 * trajectories with replacement; the same draws serve every factor).
 */
export function morrisMeasures(
  design: MorrisDesign,
  ee: Float64Array,
  errors: Float64Array | null,
  rng: RandomGenerator,
  resamples = BOOTSTRAP_RESAMPLES,
): MorrisMeasures[] {
  const { factors: k, trajectories: r } = design;
  const boot = Array.from({ length: k }, () => ({
    mu: new Float64Array(resamples),
    muStar: new Float64Array(resamples),
    sigma: new Float64Array(resamples),
  }));
  const pick = new Int32Array(r);
  for (let b = 0; b < resamples; b += 1) {
    for (let t = 0; t < r; t += 1) pick[t] = below(rng, r);
    for (let i = 0; i < k; i += 1) {
      const m = measuresOf(ee, i * r, r, pick);
      boot[i]!.mu[b] = m.mu;
      boot[i]!.muStar[b] = m.muStar;
      boot[i]!.sigma[b] = m.sigma;
    }
  }
  return Array.from({ length: k }, (_, i) => {
    const m = measuresOf(ee, i * r, r);
    let noise: number | null = null;
    if (errors) {
      let squares = 0;
      for (let t = 0; t < r; t += 1) squares += errors[i * r + t]! ** 2;
      noise = Math.sqrt(squares / r);
    }
    return {
      mu: m.mu,
      muStar: m.muStar,
      sigma: r > 1 ? m.sigma : null,
      intervals: {
        mu: percentileInterval(boot[i]!.mu),
        muStar: percentileInterval(boot[i]!.muStar),
        sigma: percentileInterval(boot[i]!.sigma),
      },
      noise,
    };
  });
}
