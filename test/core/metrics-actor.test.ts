// The standard actor measures (DESIGN §4): networkx's values on classic and hand-made graphs,
// hand-worked values, the kinds filter, awkward ids, and no NaN on degenerate networks.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ACTOR_METRICS } from '../../src/core/metrics/actor-measures';
import { computeMetrics } from '../../src/core/metrics/compute';
import { createMetricContext } from '../../src/core/metrics/context';
import { toMetricsJson } from '../../src/core/metrics/output';
import { METRIC_ORDER } from '../../src/core/metrics/registry';
import type { MetricValue } from '../../src/core/metrics/types';
import type { NetworkDocument } from '../../src/core/document';
import { english } from '../helpers/metric-values';
import { makeDocument } from '../helpers/documents';
import {
  type ReferenceGraph,
  referenceDocument,
  referenceGraphs,
} from '../helpers/reference-graphs';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const readJson = (name: string): unknown => JSON.parse(readFileSync(FIXTURES + name, 'utf8'));

/** Written by test/fixtures/make-reference-graphs.ts. */
const referenceJson = readJson('reference-graphs.json') as {
  graphs: Record<string, ReferenceGraph>;
};
/** networkx's values, written by test/fixtures/make-actor-metrics-fixture.py. */
const networkx = readJson('actor-metrics.json') as {
  graphs: Record<string, Record<string, MetricValue[]>>;
};

const IDS = [
  'inDegree',
  'outDegree',
  'inStrength',
  'outStrength',
  'pagerank',
  'eigenvector',
  'constraint',
  'coreNumber',
] as const;
type Id = (typeof IDS)[number];

/** 1e-4 for the power iterations (networkx stops them at a tolerance), 1e-6 otherwise. */
const TOLERANCE: Record<Id, number> = {
  inDegree: 1e-6,
  outDegree: 1e-6,
  inStrength: 1e-6,
  outStrength: 1e-6,
  pagerank: 1e-4,
  eigenvector: 1e-4,
  constraint: 1e-6,
  coreNumber: 1e-6,
};

function compute(id: Id, doc: NetworkDocument, kinds?: string[]): MetricValue[] {
  const metric = ACTOR_METRICS.find((m) => m.id === id);
  if (!metric) throw new Error(`no actor measure ${id}`);
  return metric.compute(createMetricContext(doc, kinds ? { kinds } : {}));
}

/** All eight measures of a document, by id, through the same context (shared caches). */
function computeAll(doc: NetworkDocument, kinds?: string[]): Record<Id, MetricValue[]> {
  const ctx = createMetricContext(doc, kinds ? { kinds } : {});
  const out = {} as Record<Id, MetricValue[]>;
  for (const id of IDS) out[id] = ACTOR_METRICS.find((m) => m.id === id)!.compute(ctx);
  return out;
}

function expectClose(actual: MetricValue[], expected: MetricValue[], tolerance: number) {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((value, i) => {
    if (expected[i] === null) {
      expect(value, `actor ${i}`).toBeNull();
    } else {
      expect(value, `actor ${i}`).not.toBeNull();
      expect(
        Math.abs(value! - expected[i]!),
        `actor ${i}: ${value} vs ${expected[i]}`,
      ).toBeLessThan(tolerance);
    }
  });
}

const byName = (graph: string) => referenceDocument(referenceGraphs()[graph]!);

describe('the actor measures equal networkx', () => {
  it('on the very edge lists the fixture script read', () => {
    // A changed generator or hand-made case needs both fixture scripts run again.
    expect(referenceJson.graphs).toEqual(referenceGraphs());
    expect(Object.keys(networkx.graphs)).toEqual(Object.keys(referenceGraphs()));
  });

  describe.each(Object.keys(referenceGraphs()))('%s', (name) => {
    const values = computeAll(byName(name));
    it.each(IDS)('%s', (id) => {
      expectClose(values[id], networkx.graphs[name]![id]!, TOLERANCE[id]);
    });
  });
});

