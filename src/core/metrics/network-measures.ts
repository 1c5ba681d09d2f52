// (being written) measures of this area; registered in registry.ts.
import type { NetworkMetric } from './types';

export const NETWORK_METRICS: readonly NetworkMetric[] = [];
