// Betweenness and closeness (DESIGN §4): the Brandes kernel equals networkx's
// betweenness_centrality(G, normalized=True) and closeness_centrality(G) on directed graphs,
// and the source-range plan behind the worker pools gives the same values however it is cut.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { UndirectedGraph } from 'graphology';
import { florentineFamilies, karateClub } from 'graphology-generators/social';
import { krackhardtKite } from 'graphology-generators/small';
import { describe, expect, it } from 'vitest';
import { type CompactDigraph, compactFromEdges } from '../../src/core/metrics/compact';
import { computeMetrics } from '../../src/core/metrics/compute';
import { createMetricContext } from '../../src/core/metrics/context';
import {
  MAX_BATCH,
  type PathMetrics,
  addPathPartials,
  brandesRange,
  defaultBatch,
  finishPathMetrics,
} from '../../src/core/metrics/kernels/brandes';
import {
  computePathMetrics,
  defaultPathParts,
  mergePartials,
  planSources,
} from '../../src/core/metrics/path-pool';
import { PATH_METRICS } from '../../src/core/metrics/paths';
import { splitRange as splitSources } from '../../src/core/ranges';
import { makeDocument } from '../helpers/documents';
import { english } from '../helpers/metric-values';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** networkx's values, written by test/fixtures/make-path-metrics-fixture.py. */
interface Reference {
  note: string;
  nodes: string[];
  arcs: [number, number][];
  betweenness: number[];
  closeness: number[];
}
const fixture = JSON.parse(readFileSync(`${ROOT}test/fixtures/path-metrics.json`, 'utf8')) as {
  graphs: Record<string, Reference>;
};

function reference(name: string): Reference {
  const graph = fixture.graphs[name];
  if (!graph) throw new Error(`no graph ${name} in path-metrics.json`);
  return graph;
}

const TOLERANCE = 1e-9;

function expectClose(actual: ArrayLike<number>, expected: readonly number[], tolerance: number) {
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < expected.length; i += 1) {
    const a = actual[i]!;
    expect(Number.isFinite(a), `value ${i} is ${a}`).toBe(true);
    expect(Math.abs(a - expected[i]!), `value ${i}: ${a} vs ${expected[i]}`).toBeLessThanOrEqual(
      tolerance,
    );
  }
}

function expectMatches(metrics: PathMetrics, ref: Reference) {
  expectClose(metrics.betweenness, ref.betweenness, TOLERANCE);
  expectClose(metrics.closeness, ref.closeness, TOLERANCE);
}

/** An undirected graphology graph as Leadnet imports it: both directions of each edge. */
function reciprocal(graph: UndirectedGraph, ref: Reference): CompactDigraph {
  const index = new Map(ref.nodes.map((key, i) => [key, i]));
  expect(new Set(graph.nodes())).toEqual(new Set(ref.nodes));
  const arcs: [number, number][] = [];
  graph.forEachEdge((_edge, _attr, source, target) => {
    arcs.push([index.get(source)!, index.get(target)!], [index.get(target)!, index.get(source)!]);
  });
  // graphology-generators' copy is the very graph networkx measured.
  expect([...arcs].sort((a, b) => a[0] - b[0] || a[1] - b[1])).toEqual(ref.arcs);
  return compactFromEdges(ref.nodes.length, arcs);
}

const fromFixture = (ref: Reference) => compactFromEdges(ref.nodes.length, ref.arcs);

describe('the classic social networks, ties made reciprocal, match networkx', () => {
  it.each([
    ['karate', () => karateClub(UndirectedGraph)],
    ['florentine', () => florentineFamilies(UndirectedGraph)],
    ['kite', () => krackhardtKite(UndirectedGraph)],
  ] as const)('%s', (name, make) => {
    const ref = reference(name);
    expectMatches(computePathMetrics(reciprocal(make(), ref)), ref);
  });
});

