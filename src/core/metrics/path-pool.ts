// The plan behind betweenness and closeness on several workers: split the sources into ranges,
// run the Brandes kernel on each wherever, add the partials back in range order. Pure: the one
// driver, src/services/range-pool.ts, hands the ranges to Web Workers or worker threads.
import { type Range, splitRange } from '../ranges';
import type { CompactDigraph } from './compact';
import {
  MAX_BATCH,
  type PathMetrics,
  type PathPartial,
  addPathPartials,
  brandesRange,
  finishPathMetrics,
} from './kernels/brandes';

export type { PathMetrics, PathPartial };

/**
 * How many ranges the sources are cut into by default. It depends on n only, never on the pool
 * size, so the partials are added in the same order on one thread or eight and the results are
 * bit for bit the same everywhere. Up to 64 ranges keep 4 workers busy to the end even when
 * ranges cost unequally; each holds at least 64 sources (two of the kernel's batches), which
 * outweighs its message.
 */
export function defaultPathParts(n: number): number {
  return Math.max(1, Math.min(64, Math.ceil(n / 64)));
}

/** The ranges the default plans use: `parts` of them, aligned to the kernel's batches. */
export function planSources(n: number, parts = defaultPathParts(n)): Range[] {
  return splitRange(n, parts, MAX_BATCH);
}

/**
 * Adds the partials of all ranges — in order of their first source, whatever order they came
 * back in — and finishes the measures. Refuses a set of ranges that does not cover [0, n)
 * exactly once, so a lost or doubled range cannot go unnoticed.
 */
export function mergePartials(n: number, partials: readonly PathPartial[]): PathMetrics {
  const sorted = [...partials].sort((a, b) => a.from - b.from);
  let next = 0;
  for (const p of sorted) {
    if (p.from !== next || p.to < p.from)
      throw new RangeError(
        `path-pool: ranges do not tile the sources: expected one from ${next}, got [${p.from}, ${p.to})`,
      );
    next = p.to;
  }
  if (next !== n)
    throw new RangeError(`path-pool: the ranges cover sources up to ${next}, not all ${n}`);
  return finishPathMetrics(n, addPathPartials(n, sorted));
}

/** Betweenness and closeness on this thread, with the same plan (and so the same bits) as a pool. */
export function computePathMetrics(
  graph: CompactDigraph,
  parts = defaultPathParts(graph.n),
): PathMetrics {
  const partials = planSources(graph.n, parts).map((r) => brandesRange(graph, r.from, r.to));
  return mergePartials(graph.n, partials);
}
