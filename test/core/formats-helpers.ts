// Shared by the format tests: export then import again, the one normalisation CSV is allowed
// (what its export warnings say it cannot carry), and a document full of odd ids.
import type { AttributeValue } from '../../src/core/document';
import { type NetworkDocument, parseDocument } from '../../src/core/document';
import { englishText } from '../../src/core/messages';
import {
  type ExportFormat,
  type ImportResult,
  exportNetwork,
  importNetwork,
} from '../../src/core/formats';

export const EXPORT_FORMATS: ExportFormat[] = ['leadnet', 'gexf', 'graphml', 'csv'];

/** A valid document from a JSON-like value (fails the test when it is not valid). */
export function valid(value: unknown): NetworkDocument {
  const parsed = parseDocument(JSON.parse(JSON.stringify(value)));
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => englishText(e)).join('\n'));
  return parsed.doc;
}

/** The files of an export as an import source (CSV: ties.csv with its two tables). */
export function exportedSource(doc: NetworkDocument, format: ExportFormat) {
  const { files } = exportNetwork(doc, format);
  if (format !== 'csv') return { name: files[0]!.name, text: files[0]!.text };
  const file = (name: string) => files.find((f) => f.name === name)!;
  return {
    name: 'ties.csv',
    text: file('ties.csv').text,
    nodes: file('actors.csv'),
    groups: file('groups.csv'),
  };
}

export function reimport(doc: NetworkDocument, format: ExportFormat): ImportResult {
  return importNetwork(exportedSource(doc, format));
}

const isCanonicalNumber = (v: string) => Number.isFinite(Number(v)) && String(Number(v)) === v;

/** The documented CSV typing rule, restated: a column of numbers, of true/false, or text. */
function retype(items: { attributes?: Record<string, AttributeValue> }[]): void {
  const columns = new Map<string, string[]>();
  for (const item of items)
    for (const [k, v] of Object.entries(item.attributes ?? {}))
      if (v !== null && v !== '') columns.set(k, [...(columns.get(k) ?? []), String(v)]);
  const kind = new Map<string, 'number' | 'boolean' | 'string'>();
  for (const [k, texts] of columns)
    kind.set(
      k,
      texts.every(isCanonicalNumber)
        ? 'number'
        : texts.every((t) => t === 'true' || t === 'false')
          ? 'boolean'
          : 'string',
    );
  for (const item of items) {
    if (!item.attributes) continue;
    const out: Record<string, AttributeValue> = {};
    for (const [k, v] of Object.entries(item.attributes)) {
      if (v === null || v === '') continue;
      const t = String(v);
      const value =
        kind.get(k) === 'number' ? Number(t) : kind.get(k) === 'boolean' ? t === 'true' : t;
      Object.defineProperty(out, k, {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    if (Object.keys(out).length) item.attributes = out;
    else delete item.attributes;
  }
}

function only<T extends object>(item: T, keys: string[]): T {
  const out = {} as T;
  for (const k of keys)
    if (Object.prototype.hasOwnProperty.call(item, k))
      Object.defineProperty(out, k, {
        value: (item as Record<string, unknown>)[k],
        enumerable: true,
        writable: true,
        configurable: true,
      });
  return out;
}

/**
 * What a CSV round trip gives back, by the export's warnings: no attribute types (re-read by
 * column), no positions, no meta, scenarios, parameters or views, no fields other tools
 * added, empty labels and null or empty attribute values read as none. Nothing else changes.
 */
export function csvExpectation(doc: NetworkDocument, name = 'ties.csv'): NetworkDocument {
  const copy = JSON.parse(JSON.stringify(doc)) as Record<string, unknown> & {
    actors: Record<string, unknown>[];
    ties: Record<string, unknown>[];
    groups: Record<string, unknown>[];
  };
  const actors = copy.actors.map((a) => only(a, ['id', 'label', 'role', 'group', 'attributes']));
  const ties = copy.ties.map((t) =>
    only(t, ['id', 'source', 'target', 'kind', 'weight', 'attributes']),
  );
  const groups = copy.groups.map((g) => only(g, ['id', 'label', 'kind', 'parent', 'attributes']));
  for (const item of [...actors, ...groups]) if (item.label === '') delete item.label;
  retype(actors);
  retype(ties);
  retype(groups);
  return valid({
    format: copy.format,
    version: copy.version,
    meta: { source: name },
    groups,
    actors,
    ties,
  });
}

/** Ids that break naive code: prototype keys, unicode, spaces, XML and CSV specials. */
export const ODD_IDS = [
  '__proto__',
  'constructor',
  'toString',
  'Sø 🏥',
  ' with spaces ',
  `<&>"'`,
  '=cmd',
  "'=x",
  '-1',
  'valueOf',
];

/** A document whose actors, ties, groups and attribute names all use the odd ids. */
export function oddDocument(): NetworkDocument {
  const attributes = (i: number) => {
    const out: Record<string, AttributeValue> = {};
    ODD_IDS.forEach((name, k) =>
      Object.defineProperty(out, name, {
        value: [`v${i}${name}`, i + k + 0.5, k % 2 === 0, `@${name}`][k % 4]!,
        enumerable: true,
        writable: true,
        configurable: true,
      }),
    );
    return out;
  };
  return valid({
    format: 'leadnet-network',
    version: 1,
    meta: { title: 'Odd <ids> & "quotes"', created: '2026-01-31' },
    groups: ODD_IDS.map((id, i) => ({
      id: `g${id}`,
      label: `Group ${id}`,
      kind: i % 2 ? 'team' : 'organization',
      ...(i > 0 ? { parent: `g${ODD_IDS[0]}` } : {}),
      attributes: attributes(i),
    })),
    actors: ODD_IDS.map((id, i) => ({
      id,
      label: `Label ${id}\nline two\ttab`,
      role: ['member', 'coordinator', '+odd role', 'manager'][i % 4],
      group: `g${ODD_IDS[i % 3]}`,
      attributes: attributes(i),
      position: { x: i * 10.5, y: -i },
    })),
    ties: ODD_IDS.slice(1).map((id, i) => ({
      id,
      source: ODD_IDS[i],
      target: id,
      kind: ['leadership', 'support', '@kind'][i % 3],
      weight: (i + 1) / ODD_IDS.length,
      attributes: attributes(i),
    })),
    scenarios: [{ id: 's1', label: 'A scenario', interventions: [] }],
    parameters: { chi0: 0.05 },
    views: [{ id: 'v1', zoom: 2 }],
    extraTopLevel: { kept: true },
  });
}
