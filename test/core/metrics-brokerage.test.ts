// Gould & Fernandez brokerage roles: each role on a two-path worked out by hand, the direction
// convention (sna's, on the arcs as given), groups, caching, and the Python brute force.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BROKERAGE_METRICS, brokerageCounts } from '../../src/core/metrics/brokerage';
import { createMetricContext } from '../../src/core/metrics/context';
import { makeDocument } from '../helpers/documents';
import {
  ROOT,
  type RandomCase,
  actorValues,
  arcs,
  exampleFile,
  randomDocument,
} from '../helpers/metric-values';

type Counts = Record<string, Record<string, number>>;
const fixture = JSON.parse(readFileSync(`${ROOT}test/fixtures/network-metrics.json`, 'utf8')) as {
  example: { all: { brokerage: Counts }; leadership: { brokerage: Counts } };
  sparse: RandomCase & { brokerage: Counts };
  dense: RandomCase & { brokerage: Counts };
  scattered: RandomCase & { brokerage: Counts };
};

const ROLES = {
  brokerageCoordinator: 'coordinator',
  brokerageItinerant: 'itinerant',
  brokerageRepresentative: 'representative',
  brokerageGatekeeper: 'gatekeeper',
  brokerageLiaison: 'liaison',
} as const;

/** All five counts of one actor, by role name. */
function rolesOf(doc: ReturnType<typeof arcs>, actor: string) {
  return Object.fromEntries(
    Object.entries(ROLES).map(([id, role]) => [role, actorValues(doc, id)[actor]]),
  );
}

const NONE = { coordinator: 0, itinerant: 0, representative: 0, gatekeeper: 0, liaison: 0 };

describe('each role on one open two-path a → b → c (a looks to b, b looks to c)', () => {
  it('coordinator: all three in one group', () => {
    const doc = arcs('a>b b>c', { a: 'g', b: 'g', c: 'g' });
    expect(rolesOf(doc, 'b')).toEqual({ ...NONE, coordinator: 1 });
    expect(rolesOf(doc, 'a')).toEqual(NONE);
  });

  it('itinerant: a and c in one group, the broker in another', () => {
    expect(rolesOf(arcs('a>b b>c', { a: 'g1', b: 'g2', c: 'g1' }), 'b')).toEqual({
      ...NONE,
      itinerant: 1,
    });
  });

  it('representative: a colleague relies on b, b relies on an outsider', () => {
    // [a b] [c]: the flow of reliance leaves b's group through b (a coordinator carrying the
    // team's needs to the region).
    expect(rolesOf(arcs('a>b b>c', { a: 'g1', b: 'g1', c: 'g2' }), 'b')).toEqual({
      ...NONE,
      representative: 1,
    });
  });

  it('gatekeeper: an outsider relies on b, b relies on a colleague', () => {
    // [a] [b c]: the flow of reliance enters b's group through b.
    expect(rolesOf(arcs('a>b b>c', { a: 'g2', b: 'g1', c: 'g1' }), 'b')).toEqual({
      ...NONE,
      gatekeeper: 1,
    });
  });

  it('liaison: three different groups', () => {
    expect(rolesOf(arcs('a>b b>c', { a: 'g1', b: 'g2', c: 'g3' }), 'b')).toEqual({
      ...NONE,
      liaison: 1,
    });
  });

  it('reversing every arc swaps representative and gatekeeper, and nothing else', () => {
    // c → b → a with the groups of the representative case: [c] [b a] is now gatekeeping.
    expect(rolesOf(arcs('b>a c>b', { a: 'g1', b: 'g1', c: 'g2' }), 'b')).toEqual({
      ...NONE,
      gatekeeper: 1,
    });
  });
});

