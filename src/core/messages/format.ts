// Formats a message for one surface: parameters by their kind (numbers in the language's digits,
// names isolated or quoted, lists joined), then the surface's text for the code, then the
// location in front. The CLI's English and the UI's languages differ only in the style.
import type { Location, Message, MessageSpecs, ParamKind } from './types';

export interface MessageStyle {
  /** BCP 47 language of numbers and lists ("en", "da"). */
  readonly language: string;
  /**
   * Untrusted text as it should appear: quoted in a terminal, isolated on a page. A `value` is
   * already written as JSON (`"graphml"`, `0`, `[1, 2]`), and a `file` is a name the user gave
   * the CLI: a terminal shows both as they are.
   */
  readonly quote: (text: string, kind: 'name' | 'text' | 'value' | 'file') => string;
  /** The text of a code with its parameters already formatted; undefined if it has none. */
  readonly render: (code: string, params: Readonly<Record<string, string>>) => string | undefined;
  /** Thousands separators in counts (on a page yes; the CLI keeps plain digits). */
  readonly grouping?: boolean;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

type Precision = 'whole' | 'fraction' | 'significant';

function numberFormat(language: string, precision: Precision, grouping: boolean) {
  const key = `${language} ${precision} ${grouping}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(
      language,
      precision === 'whole'
        ? { maximumFractionDigits: 0, useGrouping: grouping }
        : precision === 'fraction'
          ? { maximumFractionDigits: 3, useGrouping: grouping }
          : { maximumSignificantDigits: 4, useGrouping: grouping },
    );
    numberFormats.set(key, format);
  }
  return format;
}

/**
 * A number as a message shows it: whole numbers exactly, others to three decimals from 1 up and
 * to four significant digits below ("31.416", "0.001923"), in the language's digits.
 */
export function formatNumberFor(value: number, language: string, grouping = false): string {
  if (!Number.isFinite(value)) return String(value);
  const precision: Precision = Number.isInteger(value)
    ? 'whole'
    : Math.abs(value) >= 1
      ? 'fraction'
      : 'significant';
  return numberFormat(language, precision, grouping).format(value);
}

/** The longest list of names a message spells out; the rest are counted. */
export const NAMES_SHOWN = 6;

/** The prefix of the terms a known role, tie kind or group kind is said by (`role_manager`). */
const KNOWN_WORD: Partial<Record<ParamKind, string>> = {
  role: 'role_',
  tieKind: 'tie_kind_',
  groupKind: 'group_kind_',
};

/** The term code of a role, tie kind or group kind Leadnet knows: `regional-coordinator` → `role_regional_coordinator`. */
export function knownWordCode(kind: 'role' | 'tieKind' | 'groupKind', value: string): string {
  return `${KNOWN_WORD[kind]!}${value.replace(/-/g, '_')}`;
}

function formatParam(
  kind: ParamKind | undefined,
  value: number | string | readonly string[] | Location,
  style: MessageStyle,
  messageCode: string,
): string {
  if (typeof value === 'number') return formatNumberFor(value, style.language, style.grouping);
  if (kind === 'location' && typeof value === 'object' && !Array.isArray(value))
    return formatLocation(value as Location, style);
  if (typeof value === 'object' && !Array.isArray(value))
    throw new Error(`messages: ${messageCode} has a location where its kind says otherwise`);
  if (typeof value !== 'string') {
    const shown = value.slice(0, NAMES_SHOWN).map((v) => style.quote(v, 'name'));
    if (value.length > NAMES_SHOWN)
      shown.push(
        style.render('list_more', {
          count: formatNumberFor(value.length - NAMES_SHOWN, style.language),
        }) ?? `${value.length - NAMES_SHOWN} more`,
      );
    return new Intl.ListFormat(style.language, { type: 'conjunction' }).format(shown);
  }
  if (kind === 'name' || kind === 'text' || kind === 'value') return style.quote(value, kind);
  if (kind === 'term') return style.render(value, {}) ?? value;
  if (kind === 'role' || kind === 'tieKind' || kind === 'groupKind') {
    // Only a plain word can name a term: anything else is the user's own text.
    const known = /^[a-z][a-z-]*$/.test(value)
      ? style.render(knownWordCode(kind, value), {})
      : undefined;
    return known ?? style.quote(value, 'text');
  }
  if (kind === undefined) throw new Error(`messages: ${messageCode} has an undeclared parameter`);
  return value;
}

/** Where a message points, in the style's words: `ties[3].target`, `nodes.csv line 14`. */
export function formatLocation(at: Location, style: MessageStyle): string {
  const parts: string[] = [];
  if (at.file !== undefined) parts.push(style.quote(at.file, 'file'));
  if (at.path && at.path.length > 0)
    parts.push(at.syntax === 'xml' ? xmlPath(at.path) : jsonPath(at.path));
  const n = (v: number) => formatNumberFor(v, style.language);
  if (at.line !== undefined) {
    const line =
      at.column === undefined
        ? style.render('loc_line', { line: n(at.line) })
        : style.render('loc_line_column', { line: n(at.line), column: n(at.column) });
    parts.push(line ?? `line ${at.line}`);
  }
  return parts.join(' ');
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A JSON path such as ['ties', 12, 'target'] as `ties[12].target` (DESIGN §2's error paths). */
export function jsonPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += IDENTIFIER.test(key) ? (out ? `.${key}` : key) : `[${JSON.stringify(key)}]`;
  }
  return out;
}

/** An XML element path such as ['graph', 'edges', 'edge', 3] as `graph > edges > edge[3]`. */
function xmlPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? ` > ${key}` : key;
  }
  return out;
}

/**
 * A message as text in a style: `specs` say each parameter's kind. Without a text for the code
 * the style falls back to `fallback` (English), so a missing translation never shows a key.
 */
export function formatMessageWith(
  message: Message,
  specs: MessageSpecs,
  style: MessageStyle,
  withLocation = true,
): string {
  const spec = specs[message.code];
  if (!spec) throw new Error(`messages: unknown code ${JSON.stringify(message.code)}`);
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(message.params))
    params[name] = formatParam(spec[name], value, style, message.code);
  const text = style.render(message.code, params);
  if (text === undefined) throw new Error(`messages: no text for ${message.code}`);
  if (!withLocation || !message.at) return text;
  const where = formatLocation(message.at, style);
  return where ? `${where}: ${text}` : text;
}

/** Fills `{name}` placeholders of a template (the inlang message format's simple form). */
export function fillTemplate(template: string, params: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? params[name]! : whole,
  );
}

/** The placeholders a template uses, for the tests that keep both languages in step. */
export function templatePlaceholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
}
