// Krackhardt's (1994) graph-theoretical dimensions: connectedness, hierarchy, efficiency, LUB.
// How far a network is from a pure chain of command (an out-tree), every convention spelled out.
import type { CompactDigraph } from '../compact';
import { type Components, hasArc } from './components';

// Krackhardt, D. (1994). Graph theoretical dimensions of informal organizations. In K. M.
// Carley & M. J. Prietula (Eds.), Computational Organization Theory (pp. 89–111). Erlbaum.
// Reference implementations compared: R sna (Butts) `connectedness`, `hierarchy(measure =
// 'krackhardt')`, `efficiency`, `lubness`, and UCINET's Krackhardt GTD.
//
// Direction. Krackhardt's out-tree points from a boss to a subordinate: an upper bound of i and
// j reaches both. In Leadnet an arc points the other way, from the one who looks to someone to
// the one looked to (DESIGN §2), so "above" is *along* the arcs here: an upper bound of i and j
// is someone both of them reach. Connectedness, hierarchy and efficiency do not depend on the
// direction; least-upper-boundedness does, and this is the only place where it matters.

/** Beyond this many strong components in one weak component the reachability bitsets (k²/8
 * bytes) are refused rather than risk the worker's memory: 16,000 → 32 MB. */
export const MAX_REACH_COMPONENTS = 16_000;
/** The least-upper-bound search is cubic in strong components (k²/2 pairs × k/32 words). */
export const MAX_LUB_COMPONENTS = 4_000;

/**
 * Connectedness: the share of unordered pairs joined by a semipath, i.e. in the same weak
 * component: 1 − V / (N(N−1)/2), V the pairs that cannot reach each other even ignoring
 * direction. Equals sna `connectedness`; null with fewer than two actors (sna returns 1).
 */
export function connectedness(weak: Components, n: number): number | null {
  if (n < 2) return null;
  let joined = 0;
  for (const s of weak.size) joined += (s * (s - 1)) / 2;
  return joined / ((n * (n - 1)) / 2);
}

/**
 * Efficiency: 1 − V / max V, V the edges of the underlying (undirected simple) graph beyond the
 * N − 1 a tree needs, max V = (N−1)(N−2)/2 the most there can be. Krackhardt defines it on a
 * connected graph; on a disconnected one the excesses and their maxima are summed over the weak
 * components (a forest scores 1), as sna pools them. Unlike sna, which counts directed arcs
 * (a mutual pair twice, max (N−1)²), the underlying graph is counted, as Krackhardt and
 * UCINET do: reciprocated ties are hierarchy's business, not efficiency's. Null when no weak
 * component has three or more actors (no excess is possible).
 */
export function efficiency(g: CompactDigraph, weak: Components): number | null {
  const edges = new Float64Array(weak.count);
  for (let s = 0; s < g.n; s += 1) {
    for (let e = g.outStart[s]!; e < g.outStart[s + 1]!; e += 1) {
      const t = g.outTargets[e]!;
      // An unordered pair counts once: from its lower end, or from the only end with an arc.
      if (s < t || !hasArc(g, t, s)) edges[weak.label[s]!]! += 1;
    }
  }
  let excess = 0;
  let most = 0;
  for (let c = 0; c < weak.count; c += 1) {
    const size = weak.size[c]!;
    excess += edges[c]! - (size - 1);
    most += ((size - 1) * (size - 2)) / 2;
  }
  return most === 0 ? null : 1 - excess / most;
}

/** The strong components of one weak component, with who reaches whom among them. */
interface ComponentReach {
  /** Strong components in this weak component, in ascending global label. */
  k: number;
  words: number;
  /** Row a (words Uint32 each): the components a reaches, a itself included. */
  rows: Uint32Array;
  /** Actors in each of the k strong components. */
  size: Int32Array;
}

export function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/**
 * Groups the strong components by weak component (reach never crosses weak components, so each
 * is handled alone and memory is bounded by the largest), with each one's actors.
 */
