// Betweenness and closeness in one pass: Brandes' (2001) algorithm with breadth-first search over
// the CSR arrays of a CompactDigraph, on a range of sources so workers can share the work.
import type { CompactDigraph } from '../compact';

/**
 * The sums a range of sources [from, to) contributes. Partials of disjoint ranges add up; the
 * final values come from `finishPathMetrics` once every source is counted.
 */
export interface PathPartial {
  from: number;
  to: number;
  /** Σ over the range's sources s of Brandes' dependency δ_s(v) (Brandes 2001, eq. 5). */
  betweenness: Float64Array<ArrayBuffer>;
  /** Σ over the range's sources s that reach v of the distance d(s, v). */
  distanceSum: Float64Array<ArrayBuffer>;
  /** How many of the range's sources (v excluded) reach v. */
  reached: Int32Array<ArrayBuffer>;
}

export interface PathMetrics {
  /** networkx `betweenness_centrality(G, normalized=True)` on the directed graph. */
  betweenness: Float64Array<ArrayBuffer>;
  /** networkx `closeness_centrality(G)`: distances *to* the actor, wf_improved=True. */
  closeness: Float64Array<ArrayBuffer>;
}

/** Sources searched side by side: one bit each in a 32-bit mask. */
export const MAX_BATCH = 32;

/** Memory for the per-(actor, source) path counts and shares of one batch: 64 MB at most. */
const BATCH_BYTES = 64 * 2 ** 20;

/** The batch width the kernel uses by default: 32, fewer on networks past 131,072 actors. */
export function defaultBatch(n: number): number {
  return Math.max(1, Math.min(MAX_BATCH, Math.floor(BATCH_BYTES / (16 * Math.max(n, 1)))));
}

/**
 * Runs Brandes' algorithm (2001) from every source in [from, to) on the unweighted directed
 * graph, `batch` sources at a time in one level-synchronous breadth-first search (multi-source
 * BFS, Then et al. 2014): a node's 32-bit masks say which of the batch's sources have seen it
 * and have it on the current level, so an arc is read once per level for the whole batch, not
 * once per source, and the arcs off shortest paths — most of them — cost one mask test.
 *
 * Forward, level by level: for v on level L of the sources in mask F and an arc v → w, the
 * sources in D = F ∖ seen(w) reach w first at level L + 1 and σ_j(w) += σ_j(v) for each j ∈ D.
 * The level's nodes and masks are kept in order. Backward, from the deepest level: v pulls from
 * its successors on level L + 1 the dependency δ_j(v) = σ_j(v) · Σ_w (1 + δ_j(w)) / σ_j(w)
 * (Brandes 2001, Theorem 6), which adds to v's betweenness except at the source itself. The
 * closeness sums come free: the sources newly in w's mask at level L + 1 are at distance L + 1.
 * Path counts are whole numbers and exact in float64 up to 2⁵³, whatever the summation order.
 */
