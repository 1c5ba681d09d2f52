// The codes of every measure's texts, derived from the registry (so this file brings the
// measures' code with it: the formatters' specs load it, the first view does not).
import type { MessageSpecs } from '../messages/types';
import { MEASURE_PARTS, measureCode, parameterCode } from './messages';
import { METRICS } from './registry';

/** Every code derived from the registry (parameterless: each is said as it is). */
export const MEASURE_TEXT_SPECS: MessageSpecs = Object.fromEntries(
  METRICS.flatMap((metric) => [
    ...MEASURE_PARTS.map((part) => [measureCode(metric, part), {}] as const),
    ...(metric.parameters ?? []).map((p) => [parameterCode(metric, p.name), {}] as const),
  ]),
);
