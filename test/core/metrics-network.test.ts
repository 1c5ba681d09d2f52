// Network-level measures and communities (DESIGN §4): small cases worked out by hand, then
// networkx and the plain Python definitions of test/fixtures/make-network-metrics-fixture.py
// on the example, Zachary's karate club and seeded random digraphs.
import { readFileSync } from 'node:fs';
import { UndirectedGraph } from 'graphology';
import { karateClub } from 'graphology-generators/social';
import { describe, expect, it } from 'vitest';
import type { NetworkDocument } from '../../src/core/document';
import { BROKERAGE_METRICS } from '../../src/core/metrics/brokerage';
import { COMMUNITY_METRICS } from '../../src/core/metrics/community';
import { computeMetrics } from '../../src/core/metrics/compute';
import { createMetricContext } from '../../src/core/metrics/context';
import { GROUP_METRICS } from '../../src/core/metrics/group-measures';
import { louvainPartition, partitionModularity } from '../../src/core/metrics/louvain';
import { NETWORK_METRICS } from '../../src/core/metrics/network-measures';
import { METRIC_ORDER } from '../../src/core/metrics/registry';
import { makeDocument } from '../helpers/documents';
import {
  ROOT,
  type RandomCase,
  actorValues,
  arcs,
  exampleFile,
  networkValues,
  randomDocument,
} from '../helpers/metric-values';

type Values = Record<string, number | null>;
const fixture = JSON.parse(readFileSync(`${ROOT}test/fixtures/network-metrics.json`, 'utf8')) as {
  example: { all: Values; leadership: Values };
  karate: Values & {
    edges: [string, string][];
    club: Record<string, string>;
    byClub: Values;
  };
  sparse: Values & RandomCase;
  dense: Values & RandomCase;
  scattered: Values & RandomCase;
};

/** The measures the fixture has for every graph (arcs, not ties; modularity apart). */
const COMPARED = [
  'actors',
  'density',
  'reciprocity',
  'inCentralization',
  'outCentralization',
  'weakComponents',
  'strongComponents',
  'connectedness',
  'hierarchy',
  'efficiency',
  'lubness',
  'eiIndex',
  'transitivity',
];

/** The fixture's `eiIndexBasis` (a string among the numbers). */
const basisOf = (values: Values) => (values as Record<string, unknown>).eiIndexBasis;

function expectMatches(values: Values, reference: Values) {
  for (const id of COMPARED) {
    const expected = reference[id];
    if (expected === null || expected === undefined) expect(values[id], id).toBeNull();
    else expect(values[id], id).toBeCloseTo(expected, 12);
  }
}

function karateDocument(): NetworkDocument {
  const graph = karateClub(UndirectedGraph);
  return makeDocument(
    graph.nodes().map((id) => [id, 'member']),
    graph
      .mapEdges((_e, _a, s, t) => [
        [s, t, 'leadership'],
        [t, s, 'leadership'],
      ])
      .flat() as [string, string, string][],
  );
}

