// (being written) measures of this area; registered in registry.ts.
import type { ActorMetric } from './types';

export const ACTOR_METRICS: readonly ActorMetric[] = [];
