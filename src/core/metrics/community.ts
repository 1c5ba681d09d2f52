// (being written) measures of this area; registered in registry.ts.
import type { ActorMetric } from './types';

export const COMMUNITY_METRICS: readonly ActorMetric[] = [];
