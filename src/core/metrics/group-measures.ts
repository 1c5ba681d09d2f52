// (being written) measures of this area; registered in registry.ts.
import type { GroupMetric } from './types';

export const GROUP_METRICS: readonly GroupMetric[] = [];
