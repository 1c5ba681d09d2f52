// The Sobol' sequence with Joe & Kuo's direction numbers: the published first points, and every
// coordinate of 64 dimensions equal to scipy.stats.qmc.Sobol's (test/fixtures/sobol-points.json,
// made by test/fixtures/make-sobol-fixture.py).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SOBOL_MAX_DIMENSIONS, SobolSequence } from '../../src/core/sensitivity/sobol-sequence';

const fixture = JSON.parse(readFileSync('test/fixtures/sobol-points.json', 'utf8')) as {
  scale: number;
  first: number[][];
  far: Record<string, number[]>;
};

describe('Sobol sequence', () => {
  it('starts with the published points of the first two dimensions', () => {
    // Joe & Kuo (2008), and scipy's documentation of qmc.Sobol(d=2, scramble=False).
    const s = new SobolSequence(2);
    const points = Array.from({ length: 8 }, (_, i) => [...s.point(i)]);
    expect(points).toEqual([
      [0, 0],
      [0.5, 0.5],
      [0.75, 0.25],
      [0.25, 0.75],
      [0.375, 0.375],
      [0.875, 0.875],
      [0.625, 0.125],
      [0.125, 0.625],
    ]);
  });

  it('equals scipy’s unscrambled sequence in all 64 dimensions, near and far', () => {
    expect(SOBOL_MAX_DIMENSIONS).toBe(64);
    const s = new SobolSequence(64);
    const scaled = (i: number) => [...s.point(i)].map((x) => x * fixture.scale);
    fixture.first.forEach((row, i) => expect(scaled(i), `point ${i}`).toEqual(row));
    for (const [index, row] of Object.entries(fixture.far))
      expect(scaled(Number(index)), `point ${index}`).toEqual(row);
  });

  it('a digital shift XORs every coordinate and keeps each point in [0, 1)', () => {
    const shift = [0x80000000, 0x12345678, 0xffffffff];
    const plain = new SobolSequence(3);
    const shifted = new SobolSequence(3, shift);
    for (let i = 0; i < 300; i += 1) {
      const a = plain.point(i);
      const b = shifted.point(i);
      for (let d = 0; d < 3; d += 1) {
        expect(b[d]).toBeGreaterThanOrEqual(0);
        expect(b[d]).toBeLessThan(1);
        expect(((a[d]! * 2 ** 32) ^ shift[d]!) >>> 0).toBe(b[d]! * 2 ** 32);
      }
    }
  });

  it('refuses dimensions it has no direction numbers for, and indices past 2³²', () => {
    expect(() => new SobolSequence(65)).toThrow(/65 dimensions/);
    expect(() => new SobolSequence(0)).toThrow(RangeError);
    expect(() => new SobolSequence(2).point(2 ** 32)).toThrow(RangeError);
  });
});