describe('hand-worked directed cases', () => {
  it('a star: four people look to one hub', () => {
    // hub a b c d; a, b, c, d → hub.
    const v = computeAll(byName('star'));
    expect(v.inDegree).toEqual([4, 0, 0, 0, 0]);
    expect(v.outDegree).toEqual([0, 1, 1, 1, 1]);
    // PageRank, H hub and L leaf, H + 4L = 1: a leaf has no in-arc, so L = 0.15/5 + 0.85·H/5
    // (the dangling hub's rank spread evenly); hence H = 1 − 4L gives 1.68·H = 0.88:
    // H = 11/21 ≈ 0.52381, L = 2.5/21 ≈ 0.11905.
    expectClose(v.pagerank, [11 / 21, 2.5 / 21, 2.5 / 21, 2.5 / 21, 2.5 / 21], 1e-4);
    // An acyclic network: (A + I) has the single eigenvalue 1 and the iteration creeps
    // towards the hub (leaves ~ 1/k at step k) without settling within 100 steps.
    expect(v.eigenvector).toEqual([null, null, null, null, null]);
    // Hub: four unconnected contacts, p = 1/4 each: 4·(1/4)² = 0.25. A leaf: one contact, 1.
    expectClose(v.constraint, [0.25, 1, 1, 1, 1], 1e-12);
    expect(v.coreNumber).toEqual([1, 1, 1, 1, 1]);
  });

  it('a chain of command: a → b → c → d', () => {
    const v = computeAll(byName('chain'));
    expect(v.inDegree).toEqual([0, 1, 1, 1]);
    expect(v.outDegree).toEqual([1, 1, 1, 0]);
    // Rank grows along the chain: each looks to the next; d, dangling, spreads evenly.
    const pr = v.pagerank as number[];
    expect(pr[0]! < pr[1]! && pr[1]! < pr[2]! && pr[2]! < pr[3]!).toBe(true);
    expect(v.eigenvector).toEqual([null, null, null, null]);
    // Ends: one contact, 1. Middle: two unconnected contacts, 2·(1/2)² = 0.5.
    expectClose(v.constraint, [1, 0.5, 0.5, 1], 1e-12);
    expect(v.coreNumber).toEqual([1, 1, 1, 1]);
  });

  it('a directed 3-cycle: a → b → c → a', () => {
    const v = computeAll(byName('cycle'));
    expect(v.inDegree).toEqual([1, 1, 1]);
    expectClose(v.pagerank, [1 / 3, 1 / 3, 1 / 3], 1e-12);
    // Symmetric: all equal, Euclidean norm 1: 1/√3.
    expectClose(
      v.eigenvector,
      [1, 1, 1].map(() => 1 / Math.sqrt(3)),
      1e-9,
    );
    // For a: contacts b and c, p = 1/2 each; b and c are tied (b → c), p_cb = 1/2, so each
    // term is (1/2 + 1/2·1/2)² = 9/16 and constraint = 9/8.
    expectClose(v.constraint, [1.125, 1.125, 1.125], 1e-12);
    expect(v.coreNumber).toEqual([2, 2, 2]);
  });

  it('two components and an isolate', () => {
    // a ↔ b, c → b; d → e; f alone.
    const v = computeAll(byName('components'));
    expect(v.inDegree).toEqual([1, 2, 0, 0, 1, 0]);
    expect(v.outDegree).toEqual([1, 1, 1, 1, 0, 0]);
    // b: a counts twice (a reciprocal pair, networkx's mutual weight 2), c once: p = 2/3, 1/3,
    // a and c not tied: (2/3)² + (1/3)² = 5/9. The isolate f: undefined, null.
    expectClose(v.constraint, [1, 5 / 9, 1, 1, 1, null], 1e-12);
    expect(v.coreNumber).toEqual([1, 1, 1, 1, 1, 0]);
    // The pair a ↔ b dominates: both → 1/√2, the rest → 0 (within networkx's tolerance).
    expectClose(v.eigenvector, [Math.SQRT1_2, Math.SQRT1_2, 0, 0, 0, 0], 1e-4);
    const pr = v.pagerank as number[];
    expect(pr.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 9);
    // c, d and f have no in-arc: the same teleport-only rank.
    expect(pr[2]).toBeCloseTo(pr[3]!, 12);
    expect(pr[5]).toBeCloseTo(pr[3]!, 12);
  });

  it('a dangling actor: a → b, b looks to no one', () => {
    // x_a = 0.15/2 + 0.85·x_b/2 (b's rank spread evenly), x_a + x_b = 1:
    // 1.425·x_a = 0.5, x_a = 20/57 ≈ 0.35088, x_b = 37/57 ≈ 0.64912.
    const v = computeAll(byName('danglingPair'));
    expectClose(v.pagerank, [20 / 57, 37 / 57], 1e-4);
    expect(v.eigenvector).toEqual([null, null]);
  });

  it('eigenvector: a reciprocal pair followed by a chain converges, two pairs in a row do not', () => {
    // a ↔ b → c → d: the top eigenvalue of A + I, 2, is simple; its left eigenvector has
    // x_j = Σ_{i→j} x_i: all equal, 1/2 each with norm 1. (networkx converges here too.)
    expectClose(compute('eigenvector', byName('cycleWithTail')), [0.5, 0.5, 0.5, 0.5], 1e-4);
    // a ↔ b → c ↔ d: eigenvalue 2 twice in a Jordan block, no convergence (networkx raises).
    expect(compute('eigenvector', byName('twoCycles'))).toEqual([null, null, null, null]);
  });

  it('weights enter the strengths only', () => {
    // a→b 0.5, c→b 0.25, b→a 1, d→a 0.8, b→c 0.1.
    const v = computeAll(byName('weighted'));
    expectClose(v.inStrength, [1.8, 0.75, 0.1, 0], 1e-12);
    expectClose(v.outStrength, [0.5, 1.1, 0.25, 0.8], 1e-12);
    const unweighted = referenceGraphs()['weighted']!;
    const ones = referenceDocument({
      ...unweighted,
      edges: unweighted.edges.map(([s, t]) => [s, t, 1]),
    });
    const u = computeAll(ones);
    for (const id of ['pagerank', 'eigenvector', 'constraint', 'coreNumber'] as const) {
      expect(v[id], id).toEqual(u[id]);
    }
  });
});

