// Checks every text gets before a reader sees it: the size limit, a byte-order mark, text that
// was UTF-16 but reached us decoded as UTF-8 (File.text() always decodes UTF-8), and nesting
// too deep to walk safely.
import { FormatError } from './errors';
import { say } from './messages';
import { IMPORT_LIMITS } from './types';

/** Deeper nesting than any network file needs; refused before anything walks it. */
export const MAX_NESTING = 100;

/** The text without a leading BOM, or a FormatError for an over-size or UTF-16 file. */
export function prepareText(name: string, text: string): string {
  if (text.length > IMPORT_LIMITS.bytes)
    throw new FormatError(
      say(
        'fmt_too_big',
        { size: Math.round(text.length / 1048576), max: IMPORT_LIMITS.bytes / 1048576 },
        { file: name },
      ),
    );
  if (looksLikeUtf16(text)) throw new FormatError(say('fmt_utf16', {}, { file: name }));
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * A UTF-16 BOM (FF FE / FE FF) decoded as UTF-8 gives two replacement characters; UTF-16 text
 * of ASCII characters has a NUL in every other position. A NUL inside a value (our own CSV may
 * hold one) does not make that pattern.
 */
function looksLikeUtf16(text: string): boolean {
  if (text.startsWith('\uFFFD\uFFFD')) return true;
  const head = text.slice(0, 64);
  if (head.length < 8) return false;
  const nuls = [0, 0];
  for (let i = 0; i < head.length; i += 1) if (head.charCodeAt(i) === 0) nuls[i % 2]! += 1;
  return Math.max(nuls[0]!, nuls[1]!) >= 0.75 * Math.floor(head.length / 2);
}

/** 1-based line and column of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line += 1;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

/** Refuses JSON text nested deeper than MAX_NESTING, scanning it once (strings skipped). */
export function checkJsonNesting(name: string, text: string): void {
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
      if (depth > MAX_NESTING) {
        const { line, column } = lineColumn(text, i);
        throw new FormatError(
          say('fmt_nested', { max: MAX_NESTING }, { file: name, line, column }),
        );
      }
    } else if (c === 93 || c === 125) depth -= 1;
  }
}

/** Counts occurrences of a pattern, stopping once over `limit` (a quick check before parsing). */
export function countUpTo(text: string, pattern: RegExp, limit: number): number {
  const re = new RegExp(
    pattern.source,
    pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`,
  );
  let n = 0;
  while (re.exec(text) !== null) {
    n += 1;
    if (n > limit) break;
  }
  return n;
}

/** Refuses counts over IMPORT_LIMITS, naming what was counted. */
export function checkCounts(name: string, actors: number, ties: number): void {
  if (actors > IMPORT_LIMITS.actors)
    throw new FormatError(
      say('fmt_too_many_actors', { max: IMPORT_LIMITS.actors }, { file: name }),
    );
  if (ties > IMPORT_LIMITS.ties)
    throw new FormatError(say('fmt_too_many_ties', { max: IMPORT_LIMITS.ties }, { file: name }));
}
