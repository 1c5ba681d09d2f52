// Parsing and validating a network document: the schema, then the semantic rules of DESIGN §2.
// Every issue is a message (src/core/messages) located by its JSON path, naming the offending
// value, or the person or group by their label.
import type { Location, Message } from '../messages/types';
import { VALUE_MESSAGES } from '../messages/common';
import { zodIssueMessage } from '../messages/zod';
import { MessageError } from '../messages/error';
import { checkLeadnetCounts, readJson } from '../formats/json-text';
import { prepareText } from '../formats/text';
import { DOCUMENT_MESSAGES, say } from './messages';
import { CURRENT_VERSION, FORMAT, documentSchema } from './schema';
import { fastSchemaParse } from './fast-parse';
import { describeValue } from './paths';
import type { NetworkDocument, ParseResult } from './types';
import { checkSurveys } from '../survey/validate';

/** Reporting stops after this many errors: a broken 10k-tie file should not print 10k lines. */
export const MAX_ERRORS = 50;

export { jsonSyntaxMessage } from '../formats/json-text';

/** The codes a schema of the document may give as its custom errors. */
const SCHEMA_CODES = { ...VALUE_MESSAGES.specs, ...DOCUMENT_MESSAGES.specs };

const at = (path: readonly PropertyKey[]): Location => ({
  path: path.map((key) => (typeof key === 'number' ? key : String(key))),
});

/** One schema issue as a message at its path. */
export function schemaIssue(
  issue: Parameters<typeof zodIssueMessage>[0],
  prefix: readonly PropertyKey[] = [],
): Message {
  return zodIssueMessage(issue, at([...prefix, ...issue.path]), SCHEMA_CODES);
}

/**
 * Parses Leadnet JSON text and validates the network it holds, with the limits every reader holds
 * to (src/core/limits.ts): the size, nesting and actor and tie counts are refused, in the same
 * messages as opening the file, before anything walks it. A leading BOM is allowed.
 */
export function parseDocumentText(text: string, name?: string): ParseResult {
  const at: Location = name === undefined ? {} : { file: name };
  let value: unknown;
  try {
    value = readJson(prepareText(text, at), at);
    checkLeadnetCounts(value, at);
  } catch (error) {
    if (error instanceof MessageError) return { ok: false, errors: [...error.messages] };
    throw error;
  }
  return parseDocument(value);
}

/** Validates a parsed JSON value as a network document; the result is normalised (defaults). */
export function parseDocument(value: unknown): ParseResult {
  return parseWith(value, true);
}

/** parseDocument without fast-parse.ts: the schema on the whole value (the tests' reference). */
export function parseDocumentBySchema(value: unknown): ParseResult {
  return parseWith(value, false);
}

function parseWith(value: unknown, fast: boolean): ParseResult {
  const envelope = checkEnvelope(value);
  if (envelope.length) return { ok: false, errors: envelope };

  let doc = fast ? fastSchemaParse(value) : undefined;
  if (!doc) {
    const parsed = documentSchema.safeParse(value, { reportInput: true });
    if (!parsed.success) {
      const errors = parsed.error.issues.slice(0, MAX_ERRORS).map((i) => schemaIssue(i));
      return { ok: false, errors: withOverflow(errors, parsed.error.issues.length) };
    }
    doc = parsed.data;
  }
  restoreDroppedKeys(value, doc);
  const errors = checkRules(doc as NetworkDocument);
  if (errors.length)
    return { ok: false, errors: withOverflow(errors.slice(0, MAX_ERRORS), errors.length) };
  return { ok: true, doc: doc as NetworkDocument, warnings: [] };
}

/** The errors, and one line saying how many more there were when they were cut. */
export function withOverflow(errors: Message[], total: number): Message[] {
  if (total > errors.length) errors.push(say('doc_more_errors', { count: total - errors.length }));
  return errors;
}

function checkEnvelope(value: unknown): Message[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return [say('doc_not_object', { got: describeValue(value) })];
  const record = value as Record<string, unknown>;
  if (record.format !== FORMAT)
    return [
      say('doc_format', { format: FORMAT, got: describeValue(record.format) }, at(['format'])),
    ];
  const version = record.version;
  if (typeof version === 'number' && Number.isInteger(version) && version > CURRENT_VERSION)
    return [say('doc_version_newer', { version, current: CURRENT_VERSION }, at(['version']))];
  return [];
}

/**
 * zod's looseObject keeps unknown keys but drops an own `__proto__` key; put such keys back
 * as own data properties so a round trip keeps everything and nothing reaches a prototype.
 */