describe('the tie kinds filter', () => {
  // a1 → a2 leadership 0.5 and support 0.25 (one arc, weights summed); a3 → a2 support 1;
  // a2 → a4 reporting 0.5.
  const doc = makeDocument(
    [
      ['a1', 'member'],
      ['a2', 'coordinator'],
      ['a3', 'manager'],
      ['a4', 'regional-coordinator'],
    ],
    [
      ['a1', 'a2', 'leadership', 0.5],
      ['a1', 'a2', 'support', 0.25],
      ['a3', 'a2', 'support', 1],
      ['a2', 'a4', 'reporting', 0.5],
    ],
  );

  it('all kinds: ties of two kinds on one pair are one arc, their weights summed', () => {
    expect(compute('inDegree', doc)).toEqual([0, 2, 0, 1]);
    expect(compute('outDegree', doc)).toEqual([1, 1, 1, 0]);
    expectClose(compute('inStrength', doc), [0, 1.75, 0, 0.5], 1e-12);
    expectClose(compute('outStrength', doc), [0.75, 0.5, 1, 0], 1e-12);
  });

  it('leadership only', () => {
    expect(compute('inDegree', doc, ['leadership'])).toEqual([0, 1, 0, 0]);
    expect(compute('outDegree', doc, ['leadership'])).toEqual([1, 0, 0, 0]);
    expectClose(compute('inStrength', doc, ['leadership']), [0, 0.5, 0, 0], 1e-12);
    // a3 and a4 are isolates once support and reporting are left out.
    expect(compute('constraint', doc, ['leadership'])).toEqual([1, 1, null, null]);
    expect(compute('coreNumber', doc, ['leadership'])).toEqual([1, 1, 0, 0]);
  });

  it('support and reporting', () => {
    expect(compute('inDegree', doc, ['support', 'reporting'])).toEqual([0, 2, 0, 1]);
    expectClose(compute('inStrength', doc, ['support', 'reporting']), [0, 1.25, 0, 0.5], 1e-12);
  });

  it('an empty kinds list means all kinds', () => {
    expect(compute('inDegree', doc, [])).toEqual(compute('inDegree', doc));
  });
});

