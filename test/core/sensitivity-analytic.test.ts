// The sensitivity measures on functions whose answers are known: Morris on linear and interacting
// functions (exact), Sobol' indices of the Ishigami function and of Sobol's G-function within
// their bootstrap intervals at N = 2¹².
import { describe, expect, it } from 'vitest';
import { type Factor, factorValue, scaleOf } from '../../src/core/sensitivity/factors';
import {
  elementaryEffectErrors,
  elementaryEffects,
  morrisDesign,
  morrisMeasures,
} from '../../src/core/sensitivity/morris';
import { saltelliDesign, sobolMeasures } from '../../src/core/sensitivity/sobol';
import { sensitivityGenerator } from '../../src/core/sensitivity/stats';

/** Evaluates f at every point of a design (unit coordinates, point-major). */
function evaluate(unit: Float64Array, k: number, f: (x: Float64Array) => number): Float64Array {
  const points = unit.length / k;
  const y = new Float64Array(points);
  for (let j = 0; j < points; j += 1) y[j] = f(unit.subarray(j * k, (j + 1) * k));
  return y;
}

const rng = (seed: number) => sensitivityGenerator(seed, 99);

describe('Morris elementary effects', () => {
  it('builds trajectories that move each factor once by ±Δ on the grid, the same for a seed', () => {
    const k = 5;
    const d = morrisDesign(k, 30, 4, rng(1));
    expect(d.unit.length).toBe(30 * (k + 1) * k);
    for (let t = 0; t < 30; t += 1) {
      const moved = new Set<number>();
      for (let s = 0; s < k; s += 1) {
        const i = d.moved[t * k + s]!;
        moved.add(i);
        const before = d.unit[(t * (k + 1) + s) * k + i]!;
        const after = d.unit[(t * (k + 1) + s + 1) * k + i]!;
        expect((after - before) * 3).toBeCloseTo(2 * d.direction[t * k + s]!, 12); // Δ = 2/3
        for (let other = 0; other < k; other += 1)
          if (other !== i)
            expect(d.unit[(t * (k + 1) + s + 1) * k + other]).toBe(
              d.unit[(t * (k + 1) + s) * k + other],
            );
      }
      expect(moved.size).toBe(k);
    }
    for (const u of d.unit) expect([0, 1 / 3, 2 / 3, 1]).toContain(u);
    expect(morrisDesign(k, 30, 4, rng(1)).unit).toEqual(d.unit);
    expect(morrisDesign(k, 30, 4, rng(2)).unit).not.toEqual(d.unit);
  });

  it('y = Σ aᵢxᵢ: μᵢ = aᵢwᵢ, μ*ᵢ = |aᵢ|wᵢ and σᵢ = 0 exactly (wᵢ the range’s width)', () => {
    // Ranges of width p − 1 = 3 put every grid value on a whole number, so the sums are exact.
    const a = [2, -5, 0, 7, 1];
    const factors: Factor[] = a.map((_, i) => ({
      name: 'alpha',
      range: [i, i + 3],
      scale: 'linear',
      integer: false,
    }));
    const d = morrisDesign(a.length, 20, 4, rng(3));
    const y = evaluate(d.unit, a.length, (u) =>
      a.reduce((sum, ai, i) => sum + ai * factorValue(factors[i]!, u[i]!), 0),
    );
    const m = morrisMeasures(d, elementaryEffects(d, y), null, rng(4));
    a.forEach((ai, i) => {
      expect(m[i]!.mu, `μ ${i}`).toBe(ai * 3);
      expect(m[i]!.muStar, `μ* ${i}`).toBe(Math.abs(ai) * 3);
      expect(m[i]!.sigma, `σ ${i}`).toBe(0);
      expect(m[i]!.intervals.muStar).toEqual([Math.abs(ai) * 3, Math.abs(ai) * 3]);
      expect(m[i]!.noise).toBeNull();
    });
  });

  it('on the unit cube with p = 2, 4, 6, 8 levels: μ*ᵢ = |aᵢ|, σᵢ = 0 exactly', () => {
    const a = [3, -1, 0.5, 0];
    for (const levels of [2, 4, 6, 8]) {
      const d = morrisDesign(a.length, 12, levels, rng(levels));
      const y = evaluate(d.unit, a.length, (u) =>
        a.reduce((sum, ai, i) => sum + ai * (u[i]! * (levels - 1)), 0),
      );
      const m = morrisMeasures(d, elementaryEffects(d, y), null, rng(5));
      // The output is in steps of the grid (× (p − 1)), so the effect per unit range is aᵢ(p − 1).
      a.forEach((ai, i) => {
        expect(m[i]!.muStar, `p ${levels} μ* ${i}`).toBe(Math.abs(ai) * (levels - 1));
        expect(m[i]!.sigma, `p ${levels} σ ${i}`).toBe(0);
      });
    }
  });

  it('interactions and curvature show in σ; a factor that does nothing has μ* = 0', () => {
    const d = morrisDesign(3, 40, 4, rng(6));
    const y = evaluate(d.unit, 3, (u) => u[0]! * u[1]! + u[1]! ** 2);
    const m = morrisMeasures(d, elementaryEffects(d, y), null, rng(7));
    expect(m[0]!.sigma!).toBeGreaterThan(0.05);
    expect(m[1]!.sigma!).toBeGreaterThan(0.05);
    expect(m[2]!.muStar).toBe(0);
    expect(m[2]!.sigma).toBe(0);
    // μ* of u₀·u₁ is E|u₁| over the grid's lower/upper points: between 0 and 1, inside its interval.
    const [lo, hi] = m[0]!.intervals.muStar!;
    expect(lo).toBeLessThanOrEqual(m[0]!.muStar);
    expect(hi).toBeGreaterThanOrEqual(m[0]!.muStar);
    expect(hi).toBeGreaterThan(lo);
  });

  it('the noise of each effect comes from its replicates, paired across its two points', () => {
    // Two replicates per point: y = u₀ + e where e = ±0.1 at every point (common random numbers
    // cancel it) or only at the second point of each pair (it does not).
    const d = morrisDesign(2, 10, 4, rng(8));
    const points = d.unit.length / 2;
    const paired = new Float64Array(points * 2);
    for (let j = 0; j < points; j += 1) {
      paired[2 * j] = d.unit[2 * j]! + 0.1;
      paired[2 * j + 1] = d.unit[2 * j]! - 0.1;
    }
    const errors = elementaryEffectErrors(d, paired, 2)!;
    for (const se of errors) expect(se).toBeCloseTo(0, 12);
    const unpaired = paired.map((v, i) => (Math.floor(i / 2) % 2 === 1 ? v + (i % 2) * 0.2 : v));
    const noisy = elementaryEffectErrors(d, unpaired, 2)!;
    expect(Math.max(...noisy)).toBeGreaterThan(0.1);
    expect(
      elementaryEffectErrors(
        d,
        paired.filter((_, i) => i % 2 === 0),
        1,
      ),
    ).toBeNull();
  });
});

