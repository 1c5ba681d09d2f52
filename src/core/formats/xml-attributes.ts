// Typed attribute values shared by the GEXF and GraphML readers: declared attributes (GEXF
// `<attribute>`, GraphML `<key>`) with a type and an optional default, and the conversion of
// their text values. A value that does not fit its declared type is kept as text and reported.
import type { Location } from '../messages/types';
import { say } from './messages';
import type { ReportCollector } from './report';

export interface DeclaredAttribute {
  /** The name users see (GEXF title, GraphML attr.name), made unique within its class. */
  name: string;
  type: 'number' | 'boolean' | 'string';
  default?: string;
}

const NUMBER_TYPES = new Set([
  'integer',
  'int',
  'long',
  'float',
  'double',
  'short',
  'byte',
  'bigdecimal',
  'biginteger',
]);

export function valueType(declared: string | undefined): DeclaredAttribute['type'] {
  const t = (declared ?? 'string').toLowerCase();
  if (NUMBER_TYPES.has(t)) return 'number';
  return t === 'boolean' ? 'boolean' : 'string';
}

/** A text value read as its declared type; misfits stay text, with a report line. */
export function typedValue(
  text: string,
  type: DeclaredAttribute['type'],
  where: Location,
  report: ReportCollector,
): unknown {
  if (type === 'number') {
    const n = text.trim() === '' ? NaN : Number(text);
    if (Number.isFinite(n)) return n;
    report.add('changed', say('fmt_changed_not_number', {}), where);
    return text;
  }
  if (type === 'boolean') {
    const t = text.trim().toLowerCase();
    if (t === 'true' || t === '1') return true;
    if (t === 'false' || t === '0') return false;
    report.add('changed', say('fmt_changed_not_boolean', {}), where);
    return text;
  }
  return text;
}

/** Makes a declared name unique within its class (`name (id)`), noting the rename. */
export function uniqueName(
  wanted: string,
  id: string,
  taken: Set<string>,
  report: ReportCollector,
  where: Location,
): string {
  let name = wanted;
  if (taken.has(name)) {
    name = `${wanted} (${id})`;
    for (let k = 2; taken.has(name); k += 1) name = `${wanted} (${id} ${k})`;
    report.add('notes', say('fmt_note_renamed', {}), where);
  }
  taken.add(name);
  return name;
}
