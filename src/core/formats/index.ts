// Reading and writing network files (DESIGN §3): `inspect` tells the format and what a foreign
// file offers for the mapping step, `importNetwork` maps and checks it and reports every change,
// `exportNetwork` writes Leadnet JSON, GEXF, GraphML or CSV. Pure and synchronous: the worker,
// the CLI and the tests call the same functions. Bad input never throws: it is `{ ok: false }`.
import type { AttributeValue } from '../document/schema';
import type { NetworkDocument } from '../document/types';
import type { Message } from '../messages/types';
import { applyCarrier, planExport } from './carrier';
import { readCsv, writeCsv } from './csv';
import { FormatError } from './errors';
import { say } from './messages';
import { GEXF_READERS, writeGexf } from './gexf';
import { GRAPHML_READERS, writeGraphml } from './graphml';
import { readCytoscapeJson, readGraphologyJson } from './json-graphs';
import { exportLeadnet, importLeadnetValue } from './leadnet';
import {
  attributeNames,
  isDefaultMapping,
  mapToDocument,
  resolveMapping,
  suggestMapping,
} from './mapping';
import { type RawAttributes, type RawGraph, isRecord } from './raw';
import { ReportCollector } from './report';
import { checkLeadnetCounts, readJson } from './json-text';
import { positionsFromAttributes } from './positions';
import { prepareText } from './text';
import { type XmlReading, readXmlGraph } from './xml-reading';
import type {
  AttributeSummary,
  ExportFormat,
  ExportOptions,
  ExportResult,
  ImportFormat,
  ImportOptions,
  ImportResult,
  ImportSource,
  InspectResult,
  Inspection,
} from './types';

export * from './types';
export type { XmlReading } from './xml-reading';
export { reportLines } from './report';
export { FORMAT_MESSAGES } from './messages';
export { LEADNET_MIGRATIONS, migrateDocument } from './leadnet';

const EXTENSIONS: Record<string, ImportFormat | 'json'> = {
  json: 'json',
  gexf: 'gexf',
  graphml: 'graphml',
  csv: 'csv',
  tsv: 'csv',
};

/** The format by content where it is plain (JSON, GEXF, GraphML), else by the file ending. */
export function detectFormat(name: string, text: string): ImportFormat | 'json' {
  const start = text.search(/\S/);
  if (start === -1) throw new FormatError(say('fmt_empty', {}, { file: name }));
  const first = text[start];
  if (first === '{' || first === '[') return 'json';
  const ending = EXTENSIONS[/\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase() ?? ''];
  if (first === '<') {
    const head = text.slice(0, 65536);
    if (/<(?:[\w.-]+:)?gexf[\s>/]/.test(head)) return 'gexf';
    if (/<(?:[\w.-]+:)?graphml[\s>/]/.test(head)) return 'graphml';
    if (ending === 'gexf' || ending === 'graphml') return ending;
    throw new FormatError(say('fmt_xml_unknown', {}, { file: name }));
  }
  return ending === 'json' ? 'json' : 'csv';
}

type Read = { format: 'leadnet'; value: unknown } | { format: ImportFormat; raw: RawGraph };

function read(
  source: ImportSource,
  options: ImportOptions,
  report: ReportCollector,
  reading: XmlReading = 'auto',
): Read {
  const text = prepareText(source.text, { file: source.name });
  const prepared = { ...source, text };
  const detected = options.format ?? detectFormat(source.name, text);
  const placed = (raw: RawGraph) => {
    positionsFromAttributes(raw, report);
    return raw;
  };
  if (detected === 'gexf' || detected === 'graphml') {
    const readers = detected === 'gexf' ? GEXF_READERS : GRAPHML_READERS;
    return { format: detected, raw: placed(readXmlGraph(prepared, report, reading, readers)) };
  }
  if (detected === 'csv') return { format: 'csv', raw: placed(readCsv(source, report)) };

  const value = readJson(text, { file: source.name });
  const flavour = detected === 'json' ? jsonFlavour(source.name, value) : detected;
  if (flavour === 'leadnet') {
    checkLeadnetCounts(value, { file: source.name });
    return { format: 'leadnet', value };
  }
  if (flavour === 'graphology') {
    if (!isRecord(value))
      throw new FormatError(say('fmt_graphology_object', {}, { file: source.name }));
    return { format: flavour, raw: readGraphologyJson(source.name, value, report) };
  }
  return { format: flavour, raw: placed(readCytoscapeJson(source.name, value, report)) };
}

