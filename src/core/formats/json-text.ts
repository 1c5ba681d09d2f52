// The one way Leadnet reads JSON text, with one set of limits: Leadnet JSON (files, `leadnet
// validate`, share links, hand-outs), graphology and Cytoscape JSON, the `leadnet` carrier inside
// our own GEXF and GraphML, the library and its journal, and the CLI's scenario and result files.
// Nesting is checked before JSON.parse, so nothing accepted can later make JSON.stringify or
// structuredClone throw a RangeError (they recurse once per level).
import { say as sayDocument } from '../document/messages';
import { LIMITS } from '../limits';
import type { Location, Message } from '../messages/types';
import { FormatError } from './errors';
import { say } from './messages';
import { lineColumn } from './text';

/** Where JSON text first nests deeper than LIMITS.nesting (strings skipped), or -1. */
export function tooDeepAt(text: string, max: number = LIMITS.nesting): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i += 1; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      depth += 1;
      if (depth > max) return i;
    } else if (c === 93 || c === 125) depth -= 1;
  }
  return -1;
}

/**
 * Parses JSON text, refusing with a FormatError placed at `at` (plus the line and column) text
 * nested deeper than LIMITS.nesting and text that is not JSON.
 */
export function readJson(text: string, at: Location = {}): unknown {
  const deep = tooDeepAt(text);
  if (deep !== -1)
    throw new FormatError(
      say('fmt_nested', { max: LIMITS.nesting }, { ...at, ...lineColumn(text, deep) }),
    );
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const syntax = jsonSyntaxMessage(text, error);
    throw new FormatError({ ...syntax, at: { ...at, ...syntax.at } });
  }
}

/** Refuses a parsed Leadnet value with more actors or ties than LIMITS allows. */
export function checkLeadnetCounts(value: unknown, at: Location = {}): void {
  if (typeof value !== 'object' || value === null) return;
  const { actors, ties } = value as { actors?: unknown; ties?: unknown };
  if (Array.isArray(actors) && actors.length > LIMITS.actors)
    throw new FormatError(say('fmt_too_many_actors', { max: LIMITS.actors }, at));
  if (Array.isArray(ties) && ties.length > LIMITS.ties)
    throw new FormatError(say('fmt_too_many_ties', { max: LIMITS.ties }, at));
}

/**
 * A JSON syntax error in our own words, at its line and column: what was found where the JSON
 * went wrong, or that the text ended too early. The JavaScript engine's own wording is not used
 * (it is English, and differs between engines); its position is, when it gives one.
 */
export function jsonSyntaxMessage(text: string, error: unknown): Message {
  const message = error instanceof Error ? error.message : String(error);
  const given = / at position (\d+)/.exec(message);
  const offset = given ? Number(given[1]) : syntaxErrorOffset(text);
  if (offset === undefined) return sayDocument('doc_json_invalid', {});
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  if (offset >= text.length) return sayDocument('doc_json_ends_early', {}, { line, column });
  const code = text.codePointAt(offset)!;
  // A control character is shown by its code point: it has no face of its own.
  const found =
    code < 0x20 || code === 0x7f
      ? `U+${code.toString(16).toUpperCase().padStart(4, '0')}`
      : String.fromCodePoint(code);
  return sayDocument('doc_json_unexpected', { found }, { line, column });
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
