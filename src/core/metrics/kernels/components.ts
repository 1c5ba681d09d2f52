// Components and the undirected skeleton of a CompactDigraph: the building blocks of the
// network-level measures (Krackhardt's four dimensions, transitivity, Louvain).
import type { CompactDigraph } from '../compact';

export interface Components {
  count: number;
  /** The component of each actor, 0 … count − 1. */
  label: Int32Array;
  /** Actors in each component. */
  size: Int32Array;
}

/** Whether the arc s → t exists (out-lists are sorted: binary search). */
export function hasArc(g: CompactDigraph, s: number, t: number): boolean {
  let lo = g.outStart[s]!;
  let hi = g.outStart[s + 1]! - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = g.outTargets[mid]!;
    if (v === t) return true;
    if (v < t) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

function sizes(count: number, label: Int32Array): Int32Array {
  const size = new Int32Array(count);
  for (const c of label) size[c]! += 1;
  return size;
}

/** Weak components (arcs taken both ways), numbered in the order of their lowest actor. */
export function weakComponents(g: CompactDigraph): Components {
  const label = new Int32Array(g.n).fill(-1);
  const queue = new Int32Array(g.n);
  let count = 0;
  for (let root = 0; root < g.n; root += 1) {
    if (label[root] !== -1) continue;
    label[root] = count;
    let head = 0;
    let tail = 0;
    queue[tail++] = root;
    while (head < tail) {
      const u = queue[head++]!;
      for (let e = g.outStart[u]!; e < g.outStart[u + 1]!; e += 1) {
        const v = g.outTargets[e]!;
        if (label[v] === -1) {
          label[v] = count;
          queue[tail++] = v;
        }
      }
      for (let e = g.inStart[u]!; e < g.inStart[u + 1]!; e += 1) {
        const v = g.inSources[e]!;
        if (label[v] === -1) {
          label[v] = count;
          queue[tail++] = v;
        }
      }
    }
    count += 1;
  }
  return { count, label, size: sizes(count, label) };
}

/**
 * Strong components by Tarjan's (1972) algorithm, without recursion so a long chain cannot
 * overflow the stack. Tarjan closes a component only after every component it reaches, so
 * labels are in reverse topological order: an arc between two components always goes from the
 * higher label to the lower one. The reachability kernels rely on this.
 */
export function strongComponents(g: CompactDigraph): Components {
  const n = g.n;
  const order = new Int32Array(n).fill(-1); // discovery index
  const low = new Int32Array(n);
  const label = new Int32Array(n).fill(-1);
  const stack = new Int32Array(n);
  const callNode = new Int32Array(n);
  const callEdge = new Int32Array(n);
  let sp = 0;
  let counter = 0;
  let count = 0;
  for (let root = 0; root < n; root += 1) {
    if (order[root] !== -1) continue;
    let cp = 0;
    const visit = (v: number) => {
      order[v] = low[v] = counter++;
      stack[sp++] = v;
      callNode[cp] = v;
      callEdge[cp++] = g.outStart[v]!;
    };
    visit(root);
    while (cp > 0) {
      const v = callNode[cp - 1]!;
      const e = callEdge[cp - 1]!;
      if (e < g.outStart[v + 1]!) {
        callEdge[cp - 1] = e + 1;
        const w = g.outTargets[e]!;
        if (order[w] === -1) visit(w);
        else if (label[w] === -1) low[v] = Math.min(low[v]!, order[w]!); // w is on the stack
        continue;
      }
      cp -= 1;
      if (low[v] === order[v]) {
        let w: number;
        do {
          w = stack[--sp]!;
          label[w] = count;
        } while (w !== v);
        count += 1;
      }
      if (cp > 0) {
        const u = callNode[cp - 1]!;
        low[u] = Math.min(low[u]!, low[v]!);
      }
    }
  }
  return { count, label, size: sizes(count, label) };
}

/** The undirected simple graph in CSR form: i's neighbours (joined by an arc either way). */
export interface UndirectedAdjacency {
  n: number;
  /** Edges (unordered pairs). */
  m: number;
  start: Int32Array;
  /** Neighbours of i: neighbours[start[i] … start[i + 1]), ascending. */
  neighbours: Int32Array;
}

export function undirectedAdjacency(g: CompactDigraph): UndirectedAdjacency {
  const n = g.n;
  const start = new Int32Array(n + 1);
  const merged: number[] = [];
  for (let u = 0; u < n; u += 1) {
    // Merge the sorted out- and in-lists, dropping the second copy of a mutual pair.
    let a = g.outStart[u]!;
    let b = g.inStart[u]!;
    const aEnd = g.outStart[u + 1]!;
    const bEnd = g.inStart[u + 1]!;
    while (a < aEnd || b < bEnd) {
      const x = a < aEnd ? g.outTargets[a]! : Infinity;
      const y = b < bEnd ? g.inSources[b]! : Infinity;
      if (x <= y) a += 1;
      if (y <= x) b += 1;
      merged.push(Math.min(x, y));
    }
    start[u + 1] = merged.length;
  }
  return { n, m: merged.length / 2, start, neighbours: Int32Array.from(merged) };
}
