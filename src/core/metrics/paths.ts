// Betweenness and closeness: the measures built on shortest chains of ties, both from one run of
// the Brandes kernel that the context caches (the CLI's worker pool may have put it there).
import { computePathMetrics } from './path-pool';
import type { PathMetrics } from './kernels/brandes';
import type { ActorMetric, MetricContext } from './types';

/** The `ctx.cache` key of the PathMetrics of `ctx.graph`. */
export const PATH_CACHE_KEY = 'paths';

/** Betweenness and closeness of the context's graph, computed once per context. */
export function pathMetricsOf(ctx: MetricContext): PathMetrics {
  let metrics = ctx.cache.get(PATH_CACHE_KEY) as PathMetrics | undefined;
  if (metrics === undefined) {
    metrics = computePathMetrics(ctx.graph);
    ctx.cache.set(PATH_CACHE_KEY, metrics);
  }
  return metrics;
}

export const PATH_METRICS: readonly ActorMetric[] = [
  {
    id: 'betweenness',
    level: 'actor',
    label: 'Betweenness',
    description:
      'How often this person is a go-between on the shortest chains of “looks to” ties that join two others (0 to 1).',
    citation:
      'Freeman 1977; Brandes 2001; networkx betweenness_centrality(G, normalized=True) on the directed graph, unweighted.',
    format: 'score',
    compute: (ctx) => Array.from(pathMetricsOf(ctx).betweenness),
  },
  {
    id: 'closeness',
    level: 'actor',
    label: 'Closeness',
    description:
      'How few steps it takes others to reach this person by following whom they look to; higher when many reach them quickly (0 to 1).',
    citation:
      'Freeman 1979; Wasserman & Faust 1994 (scaled by the share who reach the person); networkx closeness_centrality(G): distances to the actor, unweighted.',
    format: 'score',
    compute: (ctx) => Array.from(pathMetricsOf(ctx).closeness),
  },
];