describe('network measures on small networks worked out by hand', () => {
  it('an empty network: counts are 0, every ratio is null', () => {
    expect(networkValues(makeDocument([]))).toEqual({
      actors: 0,
      ties: 0,
      density: null,
      reciprocity: null,
      inCentralization: null,
      outCentralization: null,
      weakComponents: 0,
      strongComponents: 0,
      connectedness: null,
      hierarchy: null,
      efficiency: null,
      lubness: null,
      eiIndex: null,
      transitivity: null,
      modularity: null,
    });
  });

  it('one actor: one component of each kind, no ratio defined', () => {
    const values = networkValues(makeDocument([['a', 'member']]));
    expect(values).toMatchObject({ actors: 1, ties: 0, weakComponents: 1, strongComponents: 1 });
    for (const id of ['density', 'inCentralization', 'connectedness', 'hierarchy', 'lubness'])
      expect(values[id], id).toBeNull();
  });

  it('a chain of command, everyone looking up to one person, is a perfect Krackhardt out-tree', () => {
    // w1, w2 → m1; w3 → m2; m1, m2 → b (in Leadnet an arc points to the one looked to).
    // n = 6, L = 5: density 5/30 = 1/6; reciprocity 0.
    // In-degrees b 2, m1 2, m2 1, w 0,0,0: Σ(2 − d) = 0+0+1+2+2+2 = 7, / 5² = 0.28.
    // Out-degrees b 0, others 1: Σ(1 − d) = 1, / 25 = 0.04.
    // One weak component, six strong ones; every pair joined (connectedness 1); no pair
    // reaches the other both ways (hierarchy 1); 5 = n − 1 edges (efficiency 1); every pair
    // has a closest common person they both look to (m1 for w1, w2; b otherwise): lubness 1.
    // Undirected tree: triples but no triangle, transitivity 0.
    const values = networkValues(arcs('w1>m1 w2>m1 w3>m2 m1>b m2>b'));
    expect(values).toMatchObject({
      actors: 6,
      ties: 5,
      reciprocity: 0,
      weakComponents: 1,
      strongComponents: 6,
      connectedness: 1,
      hierarchy: 1,
      efficiency: 1,
      lubness: 1,
      transitivity: 0,
    });
    expect(values.density).toBeCloseTo(1 / 6, 15);
    expect(values.inCentralization).toBeCloseTo(0.28, 15);
    expect(values.outCentralization).toBeCloseTo(0.04, 15);
  });

  it('two bosses: the pair who both look to both has no least upper bound', () => {
    // w1, w2 → A and → B; A, B → T. Upper bounds of (w1, w2) = {A, B, T}: A and B each reach
    // only T besides themselves, T reaches nothing, so none reaches every other: 1 violation.
    // Every other pair has one (w1 reaches A: A; A and B: T; …). Max V = (5−1)(5−2)/2 = 6:
    // lubness 1 − 1/6 = 5/6. (sna's C routine looks for an upper bound *reached by* all the
    // others — T — and would return 1: see kernels/krackhardt.ts.)
    // Underlying graph: 6 edges, n − 1 = 4, excess 2 of max 6: efficiency 2/3.
    // Reachable pairs w→A,B,T (×2), A→T, B→T: 8, none mutual: hierarchy 1.
    const values = networkValues(arcs('w1>A w1>B w2>A w2>B A>T B>T'));
    expect(values.lubness).toBeCloseTo(5 / 6, 15);
    expect(values.efficiency).toBeCloseTo(2 / 3, 15);
    expect(values.hierarchy).toBe(1);
  });

  it('a mutual pair and an isolate: no hierarchy, a third of pairs connected', () => {
    // a ↔ b, c alone. density 2/6; reciprocity 2/2 = 1; reachable pairs {a,b} both ways:
    // hierarchy 0/1 = 0; weak {a,b},{c}: connectedness 1 of 3 pairs; no weak component of
    // three: efficiency and lubness null; no connected triple: transitivity null.
    const values = networkValues(arcs('a>b b>a c'));
    expect(values).toMatchObject({
      reciprocity: 1,
      hierarchy: 0,
      weakComponents: 2,
      strongComponents: 2,
      efficiency: null,
      lubness: null,
      transitivity: null,
    });
    expect(values.density).toBeCloseTo(1 / 3, 15);
    expect(values.connectedness).toBeCloseTo(1 / 3, 15);
  });

  it('disconnected: lubness pools violations and maxima over the weak components', () => {
    // Component 1: x looks to y1, y2, y3 (n 4): no two y reach anyone in common, 3 violations
    // of max (3)(2)/2 = 3. Component 2: a1…a4 → h (n 5): every pair of a's has h; 0 of max
    // (4)(3)/2 = 6. Isolate g: nothing. Pooled: 1 − 3/9 = 2/3 (not the mean 1/2 of the two
    // components, nor the size-weighted 5/9).
    // Both components are trees: efficiency 1. Connectedness: (6 + 10) / C(10,2) = 16/45.
    const values = networkValues(arcs('x>y1 x>y2 x>y3 a1>h a2>h a3>h a4>h g'));
    expect(values.lubness).toBeCloseTo(2 / 3, 15);
    expect(values.efficiency).toBe(1);
    expect(values.connectedness).toBeCloseTo(16 / 45, 15);
    expect(values.weakComponents).toBe(3);
  });

  it('disconnected: efficiency counts the underlying graph and pools over weak components', () => {
    // Component 1: a ↔ b ↔ c ↔ a, all six arcs: underlying triangle, 3 edges, excess 1 of
    // max (2)(1)/2 = 1. Component 2: the path p1 → p2 → p3 → p4: excess 0 of max (3)(2)/2 = 3.
    // Efficiency 1 − 1/4 = 3/4 (sna, counting arcs: 1 − (9 − 5)/(4 + 9) = 9/13).
    // Hierarchy: 6 mutual ordered pairs (3 unordered) in the triangle; path: 6 one-way pairs:
    // 6 / (6 + 3) = 2/3.
    const values = networkValues(arcs('a>b b>a b>c c>b c>a a>c p1>p2 p2>p3 p3>p4'));
    expect(values.efficiency).toBeCloseTo(3 / 4, 15);
    expect(values.hierarchy).toBeCloseTo(2 / 3, 15);
  });

  it('transitivity is networkx’s on the undirected simple graph', () => {
    // a → b → c → a and d → a. Undirected edges ab, bc, ca, da: 1 triangle; connected triples
    // C(3,2) + C(2,2) + C(2,2) + 0 = 5 (degrees a 3, b 2, c 2, d 1): 3·1/5 = 0.6.
    expect(networkValues(arcs('a>b b>c c>a d>a')).transitivity).toBeCloseTo(0.6, 15);
  });

  it('counts ties, not arcs; the kinds filter applies to both', () => {
    // a→b leadership and a→b reporting: 2 ties, 1 arc of 2 possible (density 1/2).
    const doc = makeDocument(
      [
        ['a', 'member'],
        ['b', 'coordinator'],
      ],
      [
        ['a', 'b', 'leadership'],
        ['a', 'b', 'reporting'],
      ],
    );
    expect(networkValues(doc)).toMatchObject({ ties: 2, density: 0.5 });
    expect(networkValues(doc, { kinds: ['reporting'] })).toMatchObject({ ties: 1, density: 0.5 });
  });

  it('the E-I index is by team, nested groups included, team-less actors outside', () => {
    // a1 in team A, a2 in unit U inside team A, b1 in team B, m (manager) in org only, x in
    // no group. a1→a2, a2→a1 internal (both in team A); b1→a1, a1→m, x→m external (m and x
    // are in no team). (3 − 2)/5 = 0.2.
    const doc = makeDocument(
      [
        ['a1', 'member', 'A'],
        ['a2', 'member', 'U'],
        ['b1', 'member', 'B'],
        ['m', 'manager', 'org'],
        ['x', 'member'],
      ],
      [
        ['a1', 'a2', 'leadership'],
        ['a2', 'a1', 'leadership'],
        ['b1', 'a1', 'leadership'],
        ['a1', 'm', 'reporting'],
        ['x', 'm', 'advice'],
      ],
      [
        { id: 'org', kind: 'organization' },
        { id: 'A', kind: 'team', parent: 'org' },
        { id: 'U', kind: 'unit', parent: 'A' },
        { id: 'B', kind: 'team', parent: 'org' },
      ],
    );
    expect(networkValues(doc).eiIndex).toBeCloseTo(0.2, 15);
    expect(computeMetrics(doc).eiIndexBasis).toBe('team');
  });

  it('the E-I index is by each actor’s own group when the network has no teams', () => {
    // Departments, not teams: a1, a2 in ward W; u in unit U inside W (a different own group);
    // b1 in ward V; x in no group. a1↔a2 internal (2); a1→u (W vs U), b1→a1, x→b1 external
    // (3). (3 − 2)/5 = 0.2. Counted by team it would be +1 (no tie inside a team): wrong.
    const doc = makeDocument(
      [
        ['a1', 'member', 'W'],
        ['a2', 'member', 'W'],
        ['u', 'member', 'U'],
        ['b1', 'member', 'V'],
        ['x', 'member'],
      ],
      [
        ['a1', 'a2', 'leadership'],
        ['a2', 'a1', 'leadership'],
        ['a1', 'u', 'leadership'],
        ['b1', 'a1', 'leadership'],
        ['x', 'b1', 'leadership'],
      ],
      [
        { id: 'W', kind: 'ward' },
        { id: 'U', kind: 'unit', parent: 'W' },
        { id: 'V', kind: 'ward' },
      ],
    );
    expect(networkValues(doc).eiIndex).toBeCloseTo(0.2, 15);
    expect(computeMetrics(doc).eiIndexBasis).toBe('group');
    // A team that nobody is in does not make the network "by team".
    const emptyTeam = { ...doc, groups: [...doc.groups, { id: 'T', kind: 'team' }] };
    expect(networkValues(emptyTeam).eiIndex).toBeCloseTo(0.2, 15);
    expect(computeMetrics(emptyTeam).eiIndexBasis).toBe('group');
  });

  it('the E-I index is null when nobody is in a group: never +1 for "no inside"', () => {
    // a → b, b → c and nobody in a group: no tie can be inside anything.
    const doc = arcs('a>b b>c');
    expect(networkValues(doc).eiIndex).toBeNull();
    expect(computeMetrics(doc).eiIndexBasis).toBeNull();
  });

  it('modularity of two triangles joined by one edge, as Louvain splits them', () => {
    // Triangles abc and def (each one-way), bridge c → d. Undirected: m = 7; each triangle has
    // 3 internal edges and degree sum 7: Q = 2·(3/7 − (7/14)²) = 5/14.
    const doc = arcs('a>b b>c c>a d>e e>f f>d c>d');
    const partition = louvainPartition(createMetricContext(doc));
    expect(Array.from(partition.community)).toEqual([0, 0, 0, 1, 1, 1]);
    expect(networkValues(doc).modularity).toBeCloseTo(5 / 14, 12);
  });
});

