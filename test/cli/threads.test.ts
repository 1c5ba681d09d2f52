// The one range pool on real worker threads (comlink's Node adapter, each thread loading the
// TypeScript API through tsx): path measures, replicates and design points give the one-thread
// result on 1, 2 and 3 threads, and a cancelled run terminates its threads.
import { afterEach, describe, expect, it } from 'vitest';
import { ThreadPool } from '../../src/cli/threads';
import { type SimulateRequest, createAnalysisApi } from '../../src/core/api';
import { createExampleDocument } from '../../src/core/example/qic-example';
import { createSyntheticNetwork } from '../../src/core/example/synthetic';
import { toCompactDigraph } from '../../src/core/metrics/compact';
import { computePathMetrics } from '../../src/core/metrics/path-pool';
import { splitRange } from '../../src/core/ranges';
import type { SensitivityRequest } from '../../src/core/sensitivity/run';
import { computePathMetricsOnWorkers } from '../../src/services/path-pool';
import { RangePoolCancelled, runRangePool } from '../../src/services/range-pool';

const api = createAnalysisApi();
const pools: { close(): Promise<void> }[] = [];
const keep = <P extends { close(): Promise<void> }>(pool: P): P => (pools.push(pool), pool);
/** Threads of the whole analysis API, or (`startPaths`) of the path kernel only. */
const start = (size: number) => keep(new ThreadPool(size));
const startPaths = (size: number) => keep(new ThreadPool(size, 'paths'));

afterEach(async () => {
  await Promise.all(pools.map((pool) => pool.close()));
  pools.length = 0;
});

describe('runRangePool on worker threads', () => {
  const doc = createSyntheticNetwork({ actors: 300, tiesPerActor: 3, seed: 3 });
  const graph = toCompactDigraph(doc);
  const example = createExampleDocument();

  it.each([1, 2, 3])('gives the one-thread path measures on %i threads', async (size) => {
    const pool = startPaths(size);
    expect(pool.remotes).toHaveLength(size);
    expect(await computePathMetricsOnWorkers(pool, graph)).toEqual(computePathMetrics(graph));
  });

  it('gives them on threads of the whole analysis API too', async () => {
    expect(await computePathMetricsOnWorkers(start(2), graph)).toEqual(computePathMetrics(graph));
  });

  it.each([1, 2, 3])('gives the one-thread replicates on %i threads', async (size) => {
    const request: SimulateRequest = {
      revision: 4,
      doc: example,
      scenarios: ['support-withdrawn-26'],
      runs: 7,
      seed: 5,
      weeks: 30,
    };
    const pool = start(size);
    const progress: number[] = [];
    const batches = await runRangePool(
      pool,
      splitRange(7, size),
      async (remote, { from, to }) => (await remote.simulateRange(request, from, to)).result,
      { onProgress: (done) => progress.push(done) },
    );
    expect(batches).toHaveLength(Math.min(7, size));
    const pooled = api.summarizeSimulation(request, batches);
    expect(pooled).toEqual(api.simulate(request));
    expect(progress.at(-1)).toBe(1);
  });

  it.each([1, 2, 3])('gives the one-thread sensitivity result on %i threads', async (size) => {
    const request: SensitivityRequest = {
      doc: example,
      scenarios: ['support-withdrawn-26'],
      method: 'morris',
      trajectories: 2,
      runs: 2,
      seed: 3,
      week: 20,
    };
    const points = api.sensitivityPoints(request);
    const pool = start(size);
    const ranges = await runRangePool(pool, splitRange(points, size), (remote, { from, to }) =>
      remote.sensitivityRange(request, from, to),
    );
    const whole = api.sensitivityAnalyse(request, [api.sensitivityRange(request, 0, points)]);
    expect(api.sensitivityAnalyse(request, ranges)).toEqual(whole);
  });

  it('cancels: the run rejects and every thread is terminated', async () => {
    const big = toCompactDigraph(
      createSyntheticNetwork({ actors: 3000, tiesPerActor: 4, seed: 8 }),
    );
    const pool = startPaths(2);
    const controller = new AbortController();
    const run = computePathMetricsOnWorkers(pool, big, {
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    await expect(run).rejects.toBeInstanceOf(RangePoolCancelled);
    // Not closed by the test: the cancel itself stopped the threads.
    await pool.exited;
    expect(pool.running).toBe(0);
  });

  it('rejects when a thread dies instead of waiting for its range', async () => {
    const pool = startPaths(2);
    const run = computePathMetricsOnWorkers(pool, graph, {
      // A thread that stops unasked (as a crash would) loses its range.
      onProgress: () => void pool.threads[0]!.terminate(),
    });
    await expect(run).rejects.toThrow(/thread pool: a worker stopped/);
  });
});
