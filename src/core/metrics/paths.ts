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
    format: 'score',
    compute: (ctx) => Array.from(pathMetricsOf(ctx).betweenness),
  },
  {
    id: 'closeness',
    level: 'actor',
    format: 'score',
    compute: (ctx) => Array.from(pathMetricsOf(ctx).closeness),
  },
];