describe('degenerate networks and awkward ids', () => {
  const expectNoNaN = (values: Record<string, MetricValue[]>, n: number) => {
    for (const [id, column] of Object.entries(values)) {
      expect(column, id).toHaveLength(n);
      for (const value of column) {
        expect(value === null || Number.isFinite(value), `${id}: ${value}`).toBe(true);
      }
    }
  };

  it('an empty document gives no values and no error', () => {
    const result = computeMetrics(makeDocument([]), {}, { only: IDS });
    expect(result.errors).toEqual([]);
    expectNoNaN(computeAll(makeDocument([])), 0);
  });

  it('a single actor', () => {
    const v = computeAll(makeDocument([['solo', 'member']]));
    expectNoNaN(v, 1);
    expect(v).toEqual({
      inDegree: [0],
      outDegree: [0],
      inStrength: [0],
      outStrength: [0],
      pagerank: [1], // networkx: {solo: 1.0}
      eigenvector: [1], // networkx: {solo: 1.0}
      constraint: [null], // networkx: NaN
      coreNumber: [0],
    });
  });

  it('actors and no ties', () => {
    const v = computeAll(
      makeDocument([
        ['a', 'member'],
        ['b', 'member'],
        ['c', 'member'],
      ]),
    );
    expectNoNaN(v, 3);
    expectClose(v.pagerank, [1 / 3, 1 / 3, 1 / 3], 1e-12);
    expectClose(
      v.eigenvector,
      [1, 1, 1].map(() => 1 / Math.sqrt(3)),
      1e-12,
    );
    expect(v.constraint).toEqual([null, null, null]);
    expect(v.coreNumber).toEqual([0, 0, 0]);
  });

  it('ids such as __proto__ and constructor are ordinary actors', () => {
    const doc = makeDocument(
      [
        ['__proto__', 'member'],
        ['constructor', 'coordinator'],
        ['toString', 'member'],
        ['valueOf', 'manager'],
      ],
      [
        ['__proto__', 'constructor', 'leadership', 0.5],
        ['toString', 'constructor', 'leadership'],
        ['constructor', 'valueOf', 'support', 0.75],
        ['valueOf', 'constructor', 'support', 0.25],
      ],
    );
    const result = computeMetrics(doc, {}, { only: IDS });
    expect(result.errors).toEqual([]);
    expect(result.actors.values['inDegree']).toEqual([0, 3, 0, 1]);
    expect(result.actors.values['inStrength']).toEqual([0, 1.75, 0, 0.75]);
    const json = toMetricsJson(result);
    expect(Object.keys(json.actors)).toEqual(['__proto__', 'constructor', 'toString', 'valueOf']);
    expect(json.actors['__proto__']!['outDegree']).toBe(1);
    expect(json.actors['constructor']!['coreNumber']).toBe(1);
    expectNoNaN(result.actors.values, 4);
  });

  it('seeded random networks, isolates included, give a value or null for every actor', () => {
    let state = 12345;
    const random = () => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return state / 4294967296;
    };
    for (let round = 0; round < 30; round += 1) {
      const n = 1 + Math.floor(random() * 12);
      const p = random() * 0.5;
      const actors: [string, string][] = Array.from({ length: n }, (_, i) => [`x${i}`, 'member']);
      const ties: [string, string, string, number][] = [];
      for (let s = 0; s < n; s += 1) {
        for (let t = 0; t < n; t += 1) {
          if (s === t || random() >= p) continue;
          ties.push([`x${s}`, `x${t}`, random() < 0.5 ? 'leadership' : 'support', 0.5]);
          if (random() < 0.3) ties.push([`x${s}`, `x${t}`, 'coordination', 0.25]);
        }
      }
      const doc = makeDocument(actors, ties);
      expectNoNaN(computeAll(doc), n);
      expectNoNaN(computeAll(doc, ['leadership']), n);
    }
  });
});

describe('the registry entries', () => {
  it('are the eight standard actor measures, in the order of DESIGN §4', () => {
    expect(ACTOR_METRICS.map((m) => m.id)).toEqual([...IDS]);
    const order = METRIC_ORDER.actor;
    for (const id of IDS) expect(order).toContain(id);
  });

  it('each says what it is, in one line, and where it comes from', () => {
    for (const metric of ACTOR_METRICS) {
      expect(metric.level).toBe('actor');
      expect(english(metric).length, metric.id).toBeGreaterThan(0);
      expect(english(metric).length, metric.id).toBeLessThanOrEqual(20);
      expect(english(metric, 'about'), metric.id).not.toMatch(/\n/);
      expect(english(metric, 'about').length, metric.id).toBeGreaterThan(20);
      expect(english(metric, 'source'), metric.id).toMatch(/\(\d{4}\)/);
      expect(['count', 'share', 'score']).toContain(metric.format);
    }
  });
});
