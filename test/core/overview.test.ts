// The overview of a big network (issue 14, point 3): who is named, whether a file's own
// positions mean anything, which groups are folded, the bundled ties between folded groups
// (their weights), where folded discs go, and that the community-first layout is reproducible
// from its seed and keeps communities apart.
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { describe, expect, it } from 'vitest';
import type { NetworkDocument } from '../../src/core/document';
import { createExampleDocument } from '../../src/core/example/qic-example';
import {
  communityLayout,
  computeOverview,
  overviewGroups,
} from '../../src/core/layout/communities';
import {
  type Bundle,
  OVERVIEW_MIN_ACTORS,
  type Unit,
  bundleTies,
  degrees,
  groupDiscs,
  separateDiscs,
  judgePositions,
  mostConnected,
  overviewApplies,
  strongestLinks,
  undirectedPairs,
} from '../../src/core/layout/overview';
import { documentOf } from '../helpers/documents';

/**
 * `communities` groups of `size` people, each a ring with chords (dense inside), one tie from
 * each community's first person to the next community's: a network whose communities are known.
 */
function planted(communities: number, size: number): NetworkDocument {
  const actors = Array.from({ length: communities * size }, (_, i) => ({
    id: `p${i}`,
    role: 'member',
  }));
  const ties: { id: string; source: string; target: string; kind: string }[] = [];
  const tie = (a: number, b: number) =>
    ties.push({ id: `t${ties.length}`, source: `p${a}`, target: `p${b}`, kind: 'leadership' });
  for (let c = 0; c < communities; c += 1) {
    const base = c * size;
    for (let k = 0; k < size; k += 1) {
      tie(base + k, base + ((k + 1) % size));
      tie(base + k, base + ((k + 3) % size));
    }
    tie(base, ((c + 1) % communities) * size);
  }
  return documentOf({ actors, ties } as unknown as Partial<NetworkDocument>);
}

/** The same network with positions: each person at `at(i)`. */
const placed = (doc: NetworkDocument, at: (i: number) => { x: number; y: number }) => ({
  ...doc,
  actors: doc.actors.map((a, i) => ({ ...a, position: at(i) })),
});

describe('when a network opens as an overview', () => {
  it('applies above the threshold only; the built-in example stays as it is', () => {
    expect(overviewApplies(OVERVIEW_MIN_ACTORS)).toBe(false);
    expect(overviewApplies(OVERVIEW_MIN_ACTORS + 1)).toBe(true);
    expect(overviewApplies(createExampleDocument().actors.length)).toBe(false);
  });
});

describe('who is named', () => {
  it('names the most connected first, equals in document order, never someone without ties', () => {
    const doc = documentOf({
      actors: ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, role: 'member' })),
      ties: [
        ['a', 'b'],
        ['b', 'a'], // the same pair either way counts once
        ['c', 'b'],
        ['c', 'd'],
        ['c', 'c'], // a self-tie is no one else
      ].map(([source, target], i) => ({ id: `t${i}`, source, target, kind: 'leadership' })),
    } as unknown as Partial<NetworkDocument>);
    const degree = degrees(doc.actors.length, undirectedPairs(doc));
    expect(Array.from(degree)).toEqual([1, 2, 2, 1, 0]);
    expect(mostConnected(degree, 3)).toEqual([1, 2, 0]);
    expect(mostConnected(degree, 10)).toEqual([1, 2, 0, 3]); // e has no tie
  });
});

