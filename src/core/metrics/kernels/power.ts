// PageRank and eigenvector centrality as power iterations over the CSR arrays, step for step as
// networkx computes them (pagerank: networkx 2.8/3 `pagerank`, unweighted; eigenvector:
// `eigenvector_centrality`, the (A + I)ᵀ iteration). Typed arrays: no graph object to build,
// which made them slower than networkx when they ran through graphology.
import type { CompactDigraph } from '../compact';

/**
 * PageRank (Page, Brin, Motwani & Winograd 1999): x ← α(xP + d·u) + (1 − α)u from x = u, with
 * P the row-normalised adjacency, d the rank of the actors who look to no one (spread evenly,
 * networkx's dangling rule) and u uniform; stops when Σ|Δx| < n·tolerance. Null when it does
 * not converge within maxIterations (networkx raises PowerIterationFailedConvergence).
 */
export function pagerankKernel(
  graph: CompactDigraph,
  alpha = 0.85,
  maxIterations = 100,
  tolerance = 1e-6,
): Float64Array | null {
  const { n, outStart, outTargets } = graph;
  let x = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  for (let iteration = 0; iteration < maxIterations; iteration += 1) {
    next.fill(0);
    let dangling = 0;
    for (let i = 0; i < n; i += 1) {
      const from = outStart[i]!;
      const to = outStart[i + 1]!;
      if (from === to) {
        dangling += x[i]!;
        continue;
      }
      const share = (alpha * x[i]!) / (to - from);
      for (let k = from; k < to; k += 1) next[outTargets[k]!]! += share;
    }
    const base = (alpha * dangling + (1 - alpha)) / n;
    let change = 0;
    for (let i = 0; i < n; i += 1) {
      next[i]! += base;
      change += Math.abs(next[i]! - x[i]!);
    }
    [x, next] = [next, x];
    if (change < n * tolerance) return x;
  }
  return null;
}

/**
 * Eigenvector centrality (Bonacich 1972) as networkx iterates it: x ← (A + I)ᵀx, each actor's
 * score passed along its arcs to those it looks to, Euclidean norm 1, from x = 1/n; stops when
 * Σ|Δx| < n·tolerance. Null when it does not converge (an acyclic network never does).
 */
export function eigenvectorKernel(
  graph: CompactDigraph,
  maxIterations = 100,
  tolerance = 1e-6,
): Float64Array | null {
  const { n, outStart, outTargets } = graph;
  let x = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  for (let iteration = 0; iteration < maxIterations; iteration += 1) {
    next.set(x);
    for (let i = 0; i < n; i += 1) {
      const value = x[i]!;
      for (let k = outStart[i]!; k < outStart[i + 1]!; k += 1) next[outTargets[k]!]! += value;
    }
    let norm = 0;
    for (let i = 0; i < n; i += 1) norm += next[i]! * next[i]!;
    norm = Math.sqrt(norm) || 1;
    let change = 0;
    for (let i = 0; i < n; i += 1) {
      next[i]! /= norm;
      change += Math.abs(next[i]! - x[i]!);
    }
    [x, next] = [next, x];
    if (change < n * tolerance) return x;
  }
  return null;
}
