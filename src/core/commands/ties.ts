// Adding, changing and deleting ties. A tie points from the one who looks to (source) to the
// one looked to (target); the rules of DESIGN §2 are checked with messages in the user's words.
import { describeValue } from '../document/paths';
import type { NetworkDocument, Tie } from '../document/types';
import { CommandError } from './errors';
import {
  TIE_FIELDS,
  checkId,
  checkNonEmpty,
  checkRecord,
  checkWeight,
  copyAttributes,
  define,
  freshId,
  hasOwn,
  indexById,
  personName,
  withFields,
} from './fields';
import { type SpliceResult, applySplice } from './splice';
import type { NewTie, TiePatch } from './types';

export function addTie(doc: NetworkDocument, input: NewTie): SpliceResult {
  const fields = checkRecord(input, 'a new tie');
  const id = fields.id === undefined ? freshId(doc.ties, 'tie') : checkId(fields.id, 'a tie');
  if (doc.ties.some((t) => t.id === id))
    throw new CommandError(`there is already a tie with id ${describeValue(id)}`);
  const actors = indexById(doc.actors);
  for (const end of [fields.source, fields.target])
    if (typeof end !== 'string' || !actors.has(end))
      throw new CommandError(`no person with id ${describeValue(end)}`);
  const source = fields.source as string;
  const target = fields.target as string;
  const kind = checkNonEmpty(fields.kind, "a tie's kind");
  const weight = fields.weight === undefined ? 1 : checkWeight(fields.weight);
  checkPair(doc, source, target, kind, undefined);
  const tie: Record<string, unknown> = {};
  define(tie, 'id', id);
  define(tie, 'source', source);
  define(tie, 'target', target);
  define(tie, 'kind', kind);
  define(tie, 'weight', weight);
  if (fields.attributes !== undefined)
    define(tie, 'attributes', copyAttributes(fields.attributes, 'a new tie'));
  return applySplice(doc, { insert: { ties: [{ at: doc.ties.length, item: tie as Tie }] } }, false);
}

export function updateTie(doc: NetworkDocument, id: string, patch: TiePatch): SpliceResult {
  const at = doc.ties.findIndex((t) => t.id === id);
  if (at < 0) throw new CommandError(`no tie with id ${describeValue(id)}`);
  const fields = checkRecord(patch, 'a change to a tie');
  const tie = doc.ties[at]!;
  const changes = new Map<string, unknown>();
  if (hasOwn(fields, 'kind') && fields.kind !== undefined)
    changes.set('kind', checkNonEmpty(fields.kind, "a tie's kind"));
  if (hasOwn(fields, 'weight') && fields.weight !== undefined)
    changes.set('weight', checkWeight(fields.weight));
  if (hasOwn(fields, 'reverse') && fields.reverse !== undefined) {
    if (typeof fields.reverse !== 'boolean')
      throw new CommandError(
        `reverse must be true or false (got ${describeValue(fields.reverse)})`,
      );
    if (fields.reverse) {
      changes.set('source', tie.target);
      changes.set('target', tie.source);
    }
  }
  const next = withFields(tie, changes, TIE_FIELDS);
  checkPair(doc, next.source, next.target, next.kind, id);
  return applySplice(doc, { replace: { ties: [{ at, item: next }] } }, false);
}

export function deleteTies(doc: NetworkDocument, ids: readonly string[]): SpliceResult {
  if (!Array.isArray(ids) || ids.length === 0) throw new CommandError('nothing to delete');
  return applySplice(doc, { remove: { ties: ids } }, false);
}

/** No self-tie, and at most one tie per (source, target, kind) besides the one being changed. */
function checkPair(
  doc: NetworkDocument,
  source: string,
  target: string,
  kind: string,
  except: string | undefined,
): void {
  if (source === target) throw new CommandError('a person cannot look to themself');
  const other = doc.ties.find(
    (t) => t.id !== except && t.source === source && t.target === target && t.kind === kind,
  );
  if (other) {
    throw new CommandError(
      `there is already a ${kind} tie from ${personName(doc, source)} to ${personName(doc, target)}`,
    );
  }
}
