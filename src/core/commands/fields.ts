// Building items for commands: copies that keep odd keys (`__proto__`) as data, fields set in
// the order a parsed file has them, fresh ids, and the checks shared by several commands.
import { type AttributeValue, attributesSchema } from '../document/schema';
import { describeValue } from '../document/paths';
import type { NetworkDocument } from '../document/types';
import { CommandError } from './errors';
import { type What, say } from './messages';

/** The known fields of each item, in the schema's order: where a parsed document has them. */
export const ACTOR_FIELDS = ['id', 'label', 'role', 'group', 'attributes', 'position'];
export const TIE_FIELDS = ['id', 'source', 'target', 'kind', 'weight', 'attributes'];
export const GROUP_FIELDS = ['id', 'label', 'kind', 'parent', 'attributes'];
export const META_FIELDS = ['title', 'description', 'source', 'created'];

/** Copies a key as an own data property, so an id-like key such as `__proto__` stays data. */
export function define(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

export const hasOwn = (value: object, key: string): boolean =>
  Object.prototype.hasOwnProperty.call(value, key);

/**
 * A copy of `item` with `changes` applied (a change to undefined removes the key). A key the
 * item has keeps its place; a new known key goes where `order` puts it among the known keys,
 * before any unknown ones, so an edit and its undo leave the key order as a parsed file has it.
 */
export function withFields<T extends object>(
  item: T,
  changes: ReadonlyMap<string, unknown>,
  order: readonly string[],
): T {
  const rank = (key: string) => {
    const i = order.indexOf(key);
    return i < 0 ? order.length : i;
  };
  const added = [...changes.keys()]
    .filter((key) => !hasOwn(item, key) && changes.get(key) !== undefined)
    .sort((a, b) => rank(a) - rank(b));
  const out: Record<string, unknown> = {};
  const addUpTo = (limit: number) => {
    while (added.length && rank(added[0]!) < limit) {
      const key = added.shift()!;
      define(out, key, changes.get(key));
    }
  };
  for (const [key, value] of Object.entries(item)) {
    addUpTo(rank(key));
    if (!changes.has(key)) define(out, key, value);
    else if (changes.get(key) !== undefined) define(out, key, changes.get(key));
  }
  addUpTo(Number.POSITIVE_INFINITY);
  return out as T;
}

/** A copy of an attributes object, own keys only, each kept as data. */
export function copyAttributes(
  attributes: unknown,
  what: What,
): Readonly<Record<string, AttributeValue>> {
  if (!attributesSchema.safeParse(attributes).success)
    throw new CommandError(say('cmd_attributes', { what, got: describeValue(attributes) }));
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(attributes as object)) define(out, key, value);
  return out as Record<string, AttributeValue>;
}

export { freshId } from './fresh-id';

export function checkId(id: unknown, what: What): string {
  if (typeof id !== 'string' || id.length === 0)
    throw new CommandError(say('cmd_id', { what, got: describeValue(id) }));
  return id;
}

export function checkText(value: unknown, what: What): void {
  if (typeof value !== 'string')
    throw new CommandError(say('cmd_not_text', { what, got: describeValue(value) }));
}

export function checkNonEmpty(value: unknown, what: What): string {
  if (typeof value !== 'string' || value.trim().length === 0)
    throw new CommandError(say('cmd_empty', { what, got: describeValue(value) }));
  return value;
}

export function checkWeight(weight: unknown): number {
  if (typeof weight !== 'number' || !Number.isFinite(weight) || weight <= 0 || weight > 1)
    throw new CommandError(say('cmd_weight', { got: describeValue(weight) }));
  return weight;
}

/** Index maps by id, built once per command. */
export function indexById(items: readonly { readonly id: string }[]): Map<string, number> {
  const index = new Map<string, number>();
  items.forEach((item, i) => index.set(item.id, i));
  return index;
}

/** How a message names a person: their label, or their id when they have none. */
export function personName(doc: NetworkDocument | undefined, id: string): string {
  return doc?.actors.find((a) => a.id === id)?.label ?? id;
}

/** How a message names a group: its label, or its id when it has none. */
export function groupName(doc: NetworkDocument | undefined, id: string): string {
  return doc?.groups.find((g) => g.id === id)?.label ?? id;
}

/** Whether an object is a plain record (the shape a patch or new item must have). */
export function checkRecord(value: unknown, what: What): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new CommandError(say('cmd_not_object', { what, got: describeValue(value) }));
  return value as Record<string, unknown>;
}
