// Runs every measure of the registry on a document: each measure on its own, so one failure
// does not hide the others, and every value finite or null — never NaN.
import type { NetworkDocument } from '../document/types';
import { createMetricContext } from './context';
import './louvain'; // the graphology kernels of the community and modularity measures
import { eiPartition } from './network-measures';
import { ACTOR_MEASURES, GROUP_MEASURES, NETWORK_MEASURES } from './registry';
import type {
  MetricContext,
  MetricLevel,
  MetricOptions,
  MetricValue,
  MetricsResult,
  Precomputed,
} from './types';

export interface ComputeHooks {
  /** Called after each measure with the share done, 0…1, and the measure's id and level. */
  onProgress?: (done: number, metric: string, level: MetricLevel) => void;
  /** Only these measure ids (all levels); all when absent. */
  only?: readonly string[];
}

const clean = (value: MetricValue | undefined): MetricValue =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

/** `given`: what was computed elsewhere for this document and these kinds (pooled paths). */
export function computeMetrics(
  doc: NetworkDocument,
  options: MetricOptions = {},
  hooks: ComputeHooks = {},
  given: Precomputed = {},
): MetricsResult {
  const ctx = createMetricContext(doc, options, given);
  return computeWithContext(ctx, hooks);
}

export function computeWithContext(ctx: MetricContext, hooks: ComputeHooks = {}): MetricsResult {
  const { doc } = ctx;
  const wanted = (id: string) => !hooks.only || hooks.only.includes(id);
  const actorMeasures = ACTOR_MEASURES.filter((m) => wanted(m.id));
  const groupMeasures = GROUP_MEASURES.filter((m) => wanted(m.id));
  const networkMeasures = NETWORK_MEASURES.filter((m) => wanted(m.id));
  const total = actorMeasures.length + groupMeasures.length + networkMeasures.length;
  let done = 0;
  const step = (id: string, level: MetricLevel) =>
    hooks.onProgress?.(++done / Math.max(total, 1), id, level);

  const result: MetricsResult = {
    kinds: [...(ctx.options.kinds ?? [])],
    network: Object.create(null) as Record<string, MetricValue>,
    eiIndexBasis: eiPartition(ctx).basis,
    groups: { ids: doc.groups.map((g) => g.id), values: Object.create(null) },
    actors: { ids: doc.actors.map((a) => a.id), values: Object.create(null) },
    errors: [],
  };
  const fail = (metric: string, error: unknown) =>
    result.errors.push({ metric, message: error instanceof Error ? error.message : String(error) });

  for (const measure of actorMeasures) {
    try {
      const values = measure.compute(ctx);
      result.actors.values[measure.id] = doc.actors.map((_, i) => clean(values[i]));
    } catch (error) {
      fail(measure.id, error);
      result.actors.values[measure.id] = doc.actors.map(() => null);
    }
    step(measure.id, 'actor');
  }
  for (const measure of groupMeasures) {
    result.groups.values[measure.id] = ctx.groups.map((group) => {
      try {
        return clean(measure.compute(ctx, group));
      } catch (error) {
        fail(`${measure.id} (${group.id})`, error);
        return null;
      }
    });
    step(measure.id, 'group');
  }
  for (const measure of networkMeasures) {
    try {
      result.network[measure.id] = clean(measure.compute(ctx));
    } catch (error) {
      fail(measure.id, error);
      result.network[measure.id] = null;
    }
    step(measure.id, 'network');
  }
  return result;
}