describe("a file's own positions", () => {
  const doc = planted(8, 12);
  it('are absent when someone has none, identical when all share one point', () => {
    expect(judgePositions(doc)).toBe('absent');
    expect(judgePositions(placed(doc, () => ({ x: 5, y: 5 })))).toBe('identical');
  });

  it('are random when scattered uniformly over a square whatever the ties', () => {
    const rng = xoroshiro128plus(3);
    const random = placed(doc, () => ({
      x: uniformFloat64(rng) * 1000,
      y: uniformFloat64(rng) * 1000,
    }));
    expect(judgePositions(random)).toBe('random');
  });

  it('are meaningful when tied people are drawn near each other (a layout)', () => {
    // Each community on its own circle, the circles far apart: what a layout gives.
    const layout = placed(doc, (i) => {
      const c = Math.floor(i / 12);
      const k = i % 12;
      return {
        x: (c % 3) * 1000 + 100 * Math.cos((2 * Math.PI * k) / 12),
        y: Math.floor(c / 3) * 1000 + 100 * Math.sin((2 * Math.PI * k) / 12),
      };
    });
    expect(judgePositions(layout)).toBe('meaningful');
    // The community-first layout's own positions are judged meaningful too.
    const groups = overviewGroups(doc, 42);
    const positions = communityLayout(doc, groups, { seed: 42 });
    expect(
      judgePositions(placed(doc, (i) => ({ x: positions[2 * i]!, y: positions[2 * i + 1]! }))),
    ).toBe('meaningful');
  });
});

describe('the groups folded', () => {
  it("are the document's top-level groups when they hold most people", () => {
    const doc = documentOf({
      groups: [
        { id: 'org', kind: 'organization' },
        { id: 'g1', kind: 'team', parent: 'org' },
        { id: 'g2', kind: 'team' },
      ],
      actors: [
        { id: 'a', role: 'member', group: 'g1' },
        { id: 'b', role: 'member', group: 'org' },
        { id: 'c', role: 'member', group: 'g2' },
        { id: 'd', role: 'member' },
      ],
      ties: [{ id: 't', source: 'a', target: 'b', kind: 'leadership' }],
    } as unknown as Partial<NetworkDocument>);
    const groups = overviewGroups(doc);
    expect(groups.source).toBe('document');
    expect(groups.ids).toEqual(['org', 'g2']); // g1 is inside org
    expect(Array.from(groups.groupOf)).toEqual([0, 0, 1, -1]);
    expect(groups.members).toEqual([[0, 1], [2]]); // a and b: one tie each; a first
  });

  it('are the planted communities where the document has no groups', () => {
    const doc = planted(6, 15);
    const groups = overviewGroups(doc, 42);
    expect(groups.source).toBe('communities');
    expect(groups.count).toBe(6);
    // Everyone of a planted community is in one group, and no group mixes two.
    for (let c = 0; c < 6; c += 1) {
      const found = new Set(Array.from({ length: 15 }, (_, k) => groups.groupOf[c * 15 + k]));
      expect(found.size).toBe(1);
    }
    expect(new Set(groups.groupOf).size).toBe(6);
  });
});

describe('bundled ties', () => {
  // Two groups (0: people 0-2, 1: people 3-4) and person 5 in none.
  const groupOf = Int32Array.from([0, 0, 0, 1, 1, -1]);
  const pairs = Int32Array.from([0, 1, 0, 3, 1, 3, 2, 4, 2, 5, 4, 5, 3, 5]);

  it('join folded groups once, weighted by the tied pairs they stand for', () => {
    const bundles = bundleTies(pairs, groupOf, [true, true]);
    const weight = (a: string, b: string) =>
      bundles.find((x) => `${x.a.kind}${x.a.index}` === a && `${x.b.kind}${x.b.index}` === b)
        ?.weight;
    expect(bundles).toHaveLength(3);
    expect(weight('group0', 'group1')).toBe(3); // 0-3, 1-3, 2-4; the tie inside group 0 is not drawn
    expect(weight('actor5', 'group0')).toBe(1);
    expect(weight('actor5', 'group1')).toBe(2);
  });

  it('leave ties between people drawn as themselves to be drawn as they are', () => {
    const bundles = bundleTies(pairs, groupOf, [false, true]);
    // Group 0 open: its people are drawn; each of their ties into group 1 is a bundle of its own.
    expect(
      bundles.map((b) => [`${b.a.kind}${b.a.index}`, `${b.b.kind}${b.b.index}`, b.weight]),
    ).toEqual([
      ['actor0', 'group1', 1],
      ['actor1', 'group1', 1],
      ['actor2', 'group1', 1],
      ['actor5', 'group1', 2],
    ]);
    expect(bundleTies(pairs, groupOf, [false, false])).toEqual([]);
  });
});

