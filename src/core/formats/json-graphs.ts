// The JSON flavours other tools write: graphology's serialized graph (`{attributes, options,
// nodes: [{key, attributes}], edges: [{key, source, target, attributes, undirected}]}`) and
// Cytoscape JSON (an elements array, `{elements: [...]}`, or Cytoscape desktop's
// `{elements: {nodes: [{data}], edges: [{data}]}}`), where a compound node (`data.parent`)
// becomes a group.
import type { Location } from '../messages/types';
import { FormatError } from './errors';
import { say } from './messages';
import { type RawGraph, type RawNode, idOf, isRecord, ownEntries } from './raw';
import type { ReportCollector } from './report';
import { checkCounts } from './text';

function attributesOf(value: unknown, skip: readonly string[] = []): Map<string, unknown> {
  const map = new Map<string, unknown>();
  for (const [k, v] of ownEntries(value)) if (!skip.includes(k)) map.set(k, v);
  return map;
}

function checkId(value: unknown, where: Location, report: ReportCollector): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value))
    report.add('notes', say('fmt_note_numeric_ids', {}), where);
  return idOf(value);
}

export function readGraphologyJson(
  name: string,
  value: Record<string, unknown>,
  report: ReportCollector,
): RawGraph {
  const { nodes, edges = [] } = value;
  if (!Array.isArray(nodes) || !Array.isArray(edges))
    throw new FormatError(say('fmt_graphology_lists', {}, { file: name }));
  checkCounts(name, nodes.length, edges.length);
  const options = isRecord(value.options) ? value.options : {};
  const type = options.type ?? 'mixed';
  const raw: RawGraph = { format: 'graphology', nodes: [], edges: [], groups: [] };
  nodes.forEach((n: unknown, i) => {
    const where: Location = { path: ['nodes', i] };
    if (!isRecord(n)) throw new FormatError(say('fmt_node_object', {}, where));
    const attributes = attributesOf(n.attributes);
    const node: RawNode = { id: checkId(n.key, where, report), attributes, where };
    // Sigma and graphology layouts keep positions as the x and y attributes.
    const { x, y } = { x: attributes.get('x'), y: attributes.get('y') };
    if (
      typeof x === 'number' &&
      typeof y === 'number' &&
      Number.isFinite(x) &&
      Number.isFinite(y)
    ) {
      node.position = { x, y };
      attributes.delete('x');
      attributes.delete('y');
    }
    raw.nodes.push(node);
  });
  edges.forEach((e: unknown, i) => {
    const where: Location = { path: ['edges', i] };
    if (!isRecord(e)) throw new FormatError(say('fmt_edge_object', {}, where));
    raw.edges.push({
      id: e.key === undefined ? undefined : checkId(e.key, where, report),
      source: checkId(e.source, where, report),
      target: checkId(e.target, where, report),
      directed: type === 'undirected' ? false : e.undirected !== true,
      attributes: attributesOf(e.attributes),
      where,
    });
  });
  return raw;
}

export function readCytoscapeJson(name: string, value: unknown, report: ReportCollector): RawGraph {
  const elements = isRecord(value) ? value.elements : value;
  const items: [unknown, Location, 'nodes' | 'edges' | undefined][] = [];
  if (Array.isArray(elements))
    elements.forEach((el, i) => items.push([el, { path: ['elements', i] }, undefined]));
  else if (isRecord(elements)) {
    for (const group of ['nodes', 'edges'] as const) {
      const list = elements[group] ?? [];
      if (!Array.isArray(list))
        throw new FormatError(say('fmt_not_list', {}, { path: ['elements', group] }));
      list.forEach((el, i) => items.push([el, { path: ['elements', group, i] }, group]));
    }
  } else throw new FormatError(say('fmt_cytoscape_elements', {}, { file: name }));

  const raw: RawGraph = { format: 'cytoscape', nodes: [], edges: [], groups: [] };
  let nodes = 0;
  let edges = 0;
  for (const [el, where, listed] of items) {
    if (!isRecord(el) || !isRecord(el.data))
      throw new FormatError(say('fmt_element_data', {}, where));
    const data = el.data;
    const group =
      listed ??
      (el.group === 'edges' || (el.group === undefined && 'source' in data) ? 'edges' : 'nodes');
    if (group === 'edges') {
      edges += 1;
      raw.edges.push({
        id: data.id === undefined ? undefined : checkId(data.id, where, report),
        source: checkId(data.source, where, report),
        target: checkId(data.target, where, report),
        directed: true,
        attributes: attributesOf(data, ['id', 'source', 'target']),
        where,
      });
    } else {
      nodes += 1;
      const node: RawNode = {
        id: checkId(data.id, where, report),
        attributes: attributesOf(data, ['id', 'parent']),
        where,
      };
      if (data.parent !== undefined && data.parent !== null) node.parent = idOf(data.parent);
      const p = el.position;
      if (isRecord(p) && Number.isFinite(p.x) && Number.isFinite(p.y))
        node.position = { x: p.x as number, y: p.y as number };
      raw.nodes.push(node);
    }
  }
  checkCounts(name, nodes, edges);
  if (raw.edges.length) report.add('notes', say('fmt_note_cytoscape_directed', {}));
  return raw;
}
