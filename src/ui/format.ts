// How measure values are shown: counts as whole numbers, shares as percentages, scores with
// three significant digits; an undefined value as a dash. Numbers are written with the decimal
// mark of the UI's language (a comma in Danish); files (CSV, JSON) never go through here.
import type { MetricDefinition, MetricValue } from '../core/metrics/types';
import { locale } from './i18n-plain';

const decimalMarks = new Map<string, string>();

/** The decimal mark of a language: "." in English, "," in Danish. */
function decimalMark(language: string): string {
  let mark = decimalMarks.get(language);
  if (mark === undefined) {
    const parts = new Intl.NumberFormat(language).formatToParts(1.5);
    mark = parts.find((p) => p.type === 'decimal')?.value ?? '.';
    decimalMarks.set(language, mark);
  }
  return mark;
}

/** A number as written in JavaScript ("0.85", "1e-6"), with the UI language's decimal mark. */
export function localDecimal(text: string): string {
  const mark = decimalMark(locale());
  return mark === '.' ? text : text.replace('.', mark);
}

/** A plain number (a tie's weight, a setting) for reading, in the UI's language. */
export function formatNumber(value: number): string {
  return localDecimal(String(value));
}

/** A share (0…1) as a percentage with one decimal: "12.5 %". */
export function formatPercent(value: number | null): string {
  return value === null ? '—' : localDecimal(`${(value * 100).toFixed(1)} %`);
}

export function formatValue(
  value: MetricValue | undefined,
  format: MetricDefinition['format'],
): string {
  if (value === null || value === undefined) return '—';
  if (format === 'count')
    return Number.isInteger(value) ? String(value) : localDecimal(value.toFixed(1));
  if (format === 'share') return formatPercent(value);
  if (value === 0) return '0';
  const magnitude = Math.abs(value);
  return localDecimal(
    magnitude >= 100
      ? value.toFixed(0)
      : magnitude >= 0.001
        ? value.toPrecision(3)
        : value.toExponential(2),
  );
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
