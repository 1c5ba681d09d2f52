// Parsing and validating a network document: the schema, then the semantic rules of DESIGN §2.
// Every issue names its JSON path and the offending value.
import type { z } from 'zod';
import { CURRENT_VERSION, FORMAT, documentSchema } from './schema';
import { describeValue, formatPath } from './paths';
import type { DocumentIssue, NetworkDocument, ParseResult } from './types';
import { VALUE_MESSAGES } from '../messages/common';
import { englishText } from '../messages/english';
import { zodIssueMessage } from '../messages/zod';
import { surveyIssues } from '../survey/validate';

/** Reporting stops after this many errors: a broken 10k-tie file should not print 10k lines. */
export const MAX_ERRORS = 50;

const TYPE_NAMES: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  object: 'an object',
  array: 'an array',
  boolean: 'true or false',
};

function issueMessage(issue: z.core.$ZodIssue): string {
  // A schema that gives a message code as its error (the surveys' do): say it in English.
  if (Object.prototype.hasOwnProperty.call(VALUE_MESSAGES.specs, issue.message))
    return englishText(zodIssueMessage(issue, {}), false);
  const input = (issue as { input?: unknown }).input;
  if (issue.code === 'invalid_type') {
    const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
    const received = (issue as { received?: string }).received;
    if (input === undefined && received === undefined) return `missing (expected ${expected})`;
    const got = received === 'Infinity' || received === 'NaN' ? received : describeValue(input);
    return `expected ${expected}, got ${got}`;
  }
  if (issue.code === 'invalid_value' && 'values' in issue) {
    return `${issue.message} (got ${describeValue(input)})`;
  }
  if (issue.code === 'too_big' || issue.code === 'too_small') {
    const bound = issue.code === 'too_big' ? issue.maximum : issue.minimum;
    const message = issue.message.startsWith('Too ')
      ? `must be ${issue.code === 'too_big' ? 'at most' : 'at least'} ${String(bound)}`
      : issue.message;
    return `${message} (got ${describeValue(input)})`;
  }
  if (issue.code === 'custom' || issue.code === 'invalid_format') {
    return `${issue.message} (got ${describeValue(input)})`;
  }
  return issue.message;
}

function issue(path: readonly PropertyKey[], message: string): DocumentIssue {
  return { path: formatPath(path), message };
}

/** Formats an issue as one line: `ties[12].target: no actor with id "a99"`. */
export function formatIssue({ path, message }: DocumentIssue): string {
  return path ? `${path}: ${message}` : message;
}

/** Parses JSON text (a leading BOM is allowed) and validates the network it holds. */
export function parseDocumentText(text: string): ParseResult {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(clean);
  } catch (error) {
    return { ok: false, errors: [{ path: '', message: jsonErrorMessage(clean, error) }] };
  }
  return parseDocument(value);
}

function jsonErrorMessage(text: string, error: unknown): string {
  // For some errors V8 quotes the text around them, newlines and all, and gives no position
  // (`Unexpected token 'o', "{"a": oops}" is not valid JSON`): drop the quote, so one error
  // stays one line and the user's text is never read as a position, and find the position.
  const message = (error instanceof Error ? error.message : String(error))
    .replace(/, (?:\.\.\.)?".*" is not valid JSON$/s, '')
    .replace(/\r?\n|\r/g, '\\n');
  const at = / at position (\d+)/.exec(message);
  const offset = at ? Number(at[1]) : syntaxErrorOffset(text);
  const reason = message.replace(/ (?:in JSON )?at position.*$/, '');
  if (offset === undefined) return `not valid JSON: ${reason}`;
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `not valid JSON at line ${line}, column ${column}: ${reason}`;
}

const JSON_STRING = /"(?:[^"\\]|\\.)*"/y;
const JSON_SCALAR = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;

/** The offset of the first syntax error in JSON text, for the errors V8 gives no position. */
function syntaxErrorOffset(text: string): number | undefined {
  let i = 0;
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i += 1;
  };
  const token = (pattern: RegExp) => {
    pattern.lastIndex = i;
    if (!pattern.test(text)) throw i;
    i = pattern.lastIndex;
  };
  const expect = (char: string) => {
    space();
    if (text[i] !== char) throw i;
    i += 1;
  };
  const value = (): void => {
    space();
    const open = text[i];
    if (open !== '{' && open !== '[') return token(open === '"' ? JSON_STRING : JSON_SCALAR);
    const close = open === '{' ? '}' : ']';
    i += 1;
    space();
    if (text[i] === close) return void (i += 1);
    for (;;) {
      if (open === '{') {
        space();
        token(JSON_STRING);
        expect(':');
      }
      value();
      space();
      if (text[i] === close) return void (i += 1);
      expect(',');
    }
  };
  try {
    value();
    space();
    return i < text.length ? i : undefined;
  } catch (at) {
    return typeof at === 'number' ? at : undefined; // a RangeError: nested too deep to scan
  }
}

/** Validates a parsed JSON value as a network document; the result is normalised (defaults). */
export function parseDocument(value: unknown): ParseResult {
  const envelope = checkEnvelope(value);
  if (envelope.length) return { ok: false, errors: envelope };

  const parsed = documentSchema.safeParse(value, { reportInput: true });
  if (!parsed.success) {
    const errors = parsed.error.issues
      .slice(0, MAX_ERRORS)
      .map((i) => issue(i.path, issueMessage(i)));
    return { ok: false, errors: withOverflow(errors, parsed.error.issues.length) };
  }
  const doc = parsed.data;
  restoreDroppedKeys(value, doc);
  const errors = checkRules(doc as NetworkDocument);
  if (errors.length)
    return { ok: false, errors: withOverflow(errors.slice(0, MAX_ERRORS), errors.length) };
  return { ok: true, doc: doc as NetworkDocument, warnings: [] };
}

