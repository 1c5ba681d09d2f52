// From the files a user picked, dropped or pasted to the one ImportSource the worker reads: size
// limits checked from File.size before anything is read, CSV tables told apart (ties, actors,
// groups) by their header line or name, a Leadnet CSV .zip unpacked. No file is parsed here.
// Its messages are in the UI's language.
import { unzipSync } from 'fflate';
import { IMPORT_LIMITS, type ImportSource } from '../../core/formats/types';
import { m, locale } from '../i18n-plain';
import { isolate } from '../engine-text';
import { countActors, countGroups, countTies } from './mapping-preview';

/** The extensions the file picker offers. */
export const OPEN_ACCEPT = '.json,.gexf,.graphml,.xml,.csv,.tsv,.txt,.zip';

/** What a CSV file is in a multi-file import. */
export type TableRole = 'ties' | 'actors' | 'groups';

export const TABLE_ROLES: readonly {
  role: TableRole;
  /** The choice in the "which file is which" picker. */
  label: () => string;
  /** The table's name in a sentence ("only one file can be the ties table"). */
  name: () => string;
}[] = [
  {
    role: 'ties',
    label: () => m.work_io_table_ties(),
    name: () => m.work_io_table_name_ties(),
  },
  {
    role: 'actors',
    label: () => m.work_io_table_actors(),
    name: () => m.work_io_table_name_actors(),
  },
  {
    role: 'groups',
    label: () => m.work_io_table_groups(),
    name: () => m.work_io_table_name_groups(),
  },
];

/** One file read as text, with its role when it is one of several CSV tables. */
export interface ReadFile {
  name: string;
  text: string;
  role?: TableRole;
}

const TABLE_EXTENSIONS = /\.(csv|tsv|txt)$/i;

export const isTable = (name: string): boolean => TABLE_EXTENSIONS.test(name);
export const isZip = (name: string): boolean => /\.zip$/i.test(name);

/** "3.4 MB" ("3,4 MB" in Danish), for messages about sizes. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return m.work_io_bytes({ count: bytes });
  const one = new Intl.NumberFormat(locale(), {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  if (bytes < 1024 * 1024) return `${one.format(bytes / 1024)} KB`;
  return `${one.format(bytes / (1024 * 1024))} MB`;
}

/**
 * The files refused for their size alone, as `name: message` lines (empty when all fit). Read
 * from File.size, so a huge file is refused at once, never read.
 */
export function sizeProblems(files: readonly { name: string; size: number }[]): string[] {
  const limit = formatBytes(IMPORT_LIMITS.bytes);
  const problems = files
    .filter((f) => f.size > IMPORT_LIMITS.bytes)
    .map((f) =>
      m.work_io_file_too_large({ name: isolate(f.name), size: formatBytes(f.size), limit }),
    );
  const total = files.reduce((sum, f) => sum + f.size, 0);
  if (!problems.length && total > IMPORT_LIMITS.bytes)
    problems.push(m.work_io_files_too_large({ size: formatBytes(total), limit }));
  return problems;
}

/** The column names of a table's first line, lower-cased and unquoted (only that line is read). */
export function headerColumns(text: string): string[] {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const end = text.slice(start, start + 4096).search(/\r?\n|$/);
  const line = text.slice(start, start + end);
  const delimiter = ['\t', ';', ','].reduce((best, d) =>
    line.split(d).length > line.split(best).length ? d : best,
  );
  return line.split(delimiter).map((c) =>
    c
      .trim()
      .replace(/^"(.*)"$/, '$1')
      .trim()
      .toLowerCase(),
  );
}

/** Which table a CSV file is: by its columns first (`source`/`target`, `id`), then its name. */
export function guessTableRole(name: string, text: string): TableRole {
  const columns = new Set(headerColumns(text));
  if (columns.has('source') && columns.has('target')) return 'ties';
  const base = name.toLowerCase();
  if (columns.has('id')) {
    if (/group/.test(base)) return 'groups';
    if (columns.has('parent') && !columns.has('role')) return 'groups';
    return 'actors';
  }
  if (/group/.test(base)) return 'groups';
  if (/node|actor|people|person/.test(base)) return 'actors';
  return 'ties';
}