describe('small directed graphs (a tie points from who looks to, to who is looked to)', () => {
  // Betweenness scale 1/((n−1)(n−2)); closeness of v = (r/D)·(r/(n−1)) with r the actors that
  // reach v and D the sum of their distances to v, 0 when nothing reaches v.
  const cases: [name: string, betweenness: number[], closeness: number[]][] = [
    // a → b → c → d, n = 4, scale 1/6. b lies on a→c and a→d, c on a→d and b→d: 2/6 each.
    // Reached: b by a (1): (1/1)(1/3); c by a, b (2+1): (2/3)(2/3); d by all (3+2+1): (3/6)(3/3).
    ['chain', [0, 1 / 3, 1 / 3, 0], [0, 1 / 3, 4 / 9, 1 / 2]],
    // m1, m2, m3 → h → x, n = 5, scale 1/12. h lies on m_i→x: 3/12.
    // h: reached by three at 1: (3/3)(3/4); x: h at 1, the m_i at 2 (D = 7): (4/7)(4/4).
    ['star', [0, 0, 0, 1 / 4, 0], [0, 0, 0, 3 / 4, 4 / 7]],
    // a ↔ b and c → d → e, n = 5, scale 1/12: d lies on c→e. a, b, d: one at 1: (1/1)(1/4);
    // e: d at 1, c at 2: (2/3)(2/4); c: nobody reaches it.
    ['two-components', [0, 0, 0, 1 / 12, 0], [1 / 4, 1 / 4, 0, 1 / 4, 1 / 3]],
    // a → b → c and z alone, n = 4, scale 1/6: b on a→c. b: (1/1)(1/3); c: (2/3)(2/3); a, z: 0.
    ['isolate', [0, 1 / 6, 0, 0], [0, 1 / 3, 4 / 9, 0]],
    // s → a → t and s → b → t: each of a, b carries half of s→t: (1/2)/6.
    // t: a, b at 1 and s at 2: (3/4)(3/3); a, b: (1/1)(1/3).
    ['diamond', [0, 1 / 12, 1 / 12, 0], [0, 1 / 3, 1 / 3, 3 / 4]],
    // a → b, n = 2: nobody can lie between two others; b: (1/1)(1/1).
    ['pair', [0, 0], [0, 1]],
    ['single', [0], [0]],
  ];

  it.each(cases)('%s: worked out by hand, and as networkx', (name, betweenness, closeness) => {
    const ref = reference(name);
    const metrics = computePathMetrics(fromFixture(ref));
    expectClose(metrics.betweenness, betweenness, 1e-15);
    expectClose(metrics.closeness, closeness, 1e-15);
    expectMatches(metrics, ref);
  });

  it('gives defined values for an empty network and for isolates only', () => {
    const empty = computePathMetrics(compactFromEdges(0, []));
    expect(empty.betweenness).toHaveLength(0);
    expect(empty.closeness).toHaveLength(0);
    const alone = computePathMetrics(compactFromEdges(5, []));
    expect([...alone.betweenness]).toEqual([0, 0, 0, 0, 0]);
    expect([...alone.closeness]).toEqual([0, 0, 0, 0, 0]);
  });
});

describe('seeded random directed graphs of 300 actors match networkx', () => {
  it.each(['random-300', 'sparse-300'])('%s', (name) => {
    const ref = reference(name);
    expect(ref.nodes).toHaveLength(300);
    expectMatches(computePathMetrics(fromFixture(ref)), ref);
  });
});

/**
 * Brandes (2001) as the paper writes it, one source at a time with predecessor lists: the
 * oracle the batched kernel is checked against on graphs networkx was not asked about.
 */
function textbookBrandes(graph: CompactDigraph): PathMetrics {
  const { n, outStart, outTargets } = graph;
  const sums = {
    from: 0,
    to: n,
    betweenness: new Float64Array(n),
    distanceSum: new Float64Array(n),
    reached: new Int32Array(n),
  };
  for (let s = 0; s < n; s += 1) {
    const dist = new Array<number>(n).fill(-1);
    const sigma = new Array<number>(n).fill(0);
    const delta = new Array<number>(n).fill(0);
    const preds: number[][] = Array.from({ length: n }, () => []);
    const stack: number[] = [];
    const queue = [s];
    dist[s] = 0;
    sigma[s] = 1;
    while (queue.length > 0) {
      const v = queue.shift()!;
      stack.push(v);
      for (let k = outStart[v]!; k < outStart[v + 1]!; k += 1) {
        const w = outTargets[k]!;
        if (dist[w]! < 0) {
          dist[w] = dist[v]! + 1;
          queue.push(w);
        }
        if (dist[w] === dist[v]! + 1) {
          sigma[w]! += sigma[v]!;
          preds[w]!.push(v);
        }
      }
    }
    while (stack.length > 0) {
      const w = stack.pop()!;
      for (const v of preds[w]!) delta[v]! += (sigma[v]! / sigma[w]!) * (1 + delta[w]!);
      if (w !== s) {
        sums.betweenness[w]! += delta[w]!;
        sums.distanceSum[w]! += dist[w]!;
        sums.reached[w]! += 1;
      }
    }
  }
  return finishPathMetrics(n, sums);
}

