// Measures as CSV tables, as the app's export and the CLI write them: one row per actor (with
// label, role and group) or per group (with label and kind), or the network's measures (with
// `eiIndexBasis`: team, group or empty, what the E-I index counts as inside).
import type { NetworkDocument } from '../document/types';
import { metricTableCsv, toCsv } from './output';
import type { MetricsResult } from './types';

export function metricsCsv(
  doc: NetworkDocument,
  result: MetricsResult,
  level: 'actor' | 'group' | 'network',
): string {
  if (level === 'network')
    return toCsv(
      ['measure', 'value'],
      [...Object.entries(result.network), ['eiIndexBasis', result.eiIndexBasis]],
    );
  if (level === 'group') {
    return metricTableCsv(result.groups, [
      { header: 'label', value: (i) => doc.groups[i]?.label ?? '' },
      { header: 'kind', value: (i) => doc.groups[i]?.kind ?? '' },
    ]);
  }
  return metricTableCsv(result.actors, [
    { header: 'label', value: (i) => doc.actors[i]?.label ?? '' },
    { header: 'role', value: (i) => doc.actors[i]?.role ?? '' },
    { header: 'group', value: (i) => doc.actors[i]?.group ?? '' },
  ]);
}