function jsonFlavour(name: string, value: unknown): 'leadnet' | 'graphology' | 'cytoscape' {
  if (Array.isArray(value)) return 'cytoscape';
  if (isRecord(value)) {
    if ('format' in value || 'actors' in value) return 'leadnet';
    if ('elements' in value) return 'cytoscape';
    if (Array.isArray(value.nodes)) return 'graphology';
  }
  throw new FormatError(say('fmt_json_unknown', {}, { file: name }));
}

function failure(source: ImportSource, error: unknown): { ok: false; errors: Message[] } {
  if (error instanceof FormatError) return { ok: false, errors: [...error.messages] };
  const reason = error instanceof Error ? error.message : String(error);
  return { ok: false, errors: [say('fmt_unreadable', { reason }, { file: source.name })] };
}

function summarize(items: readonly { attributes: RawAttributes }[]): AttributeSummary[] {
  const out = new Map<string, { count: number; samples: AttributeValue[]; seen: Set<unknown> }>();
  for (const item of items)
    for (const [name, raw] of item.attributes) {
      const value: AttributeValue =
        raw === null ||
        typeof raw === 'string' ||
        typeof raw === 'boolean' ||
        (typeof raw === 'number' && Number.isFinite(raw))
          ? raw
          : (JSON.stringify(raw) ?? String(raw));
      let s = out.get(name);
      if (!s) out.set(name, (s = { count: 0, samples: [], seen: new Set() }));
      s.count += 1;
      if (s.seen.size < 1000 && !s.seen.has(value)) {
        s.seen.add(value);
        if (s.samples.length < 5) s.samples.push(value);
      }
    }
  return [...out].map(([name, s]) => ({
    name,
    count: s.count,
    samples: s.samples,
    distinct: s.seen.size,
  }));
}

function leadnetInspection(value: unknown): Inspection {
  const doc = isRecord(value) ? value : {};
  const list = (v: unknown) => (Array.isArray(v) ? v.filter(isRecord) : []);
  const asRaw = (items: Record<string, unknown>[]) =>
    items.map((i) => ({
      attributes: new Map(Object.entries(isRecord(i.attributes) ? i.attributes : {})),
    }));
  return {
    format: 'leadnet',
    needsMapping: false,
    nodes: list(doc.actors).length,
    edges: list(doc.ties).length,
    directed: true,
    nodeAttributes: summarize(asRaw(list(doc.actors))),
    edgeAttributes: summarize(asRaw(list(doc.ties))),
    suggested: {},
  };
}

/** The format and what a file offers for the mapping step; nothing is mapped or checked yet. */
export function inspect(source: ImportSource, options: ImportOptions = {}): InspectResult {
  try {
    const report = new ReportCollector();
    const result = read(source, options, report);
    if (!('raw' in result)) return { ok: true, inspection: leadnetInspection(result.value) };
    const { raw } = result;
    const directedCount = raw.edges.filter((e) => e.directed).length;
    const ownFile =
      raw.carrier !== undefined &&
      applyCarrier({ ...raw, nodes: [], edges: [] }, report, source.name) !== undefined;
    return {
      ok: true,
      inspection: {
        format: result.format,
        needsMapping: !ownFile,
        nodes: raw.nodes.length,
        edges: raw.edges.length,
        directed: directedCount === raw.edges.length ? true : directedCount === 0 ? false : 'mixed',
        nodeAttributes: summarize(raw.nodes),
        edgeAttributes: summarize(raw.edges),
        suggested: suggestMapping(raw),
      },
    };
  } catch (error) {
    return failure(source, error);
  }
}