function layout(g: CompactDigraph, weak: Components, strong: Components) {
  const byWeak: number[][] = Array.from({ length: weak.count }, () => []);
  const first = new Int32Array(strong.count).fill(-1);
  for (let v = 0; v < g.n; v += 1) {
    const s = strong.label[v]!;
    if (first[s] === -1) first[s] = v;
  }
  for (let s = 0; s < strong.count; s += 1) byWeak[weak.label[first[s]!]!]!.push(s);
  const start = new Int32Array(strong.count + 1);
  for (let v = 0; v < g.n; v += 1) start[strong.label[v]! + 1]! += 1;
  for (let s = 0; s < strong.count; s += 1) start[s + 1]! += start[s]!;
  const fill = start.slice(0, strong.count);
  const actors = new Int32Array(g.n);
  for (let v = 0; v < g.n; v += 1) actors[fill[strong.label[v]!]!++] = v;
  return { byWeak, start, actors, local: new Int32Array(strong.count) };
}

type Layout = ReturnType<typeof layout>;

/**
 * Reachability among the strong components of one weak component, as bitsets. Components are
 * visited in ascending Tarjan label, so every component an arc leads to is finished first and
 * its row can be OR-ed in (transitive closure of the condensation in topological order).
 */
function reachOf(
  g: CompactDigraph,
  strong: Components,
  lay: Layout,
  sccs: readonly number[],
  what: string,
): ComponentReach {
  const k = sccs.length;
  if (k > MAX_REACH_COMPONENTS)
    throw new Error(
      `${what}: ${k} strong components in one weak component (at most ${MAX_REACH_COMPONENTS})`,
    );
  const words = (k + 31) >>> 5;
  const rows = new Uint32Array(k * words);
  const size = new Int32Array(k);
  sccs.forEach((s, a) => (lay.local[s] = a));
  const seen = new Int32Array(k).fill(-1);
  for (let a = 0; a < k; a += 1) {
    const s = sccs[a]!;
    size[a] = lay.start[s + 1]! - lay.start[s]!;
    const row = a * words;
    rows[row + (a >>> 5)]! |= 1 << (a & 31);
    for (let i = lay.start[s]!; i < lay.start[s + 1]!; i += 1) {
      const u = lay.actors[i]!;
      for (let e = g.outStart[u]!; e < g.outStart[u + 1]!; e += 1) {
        const b = lay.local[strong.label[g.outTargets[e]!]!]!;
        if (b === a || seen[b] === a) continue;
        seen[b] = a;
        const other = b * words; // b < a: already closed
        for (let w = 0; w < words; w += 1) rows[row + w]! |= rows[other + w]!;
      }
    }
  }
  return { k, words, rows, size };
}

/**
 * Hierarchy: the share of unordered pairs joined by a directed path (in at least one direction)
 * that are joined in one direction only — 1 − V / max V with V the pairs that reach each other
 * both ways. Equals sna `hierarchy(measure = 'krackhardt')` (1 − dyadic.nonnull reciprocity of
 * the reachability matrix). Pairs in different weak components are unreachable and do not
 * count, so a disconnected graph needs no special rule. Null when no pair is reachable.
 */
export function hierarchy(g: CompactDigraph, weak: Components, strong: Components): number | null {
  const lay = layout(g, weak, strong);
  let reachable = 0; // ordered pairs (u, v), u ≠ v, u reaches v
  let mutual = 0; // ordered pairs that reach each other: both in one strong component
  for (const sccs of lay.byWeak) {
    for (const s of sccs) {
      const size = strong.size[s]!;
      mutual += size * (size - 1);
    }
    if (sccs.length === 1) {
      reachable += strong.size[sccs[0]!]! * (strong.size[sccs[0]!]! - 1);
      continue;
    }
    const reach = reachOf(g, strong, lay, sccs, 'hierarchy');
    for (let a = 0; a < reach.k; a += 1) {
      let actors = 0;
      for (let w = 0; w < reach.words; w += 1) {
        let bits = reach.rows[a * reach.words + w]!;
        while (bits !== 0) {
          const low = bits & -bits;
          actors += reach.size[w * 32 + 31 - Math.clz32(low)]!;
          bits ^= low;
        }
      }
      reachable += reach.size[a]! * (actors - 1);
    }
  }
  // Unordered: mutual/2 symmetric pairs, reachable − mutual asymmetric ones.
  const asymmetric = reachable - mutual;
  const joined = asymmetric + mutual / 2;
  return joined === 0 ? null : asymmetric / joined;
}

