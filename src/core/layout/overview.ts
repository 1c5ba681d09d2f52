// The overview of a big network (issue 14, point 3; DESIGN "Big networks: the overview"): which
// people are named at first, whether a file's own positions mean anything, the groups a big
// drawing is folded into, and the bundled ties between folded groups. Pure, without graphology:
// the page's canvas bundles ties with it. The groups (Louvain) and the community-first layout are
// communities.ts, run in the worker.
import type { NetworkDocument } from '../document/types';
import { indexActors } from '../graph/build';

export { OVERVIEW_MAX_ACTORS, OVERVIEW_MIN_ACTORS, overviewApplies } from './overview-size';

/** How many people are named at first: the most connected (about one label per 18,000 px² at 1280×720). */
export const OVERVIEW_NAMED = 40;

/** A community smaller than this is not folded: its few people are drawn as themselves. */
export const OVERVIEW_MIN_GROUP = 3;

/** Pairs of actor indices joined by a tie either way, each pair once (self-ties dropped). */
export function undirectedPairs(doc: NetworkDocument): Int32Array {
  const index = indexActors(doc);
  const seen = new Set<number>();
  const n = doc.actors.length;
  const pairs: number[] = [];
  for (const tie of doc.ties) {
    const s = index.get(tie.source);
    const t = index.get(tie.target);
    if (s === undefined || t === undefined || s === t) continue;
    const a = Math.min(s, t);
    const b = Math.max(s, t);
    const key = a * n + b;
    if (seen.has(key)) continue;
    seen.add(key);
    pairs.push(a, b);
  }
  return Int32Array.from(pairs);
}

/** How many different people each actor is tied to, either way. */
export function degrees(n: number, pairs: Int32Array): Int32Array {
  const degree = new Int32Array(n);
  for (let k = 0; k < pairs.length; k += 1) degree[pairs[k]!]! += 1;
  return degree;
}

/**
 * The `count` most connected actors (most different people tied to them, either way), in that
 * order; among equals the earlier in the document first. People with no tie are never named.
 */
export function mostConnected(degree: Int32Array, count: number): number[] {
  const order = Array.from(degree.keys()).filter((i) => degree[i]! > 0);
  order.sort((a, b) => degree[b]! - degree[a]! || a - b);
  return order.slice(0, Math.max(0, count));
}

export type PositionsVerdict = 'absent' | 'identical' | 'random' | 'meaningful';

/** Tie length over the distance of unrelated pairs above which positions tell nothing. */
export const RANDOM_TIE_RATIO = 0.6;

/**
 * Whether a file's own positions show its network. Absent when any actor has none; identical
 * when all sit at one point; random when tied people are on average nearly as far apart as
 * people picked without regard to ties (a layout puts tied people closer: ForceAtlas2 and fcose
 * give ratios well under 0.3, uniform noise about 1). Without ties nothing can be told:
 * positions are then kept.
 */
export function judgePositions(
  doc: NetworkDocument,
  pairs = undirectedPairs(doc),
): PositionsVerdict {
  const n = doc.actors.length;
  if (n === 0) return 'meaningful';
  if (doc.actors.some((a) => !a.position)) return 'absent';
  const x = (i: number) => doc.actors[i]!.position!.x;
  const y = (i: number) => doc.actors[i]!.position!.y;
  let identical = true;
  for (let i = 1; i < n && identical; i += 1) identical = x(i) === x(0) && y(i) === y(0);
  if (identical) return n > 1 ? 'identical' : 'meaningful';
  if (pairs.length === 0) return 'meaningful';
  const dist = (a: number, b: number) => Math.hypot(x(a) - x(b), y(a) - y(b));
  let tied = 0;
  for (let k = 0; k < pairs.length; k += 2) tied += dist(pairs[k]!, pairs[k + 1]!);
  tied /= pairs.length / 2;
  // Unrelated pairs: each actor with the one a fixed, coprime-ish stride away (deterministic).
  const stride = Math.max(1, Math.floor(n * 0.618)) % n || 1;
  let spread = 0;
  for (let i = 0; i < n; i += 1) spread += dist(i, (i + stride) % n);
  spread /= n;
  if (spread === 0) return 'identical';
  return tied / spread > RANDOM_TIE_RATIO ? 'random' : 'meaningful';
}

