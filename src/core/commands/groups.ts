// Adding, changing and deleting groups (teams, organisations, regions). Deleting a group keeps
// its people (they become ungrouped) and its subgroups (they move up to its parent).
import type { Actor, Group, NetworkDocument } from '../document/types';
import { CommandError } from './errors';
import { say } from './messages';
import {
  GROUP_FIELDS,
  checkId,
  checkNonEmpty,
  checkRecord,
  checkText,
  copyAttributes,
  define,
  freshId,
  groupName,
  hasOwn,
  indexById,
  withFields,
} from './fields';
import { type SpliceResult, applySplice } from './splice';
import type { GroupPatch, NewGroup, Placed } from './types';

export function addGroup(doc: NetworkDocument, input: NewGroup): SpliceResult {
  const fields = checkRecord(input, 'cmd_what_new_group');
  const id =
    fields.id === undefined ? freshId(doc.groups, 'group') : checkId(fields.id, 'cmd_what_group');
  if (doc.groups.some((g) => g.id === id)) throw new CommandError(say('cmd_group_exists', { id }));
  const group: Record<string, unknown> = {};
  define(group, 'id', id);
  if (fields.label !== undefined) {
    checkText(fields.label, 'cmd_what_group_name');
    define(group, 'label', fields.label);
  }
  define(group, 'kind', checkNonEmpty(fields.kind, 'cmd_what_group_kind'));
  if (fields.parent !== undefined) define(group, 'parent', checkParent(doc, fields.parent));
  if (fields.attributes !== undefined)
    define(group, 'attributes', copyAttributes(fields.attributes, 'cmd_what_new_group'));
  return applySplice(
    doc,
    { insert: { groups: [{ at: doc.groups.length, item: group as Group }] } },
    false,
  );
}

export function updateGroup(doc: NetworkDocument, id: string, patch: GroupPatch): SpliceResult {
  const at = doc.groups.findIndex((g) => g.id === id);
  if (at < 0) throw new CommandError(say('cmd_no_group', { id }));
  const fields = checkRecord(patch, 'cmd_what_group_change');
  const changes = new Map<string, unknown>();
  if (hasOwn(fields, 'label') && fields.label !== undefined) {
    if (fields.label !== null) checkText(fields.label, 'cmd_what_group_name');
    changes.set('label', fields.label ?? undefined);
  }
  if (hasOwn(fields, 'kind') && fields.kind !== undefined)
    changes.set('kind', checkNonEmpty(fields.kind, 'cmd_what_group_kind'));
  if (hasOwn(fields, 'parent') && fields.parent !== undefined) {
    if (fields.parent === null) changes.set('parent', undefined);
    else {
      const parent = checkParent(doc, fields.parent);
      if (parent === id) throw new CommandError(say('cmd_group_in_itself', {}));
      if (ancestors(doc, parent).has(id))
        throw new CommandError(
          say('cmd_group_cycle', { group: groupName(doc, id), parent: groupName(doc, parent) }),
        );
      changes.set('parent', parent);
    }
  }
  if (hasOwn(fields, 'attributes') && fields.attributes !== undefined) {
    changes.set(
      'attributes',
      fields.attributes === null ? undefined : copyAttributes(fields.attributes, 'cmd_what_group'),
    );
  }
  const group = withFields(doc.groups[at]!, changes, GROUP_FIELDS);
  return applySplice(doc, { replace: { groups: [{ at, item: group }] } }, false);
}

/**
 * Deletes groups. Members become ungrouped; a group nested in a deleted one moves up to the
 * nearest ancestor that stays (or to the top). Undo restores groups, members and nesting.
 */
export function deleteGroups(doc: NetworkDocument, ids: readonly string[]): SpliceResult {
  if (!Array.isArray(ids) || ids.length === 0)
    throw new CommandError(say('cmd_nothing_to_delete', {}));
  const index = indexById(doc.groups);
  for (const id of ids) if (!index.has(id)) throw new CommandError(say('cmd_no_group', { id }));
  const gone = new Set(ids);
  /** The nearest ancestor that stays; undefined for the top. Cycle-safe (a valid document has none). */
  const heir = (parent: string | undefined): string | undefined => {
    const seen = new Set<string>();
    let at = parent;
    while (at !== undefined && gone.has(at) && !seen.has(at)) {
      seen.add(at);
      at = doc.groups[index.get(at)!]?.parent;
    }
    return at !== undefined && gone.has(at) ? undefined : at;
  };

  const kept = doc.groups.filter((g) => !gone.has(g.id));
  const groups: Placed<Group>[] = [];
  kept.forEach((group, at) => {
    if (group.parent === undefined || !gone.has(group.parent)) return;
    const item = withFields(group, new Map([['parent', heir(group.parent)]]), GROUP_FIELDS);
    groups.push({ at, item });
  });
  const actors: Placed<Actor>[] = [];
  doc.actors.forEach((actor, at) => {
    if (actor.group !== undefined && gone.has(actor.group))
      actors.push({ at, item: withFields(actor, new Map([['group', undefined]]), ['group']) });
  });
  return applySplice(doc, { remove: { groups: [...gone] }, replace: { groups, actors } }, false);
}

function checkParent(doc: NetworkDocument, parent: unknown): string {
  if (typeof parent !== 'string' || !doc.groups.some((g) => g.id === parent))
    throw new CommandError(say('cmd_no_group', { id: String(parent) }));
  return parent;
}

/** A group and the groups it sits in. */
function ancestors(doc: NetworkDocument, id: string): Set<string> {
  const index = indexById(doc.groups);
  const seen = new Set<string>();
  for (let at: string | undefined = id; at !== undefined && !seen.has(at);) {
    seen.add(at);
    at = doc.groups[index.get(at) ?? -1]?.parent;
  }
  return seen;
}
