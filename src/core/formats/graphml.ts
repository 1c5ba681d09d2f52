// GraphML (yEd, networkx `write_graphml`, igraph): read from the XML tree ourselves (as GEXF,
// and for the same reason: graphology-graphml builds a graph keyed by user ids, which breaks on
// `__proto__`), written by our own small writer (graphology-graphml only reads). Nested graphs
// are refused rather than guessed at: a graph inside a node has no single meaning (yEd uses it
// for folders, others for hierarchies); flatten it first.
import type { NetworkDocument } from '../document/types';
import { CARRIER_NAME, type Column, planExport } from './carrier';
import type { Location } from '../messages/types';
import { FormatError } from './errors';
import { say } from './messages';
import type { RawAttributes, RawGraph, RawNode } from './raw';
import type { ReportCollector } from './report';
import { type DeclaredAttribute, typedValue, uniqueName, valueType } from './xml-attributes';
import {
  type XmlElement as Element,
  attr,
  childElements,
  escapeXml,
  firstChild,
  ownText,
  parseXml,
  xmlAt,
} from './xml';
import { NeedsTree, type XmlGraphReaders } from './xml-reading';

interface Key extends DeclaredAttribute {
  domain: string;
  /** yEd's graphics keys hold XML (shapes, labels, geometry), not a value. */
  graphics?: 'node' | 'other';
}

/** The elements whose own text the reader reads: data values, key defaults, yEd's node labels. */
const GRAPHML_TEXT: ReadonlySet<string> = new Set(['data', 'default', 'NodeLabel']);

/** What the nodes and edges are read with: the keys and the graph's edge default. */
interface Header {
  keys: Map<string, Key>;
  edgeDefault: string;
}

/**
 * The two ways of reading a GraphML file (xml-reading.ts): streaming, each node and edge read as its
 * end tag arrives, and the tree path, the whole file as a tree, then walked.
 */
export const GRAPHML_READERS: XmlGraphReaders = { stream: streamGraphml, tree: treeGraphml };

/** The tree path: the reference the streaming path must equal. */
function treeGraphml(name: string, text: string, report: ReportCollector): RawGraph {
  const root = parseXml(name, text, GRAPHML_TEXT);
  const header = readHeader(name, root, report);
  const raw: RawGraph = { format: 'graphml', nodes: [], edges: [], groups: [] };
  const graph = graphmlGraph(name, root);
  readCarrier(graph, header, raw);
  for (const el of childElements(graph)) readRow(el, header, raw, report);
  return raw;
}

/**
 * The streaming path: the graph's nodes, edges and hyperedges (`graphml > graph > node`, …) are
 * rows, read as they close with the header read before the first of them. It gives up
 * (NeedsTree) at a `<key>` after the first row (the schema puts keys first; the tree path
 * reads them wherever they are).
 */
function streamGraphml(name: string, text: string, report: ReportCollector): RawGraph {
  const raw: RawGraph = { format: 'graphml', nodes: [], edges: [], groups: [] };
  let header: Header | undefined;
  const root = parseXml(name, text, GRAPHML_TEXT, {
    opens(el, open) {
      const depth = open.length;
      if (depth === 1 && el.localName === 'key' && header) throw new NeedsTree();
      if (depth !== 2 || open[1]!.localName !== 'graph' || !ROWS.has(el.localName)) return false;
      header ??= readHeader(name, open[0]!, report);
      return true;
    },
    closes(el) {
      readRow(el, header!, raw, report);
    },
  });
  header ??= readHeader(name, root, report);
  readCarrier(graphmlGraph(name, root), header, raw);
  return raw;
}

const ROWS: ReadonlySet<string> = new Set(['node', 'edge', 'hyperedge']);

