// The measures' names, meanings and settings in the UI's language, and a team's one-line reading
// said again in it. The registry (src/core/metrics/registry.ts) and the reading rules
// (src/core/metrics/reading.ts) stay English: the CLI and the CSV/JSON files read them. The UI
// looks each measure up here by level and id, and falls back to the registry's English for a
// measure this table does not know yet.
import type { ReadingClause, TeamReading } from '../core/metrics/reading';
import type { MetricDefinition, MetricParameter } from '../core/metrics/types';
import { formatNumber } from './format';
import { m } from './i18n-plain';

type Text = () => string;

/** `level:id` → [label, meaning]. */
const MEASURE_TEXT: ReadonlyMap<string, readonly [Text, Text]> = new Map<
  string,
  readonly [Text, Text]
>([
  [
    'actor:inDegree',
    [() => m.app_measure_actor_in_degree(), () => m.app_measure_actor_in_degree_about()],
  ],
  [
    'actor:outDegree',
    [() => m.app_measure_actor_out_degree(), () => m.app_measure_actor_out_degree_about()],
  ],
  [
    'actor:inStrength',
    [() => m.app_measure_actor_in_strength(), () => m.app_measure_actor_in_strength_about()],
  ],
  [
    'actor:outStrength',
    [() => m.app_measure_actor_out_strength(), () => m.app_measure_actor_out_strength_about()],
  ],
  [
    'actor:betweenness',
    [() => m.app_measure_actor_betweenness(), () => m.app_measure_actor_betweenness_about()],
  ],
  [
    'actor:closeness',
    [() => m.app_measure_actor_closeness(), () => m.app_measure_actor_closeness_about()],
  ],
  [
    'actor:pagerank',
    [() => m.app_measure_actor_pagerank(), () => m.app_measure_actor_pagerank_about()],
  ],
  [
    'actor:eigenvector',
    [() => m.app_measure_actor_eigenvector(), () => m.app_measure_actor_eigenvector_about()],
  ],
  [
    'actor:constraint',
    [() => m.app_measure_actor_constraint(), () => m.app_measure_actor_constraint_about()],
  ],
  [
    'actor:coreNumber',
    [() => m.app_measure_actor_core_number(), () => m.app_measure_actor_core_number_about()],
  ],
  [
    'actor:brokerageCoordinator',
    [
      () => m.app_measure_actor_brokerage_coordinator(),
      () => m.app_measure_actor_brokerage_coordinator_about(),
    ],
  ],
  [
    'actor:brokerageItinerant',
    [
      () => m.app_measure_actor_brokerage_itinerant(),
      () => m.app_measure_actor_brokerage_itinerant_about(),
    ],
  ],
  [
    'actor:brokerageGatekeeper',
    [
      () => m.app_measure_actor_brokerage_gatekeeper(),
      () => m.app_measure_actor_brokerage_gatekeeper_about(),
    ],
  ],
  [
    'actor:brokerageRepresentative',
    [
      () => m.app_measure_actor_brokerage_representative(),
      () => m.app_measure_actor_brokerage_representative_about(),
    ],
  ],
  [
    'actor:brokerageLiaison',
    [
      () => m.app_measure_actor_brokerage_liaison(),
      () => m.app_measure_actor_brokerage_liaison_about(),
    ],
  ],
  [
    'actor:community',
    [() => m.app_measure_actor_community(), () => m.app_measure_actor_community_about()],
  ],
  ['group:actors', [() => m.app_measure_group_actors(), () => m.app_measure_group_actors_about()]],
  [
    'group:density',
    [() => m.app_measure_group_density(), () => m.app_measure_group_density_about()],
  ],
  [
    'group:valuedDensity',
    [() => m.app_measure_group_valued_density(), () => m.app_measure_group_valued_density_about()],
  ],
  [
    'group:inCentralization',
    [
      () => m.app_measure_group_in_centralization(),
      () => m.app_measure_group_in_centralization_about(),
    ],
  ],
  [
    'group:inStrengthCentralization',
    [
      () => m.app_measure_group_in_strength_centralization(),
      () => m.app_measure_group_in_strength_centralization_about(),
    ],
  ],
  [
    'group:giniInDegree',
    [() => m.app_measure_group_gini_in_degree(), () => m.app_measure_group_gini_in_degree_about()],
  ],
  [
    'group:reciprocity',
    [() => m.app_measure_group_reciprocity(), () => m.app_measure_group_reciprocity_about()],
  ],
  [
    'group:eiIndex',
    [() => m.app_measure_group_ei_index(), () => m.app_measure_group_ei_index_about()],
  ],
  [
    'group:supportLevel',
    [() => m.app_measure_group_support_level(), () => m.app_measure_group_support_level_about()],
  ],
  [
    'group:coordinatorDependence',
    [
      () => m.app_measure_group_coordinator_dependence(),
      () => m.app_measure_group_coordinator_dependence_about(),
    ],
  ],
  ['group:adl', [() => m.app_measure_group_adl(), () => m.app_measure_group_adl_about()]],
  [
    'network:actors',
    [() => m.app_measure_network_actors(), () => m.app_measure_network_actors_about()],
  ],
  ['network:ties', [() => m.app_measure_network_ties(), () => m.app_measure_network_ties_about()]],
  [
    'network:density',
    [() => m.app_measure_network_density(), () => m.app_measure_network_density_about()],
  ],
  [
    'network:reciprocity',
    [() => m.app_measure_network_reciprocity(), () => m.app_measure_network_reciprocity_about()],
  ],
  [
    'network:inCentralization',
    [
      () => m.app_measure_network_in_centralization(),
      () => m.app_measure_network_in_centralization_about(),
    ],
  ],
  [
    'network:outCentralization',
    [
      () => m.app_measure_network_out_centralization(),
      () => m.app_measure_network_out_centralization_about(),
    ],
  ],
  [
    'network:weakComponents',
    [
      () => m.app_measure_network_weak_components(),
      () => m.app_measure_network_weak_components_about(),
    ],
  ],
  [
    'network:strongComponents',
    [
      () => m.app_measure_network_strong_components(),
      () => m.app_measure_network_strong_components_about(),
    ],
  ],
  [
    'network:connectedness',
    [
      () => m.app_measure_network_connectedness(),
      () => m.app_measure_network_connectedness_about(),
    ],
  ],
  [
    'network:hierarchy',
    [() => m.app_measure_network_hierarchy(), () => m.app_measure_network_hierarchy_about()],
  ],
  [
    'network:efficiency',
    [() => m.app_measure_network_efficiency(), () => m.app_measure_network_efficiency_about()],
  ],
  [
    'network:lubness',
    [() => m.app_measure_network_lubness(), () => m.app_measure_network_lubness_about()],
  ],
  [
    'network:eiIndex',
    [() => m.app_measure_network_ei_index(), () => m.app_measure_network_ei_index_about()],
  ],
  [
    'network:transitivity',
    [() => m.app_measure_network_transitivity(), () => m.app_measure_network_transitivity_about()],
  ],
  [
    'network:modularity',
    [() => m.app_measure_network_modularity(), () => m.app_measure_network_modularity_about()],
  ],
]);

