// Seeded directed random graphs for the benchmarks, as edge lists of actor indices.
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

export type Edge = [number, number];

/** m distinct arcs between uniformly drawn actors (a directed G(n, m)). */
export function uniformDigraph(n: number, m: number, seed: number): Edge[] {
  const rng = xoroshiro128plus(seed);
  const below = (k: number) => Math.floor(uniformFloat64(rng) * k);
  const seen = new Set<number>();
  const edges: Edge[] = [];
  while (edges.length < m) {
    const s = below(n);
    const t = below(n);
    if (s === t || seen.has(s * n + t)) continue;
    seen.add(s * n + t);
    edges.push([s, t]);
  }
  return edges;
}

/**
 * Barabási–Albert-like: each new actor ties to k distinct earlier ones drawn in proportion to
 * their degree + 1, each tie pointing either way with even odds, so hubs are both looked to and
 * looking (one big strong component, like a collaborative's coordinators).
 */
export function preferentialDigraph(n: number, k: number, seed: number): Edge[] {
  const rng = xoroshiro128plus(seed);
  const below = (x: number) => Math.floor(uniformFloat64(rng) * x);
  const ends: number[] = []; // each actor once, plus once per tie end: degree + 1 weights
  const edges: Edge[] = [];
  for (let v = 0; v < n; v += 1) {
    const chosen = new Set<number>();
    while (chosen.size < Math.min(k, v)) chosen.add(ends[below(ends.length)]!);
    for (const t of chosen) {
      edges.push(uniformFloat64(rng) < 0.5 ? [v, t] : [t, v]);
      ends.push(t, v);
    }
    ends.push(v);
  }
  return edges;
}
