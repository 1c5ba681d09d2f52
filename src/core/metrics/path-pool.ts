// The plan behind betweenness and closeness on several workers: split the sources into ranges,
// run the Brandes kernel on each wherever, add the partials back in range order. Pure, so the
// Node and browser drivers only say how a range reaches a worker.
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

export interface SourceRange {
  from: number;
  to: number;
}

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

/**
 * Cuts [0, n) into `parts` contiguous ranges of near-equal size. With `align`, ranges start at
 * multiples of it (the kernel searches MAX_BATCH sources at a time, so the default plans align
 * to that); fewer ranges come back when there are fewer blocks of `align` sources than parts.
 * n = 0 gives none.
 */
export function splitSources(n: number, parts: number, align = 1): SourceRange[] {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`path-pool: bad actor count ${n}`);
  if (!Number.isInteger(parts) || parts < 1)
    throw new RangeError(`path-pool: parts must be a whole number ≥ 1, got ${parts}`);
  if (!Number.isInteger(align) || align < 1)
    throw new RangeError(`path-pool: align must be a whole number ≥ 1, got ${align}`);
  const blocks = Math.ceil(n / align);
  const count = Math.min(parts, blocks);
  const ranges: SourceRange[] = [];
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

/** The ranges the default plans use: `parts` of them, aligned to the kernel's batches. */
export function planSources(n: number, parts = defaultPathParts(n)): SourceRange[] {
  return splitSources(n, parts, MAX_BATCH);
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

/** Runs one range somewhere (a worker); the pool gives each runner one range at a time. */
export type RangeRunner = (from: number, to: number) => Promise<PathPartial>;

export interface PoolOptions {
  /** Ranges to cut the sources into (default `defaultPathParts(n)`). */
  parts?: number;
  /** Called after each range with the share of sources done, 0…1. */
  onProgress?: (done: number) => void;
  /** Checked before each range is handed out; when true the run rejects and stops handing out. */
  isCancelled?: () => boolean;
}

/**
 * Hands the ranges to the runners, each runner taking the next range when its last one is done
 * (so a slow range does not hold the others up), then merges. Results do not depend on the
 * number of runners. A runner's failure rejects the run; ranges still out are not waited for.
 */
export async function runPathPool(
  n: number,
  runners: readonly RangeRunner[],
  options: PoolOptions = {},
): Promise<PathMetrics> {
  if (runners.length === 0) throw new RangeError('path-pool: no workers to run on');
  const ranges = planSources(n, options.parts);
  const partials: PathPartial[] = [];
  let nextRange = 0;
  let sourcesDone = 0;
  let stopped = false;
  const drive = async (runner: RangeRunner) => {
    try {
      while (!stopped && nextRange < ranges.length) {
        if (options.isCancelled?.()) throw new Error('path-pool: cancelled');
        const range = ranges[nextRange++]!;
        const partial = await runner(range.from, range.to);
        if (partial.from !== range.from || partial.to !== range.to)
          throw new Error(
            `path-pool: asked for [${range.from}, ${range.to}), got [${partial.from}, ${partial.to})`,
          );
        partials.push(partial);
        sourcesDone += range.to - range.from;
        options.onProgress?.(sourcesDone / n);
      }
    } catch (error) {
      stopped = true; // the other runners hand out nothing more
      throw error;
    }
  };
  await Promise.all(runners.map(drive));
  return mergePartials(n, partials);
}
