// Ranges of work — source actors, replicates, design points — cut so that a pool of workers can
// share them (src/services/range-pool.ts runs them; the merges put the shares back in order).

/** The units [from, to) of a run. */
export interface Range {
  from: number;
  to: number;
}

/**
 * Cuts [0, n) into `parts` contiguous ranges of near-equal size. With `align`, ranges start at
 * multiples of it (the Brandes kernel searches MAX_BATCH sources at a time, so its plans align
 * to that); fewer ranges come back when there are fewer blocks of `align` units than parts.
 * n = 0 gives none.
 */
export function splitRange(n: number, parts: number, align = 1): Range[] {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`ranges: bad count ${n}`);
  if (!Number.isInteger(parts) || parts < 1)
    throw new RangeError(`ranges: parts must be a whole number ≥ 1, got ${parts}`);
  if (!Number.isInteger(align) || align < 1)
    throw new RangeError(`ranges: align must be a whole number ≥ 1, got ${align}`);
  const blocks = Math.ceil(n / align);
  const count = Math.min(parts, blocks);
  const ranges: Range[] = [];
  const size = Math.floor(blocks / Math.max(count, 1));
  const extra = blocks - size * count;
  let block = 0;
  for (let i = 0; i < count; i += 1) {
    const next = block + size + (i < extra ? 1 : 0);
    ranges.push({ from: block * align, to: Math.min(n, next * align) });
    block = next;
  }
  return ranges;
}