function withOverflow(errors: DocumentIssue[], total: number): DocumentIssue[] {
  if (total > errors.length)
    errors.push({ path: '', message: `… and ${total - errors.length} more errors` });
  return errors;
}

function checkEnvelope(value: unknown): DocumentIssue[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const kind = Array.isArray(value) ? 'an array' : describeValue(value);
    return [{ path: '', message: `a Leadnet network must be a JSON object, not ${kind}` }];
  }
  const record = value as Record<string, unknown>;
  if (record.format !== FORMAT) {
    return [
      issue(
        ['format'],
        `must be "${FORMAT}" (got ${describeValue(record.format)}): is this a Leadnet network file?`,
      ),
    ];
  }
  const version = record.version;
  if (typeof version === 'number' && Number.isInteger(version) && version > CURRENT_VERSION) {
    return [
      issue(
        ['version'],
        `this file uses version ${version} of the format, made by a newer Leadnet; this one reads versions up to ${CURRENT_VERSION}`,
      ),
    ];
  }
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

/** The semantic rules of DESIGN §2, checked once the schema has passed. */
export function checkRules(doc: NetworkDocument): DocumentIssue[] {
  const errors: DocumentIssue[] = [];
  const groupIndex = uniqueIds(doc.groups, 'groups', errors);
  const actorIndex = uniqueIds(doc.actors, 'actors', errors);
  uniqueIds(doc.ties, 'ties', errors);

  doc.groups.forEach((group, i) => {
    if (group.parent === undefined) return;
    if (!groupIndex.has(group.parent)) {
      errors.push(
        issue(['groups', i, 'parent'], `no group with id ${describeValue(group.parent)}`),
      );
    } else if (group.parent === group.id) {
      errors.push(
        issue(['groups', i, 'parent'], `group ${describeValue(group.id)} cannot contain itself`),
      );
    }
  });
  errors.push(...findGroupCycles(doc, groupIndex));

  doc.actors.forEach((actor, i) => {
    if (actor.group !== undefined && !groupIndex.has(actor.group)) {
      errors.push(issue(['actors', i, 'group'], `no group with id ${describeValue(actor.group)}`));
    }
  });

  const seenTies = new Map<string, number>();
  doc.ties.forEach((tie, i) => {
    let endpointsExist = true;
    for (const end of ['source', 'target'] as const) {
      if (!actorIndex.has(tie[end])) {
        errors.push(issue(['ties', i, end], `no actor with id ${describeValue(tie[end])}`));
        endpointsExist = false;
      }
    }
    if (endpointsExist && tie.source === tie.target) {
      errors.push(
        issue(
          ['ties', i],
          `a tie from actor ${describeValue(tie.source)} to itself is not allowed`,
        ),
      );
    }
    const key = JSON.stringify([tie.source, tie.target, tie.kind]);
    const first = seenTies.get(key);
    if (first !== undefined) {
      errors.push(
        issue(
          ['ties', i],
          `a second ${describeValue(tie.kind)} tie from ${describeValue(tie.source)} to ${describeValue(tie.target)} (the first is ties[${first}])`,
        ),
      );
    } else seenTies.set(key, i);
  });
  errors.push(...surveyIssues(doc)); // the roster surveys' rules (src/core/survey/validate.ts)
  return errors;
}

function uniqueIds(
  items: readonly { readonly id: string }[],
  collection: string,
  errors: DocumentIssue[],
): Map<string, number> {
  const index = new Map<string, number>();
  items.forEach((item, i) => {
    const first = index.get(item.id);
    if (first !== undefined) {
      errors.push(
        issue(
          [collection, i, 'id'],
          `duplicate id ${describeValue(item.id)} (first used at ${collection}[${first}])`,
        ),
      );
    } else index.set(item.id, i);
  });
  return index;
}

function findGroupCycles(doc: NetworkDocument, groupIndex: Map<string, number>): DocumentIssue[] {
  const errors: DocumentIssue[] = [];
  // 0 = unvisited, 1 = on the current parent chain, 2 = known to reach a root.
  const state = new Uint8Array(doc.groups.length);
  doc.groups.forEach((_, start) => {
    const chain: number[] = [];
    let at: number | undefined = start;
    while (at !== undefined && state[at] === 0) {
      state[at] = 1;
      chain.push(at);
      const parent: string | undefined = doc.groups[at]?.parent;
      at = parent === undefined ? undefined : groupIndex.get(parent);
    }
    if (at !== undefined && state[at] === 1 && doc.groups[at]?.parent !== doc.groups[at]?.id) {
      const cycle = chain.slice(chain.indexOf(at)).map((i) => doc.groups[i]?.id ?? '');
      errors.push(
        issue(
          ['groups', at, 'parent'],
          `groups nest in a cycle: ${[...cycle, cycle[0]].map((id) => describeValue(id)).join(' → ')}`,
        ),
      );
    }
    for (const i of chain) state[i] = 2;
  });
  return errors;
}

export type { NetworkDocument };