describe('which two-paths count', () => {
  it('an arc a → c closes the path; an arc c → a does not', () => {
    const groups = { a: 'g', b: 'g', c: 'g' };
    expect(rolesOf(arcs('a>b b>c a>c', groups), 'b').coordinator).toBe(0);
    expect(rolesOf(arcs('a>b b>c c>a', groups), 'b').coordinator).toBe(1);
  });

  it('a mutual chain a ↔ b ↔ c: b brokers a → c and c → a', () => {
    // Two-paths through b: a→b→c and c→b→a (a→b→a is not a two-path): 2.
    expect(rolesOf(arcs('a>b b>a b>c c>b', { a: 'g', b: 'g', c: 'g' }), 'b').coordinator).toBe(2);
  });

  it('counts every pair a broker mediates, even when another broker mediates it too', () => {
    // a → b1 → c and a → b2 → c: one count each for b1 and b2 (raw counts, as sna).
    const doc = arcs('a>b1 b1>c a>b2 b2>c', { a: 'g', b1: 'g', b2: 'g', c: 'g' });
    expect(actorValues(doc, 'brokerageCoordinator')).toEqual({ a: 0, b1: 1, c: 0, b2: 1 });
  });

  it('actors without a group form one class together', () => {
    // a, b, c in no group: one "no group" class, so a → b → c is coordination; with a in g it
    // becomes gatekeeping (b and c share the "no group" class).
    expect(rolesOf(arcs('a>b b>c'), 'b')).toEqual({ ...NONE, coordinator: 1 });
    expect(rolesOf(arcs('a>b b>c', { a: 'g' }), 'b')).toEqual({ ...NONE, gatekeeper: 1 });
  });

  it('uses the actor’s own group, not the team above it', () => {
    // a in unit u inside team t, b and c in t: [a] [b c] is gatekeeping, though all three are
    // in team t.
    const doc = makeDocument(
      [
        ['a', 'member', 'u'],
        ['b', 'coordinator', 't'],
        ['c', 'member', 't'],
      ],
      [
        ['a', 'b', 'leadership'],
        ['b', 'c', 'leadership'],
      ],
      [
        { id: 't', kind: 'team' },
        { id: 'u', kind: 'unit', parent: 't' },
      ],
    );
    expect(rolesOf(doc, 'b')).toEqual({ ...NONE, gatekeeper: 1 });
  });

  it('uses the simple directed graph: two kinds on one pair are one arc; kinds filter', () => {
    // a → b as leadership and advice, b → c leadership: one two-path. With only advice ties,
    // b → c is gone: none.
    const doc = makeDocument(
      [
        ['a', 'member', 'g'],
        ['b', 'member', 'g'],
        ['c', 'member', 'g'],
      ],
      [
        ['a', 'b', 'leadership'],
        ['a', 'b', 'advice'],
        ['b', 'c', 'leadership'],
      ],
      [{ id: 'g', kind: 'team' }],
    );
    expect(actorValues(doc, 'brokerageCoordinator').b).toBe(1);
    expect(actorValues(doc, 'brokerageCoordinator', { kinds: ['advice'] }).b).toBe(0);
  });

  it('computes all five counts once per context', () => {
    const ctx = createMetricContext(arcs('a>b b>c'));
    expect(brokerageCounts(ctx)).toBe(brokerageCounts(ctx));
    for (const measure of BROKERAGE_METRICS) measure.compute(ctx);
    expect([...ctx.cache.keys()].filter((k) => k.startsWith('brokerage'))).toHaveLength(1);
  });

  it('has the registry ids of DESIGN §4, each a count', () => {
    expect(BROKERAGE_METRICS.map((m) => m.id).sort()).toEqual(Object.keys(ROLES).sort());
    for (const m of BROKERAGE_METRICS) expect(m.format).toBe('count');
  });
});

describe('against the Python brute force (sna’s classification)', () => {
  function expectCounts(doc: ReturnType<typeof arcs>, reference: Counts, kinds?: string[]) {
    for (const [id, role] of Object.entries(ROLES)) {
      const values = actorValues(doc, id, { kinds });
      for (const actor of doc.actors)
        expect(values[actor.id], `${actor.id} ${role}`).toBe(reference[actor.id]![role]);
    }
  }

  it('on the example, all ties and leadership ties', () => {
    expectCounts(exampleFile(), fixture.example.all.brokerage);
    expectCounts(exampleFile(), fixture.example.leadership.brokerage, ['leadership']);
  });

  it.each(['sparse', 'dense', 'scattered'] as const)('on the seeded %s random digraph', (name) => {
    expectCounts(randomDocument(fixture[name]), fixture[name].brokerage);
  });
});