function restoreDroppedKeys(input: unknown, output: unknown): void {
  const copy = (from: unknown, to: unknown) => {
    if (typeof from !== 'object' || from === null || typeof to !== 'object' || to === null) return;
    if (!Object.prototype.hasOwnProperty.call(from, '__proto__')) return;
    if (Object.prototype.hasOwnProperty.call(to, '__proto__')) return;
    const value = Object.getOwnPropertyDescriptor(from, '__proto__')?.value;
    Object.defineProperty(to, '__proto__', {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  };
  const inDoc = input as Record<string, unknown>;
  const outDoc = output as Record<string, unknown>;
  copy(inDoc, outDoc);
  copy(inDoc.meta, outDoc.meta);
  for (const key of ['groups', 'actors', 'ties'] as const) {
    const from = inDoc[key];
    const to = outDoc[key];
    if (Array.isArray(from) && Array.isArray(to)) from.forEach((item, i) => copy(item, to[i]));
  }
}

/**
 * One key per source, target and kind (a tie may not repeat one): the lengths go first, so no
 * two different triples make the same key.
 */
export function tieKey(source: string, target: string, kind: string): string {
  return `${source.length}:${source}${target.length}:${target}${kind}`;
}

/** The semantic rules of DESIGN §2, checked once the schema has passed. */
export function checkRules(doc: NetworkDocument): Message[] {
  const errors: Message[] = [];
  const groupIndex = uniqueIds(doc.groups, 'groups', errors);
  const actorIndex = uniqueIds(doc.actors, 'actors', errors);
  uniqueIds(doc.ties, 'ties', errors);

  doc.groups.forEach((group, i) => {
    if (group.parent === undefined) return;
    if (!groupIndex.has(group.parent))
      errors.push(say('doc_no_group', { id: group.parent }, at(['groups', i, 'parent'])));
    else if (group.parent === group.id)
      errors.push(
        say('doc_group_in_itself', { group: group.label ?? group.id }, at(['groups', i, 'parent'])),
      );
  });
  errors.push(...findGroupCycles(doc, groupIndex));

  doc.actors.forEach((actor, i) => {
    if (actor.group !== undefined && !groupIndex.has(actor.group))
      errors.push(say('doc_no_group', { id: actor.group }, at(['actors', i, 'group'])));
  });

  const name = (id: string) => {
    const actor = doc.actors[actorIndex.get(id) ?? -1];
    return actor?.label ?? id;
  };
  const seenTies = new Map<string, number>();
  doc.ties.forEach((tie, i) => {
    let endpointsExist = true;
    for (const end of ['source', 'target'] as const) {
      if (!actorIndex.has(tie[end])) {
        errors.push(say('doc_no_actor', { id: tie[end] }, at(['ties', i, end])));
        endpointsExist = false;
      }
    }
    if (endpointsExist && tie.source === tie.target)
      errors.push(say('doc_self_tie', { person: name(tie.source) }, at(['ties', i])));
    const key = tieKey(tie.source, tie.target, tie.kind);
    const first = seenTies.get(key);
    if (first !== undefined) {
      errors.push(
        say(
          'doc_tie_twice',
          {
            kind: tie.kind,
            source: name(tie.source),
            target: name(tie.target),
            first: at(['ties', first]),
          },
          at(['ties', i]),
        ),
      );
    } else seenTies.set(key, i);
  });
  errors.push(...checkSurveys(doc)); // the roster surveys' rules (src/core/survey/validate.ts)
  return errors;
}

function uniqueIds(
  items: readonly { readonly id: string }[],
  collection: string,
  errors: Message[],
): Map<string, number> {
  const index = new Map<string, number>();
  items.forEach((item, i) => {
    const first = index.get(item.id);
    if (first !== undefined) {
      errors.push(
        say(
          'doc_duplicate_id',
          { id: item.id, first: at([collection, first]) },
          at([collection, i, 'id']),
        ),
      );
    } else index.set(item.id, i);
  });
  return index;
}

function findGroupCycles(doc: NetworkDocument, groupIndex: Map<string, number>): Message[] {
  const errors: Message[] = [];
  // 0 = unvisited, 1 = on the current parent chain, 2 = known to reach a root.
  const state = new Uint8Array(doc.groups.length);
  doc.groups.forEach((_, start) => {
    const chain: number[] = [];
    let cut: number | undefined = start;
    while (cut !== undefined && state[cut] === 0) {
      state[cut] = 1;
      chain.push(cut);
      const parent: string | undefined = doc.groups[cut]?.parent;
      cut = parent === undefined ? undefined : groupIndex.get(parent);
    }
    if (cut !== undefined && state[cut] === 1 && doc.groups[cut]?.parent !== doc.groups[cut]?.id) {
      const cycle = chain.slice(chain.indexOf(cut)).map((i) => doc.groups[i]!);
      errors.push(
        say(
          'doc_group_cycle',
          { groups: cycle.map((g) => g.label ?? g.id) },
          at(['groups', cut, 'parent']),
        ),
      );
    }
    for (const i of chain) state[i] = 2;
  });
  return errors;
}

export type { NetworkDocument };
