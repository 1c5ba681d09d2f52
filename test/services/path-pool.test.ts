// The browser's path pool: betweenness and closeness spread over analysis workers give the same
// bits as one thread, with the API objects called directly and over real comlink channels.
import { type Remote, expose, releaseProxy, wrap } from 'comlink';
import { afterEach, describe, expect, expectTypeOf, it } from 'vitest';
import { type AnalysisApi, createAnalysisApi } from '../../src/core/api';
import { createSyntheticNetwork } from '../../src/core/example/synthetic';
import { compactFromEdges, toCompactDigraph } from '../../src/core/metrics/compact';
import { computePathMetrics } from '../../src/core/metrics/path-pool';
import {
  type PathPartialRemote,
  computePathMetricsOnWorkers,
  usesPathPool,
} from '../../src/services/path-pool';
import type { RangeWorkers } from '../../src/services/range-pool';
import type { WorkerApi } from '../../workers/worker-api';

const doc = createSyntheticNetwork({ actors: 240, tiesPerActor: 3, seed: 5 });
const graph = toCompactDigraph(doc);
const single = computePathMetrics(graph);

/** Remotes as a pool's workers (nothing to terminate: they are objects or test channels). */
const pool = <W>(remotes: W[]): RangeWorkers<W> => ({ remotes, terminate: () => {} });

describe('computePathMetricsOnWorkers with API objects as remotes', () => {
  it('takes the app’s worker remotes as they are', () => {
    expectTypeOf<Remote<WorkerApi>>().toExtend<PathPartialRemote>();
  });

  it.each([1, 2, 3, 4, 7])('gives the one-thread values with %i workers', async (workers) => {
    const remotes = Array.from({ length: workers }, () => createAnalysisApi());
    const pooled = await computePathMetricsOnWorkers(pool(remotes), graph);
    expect(pooled).toEqual(single);
  });

  it.each([1, 2, 3, 7, 500])('and with the sources cut into %i parts', async (parts) => {
    const remotes = [createAnalysisApi(), createAnalysisApi()];
    const pooled = await computePathMetricsOnWorkers(pool(remotes), graph, { parts });
    for (const key of ['betweenness', 'closeness'] as const)
      pooled[key].forEach((value, i) =>
        expect(Math.abs(value - single[key][i]!)).toBeLessThan(1e-12),
      );
  });

  it('reports progress up to 1, and a worker’s error', async () => {
    const progress: number[] = [];
    await computePathMetricsOnWorkers(pool([createAnalysisApi()]), graph, {
      onProgress: (done) => progress.push(done),
    });
    expect(progress.at(-1)).toBe(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    const broken = {
      pathPartial: () => {
        throw new Error('out of memory');
      },
    };
    await expect(computePathMetricsOnWorkers(pool([broken]), graph)).rejects.toThrow(
      'out of memory',
    );
    const wrong = { pathPartial: () => createAnalysisApi().pathPartial(graph, 0, 1) };
    await expect(computePathMetricsOnWorkers(pool([wrong]), graph)).rejects.toThrow(/asked for/);
  });

  it('follows one rule for the pool: 2+ workers, 2,000+ actors and n·(n + ties) ≥ 10⁸', () => {
    expect(usesPathPool(2, 5000, 25000)).toBe(true);
    expect(usesPathPool(1, 5000, 25000)).toBe(false);
    expect(usesPathPool(4, 1999, 1e6)).toBe(false);
    expect(usesPathPool(4, 2000, 48000)).toBe(true);
    expect(usesPathPool(4, 2000, 47999)).toBe(false);
  });
});

describe('computePathMetricsOnWorkers over comlink MessageChannels', () => {
  const channels: MessageChannel[] = [];
  const remotes: Remote<AnalysisApi>[] = [];

  afterEach(() => {
    for (const remote of remotes) remote[releaseProxy]();
    for (const channel of channels) {
      channel.port1.close();
      channel.port2.close();
    }
    remotes.length = 0;
    channels.length = 0;
  });

  it('builds the graph in one worker and runs the ranges on two: same bits', async () => {
    for (let i = 0; i < 2; i += 1) {
      const channel = new MessageChannel();
      expose(createAnalysisApi(), channel.port1);
      channels.push(channel);
      remotes.push(wrap<AnalysisApi>(channel.port2));
    }
    const built = await remotes[0]!.compactGraph({ revision: 9, doc });
    expect(built.revision).toBe(9);
    expect(built.result).toEqual(graph);
    const pooled = await computePathMetricsOnWorkers(pool(remotes), built.result);
    expect(pooled.betweenness).toBeInstanceOf(Float64Array);
    expect(pooled).toEqual(single);

    // The rest of the measures in one worker, which takes the pool's paths instead of its own.
    const tagged = await remotes[0]!.metrics({ revision: 9, doc, paths: pooled });
    const plain = createAnalysisApi().metrics({ revision: 9, doc });
    expect(tagged.revision).toBe(9);
    expect(tagged.result).toEqual(plain.result);
    await expect(
      remotes[1]!.metrics({
        revision: 10,
        doc,
        paths: computePathMetrics(compactFromEdges(3, [[0, 1]])),
      }),
    ).rejects.toThrow(/paths for 3 actors/);
  });
});
