// The metric registry (DESIGN §4): every measure of Leadnet, in the order of DESIGN §4. The UI
// (table columns, size and colour options, tooltips), the CLI and the CSV export all read it.
import { ACTOR_METRICS } from './actor-measures';
import { BROKERAGE_METRICS } from './brokerage';
import { COMMUNITY_METRICS } from './community';
import { GROUP_METRICS } from './group-measures';
import { NETWORK_METRICS } from './network-measures';
import { PATH_METRICS } from './paths';
import type {
  ActorMetric,
  GroupMetric,
  MetricDefinition,
  MetricLevel,
  NetworkMetric,
} from './types';

/** The ids of DESIGN §4 (contract: names used in JSON and CSV), in display order. */
export const METRIC_ORDER: Readonly<Record<MetricLevel, readonly string[]>> = {
  actor: [
    'inDegree',
    'outDegree',
    'inStrength',
    'outStrength',
    'betweenness',
    'closeness',
    'pagerank',
    'eigenvector',
    'constraint',
    'coreNumber',
    'brokerageCoordinator',
    'brokerageItinerant',
    'brokerageGatekeeper',
    'brokerageRepresentative',
    'brokerageLiaison',
    'community',
  ],
  group: [
    'actors',
    'density',
    'meanInDegree',
    'inCentralization',
    'giniInDegree',
    'reciprocity',
    'eiIndex',
    'supportLevel',
    'coordinatorDependence',
    // The distributed leadership index, then its two parts D and Z, side by side in the table
    // and the team card. Earlier versions called the index `adl` ("aligned"): see README.
    'distributedLeadership',
    'valuedDensity',
    'inStrengthCentralization',
  ],
  network: [
    'actors',
    'ties',
    'density',
    'reciprocity',
    'inCentralization',
    'outCentralization',
    'weakComponents',
    'strongComponents',
    'connectedness',
    'hierarchy',
    'efficiency',
    'lubness',
    'eiIndex',
    'transitivity',
    'modularity',
  ],
};

const ALL: readonly MetricDefinition[] = [
  ...ACTOR_METRICS,
  ...PATH_METRICS,
  ...BROKERAGE_METRICS,
  ...COMMUNITY_METRICS,
  ...GROUP_METRICS,
  ...NETWORK_METRICS,
];

function ordered<L extends MetricLevel>(level: L): Extract<MetricDefinition, { level: L }>[] {
  const order = METRIC_ORDER[level];
  return ALL.filter((m): m is Extract<MetricDefinition, { level: L }> => m.level === level).sort(
    (a, b) => order.indexOf(a.id) - order.indexOf(b.id),
  );
}

export const ACTOR_MEASURES: readonly ActorMetric[] = ordered('actor');
export const GROUP_MEASURES: readonly GroupMetric[] = ordered('group');
export const NETWORK_MEASURES: readonly NetworkMetric[] = ordered('network');
export const METRICS: readonly MetricDefinition[] = [
  ...ACTOR_MEASURES,
  ...GROUP_MEASURES,
  ...NETWORK_MEASURES,
];

export function findMetric(level: MetricLevel, id: string): MetricDefinition | undefined {
  return METRICS.find((m) => m.level === level && m.id === id);
}
