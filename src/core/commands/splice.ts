// The structural change under every editing command: remove items, insert whole items at
// indexes, replace items in place. Its inverse puts back the very objects at their very
// indexes, so undo restores the previous document exactly (array order and key order).
import { actorSchema, groupSchema, metaSchema, tieSchema } from '../document/schema';
import { describeValue } from '../document/paths';
import type { NetworkDocument } from '../document/types';
import { checkRules, schemaIssue } from '../document/validate';
import { CommandError } from './errors';
import { indexById } from './fields';
import { type What, say } from './messages';
import type { Placed, Splice } from './types';

const COLLECTIONS = ['groups', 'actors', 'ties'] as const;
type Collection = (typeof COLLECTIONS)[number];
type Item = { readonly id: string };

const NOUN: Record<Collection, What> = {
  groups: 'cmd_what_group',
  actors: 'cmd_what_person',
  ties: 'cmd_what_tie',
};
const MISSING = { groups: 'cmd_no_group', actors: 'cmd_no_person', ties: 'cmd_no_tie' } as const;
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
      if (!oldIndex.has(id)) throw new CommandError(say(MISSING[collection], { id }));
      removing.add(id);
    }
    const kept = removing.size ? old.filter((item) => !removing.has(item.id)) : old.slice();
    const items = insertAt(kept, insert, noun);
    for (const { at, item } of replace) {
      const current = items[at];
      if (!Number.isInteger(at) || current === undefined || current.id !== item?.id) {
        throw new CommandError(
          say('cmd_cannot_replace', {
            what: noun,
            id: describeValue(item?.id),
            at: describeValue(at),
          }),
        );
      }
      items[at] = item;
    }
    if (check) for (const { item, at } of [...insert, ...replace]) checkItem(collection, item, at);

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
      throw new CommandError(say('cmd_meta_text', {}));
    next.meta = splice.meta;
    inverse.meta = doc.meta;
  }

  const result = next as NetworkDocument;
  if (check) {
    const errors = checkRules(result);
    if (errors.length) throw new CommandError(errors.slice(0, 3));
  }
  return { doc: result, inverse: inverse as Splice };
}

/** Inserts items at indexes of the resulting array; the indexes must ascend. */
function insertAt(kept: Item[], insert: readonly Placed<Item>[], noun: What): Item[] {
  if (!insert.length) return kept;
  const length = kept.length + insert.length;
  const out: Item[] = [];
  let k = 0;
  let previous = -1;
  for (const { at, item } of insert) {
    if (!Number.isInteger(at) || at <= previous || at >= length) {
      throw new CommandError(
        say('cmd_cannot_insert', {
          what: noun,
          id: describeValue(item?.id),
          at: describeValue(at),
        }),
      );
    }
    while (out.length < at) out.push(kept[k++]!);
    out.push(item);
    previous = at;
  }
  while (k < kept.length) out.push(kept[k++]!);
  return out;
}

/** An item from outside checked against its schema: the first complaint, at its path. */
function checkItem(collection: Collection, item: unknown, at: number): void {
  const parsed = SCHEMA[collection].safeParse(item, { reportInput: true });
  if (!parsed.success)
    throw new CommandError(schemaIssue(parsed.error.issues[0]!, [collection, at]));
}
