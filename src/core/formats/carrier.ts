// Lossless GEXF and GraphML. Roles, kinds, groups, labels, weights and attributes are written
// as ordinary node and edge attributes, so Gephi, yEd and networkx users see a normal graph;
// what those formats cannot hold travels in one graph-level attribute, `leadnet` (JSON):
// the document's non-graph parts (meta, groups, scenarios, parameters, views, unknown fields)
// and, per actor or tie, the exact value of whatever the ordinary attributes do not carry
// faithfully (null or mixed-type attribute values, characters XML 1.0 cannot hold, fields
// other tools added, positions where the format has none). On import, with the default
// mapping, the carrier restores them; edits made in another tool to ordinary attributes are
// read as usual.
import type { AttributeValue } from '../document/schema';
import { FORMAT } from '../document/schema';
import type { Actor, NetworkDocument, Tie } from '../document/types';
import type { ExactFields, RawGraph } from './raw';
import { escapeAttributeName, isRecord, ownEntries } from './raw';
import { say } from './messages';
import type { ReportCollector } from './report';
import { isXmlSafe, toXmlSafe } from './xml';

export const CARRIER_NAME = 'leadnet';

export type ColumnType = 'number' | 'boolean' | 'string';

export interface Column {
  /** The attribute's name in the network file. */
  name: string;
  /** The key id in the file (`n0`, `e3`). */
  key: string;
  /** The name written in the file (escaped, XML-safe, unique). */
  title: string;
  type: ColumnType;
  /** False when the title is not the name: items with this attribute carry it exactly. */
  faithful: boolean;
}

export interface ExportPlan {
  nodeIds: string[];
  edgeIds: string[];
  nodeColumns: Column[];
  edgeColumns: Column[];
  /** The `leadnet` attribute's JSON text. */
  carrier: string;
  /** Whether the format writes positions itself (GEXF viz:position). */
  positions: boolean;
}

const ACTOR_FIELDS = new Set(['id', 'label', 'role', 'group', 'attributes', 'position']);
const TIE_FIELDS = new Set(['id', 'source', 'target', 'kind', 'weight', 'attributes']);

function columnsOf(
  items: readonly { readonly attributes?: Readonly<Record<string, AttributeValue>> }[],
  of: 'node' | 'edge',
  prefix: string,
): Column[] {
  const types = new Map<string, ColumnType | 'mixed' | 'none'>();
  for (const item of items) {
    for (const [name, value] of ownEntries(item.attributes)) {
      const t: ColumnType | 'none' = value === null ? 'none' : (typeof value as ColumnType);
      const seen = types.get(name);
      if (seen === undefined || seen === 'none') types.set(name, t);
      else if (t !== 'none' && seen !== t) types.set(name, 'mixed');
    }
  }
  const titles = new Set<string>([...RESERVED_TITLES[of]]);
  const columns: Column[] = [];
  for (const [name, t] of types) {
    const wanted = toXmlSafe(escapeAttributeName(name, of));
    let title = wanted;
    for (let k = 2; titles.has(title); k += 1) title = `${wanted} (${k})`;
    titles.add(title);
    columns.push({
      name,
      key: `${prefix}${columns.length}`,
      title,
      type: t === 'mixed' || t === 'none' ? 'string' : t,
      faithful: title === wanted && isXmlSafe(name),
    });
  }
  return columns;
}

// Titles our writers use for fields; user attributes of these names are escaped (attr:…).
const RESERVED_TITLES = {
  node: ['label', 'role', 'group'],
  edge: ['kind', 'weight'],
};

function uniqueIds(ids: readonly string[]): string[] {
  const used = new Set<string>();
  const safe = ids.map((id) => (isXmlSafe(id) ? id : undefined));
  for (const id of safe) if (id !== undefined) used.add(id);
  return ids.map((id, i) => {
    const kept = safe[i];
    if (kept !== undefined) return kept;
    const wanted = toXmlSafe(id);
    let out = wanted;
    for (let k = 2; used.has(out); k += 1) out = `${wanted} (${k})`;
    used.add(out);
    return out;
  });
}

function attributesFaithful(
  attributes: Readonly<Record<string, AttributeValue>> | undefined,
  columns: Map<string, Column>,
): boolean {
  // An empty attributes object reads back as none: only the carrier can say it was there.
  if (attributes !== undefined && Object.keys(attributes).length === 0) return false;
  for (const [name, value] of ownEntries(attributes)) {
    const column = columns.get(name);
    if (!column?.faithful || value === null || typeof value !== column.type) return false;
    if (typeof value === 'string' && !isXmlSafe(value)) return false;
  }
  return true;
}

