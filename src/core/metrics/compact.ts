// The compact form of a network for the measures' kernels: the simple directed graph of the
// included ties in CSR (compressed sparse row) arrays, out- and in-neighbours, weights summed
// over the kinds merged into one arc. Typed arrays, so kernels are fast and workers can share it.
import type { NetworkDocument } from '../document/types';
import { includesKind, indexActors } from '../graph/build';

export interface CompactDigraph {
  n: number;
  /** Arcs (ordered pairs joined by at least one included tie). */
  m: number;
  /** Out-neighbours of i: outTargets[outStart[i] … outStart[i + 1]), ascending. */
  outStart: Int32Array;
  outTargets: Int32Array;
  outWeights: Float64Array;
  /** In-neighbours of i: inSources[inStart[i] … inStart[i + 1]), ascending. */
  inStart: Int32Array;
  inSources: Int32Array;
  inWeights: Float64Array;
}

export function toCompactDigraph(doc: NetworkDocument, kinds?: readonly string[]): CompactDigraph {
  const n = doc.actors.length;
  const index = indexActors(doc);
  const arcs = new Map<number, number>(); // s * n + t → summed weight
  for (const tie of doc.ties) {
    if (!includesKind({ kinds }, tie.kind)) continue;
    const s = index.get(tie.source);
    const t = index.get(tie.target);
    if (s === undefined || t === undefined || s === t) continue;
    const key = s * n + t;
    arcs.set(key, (arcs.get(key) ?? 0) + tie.weight);
  }
  return fromArcs(n, arcs);
}

/** Builds the CSR arrays from arcs keyed s·n + t. */
export function fromArcs(n: number, arcs: ReadonlyMap<number, number>): CompactDigraph {
  const keys = [...arcs.keys()].sort((a, b) => a - b);
  const m = keys.length;
  const outStart = new Int32Array(n + 1);
  const inStart = new Int32Array(n + 1);
  for (const key of keys) {
    outStart[Math.floor(key / n) + 1]! += 1;
    inStart[(key % n) + 1]! += 1;
  }
  for (let i = 0; i < n; i += 1) {
    outStart[i + 1]! += outStart[i]!;
    inStart[i + 1]! += inStart[i]!;
  }
  const outTargets = new Int32Array(m);
  const outWeights = new Float64Array(m);
  const inSources = new Int32Array(m);
  const inWeights = new Float64Array(m);
  const inFill = inStart.slice(0, n);
  keys.forEach((key, k) => {
    const s = Math.floor(key / n);
    const t = key % n;
    const w = arcs.get(key)!;
    outTargets[k] = t; // keys are sorted by s, then t: CSR order
    outWeights[k] = w;
    const at = inFill[t]!++;
    inSources[at] = s;
    inWeights[at] = w;
  });
  // In-lists are filled in ascending s because keys are visited in ascending s.
  return { n, m, outStart, outTargets, outWeights, inStart, inSources, inWeights };
}

/** Builds a CompactDigraph from an edge list, for tests and benchmarks. */
export function compactFromEdges(
  n: number,
  edges: readonly (readonly [number, number, number?])[],
): CompactDigraph {
  const arcs = new Map<number, number>();
  for (const [s, t, w = 1] of edges) {
    if (s === t) continue;
    arcs.set(s * n + t, (arcs.get(s * n + t) ?? 0) + w);
  }
  return fromArcs(n, arcs);
}
