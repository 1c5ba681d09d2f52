// Adding, changing and deleting people. Each checks its change with a message in the user's
// words, then comes down to a splice (splice.ts), whose inverse restores exactly.
import { describeValue } from '../document/paths';
import type { Actor, NetworkDocument } from '../document/types';
import { CommandError } from './errors';
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
  const fields = checkRecord(input, 'a new person');
  const id =
    fields.id === undefined ? freshId(doc.actors, 'person') : checkId(fields.id, 'a person');
  if (doc.actors.some((a) => a.id === id))
    throw new CommandError(`there is already a person with id ${describeValue(id)}`);
  const actor: Record<string, unknown> = {};
  define(actor, 'id', id);
  if (fields.label !== undefined) {
    checkText(fields.label, "a person's name");
    define(actor, 'label', fields.label);
  }
  define(actor, 'role', checkNonEmpty(fields.role, "a person's role"));
  if (fields.group !== undefined) define(actor, 'group', checkGroup(doc, fields.group));
  if (fields.attributes !== undefined)
    define(actor, 'attributes', copyAttributes(fields.attributes, 'a new person'));
  if (fields.position !== undefined) define(actor, 'position', checkPosition(fields.position));
  return applySplice(
    doc,
    { insert: { actors: [{ at: doc.actors.length, item: actor as Actor }] } },
    false,
  );
}

export function updateActor(doc: NetworkDocument, id: string, patch: ActorPatch): SpliceResult {
  const at = doc.actors.findIndex((a) => a.id === id);
  if (at < 0) throw new CommandError(`no person with id ${describeValue(id)}`);
  const fields = checkRecord(patch, 'a change to a person');
  const changes = new Map<string, unknown>();
  if (hasOwn(fields, 'label') && fields.label !== undefined) {
    if (fields.label !== null) checkText(fields.label, "a person's name");
    changes.set('label', fields.label ?? undefined);
  }
  if (hasOwn(fields, 'role') && fields.role !== undefined)
    changes.set('role', checkNonEmpty(fields.role, "a person's role"));
  if (hasOwn(fields, 'group') && fields.group !== undefined)
    changes.set('group', fields.group === null ? undefined : checkGroup(doc, fields.group));
  if (hasOwn(fields, 'attributes') && fields.attributes !== undefined) {
    changes.set(
      'attributes',
      fields.attributes === null ? undefined : copyAttributes(fields.attributes, 'a person'),
    );
  }
  const actor = withFields(doc.actors[at]!, changes, ACTOR_FIELDS);
  return applySplice(doc, { replace: { actors: [{ at, item: actor }] } }, false);
}

/** Deletes people and every tie to or from them. */
export function deleteActors(doc: NetworkDocument, ids: readonly string[]): SpliceResult {
  if (!Array.isArray(ids) || ids.length === 0) throw new CommandError('nothing to delete');
  const index = indexById(doc.actors);
  for (const id of ids)
    if (!index.has(id)) throw new CommandError(`no person with id ${describeValue(id)}`);
  const gone = new Set(ids);
  const ties = doc.ties.filter((t) => gone.has(t.source) || gone.has(t.target)).map((t) => t.id);
  return applySplice(doc, { remove: { actors: [...gone], ties } }, false);
}

function checkGroup(doc: NetworkDocument, group: unknown): string {
  if (typeof group !== 'string' || !doc.groups.some((g) => g.id === group))
    throw new CommandError(`no group with id ${describeValue(group)}`);
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
    throw new CommandError(
      `a position must be two finite numbers (got ${describeValue(position)})`,
    );
  }
  return { x: p.x, y: p.y };
}
