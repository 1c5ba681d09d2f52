// GEXF 1.1–1.3 (Gephi, networkx `write_gexf`): read from the XML tree ourselves and written by
// our own small writer. graphology-gexf is not used: it builds a graphology graph keyed by the
// file's node ids, and graphology's adjacency (plain objects) breaks on ids such as
// `__proto__` and `constructor` ("Cannot convert undefined or null to object", checked with
// graphology-gexf 0.13); its browser build also returns partial graphs for truncated files.
import type { NetworkDocument } from '../document/types';
import { CARRIER_NAME, type Column, planExport } from './carrier';
import type { Location } from '../messages/types';
import { FormatError } from './errors';
import { say } from './messages';
import type { RawAttributes, RawEdge, RawGraph, RawNode } from './raw';
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

const EDGE_TYPES: ReadonlySet<string> = new Set(['directed', 'undirected', 'mutual']);
const NATIVE_EDGE_FIELDS = ['label', 'weight', 'kind'] as const;

/** The elements whose own text the reader reads: the carrier and attribute defaults. */
const GEXF_TEXT: ReadonlySet<string> = new Set([CARRIER_NAME, 'default']);

/** What the nodes and edges are read with: the graph's declarations and its edge type. */
interface Header {
  defaultType: string;
  declared: { node: Map<string, DeclaredAttribute>; edge: Map<string, DeclaredAttribute> };
}

/**
 * The two ways of reading a GEXF file (xml-reading.ts): streaming, each node and edge read as its
 * end tag arrives, and the tree path, the whole file as a tree, then walked.
 */
export const GEXF_READERS: XmlGraphReaders = { stream: streamGexf, tree: treeGexf };

/** The tree path: the reference the streaming path must equal. */
function treeGexf(name: string, text: string, report: ReportCollector): RawGraph {
  const root = parseXml(name, text, GEXF_TEXT);
  const raw = gexfRaw(name, root);
  readCarrier(root, raw);
  const graph = gexfGraph(name, root);
  const header = readHeader(graph, report);
  for (const block of childElements(graph, 'nodes'))
    for (const el of childElements(block, 'node')) readNode(el, header, raw, report);
  for (const block of childElements(graph, 'edges'))
    for (const el of childElements(block, 'edge')) readEdge(el, header, raw, report);
  return raw;
}

/**
 * The streaming path: nodes and edges (`gexf > graph > nodes > node`, `… > edges > edge`) are
 * rows, read as they close with the header read before the first of them. It gives up
 * (NeedsTree) where the tree path would read otherwise: declarations (`<attributes>`) after
 * the first row, or a node after an edge (the tree path reads all nodes first, and that order
 * is the order of the report's lines).
 */
function streamGexf(name: string, text: string, report: ReportCollector): RawGraph {
  let raw: RawGraph | undefined;
  let header: Header | undefined;
  const root = parseXml(name, text, GEXF_TEXT, {
    opens(el, open) {
      const depth = open.length;
      if (depth < 2 || open[1]!.localName !== 'graph') return false;
      if (depth === 2 && el.localName === 'attributes' && header) throw new NeedsTree();
      if (depth !== 3) return false;
      const block = open[2]!.localName;
      if (el.localName === 'node' && block === 'nodes') {
        if (raw?.edges.length) throw new NeedsTree();
      } else if (el.localName !== 'edge' || block !== 'edges') return false;
      raw ??= gexfRaw(name, open[0]!);
      header ??= readHeader(gexfGraph(name, open[0]!), report);
      return true;
    },
    closes(el) {
      if (el.localName === 'node') readNode(el, header!, raw!, report);
      else readEdge(el, header!, raw!, report);
    },
  });
  raw ??= gexfRaw(name, root);
  readCarrier(root, raw);
  const graph = gexfGraph(name, root);
  header ??= readHeader(graph, report);
  return raw;
}

/** The graph to fill, once the root is known to be GEXF's; the carrier is read at the end. */
function gexfRaw(name: string, root: Element): RawGraph {
  if (root.localName !== 'gexf')
    throw new FormatError(say('fmt_not_gexf', { root: root.tagName }, { file: name }));
  return { format: 'gexf', nodes: [], edges: [], groups: [] };
}

/** The `leadnet` carrier of our own exports, in `<meta>`. */
function readCarrier(root: Element, raw: RawGraph): void {
  const meta = firstChild(root, 'meta');
  const carrier = meta && firstChild(meta, CARRIER_NAME);
  if (carrier) raw.carrier = ownText(carrier);
}