export interface OverviewGroups {
  /** Where the groups come from: the document's teams and other groups, or Louvain. */
  source: 'document' | 'communities';
  /** Each actor's group (0…count-1), or -1: drawn as itself. */
  groupOf: Int32Array;
  count: number;
  /** For a document group, its id; for a community, null. */
  ids: (string | null)[];
  /** Each group's members, most connected first. */
  members: number[][];
}

/** A drawn end of a bundle: a folded group or an actor drawn as itself. */
export type Unit = { kind: 'group'; index: number } | { kind: 'actor'; index: number };

export interface Bundle {
  a: Unit;
  b: Unit;
  /** How many pairs of people tied either way it stands for. */
  weight: number;
}

/**
 * The ties between folded groups, and between a folded group and a person drawn as themself,
 * bundled into one edge per pair of ends, weighted by how many tied pairs it stands for. Ties
 * between two people both drawn are not bundles (they are drawn as they are); ties inside one
 * folded group are not drawn. `folded[g]` says whether group g is folded.
 */
export function bundleTies(
  pairs: Int32Array,
  groupOf: Int32Array,
  folded: readonly boolean[],
): Bundle[] {
  const unit = (i: number): Unit => {
    const g = groupOf[i]!;
    return g >= 0 && folded[g] ? { kind: 'group', index: g } : { kind: 'actor', index: i };
  };
  const key = (u: Unit) => (u.kind === 'group' ? `g${u.index}` : `a${u.index}`);
  const bundles = new Map<string, Bundle>();
  for (let k = 0; k < pairs.length; k += 2) {
    let a = unit(pairs[k]!);
    let b = unit(pairs[k + 1]!);
    if (a.kind === 'actor' && b.kind === 'actor') continue;
    if (a.kind === b.kind && a.index === b.index) continue;
    if (key(a) > key(b)) [a, b] = [b, a];
    const id = `${key(a)}|${key(b)}`;
    const bundle = bundles.get(id);
    if (bundle) bundle.weight += 1;
    else bundles.set(id, { a, b, weight: 1 });
  }
  return [...bundles.values()];
}

/**
 * At most this many links between two folded groups are drawn: each costs the canvas a stroke at
 * every frame, and 500 teams of 5,000 people have ~2,900 of them, mostly single ties, which drawn
 * together read as a grey hairball and held every frame above 100 ms (docs/overview.md).
 */
export const OVERVIEW_LINKS_SHOWN = 1000;

/**
 * The bundles an overview draws. Every one that touches someone drawn (an open group's people,
 * people in no group) is kept: opening a group shows all its ties. Of the links between two
 * folded groups, the strongest `limit`, each folded group first keeping its own strongest so
 * none looks cut off; equal weights in the order of the groups' numbers. `between` counts every
 * link between folded groups, `shownBetween` those kept.
 */
export function strongestLinks(
  bundles: readonly Bundle[],
  limit = OVERVIEW_LINKS_SHOWN,
): { shown: Bundle[]; between: number; shownBetween: number } {
  const links: Bundle[] = [];
  const shown: Bundle[] = [];
  for (const b of bundles) (b.a.kind === 'group' && b.b.kind === 'group' ? links : shown).push(b);
  if (links.length <= limit)
    return { shown: [...shown, ...links], between: links.length, shownBetween: links.length };
  const order = (x: Bundle, y: Bundle) =>
    y.weight - x.weight || x.a.index - y.a.index || x.b.index - y.b.index;
  links.sort(order);
  const kept = new Set<Bundle>();
  const linked = new Set<number>();
  for (const b of links) {
    if (linked.has(b.a.index) && linked.has(b.b.index)) continue;
    kept.add(b);
    linked.add(b.a.index).add(b.b.index);
  }
  for (const b of links) {
    if (kept.size >= limit) break;
    kept.add(b);
  }
  const chosen = links.filter((b) => kept.has(b));
  return { shown: [...shown, ...chosen], between: links.length, shownBetween: chosen.length };
}