/**
 * Least-upper-boundedness: 1 − V / Σ (Nᵢ−1)(Nᵢ−2)/2 over the weak components with Nᵢ ≥ 3, V
 * the pairs in one weak component without a least upper bound.
 *
 * An upper bound of i and j is an actor both reach along the arcs (one of them, if the other
 * reaches it). A least upper bound is an upper bound that reaches every other upper bound: the
 * closest common "boss", which all the others are above. This is Krackhardt's definition, as
 * sna's documentation and UCINET state it (the LUB lies on a path from every upper bound); sna's
 * C routine `lubness_con_R` tests the opposite order (an upper bound from which every other is
 * reached), which agrees on out-trees but not in general — here the definition is followed.
 *
 * Pairs in different weak components are not counted (Krackhardt's maximum (N−1)(N−2)/2 is for
 * a connected graph); violations and maxima are summed over the weak components, as in sna, so
 * a forest of trees scores 1. At most (N−1)(N−2)/2 pairs of a weakly connected graph can lack
 * a LUB (every pair joined by an arc has one), so the value stays in [0, 1]. Null when no
 * weak component has three actors.
 *
 * The set of upper bounds of i and j is closed upwards, so it has a least element iff its
 * topmost-labelled strong component (the one every other member of the set can only be reached
 * from, given Tarjan's order) reaches exactly the whole set: compared by counts.
 */
export function lubness(g: CompactDigraph, weak: Components, strong: Components): number | null {
  const lay = layout(g, weak, strong);
  let violations = 0;
  let most = 0;
  lay.byWeak.forEach((sccs, c) => {
    const n = weak.size[c]!;
    if (n < 3) return;
    most += ((n - 1) * (n - 2)) / 2;
    if (sccs.length === 1) return; // all reach all: every pair is its own LUB
    if (sccs.length > MAX_LUB_COMPONENTS)
      throw new Error(
        `lubness: ${sccs.length} strong components in one weak component (at most ${MAX_LUB_COMPONENTS})`,
      );
    const { k, words, rows, size } = reachOf(g, strong, lay, sccs, 'lubness');
    const above = new Int32Array(k); // how many components each one reaches, itself included
    for (let a = 0; a < k; a += 1)
      for (let w = 0; w < words; w += 1) above[a]! += popcount(rows[a * words + w]!);
    for (let b = 1; b < k; b += 1) {
      const rb = b * words;
      for (let a = 0; a < b; a += 1) {
        // a < b: a cannot reach b (arcs go from higher labels to lower). If b reaches a, a is
        // the least upper bound.
        if ((rows[rb + (a >>> 5)]! & (1 << (a & 31))) !== 0) continue;
        const ra = a * words;
        let common = 0;
        let topWord = -1;
        let topBits = 0;
        for (let w = 0; w < words; w += 1) {
          const bits = rows[ra + w]! & rows[rb + w]!;
          if (bits !== 0) {
            common += popcount(bits);
            topWord = w;
            topBits = bits;
          }
        }
        const top = topWord * 32 + 31 - Math.clz32(topBits);
        if (topWord === -1 || above[top] !== common) violations += size[a]! * size[b]!;
      }
    }
  });
  return most === 0 ? null : 1 - violations / most;
}
