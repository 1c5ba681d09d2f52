// What the export menu offers (named in the UI's language) and what it saves: file names from
// the network's title, the measures handed to the CSV writer, and the CSV tables packed into
// one .zip. File contents are never translated.
import type { NetworkDocument } from '../../core/document/types';
import type { ExportFormat, ExportOptions, ExportResult } from '../../core/formats/types';
import type { MetricsResult } from '../../core/metrics/types';
import { fileStem } from '../format';
import { m } from '../i18n-plain';

export type ExportChoice =
  { kind: 'document'; format: ExportFormat } | { kind: 'png'; scale: 1 | 2 | 4 } | { kind: 'svg' };

export const EXPORT_CHOICES: readonly {
  id: string;
  label: () => string;
  hint: () => string;
  choice: ExportChoice;
}[] = [
  {
    id: 'leadnet',
    label: () => 'Leadnet JSON',
    hint: () => m.work_export_leadnet_hint(),
    choice: { kind: 'document', format: 'leadnet' },
  },
  {
    id: 'gexf',
    label: () => 'GEXF',
    hint: () => m.work_export_gexf_hint(),
    choice: { kind: 'document', format: 'gexf' },
  },
  {
    id: 'graphml',
    label: () => 'GraphML',
    hint: () => m.work_export_graphml_hint(),
    choice: { kind: 'document', format: 'graphml' },
  },
  {
    id: 'csv',
    label: () => m.work_export_csv(),
    hint: () => m.work_export_csv_hint(),
    choice: { kind: 'document', format: 'csv' },
  },
  {
    id: 'png-1',
    label: () => m.work_export_png({ scale: 1 }),
    hint: () => m.work_export_png_1_hint(),
    choice: { kind: 'png', scale: 1 },
  },
  {
    id: 'png-2',
    label: () => m.work_export_png({ scale: 2 }),
    hint: () => m.work_export_png_2_hint(),
    choice: { kind: 'png', scale: 2 },
  },
  {
    id: 'png-4',
    label: () => m.work_export_png({ scale: 4 }),
    hint: () => m.work_export_png_4_hint(),
    choice: { kind: 'png', scale: 4 },
  },
  {
    id: 'svg',
    label: () => m.work_export_svg(),
    hint: () => m.work_export_svg_hint(),
    choice: { kind: 'svg' },
  },
];

/** `regional-collaborative.gexf`, `…@2x.png`: a safe name from the title and the extension. */
export function exportFileName(doc: NetworkDocument, ext: string, suffix = ''): string {
  return `${fileStem(doc.meta.title)}${suffix}.${ext}`;
}

const extension = (name: string) => /\.([^.]+)$/.exec(name)?.[1] ?? 'txt';

/**
 * The measures of this document as the CSV writer takes them: `measures[actorId][measure]`.
 * Only when they were computed for this very network (same actors, in the same order).
 * Actor ids are user data: they become own properties of prototype-free objects.
 */
export function measuresForExport(
  doc: NetworkDocument,
  result: MetricsResult | null | undefined,
): ExportOptions['measures'] | undefined {
  const table = result?.actors;
  if (!table || table.ids.length !== doc.actors.length) return undefined;
  if (table.ids.some((id, i) => doc.actors[i]!.id !== id)) return undefined;
  const names = Object.keys(table.values);
  const measures: Record<string, Record<string, number | null>> = Object.create(null);
  table.ids.forEach((id, i) => {
    const row: Record<string, number | null> = Object.create(null);
    for (const name of names) row[name] = table.values[name]![i] ?? null;
    Object.defineProperty(measures, id, {
      value: row,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  });
  return measures;
}

/** One file to save. */
export interface SaveFile {
  name: string;
  blob: Blob;
}

/**
 * The files of an export as one download. Several files (CSV's actors, ties and groups) go into
 * one .zip: browsers ask before a page saves several files at once, and loose tables are easy
 * to separate; Leadnet opens the .zip as it is.
 */
export async function filesToSave(
  doc: NetworkDocument,
  result: ExportResult,
  format: ExportFormat,
): Promise<SaveFile> {
  if (result.files.length === 1) {
    const file = result.files[0]!;
    return {
      name: exportFileName(doc, extension(file.name)),
      blob: new Blob([file.text], { type: file.mime }),
    };
  }
  const { strToU8, zipSync } = await import('fflate'); // the zip writer, on first use
  const entries: Record<string, Uint8Array> = Object.create(null);
  for (const file of result.files) entries[file.name] = strToU8(file.text);
  const zipped = zipSync(entries, { level: 6 });
  return {
    name: exportFileName(doc, 'zip', `-${format}`),
    blob: new Blob([zipped as Uint8Array<ArrayBuffer>], { type: 'application/zip' }),
  };
}
