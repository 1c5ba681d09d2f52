// Burt's constraint (Structural Holes, 1992, ch. 2), unweighted on the directed graph exactly as
// networkx's `constraint(G)` (weight=None): ties in and out both count, a reciprocal pair twice.
import type { UndirectedNeighbours } from './undirected';

/**
 * c_i = Σ_j (p_ij + Σ_q p_iq·p_qj)² over i's neighbours j, where p_ij = (a_ij + a_ji) /
 * Σ_k (a_ik + a_ki) is the share of i's ties spent on j. Null for an isolate (networkx: NaN).
 */
export function constraints(graph: UndirectedNeighbours): (number | null)[] {
  const { n, start, neighbours, arcs } = graph;
  // p for each neighbour entry: the entry's arcs over the actor's total (in-degree + out-degree).
  const share = new Float64Array(neighbours.length);
  for (let i = 0; i < n; i += 1) {
    let total = 0;
    for (let k = start[i]!; k < start[i + 1]!; k += 1) total += arcs[k]!;
    for (let k = start[i]!; k < start[i + 1]!; k += 1) share[k] = arcs[k]! / total;
  }
  // Scratch per actor, indexed by neighbour: which actor last marked it, direct and indirect p.
  const markedBy = new Int32Array(n).fill(-1);
  const local = new Float64Array(n);
  const result: (number | null)[] = new Array<number | null>(n).fill(null);
  for (let i = 0; i < n; i += 1) {
    const from = start[i]!;
    const to = start[i + 1]!;
    if (from === to) continue; // an isolate: constraint is undefined
    for (let k = from; k < to; k += 1) {
      markedBy[neighbours[k]!] = i;
      local[neighbours[k]!] = share[k]!;
    }
    // The indirect part: i's investment in j through each contact q that is tied to j.
    for (let k = from; k < to; k += 1) {
      const q = neighbours[k]!;
      const piq = share[k]!;
      for (let l = start[q]!; l < start[q + 1]!; l += 1) {
        const j = neighbours[l]!;
        if (markedBy[j] === i) local[j]! += piq * share[l]!;
      }
    }
    let c = 0;
    for (let k = from; k < to; k += 1) c += local[neighbours[k]!]! ** 2;
    result[i] = c;
  }
  return result;
}
