// The structural change under every editing command: remove items, insert whole items at
// indexes, replace items in place. Its inverse puts back the very objects at their very
// indexes, so undo restores the previous document exactly (array order and key order).
import { actorSchema, groupSchema, metaSchema, tieSchema } from '../document/schema';
import { describeValue } from '../document/paths';
import type { NetworkDocument } from '../document/types';
import { checkRules } from '../document/validate';
import { englishText } from '../messages/english';
import { CommandError } from './errors';
import { indexById } from './fields';
import type { Placed, Splice } from './types';

const COLLECTIONS = ['groups', 'actors', 'ties'] as const;
type Collection = (typeof COLLECTIONS)[number];
type Item = { readonly id: string };

const NOUN: Record<Collection, string> = { groups: 'group', actors: 'person', ties: 'tie' };
const SCHEMA = { groups: groupSchema, actors: actorSchema, ties: tieSchema };

export interface SpliceResult {
  doc: NetworkDocument;
  inverse: Splice;
}

/**
 * Applies a splice. `check` validates the result against the document rules (DESIGN §2) and
 * each new item against its schema: for a splice from outside (an undo or redo). The editing
 * commands check their own changes, with messages in the user's words, and skip it.
 */
export function applySplice(doc: NetworkDocument, splice: Splice, check: boolean): SpliceResult {
  const next: Record<string, unknown> = { ...doc };
  const inverse: {
    remove: Record<string, string[]>;
    insert: Record<string, Placed<Item>[]>;
    replace: Record<string, Placed<Item>[]>;
    meta?: NetworkDocument['meta'];
  } = { remove: {}, insert: {}, replace: {} };

  for (const collection of COLLECTIONS) {
    const remove = splice.remove?.[collection] ?? [];
    const insert = (splice.insert?.[collection] ?? []) as readonly Placed<Item>[];
    const replace = (splice.replace?.[collection] ?? []) as readonly Placed<Item>[];
    if (!remove.length && !insert.length && !replace.length) continue;
    const old = doc[collection] as readonly Item[];
    const oldIndex = indexById(old);
    const noun = NOUN[collection];

    const removing = new Set<string>();
    for (const id of remove) {
      if (!oldIndex.has(id)) throw new CommandError(`no ${noun} with id ${describeValue(id)}`);
      removing.add(id);
    }
    const kept = removing.size ? old.filter((item) => !removing.has(item.id)) : old.slice();
    const items = insertAt(kept, insert, noun);
    for (const { at, item } of replace) {
      const current = items[at];
      if (!Number.isInteger(at) || current === undefined || current.id !== item?.id) {
        throw new CommandError(
          `cannot replace ${noun} ${describeValue(item?.id)} at index ${describeValue(at)}`,
        );
      }
      items[at] = item;
    }
    if (check) for (const { item } of [...insert, ...replace]) checkItem(collection, item);

    next[collection] = items;
    inverse.remove[collection] = insert.map(({ item }) => item.id);
    inverse.insert[collection] = old
      .map((item, at) => ({ at, item }))
      .filter(({ item }) => removing.has(item.id));
    inverse.replace[collection] = replace.map(({ item }) => {
      const at = oldIndex.get(item.id)!;
      return { at, item: old[at]! };
    });
  }
  if (splice.meta !== undefined) {
    if (check && !metaSchema.safeParse(splice.meta).success)
      throw new CommandError(`the network's title and description must be text`);
    next.meta = splice.meta;
    inverse.meta = doc.meta;
  }

  const result = next as NetworkDocument;
  if (check) {
    const errors = checkRules(result);
    if (errors.length)
      throw new CommandError(
        errors
          .slice(0, 3)
          .map((e) => englishText(e))
          .join('; '),
      );
  }
  return { doc: result, inverse: inverse as Splice };
}

/** Inserts items at indexes of the resulting array; the indexes must ascend. */
function insertAt(kept: Item[], insert: readonly Placed<Item>[], noun: string): Item[] {
  if (!insert.length) return kept;
  const length = kept.length + insert.length;
  const out: Item[] = [];
  let k = 0;
  let previous = -1;
  for (const { at, item } of insert) {
    if (!Number.isInteger(at) || at <= previous || at >= length) {
      throw new CommandError(
        `cannot insert ${noun} ${describeValue(item?.id)} at index ${describeValue(at)}`,
      );
    }
    while (out.length < at) out.push(kept[k++]!);
    out.push(item);
    previous = at;
  }
  while (k < kept.length) out.push(kept[k++]!);
  return out;
}

function checkItem(collection: Collection, item: unknown): void {
  const parsed = SCHEMA[collection].safeParse(item);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CommandError(
      `${NOUN[collection]} ${describeValue((item as Item | undefined)?.id)}: ${issue?.path.join('.') ?? ''} ${issue?.message ?? 'is not valid'}`,
    );
  }
}