/** `measure id:setting name` → [description, value in words (for settings that are words)]. */
const PARAMETER_TEXT: ReadonlyMap<string, readonly [Text, Text | null]> = new Map<
  string,
  readonly [Text, Text | null]
>([
  ['pagerank:alpha', [() => m.app_measure_pagerank_alpha(), null]],
  ['pagerank:tolerance', [() => m.app_measure_pagerank_tolerance(), null]],
  ['eigenvector:maxIterations', [() => m.app_measure_eigenvector_max_iterations(), null]],
  ['eigenvector:tolerance', [() => m.app_measure_eigenvector_tolerance(), null]],
  [
    'community:seed',
    [() => m.app_measure_community_seed(), () => m.app_measure_community_seed_value()],
  ],
  ['adl:zeta', [() => m.app_measure_adl_zeta(), null]],
]);

const textOf = (metric: Pick<MetricDefinition, 'level' | 'id'>) =>
  MEASURE_TEXT.get(`${metric.level}:${metric.id}`);

/** A measure's name, e.g. "In-degree" / "Indgrad". */
export function measureLabel(metric: MetricDefinition): string {
  return textOf(metric)?.[0]() ?? metric.label;
}

/** A measure's meaning in one plain line. */
export function measureMeaning(metric: MetricDefinition): string {
  return textOf(metric)?.[1]() ?? metric.description;
}

/** Whether the UI has its own words for a measure (false: the registry's English is shown). */
export function hasMeasureText(metric: Pick<MetricDefinition, 'level' | 'id'>): boolean {
  return textOf(metric) !== undefined;
}

