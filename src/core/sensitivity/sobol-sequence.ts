// The Sobol' quasi-random sequence (Sobol' 1967) with Joe & Kuo's direction numbers, in Gray-code
// order (Antonov & Saleev 1979) like scipy.stats.qmc.Sobol, 32 bits per coordinate. Any point is
// computed directly from its index, so a shard of a sweep needs none of the points before it.
// No library fitted: the npm package `sobol` reads its table with `fs` (no worker) and shifts
// numbers past 32 bits; the direction numbers are data, checked against scipy's points in tests.
import { JOE_KUO_DIRECTIONS } from './joe-kuo';

/** Dimensions this generator has direction numbers for. */
export const SOBOL_MAX_DIMENSIONS = JOE_KUO_DIRECTIONS.length + 1;
const BITS = 32;
const SCALE = 2 ** -BITS;

/** The 32 direction integers vⱼ = mⱼ·2^(32−j) of dimension d (0-based), unsigned. */
function directionIntegers(d: number): Uint32Array {
  const v = new Uint32Array(BITS);
  if (d === 0) {
    for (let j = 0; j < BITS; j += 1) v[j] = 2 ** (BITS - 1 - j);
    return v;
  }
  const [s, a, m] = JOE_KUO_DIRECTIONS[d - 1]!;
  for (let j = 0; j < BITS; j += 1) {
    if (j < s) {
      v[j] = m[j]! * 2 ** (BITS - 1 - j);
      continue;
    }
    // vⱼ = a₁vⱼ₋₁ ⊕ a₂vⱼ₋₂ ⊕ … ⊕ aₛ₋₁vⱼ₋ₛ₊₁ ⊕ vⱼ₋ₛ ⊕ (vⱼ₋ₛ >> s)
    let x = v[j - s]! ^ (v[j - s]! >>> s);
    for (let k = 1; k < s; k += 1) if ((a >>> (s - 1 - k)) & 1) x ^= v[j - k]!;
    v[j] = x >>> 0;
  }
  return v;
}

export class SobolSequence {
  readonly dimensions: number;
  readonly #v: Uint32Array[];
  readonly #shift: Uint32Array;

  /**
   * `shift`: one 32-bit word per dimension XORed into every point (a random digital shift keeps
   * the sequence's net structure and makes it a randomised QMC sample); none gives the plain
   * sequence, whose first point is the origin.
   */
  constructor(dimensions: number, shift?: ArrayLike<number>) {
    if (!Number.isInteger(dimensions) || dimensions < 1 || dimensions > SOBOL_MAX_DIMENSIONS)
      throw new RangeError(
        `Sobol sequence: ${dimensions} dimensions (1 to ${SOBOL_MAX_DIMENSIONS})`,
      );
    this.dimensions = dimensions;
    this.#v = Array.from({ length: dimensions }, (_, d) => directionIntegers(d));
    this.#shift = new Uint32Array(dimensions);
    if (shift) for (let d = 0; d < dimensions; d += 1) this.#shift[d] = shift[d]! >>> 0;
  }

  /** Point `index` (0-based, below 2³²) into `out` (length ≥ dimensions), each in [0, 1). */
  point(index: number, out: Float64Array = new Float64Array(this.dimensions)): Float64Array {
    if (!Number.isInteger(index) || index < 0 || index >= 2 ** BITS)
      throw new RangeError(`Sobol sequence: no point ${index}`);
    // Gray code of the index: which direction integers the point XORs together.
    const gray = (index ^ Math.floor(index / 2)) >>> 0;
    for (let d = 0; d < this.dimensions; d += 1) {
      const v = this.#v[d]!;
      let x = this.#shift[d]!;
      for (let j = 0, g = gray; g !== 0; j += 1, g >>>= 1) if (g & 1) x ^= v[j]!;
      out[d] = (x >>> 0) * SCALE;
    }
    return out;
  }
}
