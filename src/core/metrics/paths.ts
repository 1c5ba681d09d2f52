// Betweenness and closeness: the measures built on shortest chains of ties, both from one run of
// the Brandes kernel, kept in the context (a worker pool may have given them: `ctx.paths`).
import { computePathMetrics } from './path-pool';
import type { PathMetrics } from './kernels/brandes';
import type { ActorMetric, MetricContext } from './types';

/** Betweenness and closeness of the context's graph: as given, or computed once per context. */
export function pathMetricsOf(ctx: MetricContext): PathMetrics {
  return (ctx.paths ??= computePathMetrics(ctx.graph));
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