describe('factors', () => {
  it('log scale for a positive range spanning a decade, linear otherwise', () => {
    expect(scaleOf([0.01, 0.1])).toBe('log');
    expect(scaleOf([0.02, 0.19])).toBe('linear');
    expect(scaleOf([0, 0.1])).toBe('linear');
    const f: Factor = { name: 'lambda', range: [0.01, 0.1], scale: 'log', integer: false };
    expect(factorValue(f, 0)).toBe(0.01);
    expect(factorValue(f, 1)).toBe(0.1);
    expect(factorValue(f, 0.5)).toBeCloseTo(Math.sqrt(0.001), 15);
    const weeks: Factor = { name: 'qicWeeks', range: [26, 78], scale: 'linear', integer: true };
    expect([0, 1 / 3, 2 / 3, 1].map((u) => factorValue(weeks, u))).toEqual([26, 43, 61, 78]);
  });
});

describe('Sobol indices (Saltelli 2010 sampling, Jansen estimators)', () => {
  const N = 2 ** 12;

  it('Ishigami (a = 7, b = 0.1): the known indices lie in their bootstrap intervals', () => {
    const a = 7;
    const b = 0.1;
    const pi4 = Math.PI ** 4;
    const V1 = 0.5 * (1 + (b * pi4) / 5) ** 2;
    const V2 = a ** 2 / 8;
    const VT3 = (8 * b ** 2 * Math.PI ** 8) / 225;
    const V = V1 + V2 + VT3;
    const first = [V1 / V, V2 / V, 0];
    const total = [(V1 + VT3) / V, V2 / V, VT3 / V];
    // The published values (Ishigami & Homma 1990; Saltelli et al. 2008): 0.314, 0.442, 0 and 0.558, 0.442, 0.244.
    expect(first.map((s) => +s.toFixed(3))).toEqual([0.314, 0.442, 0]);
    expect(total.map((s) => +s.toFixed(3))).toEqual([0.558, 0.442, 0.244]);
    const d = saltelliDesign(3, N);
    const x = (u: number) => -Math.PI + 2 * Math.PI * u;
    const y = evaluate(d.unit, 3, (u) => {
      const [x1, x2, x3] = [x(u[0]!), x(u[1]!), x(u[2]!)];
      return Math.sin(x1) + a * Math.sin(x2) ** 2 + b * x3 ** 4 * Math.sin(x1);
    });
    const m = sobolMeasures(d, y, rng(10));
    for (let i = 0; i < 3; i += 1) {
      const [f0, f1] = m[i]!.intervals.first!;
      const [t0, t1] = m[i]!.intervals.total!;
      expect(first[i], `S${i + 1} in [${f0}, ${f1}]`).toBeGreaterThanOrEqual(f0);
      expect(first[i], `S${i + 1} in [${f0}, ${f1}]`).toBeLessThanOrEqual(f1);
      expect(total[i], `ST${i + 1} in [${t0}, ${t1}]`).toBeGreaterThanOrEqual(t0);
      expect(total[i], `ST${i + 1} in [${t0}, ${t1}]`).toBeLessThanOrEqual(t1);
      // An interval that says something: narrower than 0.1.
      expect(f1 - f0).toBeLessThan(0.1);
      expect(t1 - t0).toBeLessThan(0.1);
    }
  });

  it('Sobol’s G-function (a = 0, 1, 4.5, 9, 99, 99, 99, 99): the known indices likewise', () => {
    const a = [0, 1, 4.5, 9, 99, 99, 99, 99];
    const Vi = a.map((ai) => 1 / 3 / (1 + ai) ** 2);
    const V = Vi.reduce((p, v) => p * (1 + v), 1) - 1;
    const first = Vi.map((v) => v / V);
    const total = Vi.map(
      (v, i) => (v * Vi.reduce((p, w, j) => (j === i ? p : p * (1 + w)), 1)) / V,
    );
    const d = saltelliDesign(a.length, N);
    const y = evaluate(d.unit, a.length, (u) =>
      a.reduce((p, ai, i) => (p * (Math.abs(4 * u[i]! - 2) + ai)) / (1 + ai), 1),
    );
    const m = sobolMeasures(d, y, rng(11));
    a.forEach((_, i) => {
      const [f0, f1] = m[i]!.intervals.first!;
      const [t0, t1] = m[i]!.intervals.total!;
      expect(first[i]).toBeGreaterThanOrEqual(f0);
      expect(first[i]).toBeLessThanOrEqual(f1);
      expect(total[i]).toBeGreaterThanOrEqual(t0);
      expect(total[i]).toBeLessThanOrEqual(t1);
    });
    // The ranking is the known one: x₁ ≫ x₂ ≫ x₃ > x₄ > the rest.
    expect(m[0]!.total!).toBeGreaterThan(m[1]!.total!);
    expect(m[1]!.total!).toBeGreaterThan(m[2]!.total!);
    expect(m[2]!.total!).toBeGreaterThan(m[3]!.total!);
    expect(m[3]!.total!).toBeGreaterThan(m[4]!.total!);
  });

  it('a constant output has undefined indices (null), never 0', () => {
    const d = saltelliDesign(2, 64);
    const m = sobolMeasures(d, new Float64Array(d.unit.length / 2).fill(0.3), rng(12), 50);
    expect(m[0]).toEqual({ first: null, total: null, intervals: { first: null, total: null } });
  });
});