describe('network measures against networkx and the Python definitions', () => {
  it('on the example, all tie kinds', () => {
    expectMatches(networkValues(exampleFile()), fixture.example.all);
    expect(computeMetrics(exampleFile()).eiIndexBasis).toBe(basisOf(fixture.example.all));
  });

  it('on the example, leadership ties only', () => {
    expectMatches(
      networkValues(exampleFile(), { kinds: ['leadership'] }),
      fixture.example.leadership,
    );
  });

  it('modularity of the example partitioned by the actors’ own groups (networkx modularity)', () => {
    const doc = exampleFile();
    const ids = [...new Set(doc.actors.map((a) => a.group ?? ''))];
    const partition = doc.actors.map((a) => ids.indexOf(a.group ?? ''));
    for (const [kinds, reference] of [
      [undefined, fixture.example.all.modularityByGroup],
      [['leadership'], fixture.example.leadership.modularityByGroup],
    ] as const) {
      const ctx = createMetricContext(doc, { kinds: kinds && [...kinds] });
      expect(partitionModularity(ctx, partition)).toBeCloseTo(reference!, 12);
    }
  });

  it('on Zachary’s karate club from graphology-generators (the same graph as networkx’s)', () => {
    const doc = karateDocument();
    const graph = karateClub(UndirectedGraph);
    const edges = graph
      .mapEdges((_e, _a, s, t) => [s, t].sort((x, y) => Number(x) - Number(y)))
      .sort((x, y) => Number(x[0]) - Number(y[0]) || Number(x[1]) - Number(y[1]));
    expect(edges).toEqual(fixture.karate.edges.map((e) => e.map(String)));
    expectMatches(networkValues(doc), fixture.karate);
    const ctx = createMetricContext(doc);
    const clubs = doc.actors.map((a) => (fixture.karate.club[a.id] === 'Mr. Hi' ? 0 : 1));
    expect(partitionModularity(ctx, clubs)).toBeCloseTo(fixture.karate.modularityByClub!, 12);
    // The members in groups by club (no teams): the E-I index by own group, as the fixture's.
    const clubGroups = makeDocument(
      doc.actors.map((a) => [a.id, 'member', fixture.karate.club[a.id] === 'Mr. Hi' ? 'hi' : 'of']),
      doc.ties.map((t) => [t.source, t.target, t.kind]),
      [
        { id: 'hi', kind: 'club' },
        { id: 'of', kind: 'club' },
      ],
    );
    expectMatches(networkValues(clubGroups), fixture.karate.byClub);
    expect(computeMetrics(clubGroups).eiIndexBasis).toBe(basisOf(fixture.karate.byClub));
    expect(computeMetrics(doc).eiIndexBasis).toBe(basisOf(fixture.karate));
    // Louvain's best partitions of the karate club have Q ≈ 0.42 (the two clubs: 0.358).
    expect(networkValues(doc).modularity).toBeGreaterThan(0.4);
  });

  it.each(['sparse', 'dense', 'scattered'] as const)('on the seeded %s random digraph', (name) => {
    expectMatches(networkValues(randomDocument(fixture[name])), fixture[name]);
  });
});