/** Gives each CSV file of a multi-file import its guessed role; other files keep none. */
export function assignRoles(files: readonly ReadFile[]): ReadFile[] {
  if (files.length < 2) return files.map((f) => ({ name: f.name, text: f.text }));
  return files.map((f) => ({ ...f, role: f.role ?? guessTableRole(f.name, f.text) }));
}

export type SourceResult = { ok: true; source: ImportSource } | { ok: false; errors: string[] };

/** The one source to import: a single file, or an edge list with its node and group tables. */
export function buildSource(files: readonly ReadFile[]): SourceResult {
  if (files.length === 0) return { ok: false, errors: [m.work_io_no_file()] };
  if (files.length === 1)
    return { ok: true, source: { name: files[0]!.name, text: files[0]!.text } };
  const notTables = files.filter((f) => !isTable(f.name));
  if (notTables.length)
    return {
      ok: false,
      errors: [
        m.work_io_one_at_a_time({ names: notTables.map((f) => isolate(f.name)).join(', ') }),
      ],
    };
  const byRole = (role: TableRole) => files.filter((f) => f.role === role);
  const errors: string[] = [];
  for (const { role, name } of TABLE_ROLES) {
    const found = byRole(role);
    if (found.length > 1)
      errors.push(
        m.work_io_only_one_table({
          names: found.map((f) => isolate(f.name)).join(', '),
          table: name(),
        }),
      );
  }
  const ties = byRole('ties')[0];
  if (!ties) errors.push(m.work_io_no_edge_list());
  if (errors.length || !ties) return { ok: false, errors };
  const actors = byRole('actors')[0];
  const groups = byRole('groups')[0];
  return {
    ok: true,
    source: {
      name: ties.name,
      text: ties.text,
      ...(actors ? { nodes: { name: actors.name, text: actors.text } } : {}),
      ...(groups ? { groups: { name: groups.name, text: groups.text } } : {}),
    },
  };
}

/**
 * The network files inside a .zip (Leadnet's CSV export is one): sizes are checked from the
 * zip's directory before anything is inflated, and only network files are taken out.
 */
export function unzipNetworkFiles(name: string, bytes: Uint8Array): SourceResult | ReadFile[] {
  let total = 0;
  const tooLarge: string[] = [];
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      filter: (file) => {
        if (file.name.endsWith('/') || !/\.(json|gexf|graphml|xml|csv|tsv|txt)$/i.test(file.name))
          return false;
        total += file.originalSize;
        if (file.originalSize > IMPORT_LIMITS.bytes || total > IMPORT_LIMITS.bytes) {
          tooLarge.push(file.name);
          return false;
        }
        return true;
      },
    });
  } catch (error) {
    return {
      ok: false,
      errors: [m.work_io_bad_zip({ name: isolate(name), error: (error as Error).message })],
    };
  }
  if (tooLarge.length)
    return {
      ok: false,
      errors: [
        m.work_io_zip_too_large({
          name,
          limit: formatBytes(IMPORT_LIMITS.bytes),
          names: tooLarge.join(', '),
        }),
      ],
    };
  const decoder = new TextDecoder();
  const files = Object.entries(entries).map(([entry, data]) => ({
    name: entry.split('/').pop()!,
    text: decoder.decode(data),
  }));
  if (!files.length) return { ok: false, errors: [m.work_io_zip_empty({ name: isolate(name) })] };
  return files;
}

/** At most `max` lines, and how many more there were (for "… and N more"). */
export function capLines(lines: readonly string[], max = 20): { shown: string[]; more: number } {
  return { shown: lines.slice(0, max), more: Math.max(0, lines.length - max) };
}

/** "Import anyway, dropping 1 tie and 2 actors". */
export function dropLabel(counts: { actors: number; ties: number; groups: number }): string {
  const parts = [
    counts.ties ? countTies(counts.ties) : '',
    counts.actors ? countActors(counts.actors) : '',
    counts.groups ? countGroups(counts.groups) : '',
  ].filter(Boolean);
  const list =
    parts.length > 1
      ? m.work_and({ first: parts.slice(0, -1).join(', '), last: parts[parts.length - 1]! })
      : parts[0];
  return list ? m.work_io_import_dropping({ list }) : m.work_io_import_dropping_invalid();
}

/** A file name without its extension, as a network's name. */
export function baseName(name: string): string {
  return name.replace(/\.[^.]+$/, '') || name;
}