/**
 * Reads, maps and checks a file; the report says what was kept, changed and refused.
 * `reading` is for the tests only: GEXF and GraphML on one of their two paths (xml-reading.ts).
 */
export function importNetwork(
  source: ImportSource,
  options: ImportOptions = {},
  reading: XmlReading = 'auto',
): ImportResult {
  try {
    const report = new ReportCollector();
    const result = read(source, options, report, reading);
    if (!('raw' in result)) {
      const imported = importLeadnetValue(
        result.value,
        undefined,
        undefined,
        options.dropInvalid === true,
      );
      if (imported.ok && options.mapping && Object.keys(options.mapping).length)
        imported.report.notes.push({
          message: say('fmt_note_leadnet_mapping', {}),
          count: 1,
          where: [],
        });
      return imported;
    }
    const { raw } = result;
    const chosen = options.mapping ?? {};
    const suggested = suggestMapping(raw);
    const nodeNames = attributeNames(raw.nodes);
    const edgeNames = attributeNames(raw.edges);
    const missing: Message[] = [];
    for (const [field, names, what] of [
      ['roleAttr', nodeNames, 'fmt_word_node'],
      ['groupAttr', nodeNames, 'fmt_word_node'],
      ['labelAttr', nodeNames, 'fmt_word_node'],
      ['kindAttr', edgeNames, 'fmt_word_edge'],
      ['weightAttr', edgeNames, 'fmt_word_edge'],
    ] as const) {
      const name = chosen[field];
      const at = { path: ['mapping', field] };
      if (name && !names.has(name))
        missing.push(
          names.size
            ? say(
                'fmt_mapping_no_attribute',
                { what, name, file: source.name, found: [...names] },
                at,
              )
            : say('fmt_mapping_no_attributes', { what, name, file: source.name }, at),
        );
    }
    if (missing.length) return { ok: false, errors: missing };
    let carrier;
    if (raw.carrier !== undefined) {
      if (isDefaultMapping(chosen, suggested)) carrier = applyCarrier(raw, report, source.name);
      else report.add('notes', say('fmt_note_carrier_mapping', {}));
    }
    return mapToDocument(
      {
        name: source.name,
        raw,
        mapping: resolveMapping(chosen, suggested),
        dropInvalid: options.dropInvalid === true,
        carrier,
      },
      report,
    );
  } catch (error) {
    return failure(source, error);
  }
}

/** The document in one of the export formats (CSV: actors.csv, ties.csv and groups.csv). */
export function exportNetwork(
  doc: NetworkDocument,
  format: ExportFormat,
  options: ExportOptions = {},
): ExportResult {
  switch (format) {
    case 'leadnet':
      return {
        files: [{ name: 'network.json', mime: 'application/json', text: exportLeadnet(doc) }],
        warnings: [],
      };
    case 'gexf':
      return {
        files: [{ name: 'network.gexf', mime: 'application/gexf+xml', text: writeGexf(doc) }],
        warnings: xmlWarnings(doc, 'GEXF', true),
      };
    case 'graphml':
      return {
        files: [
          { name: 'network.graphml', mime: 'application/graphml+xml', text: writeGraphml(doc) },
        ],
        warnings: xmlWarnings(doc, 'GraphML', false),
      };
    case 'csv':
      return writeCsv(doc, options);
    default:
      throw new Error(`exportNetwork: unknown format ${JSON.stringify(format)}`);
  }
}

/** What other tools will not see as Leadnet does (Leadnet itself restores it from the carrier). */
function xmlWarnings(doc: NetworkDocument, format: string, positions: boolean): Message[] {
  const plan = planExport(doc, positions);
  const carried = JSON.parse(plan.carrier) as { actors: unknown[]; ties: unknown[] };
  if (!carried.actors.length && !carried.ties.length) return [];
  return [
    say('fmt_export_xml', { actors: carried.actors.length, ties: carried.ties.length, format }),
  ];
}
