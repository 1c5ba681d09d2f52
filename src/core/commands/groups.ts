// Adding, changing and deleting groups (teams, organisations, regions). Deleting a group keeps
// its people (they become ungrouped) and its subgroups (they move up to its parent).
import { describeValue } from '../document/paths';
import type { Actor, Group, NetworkDocument } from '../document/types';
import { CommandError } from './errors';
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
  const fields = checkRecord(input, 'a new group');
  const id = fields.id === undefined ? freshId(doc.groups, 'group') : checkId(fields.id, 'a group');
  if (doc.groups.some((g) => g.id === id))
    throw new CommandError(`there is already a group with id ${describeValue(id)}`);
  const group: Record<string, unknown> = {};
  define(group, 'id', id);
  if (fields.label !== undefined) {
    checkText(fields.label, "a group's name");
    define(group, 'label', fields.label);
  }
  define(group, 'kind', checkNonEmpty(fields.kind, "a group's kind"));
  if (fields.parent !== undefined) define(group, 'parent', checkParent(doc, fields.parent));
  if (fields.attributes !== undefined)
    define(group, 'attributes', copyAttributes(fields.attributes, 'a new group'));
  return applySplice(
    doc,
    { insert: { groups: [{ at: doc.groups.length, item: group as Group }] } },
    false,
  );
}

export function updateGroup(doc: NetworkDocument, id: string, patch: GroupPatch): SpliceResult {
  const at = doc.groups.findIndex((g) => g.id === id);
  if (at < 0) throw new CommandError(`no group with id ${describeValue(id)}`);
  const fields = checkRecord(patch, 'a change to a group');
  const changes = new Map<string, unknown>();
  if (hasOwn(fields, 'label') && fields.label !== undefined) {
    if (fields.label !== null) checkText(fields.label, "a group's name");
    changes.set('label', fields.label ?? undefined);
  }
  if (hasOwn(fields, 'kind') && fields.kind !== undefined)
    changes.set('kind', checkNonEmpty(fields.kind, "a group's kind"));
  if (hasOwn(fields, 'parent') && fields.parent !== undefined) {
    if (fields.parent === null) changes.set('parent', undefined);
    else {
      const parent = checkParent(doc, fields.parent);
      if (parent === id) throw new CommandError('a group cannot be inside itself');
      if (ancestors(doc, parent).has(id)) {
        throw new CommandError(
          `${groupName(doc, id)} cannot be placed inside ${groupName(doc, parent)}, which is inside it`,
        );
      }
      changes.set('parent', parent);
    }
  }
  if (hasOwn(fields, 'attributes') && fields.attributes !== undefined) {
    changes.set(
      'attributes',
      fields.attributes === null ? undefined : copyAttributes(fields.attributes, 'a group'),
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
  if (!Array.isArray(ids) || ids.length === 0) throw new CommandError('nothing to delete');
  const index = indexById(doc.groups);
  for (const id of ids)
    if (!index.has(id)) throw new CommandError(`no group with id ${describeValue(id)}`);
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
    throw new CommandError(`no group with id ${describeValue(parent)}`);
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
