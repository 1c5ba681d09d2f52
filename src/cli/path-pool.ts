// The CLI's worker pool for betweenness and closeness on large networks: node:worker_threads,
// each running the Brandes kernel on source ranges that src/core/metrics/path-pool.ts plans.
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { NetworkDocument } from '../core/document/types';
import type { CompactDigraph } from '../core/metrics/compact';
import { computeWithContext } from '../core/metrics/compute';
import { createMetricContext } from '../core/metrics/context';
import {
  type PathMetrics,
  type PathPartial,
  type PoolOptions,
  defaultPathParts,
  runPathPool,
} from '../core/metrics/path-pool';
import { PATH_CACHE_KEY } from '../core/metrics/paths';
import type { MetricOptions, MetricsResult } from '../core/metrics/types';

/** The pool is for networks of at least this many actors (and POOL_MIN_WORK)… */
export const POOL_MIN_ACTORS = 2000;

/**
 * …and at least this much work, n · (n + arcs). Measured on the 2-core machine of the bench:
 * a worker costs about 0.25 s to start under tsx, so one thread and two broke even at 4,000
 * actors and 20,000 arcs (≈ 10⁸, 0.75 s); at 10,000 and 50,000 (6·10⁸) two threads took 3.2 s
 * where one took 5.2 s.
 */
export const POOL_MIN_WORK = 1e8;

/** Threads for the pool: the machine's, at most 4. */
export function defaultPoolSize(): number {
  return Math.max(1, Math.min(availableParallelism(), 4));
}

const WORKER_FILE = fileURLToPath(new URL('./path-worker.ts', import.meta.url));

/**
 * The worker's entry is TypeScript, and in Node 20 a worker ignores the tsx hooks of its parent
 * (`--import tsx` in execArgv included): the worker registers tsx's require hook itself, then
 * loads the entry. Works the same under `tsx` (the CLI) and under vitest.
 */
function bootCode(): string {
  const tsx = createRequire(import.meta.url).resolve('tsx/cjs/api');
  return `require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(WORKER_FILE)});`;
}

interface PathThread {
  run: (from: number, to: number) => Promise<PathPartial>;
  terminate: () => Promise<number>;
}

function startThread(graph: CompactDigraph): PathThread {
  const worker = new Worker(bootCode(), { eval: true, execArgv: [], workerData: { graph } });
  let pending: { resolve: (p: PathPartial) => void; reject: (e: Error) => void } | undefined;
  let failure: Error | undefined;
  const fail = (error: Error) => {
    failure ??= error;
    pending?.reject(error);
    pending = undefined;
  };
  worker.on('message', (message: { partial?: PathPartial; error?: string }) => {
    const job = pending;
    pending = undefined;
    if (message.partial) job?.resolve(message.partial);
    else job?.reject(new Error(`path-pool: a worker failed: ${message.error}`));
  });
  worker.on('error', (error) => fail(new Error(`path-pool: a worker failed: ${error.message}`)));
  worker.on('exit', (code) => fail(new Error(`path-pool: a worker stopped (exit code ${code})`)));
  return {
    run: (from, to) =>
      new Promise<PathPartial>((resolve, reject) => {
        if (failure) return reject(failure);
        pending = { resolve, reject };
        worker.postMessage({ from, to });
      }),
    terminate: () => worker.terminate(),
  };
}

/** Whether the CLI computes betweenness and closeness of `graph` on the pool. */
export function usesPathPool(
  graph: CompactDigraph,
  threads = defaultPoolSize(),
  minActors = POOL_MIN_ACTORS,
): boolean {
  return threads > 1 && graph.n >= minActors && graph.n * (graph.n + graph.m) >= POOL_MIN_WORK;
}

export interface ThreadPoolOptions extends PoolOptions {
  /** Threads to start (default `defaultPoolSize()`); never more than there are ranges. */
  threads?: number;
}

/**
 * Betweenness and closeness of `graph` computed on worker threads. The values are bit for bit
 * those of `computePathMetrics` on one thread (same ranges, added in the same order).
 */
export async function computePathMetricsInThreads(
  graph: CompactDigraph,
  options: ThreadPoolOptions = {},
): Promise<PathMetrics> {
  const parts = options.parts ?? defaultPathParts(graph.n);
  const size = Math.max(1, Math.min(options.threads ?? defaultPoolSize(), parts, graph.n));
  const threads = Array.from({ length: size }, () => startThread(graph));
  try {
    return await runPathPool(
      graph.n,
      threads.map((t) => t.run),
      { ...options, parts },
    );
  } finally {
    await Promise.all(threads.map((t) => t.terminate()));
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
 * network computed first on the pool and handed to the measures through the context's cache.
 */
export async function computeMetricsWithPool(
  doc: NetworkDocument,
  options: MetricOptions = {},
  cli: CliMetricsOptions = {},
): Promise<MetricsResult> {
  const ctx = createMetricContext(doc, options);
  const threads = cli.threads ?? defaultPoolSize();
  const pooled =
    cli.pool === undefined ? usesPathPool(ctx.graph, threads) : cli.pool && threads > 1;
  if (pooled) {
    try {
      ctx.cache.set(PATH_CACHE_KEY, await computePathMetricsInThreads(ctx.graph, { threads }));
    } catch (error) {
      cli.onWarning?.(
        `${error instanceof Error ? error.message : String(error)}; betweenness and closeness are computed on one thread`,
      );
    }
  }
  return computeWithContext(ctx);
}
