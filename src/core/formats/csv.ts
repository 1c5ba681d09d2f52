// CSV: an edge list (ties.csv) with an optional node table (actors.csv) and group table
// (groups.csv), read and written as Leadnet's CSV export writes them and as Gephi and
// spreadsheets do (`Source,Target,Weight,Type`, `from,to`, `;` or tab as separator).
//
// The reader is our own strict RFC 4180 parser rather than papaparse: it gives every error a
// line number and never returns a partial table (papaparse recovers from a broken quote and
// reads on), and @types/papaparse pulls Node's types into src/core, which must typecheck
// without them.
//
// Rules (also in the import report and the export warnings):
// - Spreadsheet formula neutralisation: on export, a text cell starting with = + - @ tab or
//   carriage return gets a leading apostrophe (csvCell, shared with the measures' CSV). A text
//   that already starts with apostrophes followed by one of those characters gets one more
//   apostrophe. On import, a cell of one or more apostrophes followed by one of those
//   characters loses one apostrophe. So `'=x` reads as `=x` and `''=x` as `'=x`, and every
//   text round-trips; a cell like `'hello` is left as it is.
// - Types: CSV has none. A column whose non-empty values are all canonical numbers
//   (String(Number(v)) === v, finite) reads as numbers, one of only `true`/`false` as
//   booleans, anything else as text. Empty cells read as no value (null and "" are not told
//   apart). `measure:` columns are ignored on import; `attr:<name>` columns are attributes
//   named <name> (how the export writes an attribute whose name is a column's).
import type { AttributeValue } from '../document/schema';
import type { NetworkDocument } from '../document/types';
import { csvCell } from '../metrics/output';
import type { Location, Message } from '../messages/types';
import { FormatError } from './errors';
import { say } from './messages';
import {
  type ElementClass,
  type RawEdge,
  type RawGraph,
  type RawGroup,
  escapeAttributeName,
  ownEntries,
} from './raw';
import type { ReportCollector } from './report';
import { checkCounts, countUpTo, prepareText } from './text';
import type { ExportOptions, ExportResult, ImportSource } from './types';
import { IMPORT_LIMITS } from './types';

interface CsvRow {
  cells: string[];
  line: number;
}

const NEUTRALISED = /^'+[=+\-@\t\r]/;

/** Undoes the export's neutralisation: one leading apostrophe fewer (see the rules above). */
export function unneutralise(cell: string): string {
  return NEUTRALISED.test(cell) ? cell.slice(1) : cell;
}

/** A cell as the export writes it: csvCell, after protecting texts that look neutralised. */
export function exportCell(value: unknown): string {
  return csvCell(typeof value === 'string' && NEUTRALISED.test(value) ? `'${value}` : value);
}

function guessDelimiter(text: string): string {
  const end = text.search(/\r|\n/);
  const header = (end === -1 ? text : text.slice(0, end)).replace(/"(?:[^"]|"")*"/g, '');
  let best = ',';
  let most = 0;
  for (const d of [',', ';', '\t']) {
    const n = header.split(d).length - 1;
    if (n > most) {
      best = d;
      most = n;
    }
  }
  return best;
}

/** Parses CSV text strictly: unclosed quotes and text after a closing quote are errors. */
export function parseCsv(name: string, text: string): CsvRow[] {
  const delimiter = guessDelimiter(text);
  const d = delimiter.charCodeAt(0);
  const rows: CsvRow[] = [];
  let i = 0;
  let line = 1;
  const n = text.length;
  while (i < n) {
    const start = line;
    const cells: string[] = [];
    let blank = true;
    for (;;) {
      let cell: string;
      if (text.charCodeAt(i) === 34) {
        blank = false;
        let out = '';
        let from = i + 1;
        for (;;) {
          const q = text.indexOf('"', from);
          if (q === -1)
            throw new FormatError(say('fmt_csv_unclosed', {}, { file: name, line: start }));
          const chunk = text.slice(from, q);
          for (let k = chunk.indexOf('\n'); k !== -1; k = chunk.indexOf('\n', k + 1)) line += 1;
          out += chunk;
          if (text.charCodeAt(q + 1) === 34) {
            out += '"';
            from = q + 2;
          } else {
            i = q + 1;
            break;
          }
        }
        cell = out;
        const c = text.charCodeAt(i);
        if (i < n && c !== d && c !== 10 && c !== 13)
          throw new FormatError(say('fmt_csv_after_quote', {}, { file: name, line }));
      } else {
        let j = i;
        while (j < n) {
          const c = text.charCodeAt(j);
          if (c === d || c === 10 || c === 13) break;
          j += 1;
        }
        cell = text.slice(i, j);
        if (cell) blank = false;
        i = j;
      }
      cells.push(cell);
      if (i < n && text.charCodeAt(i) === d) {
        i += 1;
        blank = false;
        continue;
      }
      break;
    }
    if (text.charCodeAt(i) === 13) i += 1;
    if (text.charCodeAt(i) === 10) i += 1;
    line += 1;
    if (!blank) rows.push({ cells, line: start });
  }
  return rows;
}

