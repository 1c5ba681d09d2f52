// The intermediate graph every foreign reader produces (nodes and edges with attributes and a
// direction flag), before mapping.ts turns it into a Leadnet network. Keys are user data, so
// attributes live in Maps and output objects get own properties only (defineOwn).
import type { AttributeValue } from '../document/schema';
import type { Location } from '../messages/types';
import type { ImportFormat } from './types';
import type { ReportCollector } from './report';

/** Attribute values as the file gave them; mapping.ts makes them AttributeValues. */
export type RawAttributes = Map<string, unknown>;

/** What the `leadnet` carrier of our own exports restores exactly (see carrier.ts). */
export interface ExactFields {
  id?: string;
  label?: string;
  role?: string;
  group?: string;
  kind?: string;
  attributes?: Record<string, AttributeValue>;
  /** Fields other tools added to an actor or tie (kept on a round trip). */
  fields?: Record<string, unknown>;
  position?: { x: number; y: number };
}

export interface RawNode {
  id: string | undefined;
  attributes: RawAttributes;
  /** A compound parent (Cytoscape `data.parent`, GEXF `pid`): becomes the actor's group. */
  parent?: string;
  position?: { x: number; y: number };
  /** Where in the file, for messages: `nodes[3]`, `graph > nodes > node[3]` line 12. */
  where: Location;
  exact?: ExactFields;
}

export interface RawEdge {
  id: string | undefined;
  source: string | undefined;
  target: string | undefined;
  directed: boolean;
  attributes: RawAttributes;
  where: Location;
  exact?: ExactFields;
}

/** A group the file declares itself (CSV group table, Cytoscape compound node). */
export interface RawGroup {
  id: string | undefined;
  label?: string;
  kind?: string;
  parent?: string;
  attributes: RawAttributes;
  where: Location;
  exact?: Record<string, unknown>;
}

export interface RawGraph {
  format: ImportFormat;
  nodes: RawNode[];
  edges: RawEdge[];
  groups: RawGroup[];
  /** The `leadnet` graph attribute of Leadnet's own GEXF and GraphML exports (JSON text). */
  carrier?: string;
  /** Attribute names follow Leadnet's escaping (`attr:<name>`): CSV, and files with a carrier. */
  escapedNames?: boolean;
}

export type Reader = (source: import('./types').ImportSource, report: ReportCollector) => RawGraph;

/** Sets an own, enumerable property, even `__proto__`, without touching any prototype. */
export function defineOwn(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/** An object with own properties from entries (safe for any key). */
export function ownObject<T>(entries: Iterable<readonly [string, T]>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [key, value] of entries) defineOwn(out, key, value);
  return out;
}

/** Own entries of a plain JSON object (a `__proto__` key from JSON.parse included). */
export function ownEntries(value: unknown): [string, unknown][] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  return Object.keys(value).map((k) => [k, (value as Record<string, unknown>)[k]]);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An id as a foreign file gives it: strings as they are, numbers as text, else missing. */
export function idOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

// Attribute names that a reader treats as fields (ids, endpoints, direction, the suggested
// mapping). Leadnet writes a user attribute of such a name as `attr:<name>`, and a name that
// already starts with `attr:` or `measure:` gets one more `attr:`, so every name survives.
const RESERVED = {
  node: new Set(['id', 'label', 'role', 'group']),
  edge: new Set(['id', 'source', 'target', 'from', 'to', 'type', 'kind', 'weight', 'label']),
  group: new Set(['id', 'label', 'kind', 'parent']),
};
export type ElementClass = keyof typeof RESERVED;

export function escapeAttributeName(name: string, of: ElementClass): string {
  const lower = name.toLowerCase();
  return RESERVED[of].has(lower.trim()) || lower.startsWith('attr:') || lower.startsWith('measure:')
    ? `attr:${name}`
    : name;
}

export function unescapeAttributeName(name: string): string {
  return name.toLowerCase().startsWith('attr:') ? name.slice(5) : name;
}
