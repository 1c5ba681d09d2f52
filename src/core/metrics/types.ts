// The metric registry's types (DESIGN §4): each measure is data — id, level, format, parameters
// — and a function. Its name, one-line meaning, source and parameter texts are messages whose
// codes derive from the level and id (metrics/messages.ts: `measure_<level>_<id>`, `…_about`,
// `…_source`, `…_<parameter>`), in messages/{en,da}/engine-measures.json.
import type { NetworkDocument } from '../document/types';
import type { CompactDigraph } from './compact';
import type { PathMetrics } from './kernels/brandes';

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
  /**
   * Betweenness and closeness of `graph`: given to `createMetricContext` when a worker pool
   * computed them (src/services/path-pool.ts), else computed on first use (metrics/paths.ts).
   */
  paths: PathMetrics | undefined;
  /** Shared intermediate results (a Louvain partition, brokerage counts…), by key. */
  cache: Map<string, unknown>;
}

/** What was computed before the measures, elsewhere, and is used instead of computed again. */
export interface Precomputed {
  /** Betweenness and closeness of the same graph (same tie kinds), e.g. from a worker pool. */
  paths?: PathMetrics;
}

interface MetricBase {
  /** The name used in the JSON/CSV output and the UI (DESIGN §4), e.g. `betweenness`. */
  id: string;
  /** How to show values: counts as integers, shares as percentages, scores as decimals. */
  format: 'count' | 'share' | 'score';
  /** The settings the measure uses, with their values, for the UI and the docs. */
  parameters?: readonly MetricParameter[];
}

/** A setting of a measure; what it does is the message `measure_<level>_<id>_<name>`. */
export interface MetricParameter {
  name: string;
  value: number;
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

/**
 * What the network's E-I index counts as "inside": the same team (groups of kind `team`, when
 * some actor is in one), else the same group (each actor's own group, when the network has no
 * teams but groups), else nothing (null: no actor has a group, so the index is null).
 */
export type EiBasis = 'team' | 'group' | null;

export interface MetricsResult {
  /** The tie kinds the measures counted; empty: all. */
  kinds: string[];
  network: Record<string, MetricValue>;
  /** What the network's `eiIndex` counts as inside (JSON `network.eiIndexBasis`). */
  eiIndexBasis: EiBasis;
  groups: MetricTable;
  actors: MetricTable;
  /** Measures that failed, with why; the others are still given. */
  errors: { metric: string; message: string }[];
}
