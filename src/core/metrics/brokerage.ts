// (being written) measures of this area; registered in registry.ts.
import type { ActorMetric } from './types';

export const BROKERAGE_METRICS: readonly ActorMetric[] = [];
