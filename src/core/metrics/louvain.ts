// The measures that run on graphology (DESIGN §4): Louvain's communities on the undirected simple
// graph, seeded, so the same network and seed always give the same clusters, and the modularity
// of a partition. Apart from the registry (community.ts, network-measures.ts) so that the app's
// main thread, which reads the registry for names and formats but never computes a measure,
// does not load graphology: this module hands its functions to graph-kernels.ts when it loads,
// and compute.ts (the worker, the CLI) loads it.
import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import modularity from 'graphology-metrics/graph/modularity';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { actorKey } from '../graph/build';
import { cached } from './kernels/cache';
import { undirectedAdjacency } from './kernels/components';
import { type Partition, provideGraphKernels } from './graph-kernels';
import type { MetricContext, MetricValue } from './types';

/**
 * The undirected simple graph: one unweighted edge per pair joined by an included tie either
 * way. Unweighted because summed weights of mixed kinds mean different things; actors are keyed
 * by index, so ids such as `__proto__` never reach graphology's adjacency objects.
 */
export function undirectedGraph(ctx: MetricContext): UndirectedGraph {
  return cached(ctx, 'community:graph', () => {
    const adjacency = undirectedAdjacency(ctx.graph);
    const graph = new UndirectedGraph();
    for (let i = 0; i < adjacency.n; i += 1) graph.addNode(actorKey(i));
    for (let u = 0; u < adjacency.n; u += 1) {
      for (let e = adjacency.start[u]!; e < adjacency.start[u + 1]!; e += 1) {
        const v = adjacency.neighbours[e]!;
        if (u < v) graph.addEdge(actorKey(u), actorKey(v));
      }
    }
    return graph;
  });
}

/**
 * Louvain (Blondel et al. 2008) by graphology-communities-louvain, its random visiting order
 * drawn from xoroshiro128+ seeded with `ctx.options.seed` (pure-rand: the same stream in Node
 * and the browser). Louvain's own labels depend on its internal order, so communities are
 * renumbered by their first actor: the same partition always reads the same.
 */
export function louvainPartition(ctx: MetricContext): Partition {
  return cached(ctx, 'community:louvain', () => {
    const graph = undirectedGraph(ctx);
    const rng = xoroshiro128plus(ctx.options.seed);
    const mapping = louvain(graph, { getEdgeWeight: null, rng: () => uniformFloat64(rng) });
    const n = ctx.graph.n;
    const community = new Int32Array(n);
    const renumber = new Map<number, number>();
    for (let i = 0; i < n; i += 1) {
      const raw = mapping[actorKey(i)]!;
      if (!renumber.has(raw)) renumber.set(raw, renumber.size);
      community[i] = renumber.get(raw)!;
    }
    return { graph, community, count: renumber.size };
  });
}

/**
 * Newman's modularity of a partition on the undirected simple unweighted graph, as
 * graphology-metrics and networkx `community.modularity` compute it (resolution 1). Null
 * without edges. Exported so tests can check it on a given partition.
 */
export function partitionModularity(ctx: MetricContext, community: ArrayLike<number>): MetricValue {
  const graph = undirectedGraph(ctx);
  if (graph.size === 0) return null;
  return modularity(graph, {
    getEdgeWeight: null,
    getNodeCommunity: (node: string) => community[Number(node)]!,
  });
}

provideGraphKernels({ louvainPartition, partitionModularity });
