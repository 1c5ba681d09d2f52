// Betweenness and closeness spread over workers (Web Workers in the page, worker threads in the
// CLI): each worker's `pathPartial` runs the Brandes kernel on source ranges through the one range
// pool (range-pool.ts), and src/core/metrics/path-pool.ts adds the shares up. Also the one rule for
// when the pool is worth its workers, which the page and the CLI both follow.
import type { CompactDigraph } from '../core/metrics/compact';
import {
  type PathMetrics,
  type PathPartial,
  mergePartials,
  planSources,
} from '../core/metrics/path-pool';
import { type RangePoolOptions, type RangeWorkers, runRangePool } from './range-pool';

/** The pool is for networks of at least this many actors (and POOL_MIN_WORK)… */
export const POOL_MIN_ACTORS = 2000;

/**
 * …and at least this much work, n · (n + ties). Measured on the 2-core machine of the bench:
 * a worker thread costs about 0.25 s to start under tsx, so one thread and two broke even at
 * 4,000 actors and 20,000 arcs (≈ 10⁸, 0.75 s); at 10,000 and 50,000 (6·10⁸) two threads took
 * 3.2 s where one took 5.2 s.
 */
export const POOL_MIN_WORK = 1e8;

/**
 * Whether betweenness and closeness of a network of `actors` and `ties` (the CLI counts the
 * graph's arcs, the page the document's ties: it has no graph before the worker builds one) go
 * over a pool of `workers`, or are computed in one worker.
 */
export function usesPathPool(workers: number, actors: number, ties: number): boolean {
  return workers > 1 && actors >= POOL_MIN_ACTORS && actors * (actors + ties) >= POOL_MIN_WORK;
}

/** What the pool needs of a worker: a comlink `Remote<WorkerApi>`, or the API object itself. */
export interface PathPartialRemote {
  pathPartial(graph: CompactDigraph, from: number, to: number): PathPartial | Promise<PathPartial>;
}

export interface PathPoolOptions extends RangePoolOptions {
  /** Ranges to cut the sources into (default `defaultPathParts(n)`). */
  parts?: number;
}

/**
 * Runs betweenness and closeness of `graph` on the given workers, each taking the next source
 * range when done with its last. The values do not depend on how many workers there are: they
 * are bit for bit those of `computePathMetrics` on one thread (same ranges, added in the same
 * order). The graph is copied to a worker with each range (a 10k-actor, 50k-tie graph is about
 * 1 MB); the partials come back transferred.
 */
export async function computePathMetricsOnWorkers(
  workers: RangeWorkers<PathPartialRemote>,
  graph: CompactDigraph,
  options: PathPoolOptions = {},
): Promise<PathMetrics> {
  const partials = await runRangePool(
    workers,
    planSources(graph.n, options.parts),
    async (remote, range) => {
      const partial = await remote.pathPartial(graph, range.from, range.to);
      if (partial.from !== range.from || partial.to !== range.to)
        throw new Error(
          `path-pool: asked for [${range.from}, ${range.to}), got [${partial.from}, ${partial.to})`,
        );
      return partial;
    },
    options,
  );
  return mergePartials(graph.n, partials);
}
