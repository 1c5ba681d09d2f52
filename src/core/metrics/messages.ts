// What the measures say, as codes (texts in messages/{en,da}/engine-measures.json): every
// measure's name, meaning, source and settings under codes derived from its registry id, the
// team reading's sentences, clauses and rules, and how the network's E-I index was counted.
import { defineMessages } from '../messages/types';
import type { MetricDefinition } from './types';

/** The parts of a measure's text: its name, its meaning in one line, its source. */
export type MeasurePart = 'label' | 'about' | 'source';
export const MEASURE_PARTS: readonly MeasurePart[] = ['label', 'about', 'source'];

/** What names a measure: its level and id (the registry's entry, or just these two). */
export type MeasureRef = Pick<MetricDefinition, 'level' | 'id'>;

/**
 * The code of a part of a measure's text, derived from the registry: `measure_group_density`
 * (its name), `measure_group_density_about`, `measure_group_density_source`.
 */
export function measureCode(metric: MeasureRef, part: MeasurePart = 'label'): string {
  const base = `measure_${metric.level}_${metric.id}`;
  return part === 'label' ? base : `${base}_${part}`;
}

/** The code of what a measure's setting does: `measure_actor_pagerank_alpha`. */
export function parameterCode(metric: MeasureRef, name: string): string {
  return `measure_${metric.level}_${metric.id}_${name}`;
}

export const METRICS_MESSAGES = defineMessages({
  /** A setting in a measure's tooltip: "alpha = 0.85 (the share of rank passed along ties)". */
  measure_setting: { name: 'token', value: 'number', about: 'term' },
  /** The source line of a measure's tooltip. */
  measure_source: { source: 'term' },
  /** How the network's E-I index was counted, when not by team. */
  measure_ei_basis_group: {},
  measure_ei_basis_none: {},

  // A team's reading: one sentence (two with the coordinator), its subject leadership when the
  // team's ties are leadership ties, the team's ties and their kinds otherwise.
  reading_leadership_and: { sharing: 'term', backing: 'term' },
  reading_leadership_but: { sharing: 'term', backing: 'term' },
  reading_leadership_unrecorded: { sharing: 'term' },
  reading_ties_and: { kinds: 'names', sharing: 'term', backing: 'term' },
  reading_ties_but: { kinds: 'names', sharing: 'term', backing: 'term' },
  reading_ties_unrecorded: { kinds: 'names', sharing: 'term' },
  reading_too_small: {},
  reading_dependence: { dependence: 'count' },
  /** What a clause says: said in place in the sentence and in the list of rules. */
  reading_too_small_clause: {},
  reading_sparse: {},
  reading_concentrated: {},
  reading_widely_shared: {},
  reading_partly_shared: {},
  reading_supported: {},
  reading_weak_support: {},
  reading_support_unrecorded: {},
  reading_dependence_clause: {},
  /** Why: each rule with the numbers it compared (percentages as whole numbers). */
  reading_too_small_rule: {},
  reading_sparse_rule: { mean: 'number', threshold: 'number', density: 'count', size: 'count' },
  reading_concentrated_rule: { centralization: 'count', threshold: 'count' },
  reading_widely_shared_rule: {
    mean: 'number',
    threshold: 'number',
    density: 'count',
    size: 'count',
    centralization: 'count',
    limit: 'count',
  },
  reading_partly_shared_rule: {
    mean: 'number',
    low: 'number',
    high: 'number',
    density: 'count',
    size: 'count',
    centralization: 'count',
    limit: 'count',
  },
  reading_supported_rule: { support: 'number', threshold: 'number' },
  reading_weak_support_rule: { support: 'number', threshold: 'number' },
  reading_support_unrecorded_rule: {},
  reading_dependence_rule: { dependence: 'count', threshold: 'count' },
  /** The thresholds are Leadnet's conventions, not norms. */
  reading_conventions: {},
});

export const say = METRICS_MESSAGES.say;
export type MetricsMessage = ReturnType<typeof say>;