export function brandesRange(
  graph: CompactDigraph,
  from: number,
  to: number,
  batch = defaultBatch(graph.n),
): PathPartial {
  const { n, outStart, outTargets } = graph;
  if (!(Number.isInteger(from) && Number.isInteger(to) && 0 <= from && from <= to && to <= n))
    throw new RangeError(`brandes: bad source range [${from}, ${to}) for ${n} actors`);
  if (!(Number.isInteger(batch) && batch >= 1 && batch <= MAX_BATCH))
    throw new RangeError(`brandes: batch must be 1…${MAX_BATCH}, got ${batch}`);
  const B = batch;
  const betweenness = new Float64Array(n);
  const distanceSum = new Float64Array(n);
  const reached = new Int32Array(n);
  /** Bit j: source j of the batch has reached the node (on an earlier level). */
  const seen = new Uint32Array(n);
  /** Forward: the sources reaching the node on the next level. Backward: on the level below. */
  const next = new Uint32Array(n);
  /** σ_j(v) at v·B + j, then (1 + δ_j(v)) / σ_j(v) in `share` once v's dependency is known. */
  const sigma = new Float64Array(n * B);
  const share = new Float64Array(n * B);
  const pulled = new Float64Array(B);
  /** The (node, mask) entries of every level of the batch, level after level. */
  let nodes = new Int32Array(Math.max(16, 2 * n));
  let masks = new Uint32Array(nodes.length);
  const levelStart: number[] = [];

  for (let base = from; base < to; base += B) {
    const count = Math.min(B, to - base);
    let top = 0;
    for (let j = 0; j < count; j += 1) {
      const s = base + j;
      seen[s] = 1 << j;
      sigma[s * B + j] = 1;
      nodes[top] = s;
      masks[top++] = 1 << j;
    }
    levelStart.length = 0;
    levelStart.push(0);
    let level = 0;
    for (;;) {
      const lo = levelStart[level]!;
      const hi = top;
      levelStart.push(hi);
      for (let e = lo; e < hi; e += 1) {
        const v = nodes[e]!;
        const onLevel = masks[e]!;
        const vb = v * B;
        for (let k = outStart[v]!, end = outStart[v + 1]!; k < end; k += 1) {
          const w = outTargets[k]!;
          const first = onLevel & ~seen[w]!;
          if (first === 0) continue;
          const before = next[w]!;
          if (before === 0) {
            if (top === nodes.length) {
              const grownNodes = new Int32Array(2 * top);
              grownNodes.set(nodes);
              nodes = grownNodes;
              const grownMasks = new Uint32Array(2 * top);
              grownMasks.set(masks);
              masks = grownMasks;
            }
            nodes[top++] = w;
          }
          next[w] = before | first;
          const wb = w * B;
          for (let d = first; d !== 0; d &= d - 1) {
            const j = 31 - Math.clz32(d & -d);
            sigma[wb + j]! += sigma[vb + j]!;
          }
        }
      }
      if (top === hi) break;
      const distance = level + 1;
      for (let e = hi; e < top; e += 1) {
        const w = nodes[e]!;
        const arrived = next[w]!;
        masks[e] = arrived;
        seen[w] = seen[w]! | arrived;
        next[w] = 0;
        const sources = bitCount(arrived);
        reached[w]! += sources;
        distanceSum[w]! += sources * distance;
      }
      level += 1;
    }

    for (let L = level; L >= 0; L -= 1) {
      const lo = levelStart[L]!;
      const hi = levelStart[L + 1]!;
      const below = L < level ? levelStart[L + 2]! : hi;
      for (let e = hi; e < below; e += 1) next[nodes[e]!] = masks[e]!;
      for (let e = lo; e < hi; e += 1) {
        const v = nodes[e]!;
        const onLevel = masks[e]!;
        const vb = v * B;
        for (let d = onLevel; d !== 0; d &= d - 1) pulled[31 - Math.clz32(d & -d)] = 0;
        if (below > hi) {
          for (let k = outStart[v]!, end = outStart[v + 1]!; k < end; k += 1) {
            const w = outTargets[k]!;
            const successorOf = onLevel & next[w]!;
            if (successorOf === 0) continue;
            const wb = w * B;
            for (let d = successorOf; d !== 0; d &= d - 1) {
              const j = 31 - Math.clz32(d & -d);
              pulled[j]! += share[wb + j]!;
            }
          }
        }
        for (let d = onLevel; d !== 0; d &= d - 1) {
          const j = 31 - Math.clz32(d & -d);
          const paths = sigma[vb + j]!;
          const delta = paths * pulled[j]!;
          if (L > 0) betweenness[v]! += delta;
          share[vb + j] = (1 + delta) / paths;
        }
      }
      for (let e = hi; e < below; e += 1) next[nodes[e]!] = 0;
    }

    for (let e = 0; e < top; e += 1) {
      const v = nodes[e]!;
      seen[v] = 0;
      const vb = v * B;
      for (let d = masks[e]!; d !== 0; d &= d - 1) sigma[vb + 31 - Math.clz32(d & -d)] = 0;
    }
  }
  return { from, to, betweenness, distanceSum, reached };
}

/** The number of set bits of a 32-bit mask. */
function bitCount(mask: number): number {
  let c = mask - ((mask >>> 1) & 0x55555555);
  c = (c & 0x33333333) + ((c >>> 2) & 0x33333333);
  return (((c + (c >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * Adds partials in the order given (the caller fixes it: floating-point sums depend on it).
 * The ranges must not overlap; the result's range is the span they cover.
 */
export function addPathPartials(n: number, partials: readonly PathPartial[]): PathPartial {
  const betweenness = new Float64Array(n);
  const distanceSum = new Float64Array(n);
  const reached = new Int32Array(n);
  let from = n;
  let to = 0;
  for (const p of partials) {
    if (p.betweenness.length !== n || p.distanceSum.length !== n || p.reached.length !== n)
      throw new RangeError(`brandes: a partial for ${p.betweenness.length} actors, expected ${n}`);
    from = Math.min(from, p.from);
    to = Math.max(to, p.to);
    for (let v = 0; v < n; v += 1) {
      betweenness[v]! += p.betweenness[v]!;
      distanceSum[v]! += p.distanceSum[v]!;
      reached[v]! += p.reached[v]!;
    }
  }
  return { from: Math.min(from, to), to, betweenness, distanceSum, reached };
}

/**
 * The final values from the sums over all sources.
 * Betweenness (Freeman 1977; Brandes 2001) of a directed graph, scaled by 1/((n−1)(n−2)) as
 * networkx's `normalized=True`; 0 when n ≤ 2 (no actor can lie between two others).
 * Closeness (Freeman 1979) with Wasserman & Faust's (1994) correction for graphs that are not
 * strongly connected, as networkx's `closeness_centrality(G)` (wf_improved=True): with r the
 * actors that reach v and D the sum of their distances to v, C(v) = (r / D) · (r / (n−1)),
 * and 0 when nothing reaches v.
 */
export function finishPathMetrics(n: number, sums: PathPartial): PathMetrics {
  const betweenness = new Float64Array(n);
  const closeness = new Float64Array(n);
  const scale = n > 2 ? 1 / ((n - 1) * (n - 2)) : 0;
  for (let v = 0; v < n; v += 1) {
    betweenness[v] = sums.betweenness[v]! * scale;
    const r = sums.reached[v]!;
    const d = sums.distanceSum[v]!;
    closeness[v] = r > 0 && d > 0 ? (r / d) * (r / (n - 1)) : 0;
  }
  return { betweenness, closeness };
}