export interface Overview {
  /** The people named at first, most connected first (actor indices). */
  named: number[];
  groups: OverviewGroups;
  /** What was found of the file's positions. */
  verdict: PositionsVerdict;
  /** New positions when the file's are absent, identical or random; null: the file's are kept. */
  positions: Float64Array | null;
  /**
   * Every group's disc with all of them folded, at the positions the network will have (the new
   * ones, or the file's): the canvas's first drawing, worked out here rather than on the page
   * (~80 ms for 500 teams there).
   */
  folded: Disc[];
}

/**
 * Pushes overlapping discs apart, `gap` between them, in rounds (up to 300) until none overlaps.
 * The larger disc moves less; two centres on one point part along a direction fixed by their
 * numbers, so the result is deterministic. Each round looks only at pairs in neighbouring cells of
 * a grid as wide as the largest disc (a 5,000-person network can have 500 teams: every pair each
 * round took 0.8 s on the page); a round that moves nothing used an exact grid, so no pair
 * overlaps when it ends.
 */
export function separateDiscs(x: Float64Array, y: Float64Array, r: number[], gap: number): void {
  const n = x.length;
  if (n < 2) return;
  spreadToFit(x, y, r, gap);
  const cell = Math.max(1e-9, 2 * Math.max(...r) + gap);
  const cells = new Map<string, number[]>();
  for (let round = 0; round < 300; round += 1) {
    cells.clear();
    const cx = new Int32Array(n);
    const cy = new Int32Array(n);
    for (let i = 0; i < n; i += 1) {
      cx[i] = Math.floor(x[i]! / cell);
      cy[i] = Math.floor(y[i]! / cell);
      const key = `${cx[i]},${cy[i]}`;
      const list = cells.get(key);
      if (list) list.push(i);
      else cells.set(key, [i]);
    }
    let moved = false;
    const near: number[] = [];
    for (let a = 0; a < n; a += 1) {
      near.length = 0;
      for (let dx = -1; dx <= 1; dx += 1)
        for (let dy = -1; dy <= 1; dy += 1)
          for (const b of cells.get(`${cx[a]! + dx},${cy[a]! + dy}`) ?? []) if (b > a) near.push(b);
      near.sort((p, q) => p - q); // the same order whatever the grid: deterministic
      for (const b of near) {
        let dx = x[b]! - x[a]!;
        let dy = y[b]! - y[a]!;
        let d = Math.hypot(dx, dy);
        const need = r[a]! + r[b]! + gap;
        // Within rounding of touching is apart: a pair pushed to exactly `need` can come out a
        // hair short, and counting that as a move kept every round going to the last.
        if (d >= need * (1 - 1e-9)) continue;
        if (d < 1e-9) {
          // Two centres on one point: apart along a direction fixed by their numbers.
          dx = Math.cos(a + b);
          dy = Math.sin(a + b);
          d = 1;
        }
        const push = (need - d) / 2;
        const wa = r[b]! / (r[a]! + r[b]!); // the smaller disc moves more
        x[a] = x[a]! - (dx / d) * push * 2 * wa;
        y[a] = y[a]! - (dy / d) * push * 2 * wa;
        x[b] = x[b]! + (dx / d) * push * 2 * (1 - wa);
        y[b] = y[b]! + (dy / d) * push * 2 * (1 - wa);
        moved = true;
      }
    }
    if (!moved) break;
  }
}

