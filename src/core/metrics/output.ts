// The shapes measures leave Leadnet in: DESIGN §6's JSON (`{network, groups: {id: {…}},
// actors: {id: {…}}}`) and CSV tables. Keys are user ids: objects without a prototype, so an
// id such as `__proto__` is an ordinary key.
import type { EiBasis, MetricTable, MetricValue, MetricsResult } from './types';

export interface MetricsJson {
  /** The network's measures, and `eiIndexBasis`: what its E-I index counts as inside. */
  network: Record<string, MetricValue | EiBasis>;
  groups: Record<string, Record<string, MetricValue>>;
  actors: Record<string, Record<string, MetricValue>>;
}

function rows(table: MetricTable): Record<string, Record<string, MetricValue>> {
  const out: Record<string, Record<string, MetricValue>> = Object.create(null);
  const columns = Object.keys(table.values);
  table.ids.forEach((id, i) => {
    const row: Record<string, MetricValue> = Object.create(null);
    for (const column of columns) row[column] = table.values[column]![i] ?? null;
    out[id] = row;
  });
  return out;
}

export function toMetricsJson(result: MetricsResult): MetricsJson {
  const network: Record<string, MetricValue | EiBasis> = Object.create(null);
  for (const [key, value] of Object.entries(result.network)) network[key] = value;
  network.eiIndexBasis = result.eiIndexBasis;
  return { network, groups: rows(result.groups), actors: rows(result.actors) };
}

/**
 * A CSV cell. Text is quoted when needed; a cell that a spreadsheet would run as a formula
 * (starting with = + - @, tab or carriage return) is prefixed with an apostrophe.
 */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], body: readonly (readonly unknown[])[]): string {
  return [header, ...body].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** A metric table as CSV: an id column (and extra leading columns), then one column a measure. */
export function metricTableCsv(
  table: MetricTable,
  leading: { header: string; value: (index: number) => unknown }[] = [],
): string {
  const columns = Object.keys(table.values);
  return toCsv(
    ['id', ...leading.map((l) => l.header), ...columns],
    table.ids.map((id, i) => [
      id,
      ...leading.map((l) => l.value(i)),
      ...columns.map((c) => table.values[c]![i]),
    ]),
  );
}