describe('the links an overview draws', () => {
  const g = (index: number): Unit => ({ kind: 'group', index });
  const a = (index: number): Unit => ({ kind: 'actor', index });
  const link = (x: Unit, y: Unit, weight: number): Bundle => ({ a: x, b: y, weight });
  const names = (bundles: Bundle[]) =>
    bundles.map((b) => `${b.a.kind[0]}${b.a.index}-${b.b.kind[0]}${b.b.index}:${b.weight}`);

  it('are all of them up to the limit', () => {
    const bundles = [link(g(0), g(1), 1), link(a(4), g(1), 1), link(g(1), g(2), 3)];
    expect(strongestLinks(bundles, 2)).toEqual({
      shown: [bundles[1], bundles[0], bundles[2]],
      between: 2,
      shownBetween: 2,
    });
  });

  it('above it, the strongest between folded groups, each group keeping its own strongest', () => {
    // Groups 0-3 tied strongly among themselves; group 4 only by one weak link to group 0.
    const bundles = [
      link(g(0), g(1), 5),
      link(g(0), g(2), 4),
      link(g(1), g(2), 4),
      link(g(2), g(3), 3),
      link(g(1), g(3), 2),
      link(g(0), g(4), 1),
      link(a(9), g(4), 1), // someone drawn: always kept, whatever the limit
    ];
    const { shown, between, shownBetween } = strongestLinks(bundles, 4);
    expect(between).toBe(6);
    expect(shownBetween).toBe(4);
    // Each group's strongest first (0-1, 0-2, 2-3, 0-4), then by weight up to 4: no room left.
    expect(names(shown)).toEqual(['a9-g4:1', 'g0-g1:5', 'g0-g2:4', 'g2-g3:3', 'g0-g4:1']);
    expect(names(strongestLinks(bundles, 5).shown)).toEqual([
      'a9-g4:1',
      'g0-g1:5',
      'g0-g2:4',
      'g1-g2:4',
      'g2-g3:3',
      'g0-g4:1',
    ]);
  });

  it('are the same whatever order the bundles come in', () => {
    const bundles = Array.from({ length: 60 }, (_, k) =>
      link(g(k % 7), g(7 + (k % 11)), 1 + (k % 3)),
    );
    const reversed = [...bundles].reverse();
    expect(names(strongestLinks(reversed, 20).shown)).toEqual(
      names(strongestLinks(bundles, 20).shown),
    );
  });
});

describe('folded discs', () => {
  it('are sized by members and never cover each other; an open ring holds its people', () => {
    // Two groups mixed on one spot (a file's layout that does not separate them).
    const a = Array.from({ length: 40 }, (_, k) => ({
      x: Math.cos(k) * 100,
      y: Math.sin(k) * 100,
    }));
    const b = Array.from({ length: 10 }, (_, k) => ({ x: Math.cos(k) * 90, y: Math.sin(k) * 90 }));
    const [da, db] = groupDiscs([a, b], [true, true]);
    expect(da!.r).toBeGreaterThan(db!.r);
    expect(Math.hypot(da!.x - db!.x, da!.y - db!.y)).toBeGreaterThanOrEqual(da!.r + db!.r);
    const [open] = groupDiscs([a, b], [false, true]);
    for (const p of a)
      expect(Math.hypot(p.x - open!.x, p.y - open!.y)).toBeLessThanOrEqual(open!.r);
  });
});

