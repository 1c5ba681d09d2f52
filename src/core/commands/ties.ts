// Adding, changing and deleting ties. A tie points from the one who looks to (source) to the
// one looked to (target); the rules of DESIGN §2 are checked with messages in the user's words.
import { describeValue } from '../document/paths';
import type { NetworkDocument, Tie } from '../document/types';
import { CommandError } from './errors';
import { say } from './messages';
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
  const fields = checkRecord(input, 'cmd_what_new_tie');
  const id =
    fields.id === undefined ? freshId(doc.ties, 'tie') : checkId(fields.id, 'cmd_what_tie');
  if (doc.ties.some((t) => t.id === id)) throw new CommandError(say('cmd_tie_exists', { id }));
  const actors = indexById(doc.actors);
  for (const end of [fields.source, fields.target])
    if (typeof end !== 'string' || !actors.has(end))
      throw new CommandError(say('cmd_no_person', { id: String(end) }));
  const source = fields.source as string;
  const target = fields.target as string;
  const kind = checkNonEmpty(fields.kind, 'cmd_what_tie_kind');
  const weight = fields.weight === undefined ? 1 : checkWeight(fields.weight);
  checkPair(doc, source, target, kind, undefined);
  const tie: Record<string, unknown> = {};
  define(tie, 'id', id);
  define(tie, 'source', source);
  define(tie, 'target', target);
  define(tie, 'kind', kind);
  define(tie, 'weight', weight);
  if (fields.attributes !== undefined)
    define(tie, 'attributes', copyAttributes(fields.attributes, 'cmd_what_new_tie'));
  return applySplice(doc, { insert: { ties: [{ at: doc.ties.length, item: tie as Tie }] } }, false);
}

export function updateTie(doc: NetworkDocument, id: string, patch: TiePatch): SpliceResult {
  const at = doc.ties.findIndex((t) => t.id === id);
  if (at < 0) throw new CommandError(say('cmd_no_tie', { id }));
  const fields = checkRecord(patch, 'cmd_what_tie_change');
  const tie = doc.ties[at]!;
  const changes = new Map<string, unknown>();
  if (hasOwn(fields, 'kind') && fields.kind !== undefined)
    changes.set('kind', checkNonEmpty(fields.kind, 'cmd_what_tie_kind'));
  if (hasOwn(fields, 'weight') && fields.weight !== undefined)
    changes.set('weight', checkWeight(fields.weight));
  if (hasOwn(fields, 'reverse') && fields.reverse !== undefined) {
    if (typeof fields.reverse !== 'boolean')
      throw new CommandError(say('cmd_reverse', { got: describeValue(fields.reverse) }));
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
  if (!Array.isArray(ids) || ids.length === 0)
    throw new CommandError(say('cmd_nothing_to_delete', {}));
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
  if (source === target) throw new CommandError(say('cmd_self_tie', {}));
  const other = doc.ties.find(
    (t) => t.id !== except && t.source === source && t.target === target && t.kind === kind,
  );
  if (other) {
    throw new CommandError(
      say('cmd_tie_twice', {
        kind,
        source: personName(doc, source),
        target: personName(doc, target),
      }),
    );
  }
}