function unsafe(text: string | undefined): boolean {
  return text !== undefined && !isXmlSafe(text);
}

function extraFields(item: object, known: Set<string>): Record<string, unknown> | undefined {
  const extra = ownEntries(item).filter(([k]) => !known.has(k));
  if (!extra.length) return undefined;
  const out: Record<string, unknown> = {};
  for (const [k, v] of extra)
    Object.defineProperty(out, k, {
      value: v,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return out;
}

/** Decides ids, attribute columns and the carrier for a GEXF or GraphML export. */
export function planExport(doc: NetworkDocument, positions: boolean): ExportPlan {
  const nodeIds = uniqueIds(doc.actors.map((a) => a.id));
  const edgeIds = uniqueIds(doc.ties.map((t) => t.id));
  const nodeColumns = columnsOf(doc.actors, 'node', 'n');
  const edgeColumns = columnsOf(doc.ties, 'edge', 'e');
  const nodeByName = new Map(nodeColumns.map((c) => [c.name, c]));
  const edgeByName = new Map(edgeColumns.map((c) => [c.name, c]));

  const actors: [string, ExactFields][] = [];
  doc.actors.forEach((actor: Actor, i) => {
    const exact: ExactFields = {};
    if (nodeIds[i] !== actor.id) exact.id = actor.id;
    if (unsafe(actor.label)) exact.label = actor.label;
    if (unsafe(actor.role)) exact.role = actor.role;
    if (unsafe(actor.group)) exact.group = actor.group;
    if (!attributesFaithful(actor.attributes, nodeByName))
      exact.attributes = actor.attributes as Record<string, AttributeValue>;
    if (!positions && actor.position) exact.position = { ...actor.position };
    const fields = extraFields(actor, ACTOR_FIELDS);
    if (fields) exact.fields = fields;
    if (Object.keys(exact).length) actors.push([nodeIds[i]!, exact]);
  });
  const ties: [string, ExactFields][] = [];
  doc.ties.forEach((tie: Tie, i) => {
    const exact: ExactFields = {};
    if (edgeIds[i] !== tie.id) exact.id = tie.id;
    if (unsafe(tie.kind)) exact.kind = tie.kind;
    if (!attributesFaithful(tie.attributes, edgeByName))
      exact.attributes = tie.attributes as Record<string, AttributeValue>;
    const fields = extraFields(tie, TIE_FIELDS);
    if (fields) exact.fields = fields;
    if (Object.keys(exact).length) ties.push([edgeIds[i]!, exact]);
  });

  const rest: Record<string, unknown> = {};
  for (const [k, v] of ownEntries(doc))
    if (k !== 'actors' && k !== 'ties')
      Object.defineProperty(rest, k, {
        value: v,
        enumerable: true,
        writable: true,
        configurable: true,
      });
  // JSON escapes control characters and lone surrogates itself, but not U+FFFE and U+FFFF,
  // which XML cannot hold: write those as \u escapes too, so the carrier is exact.
  const carrier = JSON.stringify({ network: rest, actors, ties }).replace(
    /[\uFFFE\uFFFF]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16)}`,
  );
  return { nodeIds, edgeIds, nodeColumns, edgeColumns, carrier, positions };
}

/** The carrier's content once read back. */
export interface Carrier {
  /** The network without actors and ties (format, version, meta, groups, scenarios, …). */
  network: Record<string, unknown>;
}

/**
 * Reads a file's carrier and attaches the exact fields to the raw nodes and edges (by the id
 * written in the file). Returns undefined, with a note, when it is unreadable.
 */
export function applyCarrier(raw: RawGraph, report: ReportCollector): Carrier | undefined {
  if (raw.carrier === undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(raw.carrier);
  } catch {
    value = undefined;
  }
  const network = isRecord(value) ? value.network : undefined;
  if (!isRecord(value) || !isRecord(network) || network.format !== FORMAT) {
    report.add('notes', say('fmt_note_carrier_foreign', { name: CARRIER_NAME }));
    return undefined;
  }
  const exactOf = (list: unknown) => {
    const map = new Map<string, ExactFields>();
    if (Array.isArray(list))
      for (const entry of list)
        if (Array.isArray(entry) && typeof entry[0] === 'string' && isRecord(entry[1]))
          map.set(entry[0], entry[1] as ExactFields);
    return map;
  };
  const actors = exactOf(value.actors);
  const ties = exactOf(value.ties);
  for (const node of raw.nodes) if (node.id !== undefined) node.exact = actors.get(node.id);
  for (const edge of raw.edges) if (edge.id !== undefined) edge.exact = ties.get(edge.id);
  return { network };
}
