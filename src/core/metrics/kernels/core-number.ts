// Core numbers (Seidman 1983) of the undirected simple graph, by Batagelj & Zaversnik's O(m)
// bucket algorithm (arXiv cs/0310049, 2003) — the one networkx's `core_number` implements.
import type { UndirectedNeighbours } from './undirected';

/**
 * The largest k such that the actor belongs to a k-core: a maximal set of actors each tied to
 * at least k others in the set. Isolates have 0.
 */
export function coreNumbers(graph: UndirectedNeighbours): Int32Array {
  const { n, start, neighbours } = graph;
  const degree = new Int32Array(n);
  let maxDegree = 0;
  for (let v = 0; v < n; v += 1) {
    degree[v] = start[v + 1]! - start[v]!;
    if (degree[v]! > maxDegree) maxDegree = degree[v]!;
  }
  // Actors sorted by degree (a counting sort): bin[d] is where degree d begins in `order`.
  const bin = new Int32Array(maxDegree + 1);
  for (let v = 0; v < n; v += 1) bin[degree[v]!]! += 1;
  for (let d = 0, from = 0; d <= maxDegree; d += 1) {
    const count = bin[d]!;
    bin[d] = from;
    from += count;
  }
  const order = new Int32Array(n);
  const position = new Int32Array(n);
  for (let v = 0; v < n; v += 1) {
    position[v] = bin[degree[v]!]!++;
    order[position[v]!] = v;
  }
  for (let d = maxDegree; d > 0; d -= 1) bin[d] = bin[d - 1]!;
  bin[0] = 0;
  // Peel actors in order of their current degree; each removal lowers the degree of its
  // neighbours that still have more, moving them one bucket down (swap with the bucket's first).
  for (let i = 0; i < n; i += 1) {
    const v = order[i]!;
    for (let k = start[v]!; k < start[v + 1]!; k += 1) {
      const u = neighbours[k]!;
      if (degree[u]! <= degree[v]!) continue;
      const du = degree[u]!;
      const pu = position[u]!;
      const pw = bin[du]!;
      const w = order[pw]!;
      if (u !== w) {
        order[pu] = w;
        position[w] = pu;
        order[pw] = u;
        position[u] = pw;
      }
      bin[du]! += 1;
      degree[u] = du - 1;
    }
  }
  return degree;
}
