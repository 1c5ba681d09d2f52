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
import { checkCounts, countUpTo } from './text';
import { IMPORT_LIMITS, type ImportSource } from './types';
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

const EDGE_TYPES: ReadonlySet<string> = new Set(['directed', 'undirected', 'mutual']);
const NATIVE_EDGE_FIELDS = ['label', 'weight', 'kind'] as const;

/** The elements whose own text the reader reads: the carrier and attribute defaults. */
const GEXF_TEXT: ReadonlySet<string> = new Set([CARRIER_NAME, 'default']);

export function readGexf(source: ImportSource, report: ReportCollector): RawGraph {
  const { name, text } = source;
  checkCounts(
    name,
    countUpTo(text, /<node[\s/>]/, IMPORT_LIMITS.actors),
    countUpTo(text, /<edge[\s/>]/, IMPORT_LIMITS.ties),
  );
  const root = parseXml(name, text, GEXF_TEXT);
  if (root.localName !== 'gexf')
    throw new FormatError(say('fmt_not_gexf', { root: root.tagName }, { file: name }));
  const raw: RawGraph = { format: 'gexf', nodes: [], edges: [], groups: [] };
  const meta = firstChild(root, 'meta');
  const carrier = meta && firstChild(meta, CARRIER_NAME);
  if (carrier) raw.carrier = ownText(carrier);

  const graphs = childElements(root, 'graph');
  if (graphs.length !== 1)
    throw new FormatError(
      say(
        'fmt_gexf_graphs',
        { count: graphs.length },
        { file: name, syntax: 'xml', path: ['gexf'] },
      ),
    );
  const graph = graphs[0]!;
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

  const nodeBlocks = childElements(graph, 'nodes');
  nodeBlocks.forEach((block) =>
    childElements(block, 'node').forEach((el) => {
      const where = xmlAt(['graph', 'nodes', 'node', raw.nodes.length], el);
      const node: RawNode = { id: attr(el, 'id'), attributes: new Map(), where };
      const label = attr(el, 'label');
      if (label !== undefined) node.attributes.set('label', label);
      const pid = attr(el, 'pid');
      if (pid !== undefined) node.parent = pid;
      if (firstChild(el, 'nodes')) throw new FormatError(say('fmt_gexf_nested', {}, where));
      readAttValues(el, declared.node, node.attributes, where, report);
      const position = firstChild(el, 'position');
      if (position) {
        const x = Number(attr(position, 'x'));
        const y = Number(attr(position, 'y'));
        if (Number.isFinite(x) && Number.isFinite(y)) node.position = { x, y };
        else report.add('notes', say('fmt_note_position', {}), where);
      }
      raw.nodes.push(node);
    }),
  );

  childElements(graph, 'edges').forEach((block) =>
    childElements(block, 'edge').forEach((el) => {
      const where = xmlAt(['graph', 'edges', 'edge', raw.edges.length], el);
      const type = attr(el, 'type') ?? defaultType;
      if (!EDGE_TYPES.has(type))
        throw new FormatError(say('fmt_gexf_edge_type', { got: type }, where));
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
      readAttValues(el, declared.edge, attributes, where, report);
      raw.edges.push(edge);
    }),
  );
  return raw;
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
