// The measures' ids in display order (DESIGN §4), without their code: what the first view needs to
// name a measure (the legend); the registry (registry.ts) joins each id to its computation.
import type { MetricLevel } from './types';

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