describe('communities', () => {
  it('the same seed gives the same partition; it is cached for modularity', () => {
    const doc = karateDocument();
    const first = actorValues(doc, 'community', { seed: 7 });
    expect(actorValues(doc, 'community', { seed: 7 })).toEqual(first);
    const ctx = createMetricContext(doc, { seed: 7 });
    expect(louvainPartition(ctx)).toBe(louvainPartition(ctx));
    // Renumbered by first actor: the first actor is always in community 0.
    expect(first['0']).toBe(0);
    expect(Math.max(...Object.values(first).map(Number))).toBe(louvainPartition(ctx).count - 1);
  });

  it('isolates are communities of their own; no edges gives modularity null', () => {
    const doc = arcs('a b c');
    expect(actorValues(doc, 'community')).toEqual({ a: 0, b: 1, c: 2 });
    expect(networkValues(doc).modularity).toBeNull();
  });
});

describe('through the registry', () => {
  it('every network id of DESIGN §4 is computed, finite or null, on ids that break objects', () => {
    // Ids such as __proto__ and constructor are user data (DESIGN §2): keys are indices.
    const doc = makeDocument(
      [
        ['__proto__', 'coordinator', 'constructor'],
        ['constructor', 'member', 'constructor'],
        ['toString', 'member', 'valueOf'],
        ['valueOf', 'manager'],
      ],
      [
        ['__proto__', 'constructor', 'leadership'],
        ['constructor', '__proto__', 'leadership'],
        ['toString', '__proto__', 'leadership'],
        ['__proto__', 'valueOf', 'support', 0.5],
      ],
      [
        { id: 'constructor', kind: 'team' },
        { id: 'valueOf', kind: 'team' },
      ],
    );
    const result = computeMetrics(doc, { seed: 1 });
    // Only this area's measures: the other actor measures are checked in their own tests.
    const mine = new Set(
      [...NETWORK_METRICS, ...GROUP_METRICS, ...BROKERAGE_METRICS, ...COMMUNITY_METRICS].map(
        (m) => m.id,
      ),
    );
    expect(result.errors.filter((e) => mine.has(e.metric.split(' ')[0]!))).toEqual([]);
    expect(Object.keys(result.network).sort()).toEqual([...METRIC_ORDER.network].sort());
    expect(result.network).toMatchObject({ actors: 4, ties: 4, weakComponents: 1 });
    expect(result.actors.values.community).toHaveLength(4);
    // valueOf (a team whose one member is the manager) has no support tie recorded: null.
    expect(result.groups.values.supportLevel).toEqual([0.5, null]);
    for (const value of Object.values(result.network))
      expect(value === null || Number.isFinite(value)).toBe(true);
  });
});