describe('the batched kernel (32 sources per search)', () => {
  const ref = reference('sparse-300');

  it.each([1, 2, 5, 31, 32])('gives networkx’s values %i sources at a time', (batch) => {
    const graph = fromFixture(ref);
    expectMatches(finishPathMetrics(graph.n, brandesRange(graph, 0, graph.n, batch)), ref);
  });

  it('agrees with textbook Brandes on ranges that do not start at a multiple of 32', () => {
    // Reciprocal and one-way ties, hubs, chains and isolates: a preferential graph of 150.
    const edges: [number, number][] = [];
    let state = 12345;
    const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let v = 1; v < 140; v += 1)
      for (let k = 0; k < 1 + (v % 3); k += 1) {
        const t = Math.floor(random() ** 2 * v);
        edges.push(random() < 0.6 ? [v, t] : [t, v]);
        if (random() < 0.2) edges.push([t, v]);
      }
    for (let v = 140; v < 148; v += 1) edges.push([v, v + 1]);
    const graph = compactFromEdges(150, edges);
    const oracle = textbookBrandes(graph);
    expectMatches(textbookBrandes(fromFixture(ref)), ref); // the oracle is networkx's too
    expect(oracle.betweenness.filter((b) => b > 0).length).toBeGreaterThan(20);
    expect(oracle.closeness.filter((c) => c === 0).length).toBeGreaterThan(0);
    for (const [from, to, batch] of [
      [0, 150, 32],
      [7, 150, 32],
      [0, 45, 8],
    ] as const) {
      const partials = [brandesRange(graph, 0, from), brandesRange(graph, from, to, batch)];
      if (to < 150) partials.push(brandesRange(graph, to, 150, 3));
      const merged = mergePartials(150, partials);
      expectClose(merged.betweenness, [...oracle.betweenness], 1e-12);
      expectClose(merged.closeness, [...oracle.closeness], 1e-12);
    }
  });

  it('narrows the batch only on very large networks, and refuses a bad width', () => {
    expect(defaultBatch(0)).toBe(MAX_BATCH);
    expect(defaultBatch(10_000)).toBe(MAX_BATCH);
    expect(defaultBatch(131_072)).toBe(MAX_BATCH);
    expect(defaultBatch(1_000_000)).toBe(4);
    expect(defaultBatch(100_000_000)).toBe(1);
    const graph = compactFromEdges(3, [[0, 1]]);
    expect(() => brandesRange(graph, 0, 3, 0)).toThrow(/batch/);
    expect(() => brandesRange(graph, 0, 3, 33)).toThrow(/batch/);
  });
});

describe('the source-range plan', () => {
  const ref = reference('random-300');
  const graph = fromFixture(ref);
  const n = graph.n;
  const single = finishPathMetrics(n, brandesRange(graph, 0, n));

  it('splitSources tiles [0, n) with near-equal ranges', () => {
    for (const [size, parts] of [
      [10, 1],
      [10, 3],
      [10, 10],
      [10, 25],
      [1, 4],
      [300, 7],
    ] as const) {
      const ranges = splitSources(size, parts);
      expect(ranges).toHaveLength(Math.min(size, parts));
      expect(ranges[0]!.from).toBe(0);
      expect(ranges.at(-1)!.to).toBe(size);
      ranges.forEach((r, i) => i > 0 && expect(r.from).toBe(ranges[i - 1]!.to));
      const sizes = ranges.map((r) => r.to - r.from);
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    }
    // Aligned: ranges start at multiples of 32, the last one ends at n.
    expect(splitSources(100, 3, 32)).toEqual([
      { from: 0, to: 64 },
      { from: 64, to: 96 },
      { from: 96, to: 100 },
    ]);
    expect(splitSources(100, 10, 32)).toHaveLength(4);
    expect(planSources(10_000).every((r) => r.from % 32 === 0)).toBe(true);
    expect(planSources(10_000)).toHaveLength(defaultPathParts(10_000));
    expect(() => splitSources(10, 2, 0)).toThrow(/align/);
    expect(splitSources(0, 4)).toEqual([]);
    expect(() => splitSources(10, 0)).toThrow(/parts/);
    expect(() => splitSources(-1, 2)).toThrow(/bad count/);
  });

  it.each([1, 2, 3, 7, 64, 301, 1000])(
    'gives the single-pass values with %i parts, to 1e-12',
    (parts) => {
      const aligned = computePathMetrics(graph, parts);
      const unaligned = mergePartials(
        n,
        splitSources(n, parts).map((r) => brandesRange(graph, r.from, r.to)),
      );
      for (const split of [aligned, unaligned]) {
        expectClose(split.betweenness, [...single.betweenness], 1e-12);
        expectClose(split.closeness, [...single.closeness], 1e-12);
        expectMatches(split, ref);
      }
    },
  );

  it('adds partials in range order whatever order they arrive in: same bits', () => {
    const partials = splitSources(n, 9).map((r) => brandesRange(graph, r.from, r.to));
    const inOrder = mergePartials(n, partials);
    const shuffled = mergePartials(n, [...partials].reverse());
    expect(shuffled).toEqual(inOrder);
  });

  it('refuses ranges that miss, repeat or overrun sources', () => {
    const a = brandesRange(graph, 0, 100);
    const b = brandesRange(graph, 100, 200);
    const c = brandesRange(graph, 150, 300);
    const d = brandesRange(graph, 200, 300);
    expect(() => mergePartials(n, [a, d])).toThrow(/tile/);
    expect(() => mergePartials(n, [a, b, c])).toThrow(/tile/);
    expect(() => mergePartials(n, [a, b])).toThrow(/cover/);
    expect(() => mergePartials(n, [a, b, d])).not.toThrow();
    expect(() => brandesRange(graph, 10, 5)).toThrow(RangeError);
    expect(() => brandesRange(graph, 0, n + 1)).toThrow(RangeError);
    expect(() => addPathPartials(n + 1, [a])).toThrow(/partial/);
  });
});