describe('separating discs', () => {
  it('leaves no two of 500 crowded discs overlapping, the same way every time', () => {
    // 500 teams of a big network, their centres crowded into a small square (a grid of cells
    // narrower than the discs would miss pairs: every pair is checked here).
    const n = 500;
    const place = () => {
      const x = Float64Array.from({ length: n }, (_, i) => ((i * 7919) % 997) / 5);
      const y = Float64Array.from({ length: n }, (_, i) => ((i * 104729) % 991) / 5);
      const r = Array.from({ length: n }, (_, i) => 5 + (i % 13) * 2);
      separateDiscs(x, y, r, 2);
      return { x, y, r };
    };
    const { x, y, r } = place();
    let overlaps = 0;
    for (let a = 0; a < n; a += 1)
      for (let b = a + 1; b < n; b += 1)
        if (Math.hypot(x[a]! - x[b]!, y[a]! - y[b]!) < r[a]! + r[b]! + 2 - 1e-6) overlaps += 1;
    expect(overlaps).toBe(0);
    const again = place();
    expect(Array.from(again.x)).toEqual(Array.from(x));
    expect(Array.from(again.y)).toEqual(Array.from(y));
  });

  it('parts two discs on one point', () => {
    const x = Float64Array.from([3, 3]);
    const y = Float64Array.from([4, 4]);
    separateDiscs(x, y, [10, 10], 1);
    expect(Math.hypot(x[0]! - x[1]!, y[0]! - y[1]!)).toBeGreaterThanOrEqual(21 - 1e-9);
  });
});

describe('the community-first layout', () => {
  const doc = planted(6, 15);

  it('gives the same positions for the same seed', () => {
    const one = computeOverview(doc, { seed: 9 });
    const two = computeOverview(doc, { seed: 9 });
    expect(one.verdict).toBe('absent');
    expect(Array.from(one.positions!)).toEqual(Array.from(two.positions!));
    expect(one.named).toEqual(two.named);
  });

  it('keeps communities apart: no one is nearer another community’s centre than their own', () => {
    const groups = overviewGroups(doc, 42);
    const positions = communityLayout(doc, groups, { seed: 1 });
    const centres = groups.members.map((list) => ({
      x: list.reduce((s, i) => s + positions[2 * i]!, 0) / list.length,
      y: list.reduce((s, i) => s + positions[2 * i + 1]!, 0) / list.length,
    }));
    doc.actors.forEach((_, i) => {
      const at = { x: positions[2 * i]!, y: positions[2 * i + 1]! };
      const distances = centres.map((c) => Math.hypot(at.x - c.x, at.y - c.y));
      expect(distances.indexOf(Math.min(...distances))).toBe(groups.groupOf[i]);
    });
  });

  it("keeps a file's meaningful positions (no new ones)", () => {
    const groups = overviewGroups(doc, 42);
    const positions = communityLayout(doc, groups, { seed: 1 });
    const kept = placed(doc, (i) => ({ x: positions[2 * i]!, y: positions[2 * i + 1]! }));
    const overview = computeOverview(kept);
    expect(overview.verdict).toBe('meaningful');
    expect(overview.positions).toBeNull();
    // The first discs, worked out with the overview, stand where the file puts their people.
    const points = overview.groups.members.map((list) =>
      list.map((i) => kept.actors[i]!.position!),
    );
    expect(overview.folded).toEqual(
      groupDiscs(
        points,
        points.map(() => true),
      ),
    );
  });

  it('works out the first discs at the new positions, every group folded', () => {
    const overview = computeOverview(doc, { seed: 9 });
    const p = overview.positions!;
    const points = overview.groups.members.map((list) =>
      list.map((i) => ({ x: p[2 * i]!, y: p[2 * i + 1]! })),
    );
    expect(overview.folded).toHaveLength(overview.groups.count);
    expect(overview.folded).toEqual(
      groupDiscs(
        points,
        points.map(() => true),
      ),
    );
  });
});
