// The schema's work on the bulk of a document — its groups, actors and ties — done by hand for
// items that are plainly valid: each is copied exactly as the schema (zod, looseObject) outputs
// it — known keys in the schema's order, a default weight of 1, a position with only x and y,
// other keys after, in the item's order — and the rest of the document goes through the schema
// as before. An item that is not plainly valid (or holds an own `__proto__` key) sends the whole
// document through the schema, so every refusal and its messages stay the schema's. It saves
// most of the schema's time on a 25,000-tie network, in every format's import.
import { type AttributeValue, documentSchema, isAttributes } from './schema';

type Item = Record<string, unknown>;

/** How the schema treats a key that is absent (or undefined). */
type Absent = 'required' | 'optional' | { default: unknown };

interface Field {
  key: string;
  /** The schema's test of a present value. */
  valid: (value: unknown) => boolean;
  absent: Absent;
  /** The value the schema outputs for a valid one (the same value unless it copies it). */
  copy?: (value: unknown) => unknown;
}

const isId = (v: unknown) => typeof v === 'string' && v.length > 0;
const isText = (v: unknown) => typeof v === 'string';
const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isObject = (v: unknown): v is Item =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isPosition = (v: unknown) => isObject(v) && isFiniteNumber(v.x) && isFiniteNumber(v.y);

const ID: Field = { key: 'id', valid: isId, absent: 'required' };
const LABEL: Field = { key: 'label', valid: isText, absent: 'optional' };
const ATTRIBUTES: Field = { key: 'attributes', valid: isAttributes, absent: 'optional' };
const required = (key: string): Field => ({ key, valid: isId, absent: 'required' });
const optionalId = (key: string): Field => ({ key, valid: isId, absent: 'optional' });

const GROUP: Field[] = [ID, LABEL, required('kind'), optionalId('parent'), ATTRIBUTES];
const ACTOR: Field[] = [
  ID,
  LABEL,
  required('role'),
  optionalId('group'),
  ATTRIBUTES,
  {
    key: 'position',
    valid: isPosition,
    absent: 'optional',
    copy: (v) => ({ x: (v as Item).x, y: (v as Item).y }),
  },
];
const TIE: Field[] = [
  ID,
  required('source'),
  required('target'),
  required('kind'),
  {
    key: 'weight',
    valid: (v) => isFiniteNumber(v) && v > 0 && v <= 1,
    absent: { default: 1 },
  },
  ATTRIBUTES,
];

const keysOf = (fields: Field[]) => new Set(fields.map((f) => f.key));
const KINDS = [
  { name: 'groups', fields: GROUP, keys: keysOf(GROUP), absent: 'empty' },
  { name: 'actors', fields: ACTOR, keys: keysOf(ACTOR), absent: 'required' },
  { name: 'ties', fields: TIE, keys: keysOf(TIE), absent: 'empty' },
] as const;

const hasOwn = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key);

/** An item as the schema outputs it, or undefined when it is not plainly valid. */
function copyItem(input: unknown, fields: readonly Field[], known: ReadonlySet<string>) {
  if (!isObject(input) || Object.getPrototypeOf(input) !== Object.prototype) return undefined;
  if (hasOwn(input, '__proto__')) return undefined;
  const out: Item = {};
  for (const field of fields) {
    const value = input[field.key];
    if (value === undefined) {
      if (field.absent === 'required') return undefined;
      if (field.absent === 'optional') {
        if (field.key in input) out[field.key] = undefined;
      } else out[field.key] = field.absent.default;
    } else if (field.valid(value)) out[field.key] = field.copy ? field.copy(value) : value;
    else return undefined;
  }
  for (const key in input) if (!known.has(key)) out[key] = input[key];
  return out;
}

/**
 * The schema's output for a document whose groups, actors and ties are all plainly valid, or
 * undefined (then the caller runs the schema on the whole document).
 */
export function fastSchemaParse(value: unknown): Item | undefined {
  if (!isObject(value) || Object.getPrototypeOf(value) !== Object.prototype) return undefined;
  const lists: Item[][] = [];
  for (const kind of KINDS) {
    const items = value[kind.name];
    if (items === undefined && kind.absent === 'empty') {
      lists.push([]);
      continue;
    }
    if (!Array.isArray(items)) return undefined;
    const out: Item[] = new Array<Item>(items.length);
    for (let i = 0; i < items.length; i += 1) {
      const item = copyItem(items[i], kind.fields, kind.keys);
      if (!item) return undefined;
      out[i] = item;
    }
    lists.push(out);
  }
  const rest = documentSchema.safeParse({ ...value, groups: [], actors: [], ties: [] });
  if (!rest.success) return undefined;
  const doc = rest.data as Item;
  [doc.groups, doc.actors, doc.ties] = lists;
  return doc;
}

export type { AttributeValue };