function isCanonicalNumber(v: string): boolean {
  const x = Number(v);
  return Number.isFinite(x) && String(x) === v;
}

/** Reads a column's cells as numbers, booleans or text (the rule in the header comment). */
function typedColumn(cells: (string | undefined)[]): (AttributeValue | undefined)[] {
  const present = cells.filter((c): c is string => c !== undefined && c !== '');
  if (present.length && present.every(isCanonicalNumber))
    return cells.map((c) => (c ? Number(c) : undefined));
  if (present.length && present.every((c) => c === 'true' || c === 'false'))
    return cells.map((c) => (c ? c === 'true' : undefined));
  return cells.map((c) => (c ? c : undefined));
}

interface Table {
  name: string;
  header: string[];
  rows: CsvRow[];
}

function readTable(name: string, text: string, limit: number, report: ReportCollector): Table {
  const clean = prepareText(name, text);
  // Rows are counted before anything is built, so a huge file is refused at once.
  if (countUpTo(clean, /\n/, limit + 1) > limit + 1)
    throw new FormatError(say('fmt_too_many_rows', { max: limit }, { file: name }));
  const rows = parseCsv(name, clean);
  const head = rows.shift();
  if (!head) throw new FormatError(say('fmt_empty', {}, { file: name }));
  const last = clean.charCodeAt(clean.length - 1);
  if (rows.length && last !== 10 && last !== 13)
    report.add('notes', say('fmt_note_no_line_end', {}), {
      file: name,
      line: rows[rows.length - 1]!.line,
    });
  const header = head.cells.map(unneutralise);
  for (const row of rows) {
    if (row.cells.length !== header.length)
      throw new FormatError(
        say(
          'fmt_csv_cells',
          { cells: row.cells.length, header: header.length },
          { file: name, line: row.line },
        ),
      );
    row.cells = row.cells.map(unneutralise);
  }
  return { name, header, rows };
}

/** The column of one of `names`: exact first, then any letter case. */
function findColumn(header: string[], names: string[]): number {
  for (const n of names) {
    const i = header.indexOf(n);
    if (i !== -1) return i;
  }
  for (const n of names) {
    const i = header.findIndex((h) => h.trim().toLowerCase() === n);
    if (i !== -1) return i;
  }
  return -1;
}

/** The attribute columns of a table (all but `used`), typed, as per-row maps. */
function attributeColumns(
  table: Table,
  used: Set<number>,
  report: ReportCollector,
): Map<string, unknown>[] {
  const maps = table.rows.map(() => new Map<string, unknown>());
  const measures: string[] = [];
  table.header.forEach((title, c) => {
    if (used.has(c)) return;
    if (title.toLowerCase().startsWith('measure:')) {
      measures.push(title);
      return;
    }
    const values = typedColumn(table.rows.map((r) => r.cells[c]));
    values.forEach((v, r) => {
      if (v !== undefined) maps[r]!.set(title, v);
    });
  });
  if (measures.length)
    report.add('notes', say('fmt_note_measure_columns', { columns: measures }), {
      file: table.name,
      line: 1,
    });
  return maps;
}

