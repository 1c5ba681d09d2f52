// The metric registry's types (DESIGN §4): each measure is data — id, level, label, a one-line
// plain-language meaning, a citation, parameters — and a function.
import type { NetworkDocument } from '../document/types';
import type { CompactDigraph } from './compact';

export type MetricLevel = 'actor' | 'group' | 'network';

/** A measure's value; null where it is undefined (an isolate's closeness, a group of one…). */
export type MetricValue = number | null;

export interface MetricOptions {
  /** Tie kinds to include; all when absent or empty. */
  kinds?: readonly string[];
  /** Seed of the randomised measures (Louvain). */
  seed?: number;
}

/** A group as the measures see it: its actors include those of every group under it. */
export interface GroupRef {
  id: string;
  /** Index in `doc.groups`. */
  index: number;
  kind: string;
  /** Actor indices (into `doc.actors`), sub-groups included, ascending. */
  members: Int32Array;
}

export interface MetricContext {
  doc: NetworkDocument;
  options: Required<Pick<MetricOptions, 'seed'>> & MetricOptions;
  /** The simple directed graph of the included ties: one arc per ordered pair, weights summed. */
  graph: CompactDigraph;
  actorIndex: ReadonlyMap<string, number>;
  groups: readonly GroupRef[];
  /** Shared intermediate results (a Louvain partition, brokerage counts…), by key. */
  cache: Map<string, unknown>;
}

interface MetricBase {
  /** The name used in the JSON/CSV output and the UI (DESIGN §4), e.g. `betweenness`. */
  id: string;
  label: string;
  /** One line a coordinator understands, no jargon. */
  description: string;
  /** The paper or reference implementation the definition follows. */
  citation: string;
  /** How to show values: counts as integers, shares as percentages, scores as decimals. */
  format: 'count' | 'share' | 'score';
  /** The settings the measure uses, with their values, for the UI and the docs. */
  parameters?: readonly MetricParameter[];
}

export interface MetricParameter {
  name: string;
  value: number | string;
  description: string;
}

export interface ActorMetric extends MetricBase {
  level: 'actor';
  /** One value per actor, in `doc.actors` order. */
  compute(ctx: MetricContext): MetricValue[];
}

export interface GroupMetric extends MetricBase {
  level: 'group';
  compute(ctx: MetricContext, group: GroupRef): MetricValue;
}

export interface NetworkMetric extends MetricBase {
  level: 'network';
  compute(ctx: MetricContext): MetricValue;
}

export type MetricDefinition = ActorMetric | GroupMetric | NetworkMetric;

/** All results, columnar: values[metricId][i] belongs to ids[i]. */
export interface MetricTable {
  ids: string[];
  values: Record<string, MetricValue[]>;
}

export interface MetricsResult {
  network: Record<string, MetricValue>;
  groups: MetricTable;
  actors: MetricTable;
  /** Measures that failed, with why; the others are still given. */
  errors: { metric: string; message: string }[];
}
