// The undirected view of the simple directed graph: each actor's distinct neighbours, in and
// out merged, for the measures that ignore direction (constraint, core number).
import type { CompactDigraph } from '../compact';

export interface UndirectedNeighbours {
  n: number;
  /** Neighbours of i: neighbours[start[i] … start[i + 1]), ascending. */
  start: Int32Array;
  neighbours: Int32Array;
  /**
   * Arcs between i and that neighbour: 1 one way, 2 both ways. This is networkx's unweighted
   * `mutual_weight` (a_ij + a_ji), which Burt's constraint is built on.
   */
  arcs: Uint8Array;
}

/** Merges each actor's ascending out- and in-lists into one ascending list of neighbours. */
export function undirectedNeighbours(graph: CompactDigraph): UndirectedNeighbours {
  const { n, outStart, outTargets, inStart, inSources } = graph;
  const start = new Int32Array(n + 1);
  const neighbours = new Int32Array(2 * graph.m); // an upper bound; trimmed below
  const arcs = new Uint8Array(2 * graph.m);
  let at = 0;
  for (let i = 0; i < n; i += 1) {
    start[i] = at;
    let o = outStart[i]!;
    let k = inStart[i]!;
    const oEnd = outStart[i + 1]!;
    const kEnd = inStart[i + 1]!;
    while (o < oEnd || k < kEnd) {
      const out = o < oEnd ? outTargets[o]! : n;
      const inn = k < kEnd ? inSources[k]! : n;
      neighbours[at] = Math.min(out, inn);
      arcs[at] = (out <= inn ? 1 : 0) + (inn <= out ? 1 : 0);
      if (out <= inn) o += 1;
      if (inn <= out) k += 1;
      at += 1;
    }
  }
  start[n] = at;
  return { n, start, neighbours: neighbours.slice(0, at), arcs: arcs.slice(0, at) };
}