export function readCsv(source: ImportSource, report: ReportCollector): RawGraph {
  const ties = readTable(source.name, source.text, IMPORT_LIMITS.ties, report);
  const where = (t: Table, row: CsvRow): Location => ({ file: t.name, line: row.line });
  const found = (t: Table) => t.header;
  const sourceCol = findColumn(ties.header, ['source', 'from']);
  const targetCol = findColumn(ties.header, ['target', 'to']);
  if (sourceCol === -1 || targetCol === -1)
    throw new FormatError(
      say('fmt_csv_no_ends', { found: found(ties) }, { file: ties.name, line: 1 }),
    );
  const idCol = findColumn(ties.header, ['id']);
  let typeCol = findColumn(ties.header, ['type']);
  if (
    typeCol !== -1 &&
    !ties.rows.every((r) =>
      ['', 'directed', 'undirected'].includes(r.cells[typeCol]!.toLowerCase()),
    )
  )
    typeCol = -1; // not Gephi's direction column: an ordinary attribute
  const used = new Set([sourceCol, targetCol, idCol, typeCol].filter((c) => c !== -1));
  const edgeAttributes = attributeColumns(ties, used, report);
  const raw: RawGraph = { format: 'csv', nodes: [], edges: [], groups: [], escapedNames: true };
  const cell = (row: CsvRow, c: number) =>
    c === -1 || row.cells[c] === '' ? undefined : row.cells[c];
  ties.rows.forEach((row, r) => {
    const edge: RawEdge = {
      id: cell(row, idCol),
      source: cell(row, sourceCol),
      target: cell(row, targetCol),
      directed: cell(row, typeCol)?.toLowerCase() !== 'undirected',
      attributes: edgeAttributes[r]!,
      where: where(ties, row),
    };
    raw.edges.push(edge);
  });

  if (source.nodes) {
    const nodes = readTable(source.nodes.name, source.nodes.text, IMPORT_LIMITS.actors, report);
    const col = findColumn(nodes.header, ['id']);
    if (col === -1)
      throw new FormatError(
        say('fmt_csv_no_id', { found: found(nodes) }, { file: nodes.name, line: 1 }),
      );
    const attributes = attributeColumns(nodes, new Set([col]), report);
    nodes.rows.forEach((row, r) =>
      raw.nodes.push({ id: cell(row, col), attributes: attributes[r]!, where: where(nodes, row) }),
    );
  } else {
    const seen = new Set<string>();
    for (const edge of raw.edges)
      for (const id of [edge.source, edge.target])
        if (id !== undefined && !seen.has(id)) {
          seen.add(id);
          raw.nodes.push({ id, attributes: new Map(), where: edge.where });
        }
    if (raw.nodes.length) report.add('notes', say('fmt_note_no_actor_table', {}));
  }
  checkCounts(source.name, raw.nodes.length, raw.edges.length);

  if (source.groups) {
    const groups = readTable(source.groups.name, source.groups.text, IMPORT_LIMITS.actors, report);
    const cols = {
      id: findColumn(groups.header, ['id']),
      label: findColumn(groups.header, ['label']),
      kind: findColumn(groups.header, ['kind']),
      parent: findColumn(groups.header, ['parent']),
    };
    if (cols.id === -1)
      throw new FormatError(
        say('fmt_csv_no_id', { found: found(groups) }, { file: groups.name, line: 1 }),
      );
    const attributes = attributeColumns(
      groups,
      new Set(Object.values(cols).filter((c) => c !== -1)),
      report,
    );
    groups.rows.forEach((row, r) => {
      const group: RawGroup = {
        id: cell(row, cols.id),
        label: cell(row, cols.label),
        kind: cell(row, cols.kind),
        parent: cell(row, cols.parent),
        attributes: attributes[r]!,
        where: where(groups, row),
      };
      raw.groups.push(group);
    });
  }
  return raw;
}

// --- export ---

function attributeNames(items: readonly { readonly attributes?: object }[]): string[] {
  const names = new Set<string>();
  for (const item of items) for (const [k] of ownEntries(item.attributes)) names.add(k);
  return [...names];
}

function table(
  fixed: string[],
  items: readonly { readonly attributes?: Readonly<Record<string, unknown>> }[],
  of: ElementClass,
  row: (i: number) => unknown[],
  extra: { header: string[]; row: (i: number) => unknown[] } = { header: [], row: () => [] },
): string {
  const names = attributeNames(items);
  const lines = [[...fixed, ...names.map((n) => escapeAttributeName(n, of)), ...extra.header]];
  items.forEach((item, i) => {
    const attrs = item.attributes;
    lines.push([
      ...row(i),
      ...names.map((n) =>
        attrs && Object.prototype.hasOwnProperty.call(attrs, n) ? attrs[n] : null,
      ),
      ...extra.row(i),
    ] as string[]);
  });
  return lines.map((cells) => cells.map(exportCell).join(',')).join('\r\n') + '\r\n';
}