/** The keys, and the one graph's edge default (with the notes they make). */
function readHeader(name: string, root: Element, report: ReportCollector): Header {
  if (root.localName !== 'graphml')
    throw new FormatError(say('fmt_not_graphml', { root: root.tagName }, { file: name }));
  const keys = new Map<string, Key>();
  const taken = { node: new Set<string>(), edge: new Set<string>(), graph: new Set<string>() };
  for (const k of childElements(root, 'key')) {
    const id = attr(k, 'id');
    const where = xmlAt(['graphml', 'key'], k);
    if (id === undefined) throw new FormatError(say('fmt_graphml_key_no_id', {}, where));
    const domain = attr(k, 'for') ?? 'all';
    const yfiles = attr(k, 'yfiles.type');
    const def = firstChild(k, 'default');
    const bucket = domain === 'edge' ? taken.edge : domain === 'graph' ? taken.graph : taken.node;
    keys.set(id, {
      domain,
      name: uniqueName(attr(k, 'attr.name') ?? id, id, bucket, report, where),
      type: valueType(attr(k, 'attr.type')),
      default: def ? ownText(def) : undefined,
      graphics: yfiles === undefined ? undefined : yfiles === 'nodegraphics' ? 'node' : 'other',
    });
  }
  const graph = graphmlGraph(name, root);
  let edgeDefault = attr(graph, 'edgedefault');
  if (edgeDefault === undefined) {
    report.add('notes', say('fmt_note_no_edgedefault', {}));
    edgeDefault = 'directed';
  } else if (edgeDefault !== 'directed' && edgeDefault !== 'undirected')
    throw new FormatError(
      say('fmt_graphml_edgedefault', { got: edgeDefault }, xmlAt(['graph'], graph)),
    );
  return { keys, edgeDefault };
}

/** The one graph (refused when there are more or none). */
function graphmlGraph(name: string, root: Element): Element {
  const graphs = childElements(root, 'graph');
  if (graphs.length !== 1)
    throw new FormatError(
      say(
        'fmt_graphml_graphs',
        { count: graphs.length },
        { file: name, syntax: 'xml', path: ['graphml'] },
      ),
    );
  return graphs[0]!;
}

/** The `leadnet` carrier of our own exports, a graph `<data>`. */
function readCarrier(graph: Element, { keys }: Header, raw: RawGraph): void {
  for (const data of childElements(graph, 'data')) {
    const key = keys.get(attr(data, 'key') ?? '');
    if ((key?.name ?? attr(data, 'key')) === CARRIER_NAME) raw.carrier = ownText(data);
  }
}

/** A child of the graph: a node, an edge or a hyperedge (refused); anything else is passed by. */
function readRow(el: Element, header: Header, raw: RawGraph, report: ReportCollector): void {
  const { keys, edgeDefault } = header;
  const tag = el.localName;
  if (tag === 'node') {
    const where = xmlAt(['graph', 'node', raw.nodes.length], el);
    if (firstChild(el, 'graph')) throw new FormatError(say('fmt_graphml_nested', {}, where));
    const node: RawNode = { id: attr(el, 'id'), attributes: new Map(), where };
    readData(el, 'node', keys, node, where, report);
    raw.nodes.push(node);
  } else if (tag === 'edge') {
    const where = xmlAt(['graph', 'edge', raw.edges.length], el);
    const directedAttr = attr(el, 'directed');
    if (directedAttr !== undefined && directedAttr !== 'true' && directedAttr !== 'false')
      throw new FormatError(say('fmt_graphml_directed', { got: directedAttr }, where));
    const edge = {
      id: attr(el, 'id'),
      source: attr(el, 'source'),
      target: attr(el, 'target'),
      directed: directedAttr === undefined ? edgeDefault === 'directed' : directedAttr === 'true',
      attributes: new Map() as RawAttributes,
      where,
    };
    readData(el, 'edge', keys, edge, where, report);
    raw.edges.push(edge);
  } else if (tag === 'hyperedge') {
    report.add('refused', say('fmt_refused_hyperedge', {}), xmlAt(['graph', 'hyperedge'], el));
  }
}

function readData(
  el: Element,
  domain: 'node' | 'edge',
  keys: Map<string, Key>,
  into: { attributes: RawAttributes; position?: { x: number; y: number } },
  where: Location,
  report: ReportCollector,
): void {
  for (const key of keys.values())
    if (
      (key.domain === domain || key.domain === 'all') &&
      key.default !== undefined &&
      !key.graphics
    )
      into.attributes.set(key.name, typedValue(key.default, key.type, where, report));
  for (const data of childElements(el, 'data')) {
    const id = attr(data, 'key') ?? '';
    const key = keys.get(id);
    if (!key) {
      report.add('notes', say('fmt_note_undeclared_key', {}), where);
      into.attributes.set(id, ownText(data));
    } else if (key.graphics === 'node') readYedGraphics(data, into, where, report);
    else if (key.graphics) report.add('notes', say('fmt_note_yed_edges', {}), where);
    else into.attributes.set(key.name, typedValue(ownText(data), key.type, where, report));
  }
}