/** The one graph (refused when there are more or none). */
function gexfGraph(name: string, root: Element): Element {
  const graphs = childElements(root, 'graph');
  if (graphs.length !== 1)
    throw new FormatError(
      say(
        'fmt_gexf_graphs',
        { count: graphs.length },
        { file: name, syntax: 'xml', path: ['gexf'] },
      ),
    );
  return graphs[0]!;
}

/** The graph's edge type and attribute declarations, with the notes they make. */
function readHeader(graph: Element, report: ReportCollector): Header {
  const defaultType = attr(graph, 'defaultedgetype') ?? 'undirected'; // the GEXF default
  if (!EDGE_TYPES.has(defaultType))
    throw new FormatError(
      say('fmt_gexf_default_type', { got: defaultType }, xmlAt(['graph'], graph)),
    );
  if (attr(graph, 'mode') === 'dynamic') report.add('notes', say('fmt_note_dynamic', {}));

  const declared = {
    node: new Map<string, DeclaredAttribute>(),
    edge: new Map<string, DeclaredAttribute>(),
  };
  // Native label, weight and kind share the namespace; a declared attribute of that name wins.
  const taken = { node: new Set<string>(), edge: new Set<string>() };
  for (const block of childElements(graph, 'attributes')) {
    const cls =
      attr(block, 'class') === 'edge'
        ? 'edge'
        : attr(block, 'class') === 'node'
          ? 'node'
          : undefined;
    if (!cls) {
      report.add(
        'notes',
        say('fmt_note_graph_attributes', {}),
        xmlAt(['graph', 'attributes'], block),
      );
      continue;
    }
    for (const a of childElements(block, 'attribute')) {
      const id = attr(a, 'id');
      const where = xmlAt(['graph', 'attributes', 'attribute'], a);
      if (id === undefined) throw new FormatError(say('fmt_attribute_no_id', {}, where));
      const def = firstChild(a, 'default');
      declared[cls].set(id, {
        name: uniqueName(attr(a, 'title') ?? id, id, taken[cls], report, where),
        type: valueType(attr(a, 'type')),
        default: def ? ownText(def) : undefined,
      });
    }
  }
  return { defaultType, declared };
}

function readNode(el: Element, header: Header, raw: RawGraph, report: ReportCollector): void {
  const where = xmlAt(['graph', 'nodes', 'node', raw.nodes.length], el);
  const node: RawNode = { id: attr(el, 'id'), attributes: new Map(), where };
  const label = attr(el, 'label');
  if (label !== undefined) node.attributes.set('label', label);
  const pid = attr(el, 'pid');
  if (pid !== undefined) node.parent = pid;
  if (firstChild(el, 'nodes')) throw new FormatError(say('fmt_gexf_nested', {}, where));
  readAttValues(el, header.declared.node, node.attributes, where, report);
  const position = firstChild(el, 'position');
  if (position) {
    const x = Number(attr(position, 'x'));
    const y = Number(attr(position, 'y'));
    if (Number.isFinite(x) && Number.isFinite(y)) node.position = { x, y };
    else report.add('notes', say('fmt_note_position', {}), where);
  }
  raw.nodes.push(node);
}

function readEdge(el: Element, header: Header, raw: RawGraph, report: ReportCollector): void {
  const where = xmlAt(['graph', 'edges', 'edge', raw.edges.length], el);
  const type = attr(el, 'type') ?? header.defaultType;
  if (!EDGE_TYPES.has(type)) throw new FormatError(say('fmt_gexf_edge_type', { got: type }, where));
  const edge: RawEdge = {
    id: attr(el, 'id'),
    source: attr(el, 'source'),
    target: attr(el, 'target'),
    // A mutual edge goes both ways: like an undirected one, it becomes two ties.
    directed: type === 'directed',
    attributes: new Map(),
    where,
  };
  const attributes: RawAttributes = edge.attributes;
  for (const field of NATIVE_EDGE_FIELDS) {
    const value = attr(el, field);
    if (value !== undefined) attributes.set(field, value);
  }
  readAttValues(el, header.declared.edge, attributes, where, report);
  raw.edges.push(edge);
}