const ACTOR_KEYS = new Set(['id', 'label', 'role', 'group', 'attributes', 'position']);
const TIE_KEYS = new Set(['id', 'source', 'target', 'kind', 'weight', 'attributes']);
const GROUP_KEYS = new Set(['id', 'label', 'kind', 'parent', 'attributes']);
const DOC_KEYS = new Set([
  'format',
  'version',
  'meta',
  'groups',
  'actors',
  'ties',
  'scenarios',
  'parameters',
  'views',
]);

function hasOtherKeys(items: readonly object[], known: Set<string>): boolean {
  return items.some((item) => Object.keys(item).some((k) => !known.has(k)));
}

/** What CSV cannot carry from this document, one warning each. */
function csvWarnings(doc: NetworkDocument): Message[] {
  const warnings: Message[] = [];
  const all = [...doc.actors, ...doc.ties, ...doc.groups];
  if (all.some((item) => item.attributes && Object.keys(item.attributes).length))
    warnings.push(say('fmt_export_csv_types', {}));
  const placed = doc.actors.filter((a) => a.position).length;
  if (placed) warnings.push(say('fmt_export_csv_positions', { count: placed }));
  if ([...doc.actors, ...doc.groups].some((item) => item.label === ''))
    warnings.push(say('fmt_export_csv_empty_labels', {}));
  if (Object.keys(doc.meta).length) warnings.push(say('fmt_export_csv_meta', {}));
  if (doc.scenarios.length)
    warnings.push(say('fmt_export_csv_scenarios', { count: doc.scenarios.length }));
  if (Object.keys(doc.parameters).length) warnings.push(say('fmt_export_csv_parameters', {}));
  if (doc.views.length) warnings.push(say('fmt_export_csv_views', { count: doc.views.length }));
  if (
    Object.keys(doc).some((k) => !DOC_KEYS.has(k)) ||
    hasOtherKeys(doc.actors, ACTOR_KEYS) ||
    hasOtherKeys(doc.ties, TIE_KEYS) ||
    hasOtherKeys(doc.groups, GROUP_KEYS)
  )
    warnings.push(say('fmt_export_csv_fields', {}));
  return warnings;
}

/** actors.csv, ties.csv and groups.csv; measure columns from `options.measures` (by actor id). */
export function writeCsv(doc: NetworkDocument, options: ExportOptions = {}): ExportResult {
  const measures = options.measures;
  const measureNames: string[] = [];
  if (measures) {
    const seen = new Set<string>();
    for (const actor of doc.actors) {
      if (!Object.prototype.hasOwnProperty.call(measures, actor.id)) continue;
      for (const name of Object.keys(measures[actor.id]!))
        if (!seen.has(name)) {
          seen.add(name);
          measureNames.push(name);
        }
    }
  }
  const measureOf = (i: number) => {
    const id = doc.actors[i]!.id;
    const row =
      measures && Object.prototype.hasOwnProperty.call(measures, id) ? measures[id]! : undefined;
    return measureNames.map((m) =>
      row && Object.prototype.hasOwnProperty.call(row, m) ? row[m] : null,
    );
  };
  const actors = table(
    ['id', 'label', 'role', 'group'],
    doc.actors,
    'node',
    (i) => {
      const a = doc.actors[i]!;
      return [a.id, a.label ?? '', a.role, a.group ?? ''];
    },
    { header: measureNames.map((m) => `measure:${m}`), row: measureOf },
  );
  const ties = table(['id', 'source', 'target', 'kind', 'weight'], doc.ties, 'edge', (i) => {
    const t = doc.ties[i]!;
    return [t.id, t.source, t.target, t.kind, t.weight];
  });
  const groups = table(['id', 'label', 'kind', 'parent'], doc.groups, 'group', (i) => {
    const g = doc.groups[i]!;
    return [g.id, g.label ?? '', g.kind, g.parent ?? ''];
  });
  const mime = 'text/csv';
  return {
    files: [
      { name: 'actors.csv', mime, text: actors },
      { name: 'ties.csv', mime, text: ties },
      { name: 'groups.csv', mime, text: groups },
    ],
    warnings: csvWarnings(doc),
  };
}
