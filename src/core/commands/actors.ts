// Adding, changing and deleting people. Each checks its change with a message in the user's
// words, then comes down to a splice (splice.ts), whose inverse restores exactly.
import { describeValue } from '../document/paths';
import type { Actor, NetworkDocument } from '../document/types';
import { CommandError } from './errors';
import { say } from './messages';
import {
  ACTOR_FIELDS,
  checkId,
  checkNonEmpty,
  checkRecord,
  checkText,
  copyAttributes,
  define,
  freshId,
  hasOwn,
  indexById,
  withFields,
} from './fields';
import { type SpliceResult, applySplice } from './splice';
import type { ActorPatch, NewActor } from './types';

export function addActor(doc: NetworkDocument, input: NewActor): SpliceResult {
  const fields = checkRecord(input, 'cmd_what_new_person');
  const id =
    fields.id === undefined ? freshId(doc.actors, 'person') : checkId(fields.id, 'cmd_what_person');
  if (doc.actors.some((a) => a.id === id)) throw new CommandError(say('cmd_person_exists', { id }));
  const actor: Record<string, unknown> = {};
  define(actor, 'id', id);
  if (fields.label !== undefined) {
    checkText(fields.label, 'cmd_what_person_name');
    define(actor, 'label', fields.label);
  }
  define(actor, 'role', checkNonEmpty(fields.role, 'cmd_what_person_role'));
  if (fields.group !== undefined) define(actor, 'group', checkGroup(doc, fields.group));
  if (fields.attributes !== undefined)
    define(actor, 'attributes', copyAttributes(fields.attributes, 'cmd_what_new_person'));
  if (fields.position !== undefined) define(actor, 'position', checkPosition(fields.position));
  return applySplice(
    doc,
    { insert: { actors: [{ at: doc.actors.length, item: actor as Actor }] } },
    false,
  );
}

export function updateActor(doc: NetworkDocument, id: string, patch: ActorPatch): SpliceResult {
  const at = doc.actors.findIndex((a) => a.id === id);
  if (at < 0) throw new CommandError(say('cmd_no_person', { id }));
  const fields = checkRecord(patch, 'cmd_what_person_change');
  const changes = new Map<string, unknown>();
  if (hasOwn(fields, 'label') && fields.label !== undefined) {
    if (fields.label !== null) checkText(fields.label, 'cmd_what_person_name');
    changes.set('label', fields.label ?? undefined);
  }
  if (hasOwn(fields, 'role') && fields.role !== undefined)
    changes.set('role', checkNonEmpty(fields.role, 'cmd_what_person_role'));
  if (hasOwn(fields, 'group') && fields.group !== undefined)
    changes.set('group', fields.group === null ? undefined : checkGroup(doc, fields.group));
  if (hasOwn(fields, 'attributes') && fields.attributes !== undefined) {
    changes.set(
      'attributes',
      fields.attributes === null ? undefined : copyAttributes(fields.attributes, 'cmd_what_person'),
    );
  }
  const actor = withFields(doc.actors[at]!, changes, ACTOR_FIELDS);
  return applySplice(doc, { replace: { actors: [{ at, item: actor }] } }, false);
}

/** Deletes people and every tie to or from them. */
export function deleteActors(doc: NetworkDocument, ids: readonly string[]): SpliceResult {
  if (!Array.isArray(ids) || ids.length === 0)
    throw new CommandError(say('cmd_nothing_to_delete', {}));
  const index = indexById(doc.actors);
  for (const id of ids) if (!index.has(id)) throw new CommandError(say('cmd_no_person', { id }));
  const gone = new Set(ids);
  const ties = doc.ties.filter((t) => gone.has(t.source) || gone.has(t.target)).map((t) => t.id);
  return applySplice(doc, { remove: { actors: [...gone], ties } }, false);
}

function checkGroup(doc: NetworkDocument, group: unknown): string {
  if (typeof group !== 'string' || !doc.groups.some((g) => g.id === group))
    throw new CommandError(say('cmd_no_group', { id: String(group) }));
  return group;
}

function checkPosition(position: unknown): { x: number; y: number } {
  const p = position as { x?: unknown; y?: unknown } | null;
  if (
    typeof p !== 'object' ||
    p === null ||
    typeof p.x !== 'number' ||
    typeof p.y !== 'number' ||
    !Number.isFinite(p.x) ||
    !Number.isFinite(p.y)
  ) {
    throw new CommandError(say('cmd_position', { got: describeValue(position) }));
  }
  return { x: p.x, y: p.y };
}
