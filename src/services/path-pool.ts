// Betweenness and closeness spread over the app's analysis workers: each worker's comlink remote
// runs `pathPartial` on source ranges, and src/core/metrics/path-pool.ts adds the shares up.
import type { CompactDigraph } from '../core/metrics/compact';
import {
  type PathMetrics,
  type PathPartial,
  type PoolOptions,
  runPathPool,
} from '../core/metrics/path-pool';

/** What the pool needs of a worker: a comlink `Remote<WorkerApi>`, or the API object itself. */
export interface PathPartialRemote {
  pathPartial(graph: CompactDigraph, from: number, to: number): PathPartial | Promise<PathPartial>;
}

/**
 * Runs betweenness and closeness of `graph` on the given workers, each taking the next source
 * range when done with its last. The values do not depend on how many workers there are: they
 * are bit for bit those of `computePathMetrics` on one thread. The graph is copied to a worker
 * with each range (a 10k-actor, 50k-tie graph is about 1 MB); the partials come back transferred.
 * Cancel by terminating the workers (the promise then never settles: race it with your own
 * rejection, as AnalysisClient does) or with `isCancelled`, checked between ranges.
 */
export function computePathMetricsOnWorkers(
  remotes: readonly PathPartialRemote[],
  graph: CompactDigraph,
  options: PoolOptions = {},
): Promise<PathMetrics> {
  return runPathPool(
    graph.n,
    remotes.map(
      (remote) => async (from: number, to: number) => remote.pathPartial(graph, from, to),
    ),
    options,
  );
}