/** yEd keeps a node's label and position in its drawing (`y:NodeLabel`, `y:Geometry`). */
function readYedGraphics(
  data: Element,
  into: { attributes: RawAttributes; position?: { x: number; y: number } },
  where: Location,
  report: ReportCollector,
): void {
  for (const shape of childElements(data)) {
    const label = firstChild(shape, 'NodeLabel');
    if (label && !into.attributes.has('label')) into.attributes.set('label', ownText(label).trim());
    const geometry = firstChild(shape, 'Geometry');
    if (geometry) {
      const x = Number(attr(geometry, 'x'));
      const y = Number(attr(geometry, 'y'));
      if (Number.isFinite(x) && Number.isFinite(y)) into.position = { x, y };
    }
  }
  report.add('notes', say('fmt_note_yed_nodes', {}), where);
}

const GRAPHML_TYPE = { number: 'double', boolean: 'boolean', string: 'string' } as const;

function keyLine(id: string, domain: string, title: string, type: string): string {
  return `  <key id="${escapeXml(id)}" for="${domain}" attr.name="${escapeXml(title)}" attr.type="${type}"/>`;
}

function dataLines(
  fields: [string, string | number | undefined][],
  attributes: Readonly<Record<string, unknown>> | undefined,
  columns: Map<string, Column>,
): string {
  let out = '';
  for (const [key, value] of fields)
    if (value !== undefined) out += `<data key="${key}">${escapeXml(String(value))}</data>`;
  if (attributes)
    for (const name of Object.keys(attributes)) {
      const value = attributes[name];
      const column = columns.get(name);
      if (value === null || value === undefined || !column) continue;
      out += `<data key="${column.key}">${escapeXml(String(value))}</data>`;
    }
  return out;
}

/**
 * GraphML as networkx and yEd read it: label, role and group as node keys, kind and weight as
 * edge keys, every attribute as a typed key, and the `leadnet` carrier as a graph key.
 */
export function writeGraphml(doc: NetworkDocument): string {
  const plan = planExport(doc, false);
  const nodeColumns = new Map(plan.nodeColumns.map((c) => [c.name, c]));
  const edgeColumns = new Map(plan.edgeColumns.map((c) => [c.name, c]));
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    keyLine(CARRIER_NAME, 'graph', CARRIER_NAME, 'string'),
    keyLine('label', 'node', 'label', 'string'),
    keyLine('role', 'node', 'role', 'string'),
    keyLine('group', 'node', 'group', 'string'),
    keyLine('kind', 'edge', 'kind', 'string'),
    keyLine('weight', 'edge', 'weight', 'double'),
  ];
  for (const c of plan.nodeColumns) out.push(keyLine(c.key, 'node', c.title, GRAPHML_TYPE[c.type]));
  for (const c of plan.edgeColumns) out.push(keyLine(c.key, 'edge', c.title, GRAPHML_TYPE[c.type]));
  out.push('  <graph id="G" edgedefault="directed">');
  out.push(`    <data key="${CARRIER_NAME}">${escapeXml(plan.carrier)}</data>`);
  doc.actors.forEach((actor, i) => {
    const data = dataLines(
      [
        ['label', actor.label],
        ['role', actor.role],
        ['group', actor.group],
      ],
      actor.attributes,
      nodeColumns,
    );
    out.push(`    <node id="${escapeXml(plan.nodeIds[i]!)}">${data}</node>`);
  });
  const index = new Map(doc.actors.map((a, i) => [a.id, i]));
  doc.ties.forEach((tie, i) => {
    const source = plan.nodeIds[index.get(tie.source)!]!;
    const target = plan.nodeIds[index.get(tie.target)!]!;
    const data = dataLines(
      [
        ['kind', tie.kind],
        ['weight', tie.weight],
      ],
      tie.attributes,
      edgeColumns,
    );
    out.push(
      `    <edge id="${escapeXml(plan.edgeIds[i]!)}" source="${escapeXml(source)}" target="${escapeXml(target)}">${data}</edge>`,
    );
  });
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}