function readAttValues(
  el: Element,
  declared: Map<string, DeclaredAttribute>,
  into: RawAttributes,
  where: Location,
  report: ReportCollector,
): void {
  for (const d of declared.values())
    if (d.default !== undefined) into.set(d.name, typedValue(d.default, d.type, where, report));
  // Loops over the children, not childElements(): no array per node and edge of a large file.
  for (const block of el.children) {
    if (block.localName !== 'attvalues') continue;
    for (const v of block.children) {
      if (v.localName !== 'attvalue') continue;
      const key = attr(v, 'for') ?? attr(v, 'id');
      const text = attr(v, 'value');
      if (key === undefined || text === undefined)
        throw new FormatError(
          say('fmt_gexf_attvalue', {}, xmlAt([...(where.path ?? []), 'attvalue'], v)),
        );
      if (attr(v, 'start') !== undefined || attr(v, 'end') !== undefined)
        report.add('notes', say('fmt_note_time_bound', {}), where);
      const d = declared.get(key);
      if (!d) {
        report.add('notes', say('fmt_note_undeclared', {}), where);
        into.set(key, text);
      } else into.set(d.name, typedValue(text, d.type, where, report));
    }
  }
}

const GEXF_TYPE = { number: 'double', boolean: 'boolean', string: 'string' } as const;

function declarations(
  cls: 'node' | 'edge',
  fields: [string, string][],
  columns: Column[],
): string[] {
  const lines = [`    <attributes class="${cls}">`];
  for (const [id, title] of fields)
    lines.push(`      <attribute id="${id}" title="${title}" type="string"/>`);
  for (const c of columns)
    lines.push(
      `      <attribute id="${c.key}" title="${escapeXml(c.title)}" type="${GEXF_TYPE[c.type]}"/>`,
    );
  lines.push('    </attributes>');
  return lines;
}

function attValues(
  pairs: [string, string | undefined][],
  attributes: Readonly<Record<string, unknown>> | undefined,
  columns: Map<string, Column>,
): string[] {
  const values: string[] = [];
  for (const [key, value] of pairs)
    if (value !== undefined) values.push(`<attvalue for="${key}" value="${escapeXml(value)}"/>`);
  if (attributes)
    for (const name of Object.keys(attributes)) {
      const value = attributes[name];
      const column = columns.get(name);
      if (value === null || value === undefined || !column) continue;
      values.push(`<attvalue for="${column.key}" value="${escapeXml(String(value))}"/>`);
    }
  return values.length ? [`        <attvalues>${values.join('')}</attvalues>`] : [];
}

/**
 * GEXF 1.2 (read by Gephi 0.9+, networkx and graphology): roles and groups as node attributes,
 * kinds as an edge attribute, weights and labels native, positions as viz:position, and the
 * `leadnet` carrier in <meta> (as graphology-gexf writes graph attributes).
 */
export function writeGexf(doc: NetworkDocument): string {
  const plan = planExport(doc, true);
  const nodeColumns = new Map(plan.nodeColumns.map((c) => [c.name, c]));
  const edgeColumns = new Map(plan.edgeColumns.map((c) => [c.name, c]));
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz" version="1.2">',
    '  <meta>',
    '    <creator>Leadnet</creator>',
  ];
  if (doc.meta.title !== undefined)
    out.push(`    <description>${escapeXml(doc.meta.title)}</description>`);
  out.push(`    <${CARRIER_NAME}>${escapeXml(plan.carrier)}</${CARRIER_NAME}>`, '  </meta>');
  out.push('  <graph defaultedgetype="directed" mode="static">');
  out.push(
    ...declarations(
      'node',
      [
        ['role', 'role'],
        ['group', 'group'],
      ],
      plan.nodeColumns,
    ),
  );
  out.push(...declarations('edge', [['kind', 'kind']], plan.edgeColumns));
  out.push('    <nodes>');
  doc.actors.forEach((actor, i) => {
    const label = actor.label === undefined ? '' : ` label="${escapeXml(actor.label)}"`;
    out.push(`      <node id="${escapeXml(plan.nodeIds[i]!)}"${label}>`);
    out.push(
      ...attValues(
        [
          ['role', actor.role],
          ['group', actor.group],
        ],
        actor.attributes,
        nodeColumns,
      ),
    );
    if (actor.position)
      out.push(`        <viz:position x="${actor.position.x}" y="${actor.position.y}" z="0"/>`);
    out.push('      </node>');
  });
  out.push('    </nodes>', '    <edges>');
  const index = new Map(doc.actors.map((a, i) => [a.id, i]));
  doc.ties.forEach((tie, i) => {
    const source = plan.nodeIds[index.get(tie.source)!]!;
    const target = plan.nodeIds[index.get(tie.target)!]!;
    out.push(
      `      <edge id="${escapeXml(plan.edgeIds[i]!)}" source="${escapeXml(source)}" target="${escapeXml(target)}" weight="${tie.weight}">`,
    );
    out.push(...attValues([['kind', tie.kind]], tie.attributes, edgeColumns));
    out.push('      </edge>');
  });
  out.push('    </edges>', '  </graph>', '</gexf>', '');
  return out.join('\n');
}
