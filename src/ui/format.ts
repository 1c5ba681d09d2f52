// How measure values are shown: counts as whole numbers, shares as percentages, scores with
// three significant digits; an undefined value as a dash.
import type { MetricDefinition, MetricValue } from '../core/metrics/types';

export function formatValue(
  value: MetricValue | undefined,
  format: MetricDefinition['format'],
): string {
  if (value === null || value === undefined) return '—';
  if (format === 'count') return Number.isInteger(value) ? String(value) : value.toFixed(1);
  if (format === 'share') return `${(value * 100).toFixed(1)} %`;
  if (value === 0) return '0';
  const magnitude = Math.abs(value);
  return magnitude >= 100
    ? value.toFixed(0)
    : magnitude >= 0.001
      ? value.toPrecision(3)
      : value.toExponential(2);
}

/** Saves text as a file through a blob link: nothing leaves the browser. */
export function downloadText(
  filename: string,
  text: string,
  type = 'text/csv;charset=utf-8',
): void {
  downloadBlob(filename, new Blob([text], { type }));
}

/** Saves a blob (an image, a .zip) as a file through a blob link. */
export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** A file-name-safe stem from a title. */
export function fileStem(title: string | undefined): string {
  const stem = (title ?? 'network')
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .toLowerCase();
  return stem.slice(0, 60) || 'network';
}
