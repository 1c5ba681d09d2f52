// Betweenness and closeness of large networks in the CLI: the page's path pool
// (src/services/path-pool.ts, on the one range pool) over worker threads (threads.ts), by the same
// rule for when the pool is worth it, and the other measures given the pooled paths explicitly.
import type { NetworkDocument } from '../core/document/types';
import { type CompactDigraph, toCompactDigraph } from '../core/metrics/compact';
import { computeMetrics } from '../core/metrics/compute';
import { type PathMetrics, planSources } from '../core/metrics/path-pool';
import type { MetricOptions, MetricsResult } from '../core/metrics/types';
import {
  type PathPoolOptions,
  computePathMetricsOnWorkers,
  usesPathPool,
} from '../services/path-pool';
import { ThreadPool, defaultPoolSize } from './threads';

export interface ThreadPoolOptions extends PathPoolOptions {
  /** Threads to start (default `defaultPoolSize()`); never more than there are ranges. */
  threads?: number;
}

/**
 * Betweenness and closeness of `graph` computed on worker threads, which are stopped after. The
 * values are bit for bit those of `computePathMetrics` on one thread (same ranges, added in the
 * same order).
 */
export async function computePathMetricsInThreads(
  graph: CompactDigraph,
  options: ThreadPoolOptions = {},
): Promise<PathMetrics> {
  const ranges = planSources(graph.n, options.parts).length;
  const size = Math.max(1, Math.min(options.threads ?? defaultPoolSize(), ranges));
  const pool = new ThreadPool(size, 'paths');
  try {
    return await computePathMetricsOnWorkers(pool, graph, options);
  } finally {
    await pool.close();
  }
}

export interface CliMetricsOptions {
  /** Use the pool: always (with 2 threads or more), never, or by `usesPathPool` (default). */
  pool?: boolean;
  /** Threads of the pool (default `defaultPoolSize()`); 1 computes on the main thread. */
  threads?: number;
  /** Told when the pool failed and the measures were computed on the main thread instead. */
  onWarning?: (message: string) => void;
}

/**
 * Every measure of the registry, as `computeMetrics`, with betweenness and closeness of a large
 * network computed first on the pool and handed to the measures.
 */
export async function computeMetricsWithPool(
  doc: NetworkDocument,
  options: MetricOptions = {},
  cli: CliMetricsOptions = {},
): Promise<MetricsResult> {
  const graph = toCompactDigraph(doc, options.kinds);
  const threads = cli.threads ?? defaultPoolSize();
  const pooled =
    cli.pool === undefined ? usesPathPool(threads, graph.n, graph.m) : cli.pool && threads > 1;
  let paths: PathMetrics | undefined;
  if (pooled) {
    try {
      paths = await computePathMetricsInThreads(graph, { threads });
    } catch (error) {
      cli.onWarning?.(
        `${error instanceof Error ? error.message : String(error)}; betweenness and closeness are computed on one thread`,
      );
    }
  }
  return computeMetrics(doc, options, {}, { paths });
}