/**
 * Discs crowded into less room than they need side by side (the sum of the squares they would
 * fill) are first spread out from their centre, each keeping its direction, until they have that
 * room: pushing pairs apart alone took hundreds of rounds and still left overlaps there.
 */
function spreadToFit(x: Float64Array, y: Float64Array, r: number[], gap: number): void {
  const n = x.length;
  let minX = Infinity,
    maxX = -Infinity,
    minY = Infinity,
    maxY = -Infinity,
    need = 0,
    mx = 0,
    my = 0;
  for (let i = 0; i < n; i += 1) {
    minX = Math.min(minX, x[i]!);
    maxX = Math.max(maxX, x[i]!);
    minY = Math.min(minY, y[i]!);
    maxY = Math.max(maxY, y[i]!);
    need += (2 * r[i]! + gap) ** 2;
    mx += x[i]! / n;
    my += y[i]! / n;
  }
  const have = (maxX - minX) * (maxY - minY);
  if (have >= 2 * need || have <= 0) return;
  const grow = Math.sqrt((2 * need) / have);
  for (let i = 0; i < n; i += 1) {
    x[i] = mx + (x[i]! - mx) * grow;
    y[i] = my + (y[i]! - my) * grow;
  }
}

export interface Disc {
  x: number;
  y: number;
  r: number;
}

/** Share of the drawing's bounding box that folded discs cover at most, all together. */
const FOLDED_COVER = 0.4;

/**
 * Where each group is drawn: an open group as a ring round its people (their centre, a radius
 * that holds 95 % of them plus a shape's room); a folded group as a disc sized by its members
 * (area ∝ members, all folded discs together at most FOLDED_COVER of the drawing, never larger
 * than its ring), folded discs pushed apart so none covers another. A layout that placed groups
 * apart (communityLayout) keeps them where they are; a file's layout with groups mixed gets
 * discs moved apart from their centres. `points[g]` are group g's people's positions.
 */
export function groupDiscs(
  points: readonly { x: number; y: number }[][],
  folded: readonly boolean[],
): Disc[] {
  let minX = Infinity,
    maxX = -Infinity,
    minY = Infinity,
    maxY = -Infinity,
    people = 0;
  for (const list of points)
    for (const p of list) {
      minX = Math.min(minX, p.x);
      maxX = Math.max(maxX, p.x);
      minY = Math.min(minY, p.y);
      maxY = Math.max(maxY, p.y);
      people += 1;
    }
  const area = people ? Math.max(maxX - minX, 1) * Math.max(maxY - minY, 1) : 1;
  const perMember = Math.sqrt((FOLDED_COVER * area) / (Math.PI * Math.max(people, 1)));
  const discs = points.map((list): Disc => {
    if (list.length === 0) return { x: 0, y: 0, r: 24 };
    let x = 0,
      y = 0;
    for (const p of list) {
      x += p.x;
      y += p.y;
    }
    x /= list.length;
    y /= list.length;
    const d = list.map((p) => Math.hypot(p.x - x, p.y - y)).sort((a, b) => a - b);
    const reach = d[Math.min(d.length - 1, Math.floor(d.length * 0.95))] ?? 0;
    return { x, y, r: Math.max(24, reach + 24) };
  });
  const closed = discs.map((_, g) => g).filter((g) => folded[g] && points[g]!.length > 0);
  for (const g of closed)
    discs[g]!.r = Math.max(20, Math.min(discs[g]!.r, perMember * Math.sqrt(points[g]!.length)));
  const x = Float64Array.from(closed, (g) => discs[g]!.x);
  const y = Float64Array.from(closed, (g) => discs[g]!.y);
  separateDiscs(
    x,
    y,
    closed.map((g) => discs[g]!.r),
    Math.sqrt(area) * 0.01,
  );
  closed.forEach((g, k) => {
    discs[g]!.x = x[k]!;
    discs[g]!.y = y[k]!;
  });
  return discs;
}