describe('PATH_METRICS in the registry', () => {
  // a1 → a2 twice over (two kinds merge into one arc), a2 → a3, a4 alone.
  const doc = makeDocument(
    [
      ['a1', 'member'],
      ['a2', 'coordinator'],
      ['a3', 'manager'],
      ['a4', 'member'],
    ],
    [
      ['a1', 'a2', 'leadership', 0.5],
      ['a1', 'a2', 'advice'],
      ['a2', 'a3', 'support'],
    ],
  );

  it('computeMetrics gives betweenness and closeness of the simple directed graph', () => {
    const result = computeMetrics(doc, {}, { only: ['betweenness', 'closeness'] });
    expect(result.errors).toEqual([]);
    // As the isolate case above: a2 lies on a1 → a3; a2 is reached by a1, a3 by a2 and a1.
    expectClose(result.actors.values.betweenness as number[], [0, 1 / 6, 0, 0], 1e-15);
    expectClose(result.actors.values.closeness as number[], [0, 1 / 3, 4 / 9, 0], 1e-15);
  });

  it('follows the kinds filter', () => {
    const result = computeMetrics(
      doc,
      { kinds: ['leadership'] },
      { only: ['betweenness', 'closeness'] },
    );
    expectClose(result.actors.values.betweenness as number[], [0, 0, 0, 0], 1e-15);
    expectClose(result.actors.values.closeness as number[], [0, 1 / 3, 0, 0], 1e-15);
  });

  it('computes both from one kernel run kept in the context', () => {
    const ctx = createMetricContext(doc);
    const [betweenness, closeness] = PATH_METRICS;
    expect(PATH_METRICS.map((m) => m.id)).toEqual(['betweenness', 'closeness']);
    expect(ctx.paths).toBeUndefined();
    betweenness!.compute(ctx);
    const kept = ctx.paths!;
    expect(kept.betweenness).toBeInstanceOf(Float64Array);
    // A second measure reads the kept run: a planted result shows through.
    kept.closeness.fill(0.25);
    expect(closeness!.compute(ctx)).toEqual([0.25, 0.25, 0.25, 0.25]);
    expect(ctx.paths).toBe(kept);
  });

  it('uses paths given to the context (a pool’s) and refuses them for another size', () => {
    const given: PathMetrics = {
      betweenness: Float64Array.from([0.5, 0, 0, 0]),
      closeness: Float64Array.from([0, 0.75, 0, 0]),
    };
    const result = computeMetrics(
      doc,
      {},
      { only: ['betweenness', 'closeness'] },
      { paths: given },
    );
    expect(result.actors.values.betweenness).toEqual([0.5, 0, 0, 0]);
    expect(result.actors.values.closeness).toEqual([0, 0.75, 0, 0]);
    const other = computePathMetrics(compactFromEdges(3, [[0, 1]]));
    expect(() => createMetricContext(doc, {}, { paths: other })).toThrow(/paths for 3 actors/);
  });

  it('describes each measure for the registry', () => {
    for (const metric of PATH_METRICS) {
      expect(metric.level).toBe('actor');
      expect(metric.format).toBe('score');
      expect(english(metric)).not.toBe('');
      expect(english(metric, 'about')).toMatch(/look/);
      expect(english(metric, 'source')).toMatch(/Freeman 197[79]/);
    }
    expect(english(PATH_METRICS[0]!, 'source')).toMatch(/Brandes 2001/);
    expect(english(PATH_METRICS[1]!, 'source')).toMatch(/Wasserman & Faust 1994/);
  });
});