/** A setting of a measure in words: "alpha = 0.85 (the share of rank passed along ties …)". */
export function measureSetting(metric: MetricDefinition, parameter: MetricParameter): string {
  const text = PARAMETER_TEXT.get(`${metric.id}:${parameter.name}`);
  const value =
    text?.[1]?.() ??
    (typeof parameter.value === 'number' ? formatNumber(parameter.value) : parameter.value);
  return `${parameter.name} = ${value} (${text?.[0]() ?? parameter.description})`;
}

/** A measure's tooltip: its meaning, its settings and the source it follows. */
export function measureTooltip(metric: MetricDefinition): string {
  return [
    measureMeaning(metric),
    metric.parameters?.length
      ? m.app_metrics_settings({
          settings: metric.parameters.map((p) => measureSetting(metric, p)).join('; '),
        })
      : '',
    m.app_metrics_source({ citation: metric.citation }),
  ]
    .filter(Boolean)
    .join('\n');
}

/** A share as the reading rules write it: a whole percentage, "—" when undefined. */
const pct = (value: number | null | undefined) =>
  value === null || value === undefined ? '—' : `${Math.round(value * 100)} %`;
/** A plain number as the reading rules write it (a support level). */
const num = (value: number | null | undefined) =>
  value === null || value === undefined ? '—' : formatNumber(value);

/** A clause of a team's reading and its rule, in the UI's language (by the rule's id). */
export function readingClause(clause: ReadingClause): { text: string; rule: string } {
  const n = clause.numbers;
  switch (clause.ruleId) {
    case 'too-small':
      return { text: m.app_reading_too_small(), rule: m.app_reading_too_small_rule() };
    case 'sparse':
      return {
        text: m.app_reading_sparse(),
        rule: m.app_reading_sparse_rule({ density: pct(n.density), threshold: pct(n.threshold) }),
      };
    case 'concentrated':
      return {
        text: m.app_reading_concentrated(),
        rule: m.app_reading_concentrated_rule({
          centralization: pct(n.centralization),
          threshold: pct(n.threshold),
        }),
      };
    case 'widely-shared':
      return {
        text: m.app_reading_widely_shared(),
        rule: m.app_reading_widely_shared_rule({
          density: pct(n.density),
          threshold: pct(n.threshold),
          centralization: pct(n.centralization),
          limit: pct(n.limit),
        }),
      };
    case 'partly-shared':
      return {
        text: m.app_reading_partly_shared(),
        rule: m.app_reading_partly_shared_rule({
          density: pct(n.density),
          low: pct(n.low),
          high: pct(n.high),
        }),
      };
    case 'no-support':
      return { text: m.app_reading_no_support(), rule: m.app_reading_no_support_rule() };
    case 'weak-support':
      return {
        text: m.app_reading_weak_support(),
        rule: m.app_reading_weak_support_rule({
          support: num(n.support),
          threshold: num(n.threshold),
        }),
      };
    case 'supported':
      return {
        text: m.app_reading_supported(),
        rule: m.app_reading_supported_rule({
          support: num(n.support),
          threshold: num(n.threshold),
        }),
      };
    case 'coordinator-dependence':
      return {
        text: m.app_reading_coordinator(),
        rule: m.app_reading_coordinator_rule({
          dependence: pct(n.dependence),
          threshold: pct(n.threshold),
        }),
      };
    default:
      return { text: clause.text, rule: clause.rule }; // a rule this table does not know yet
  }
}

/** A team's reading in the UI's language: the sentence and each clause with its rule. */
export function teamReadingText(reading: TeamReading): {
  sentence: string;
  clauses: { text: string; rule: string }[];
} {
  const [sharing, backing, ...more] = reading.clauses;
  if (!sharing || !backing) return { sentence: reading.sentence, clauses: reading.clauses };
  const clauses = reading.clauses.map(readingClause);
  const parts = { sharing: clauses[0]!.text, backing: clauses[1]!.text };
  let sentence =
    sharing.positive === backing.positive ? m.app_reading_and(parts) : m.app_reading_but(parts);
  for (const clause of clauses.slice(2, 2 + more.length))
    sentence = m.app_reading_then({ sentence, clause: clause.text });
  return { sentence: `${sentence}.`, clauses };
}
