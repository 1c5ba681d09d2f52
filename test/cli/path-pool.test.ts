// The CLI's path pool on real node:worker_threads (each loading the TypeScript API through tsx):
// the same bits as one thread whatever the number of threads, and the measures of a large
// network given the pooled paths.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main';
import { computeMetricsWithPool, computePathMetricsInThreads } from '../../src/cli/path-pool';
import { defaultPoolSize } from '../../src/cli/threads';
import { POOL_MIN_ACTORS, usesPathPool as usesPool } from '../../src/services/path-pool';
import { createSyntheticNetwork } from '../../src/core/example/synthetic';
import {
  type CompactDigraph,
  compactFromEdges,
  toCompactDigraph,
} from '../../src/core/metrics/compact';
import { computeMetrics } from '../../src/core/metrics/compute';
import { computePathMetrics } from '../../src/core/metrics/path-pool';

const doc = createSyntheticNetwork({ actors: 400, tiesPerActor: 3, seed: 11 });
const graph = toCompactDigraph(doc);
const single = computePathMetrics(graph);
/** The CLI's choice for a graph: the one rule on its actors and arcs, with the machine's threads. */
const usesPathPool = (g: CompactDigraph) => usesPool(defaultPoolSize(), g.n, g.m);

describe('computePathMetricsInThreads', () => {
  it.each([1, 2, 3])('gives the one-thread bits on %i threads', async (threads) => {
    expect(await computePathMetricsInThreads(graph, { threads })).toEqual(single);
  });

  it('gives the one-thread values to 1e-12 with other cuts', async () => {
    for (const parts of [1, 7, 1000]) {
      const pooled = await computePathMetricsInThreads(graph, { threads: 2, parts });
      for (const key of ['betweenness', 'closeness'] as const)
        pooled[key].forEach((v, i) => expect(Math.abs(v - single[key][i]!)).toBeLessThan(1e-12));
    }
  });

  it('handles an empty network and one actor', async () => {
    expect(await computePathMetricsInThreads(compactFromEdges(0, []), { threads: 2 })).toEqual(
      computePathMetrics(compactFromEdges(0, [])),
    );
    const one = await computePathMetricsInThreads(compactFromEdges(1, []), { threads: 2 });
    expect([...one.betweenness, ...one.closeness]).toEqual([0, 0]);
  });

  it('sizes the pool by the machine, 1 to 4 threads', () => {
    expect(defaultPoolSize()).toBeGreaterThanOrEqual(1);
    expect(defaultPoolSize()).toBeLessThanOrEqual(4);
  });
});

describe('computeMetricsWithPool', () => {
  it('gives computeMetrics’ betweenness and closeness when the pool is used', async () => {
    const warnings: string[] = [];
    const pooled = await computeMetricsWithPool(
      doc,
      {},
      { pool: true, threads: 2, onWarning: (w) => warnings.push(w) },
    );
    expect(warnings).toEqual([]);
    const plain = computeMetrics(doc, {}, { only: ['betweenness', 'closeness'] });
    expect(pooled.actors.values.betweenness).toEqual(plain.actors.values.betweenness);
    expect(pooled.actors.values.closeness).toEqual(plain.actors.values.closeness);
  });

  it('uses the pool for large networks only', () => {
    expect(usesPathPool(graph)).toBe(false);
    const big = toCompactDigraph(
      createSyntheticNetwork({ actors: 5000, tiesPerActor: 5, seed: 1 }),
    );
    expect(usesPathPool(big)).toBe(defaultPoolSize() > 1);
  });
});

describe('leadnet metrics on a large network', () => {
  it('answers through the pool with the one-thread values', async () => {
    const big = createSyntheticNetwork({ actors: 5000, tiesPerActor: 5, seed: 2 });
    expect(big.actors.length).toBeGreaterThanOrEqual(POOL_MIN_ACTORS);
    const dir = mkdtempSync(join(tmpdir(), 'leadnet-pool-'));
    try {
      const file = join(dir, 'big.json');
      writeFileSync(file, JSON.stringify(big));
      const out: string[] = [];
      const err: string[] = [];
      const code = run(['metrics', file, '--json'], {
        stdout: (text) => out.push(text),
        stderr: (text) => err.push(text),
      });
      expect(code).toBeInstanceOf(Promise);
      expect(await code).toBe(0);
      expect(err.filter((line) => /path-pool|betweenness|closeness/.test(line))).toEqual([]);
      const actors = (
        JSON.parse(out.join('\n')) as {
          actors: Record<string, { betweenness: number; closeness: number }>;
        }
      ).actors;
      // The same bits either way, by design; this network is one the pool takes on 2+ cores.
      expect(usesPathPool(toCompactDigraph(big))).toBe(defaultPoolSize() > 1);
      const plain = computePathMetrics(toCompactDigraph(big));
      big.actors.forEach((actor, i) => {
        expect(actors[actor.id]!.betweenness).toBe(plain.betweenness[i]);
        expect(actors[actor.id]!.closeness).toBe(plain.closeness[i]);
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
