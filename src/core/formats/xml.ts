// XML for GEXF and GraphML: a strict parse with @xmldom/xmldom (no DOMParser in a worker), and
// the escaping our writers use. Any error or fatal error rejects the whole file with its line
// and column — xmldom otherwise recovers and hands back a partial tree. Entities declared in a
// DTD are never expanded (xmldom reports them as unknown), so an entity bomb fails at once.
import { DOMParser, type Element, type Node, normalizeLineEndings } from '@xmldom/xmldom';
import type { Location, Message } from '../messages/types';
import { FormatError } from './errors';
import { say } from './messages';
import { MAX_NESTING } from './text';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/** Parses XML text strictly and returns the root element. */
export function parseXml(name: string, text: string): Element {
  let first: Message | undefined;
  const parser = new DOMParser({
    locator: true,
    // xmldom's own normalisation runs two regular expressions over the whole text; skip them
    // when there is nothing to normalise (the usual case, and all of our own exports).
    normalizeLineEndings: (input: string) =>
      /[\r\u0085\u2028\u2029]/.test(input) ? normalizeLineEndings(input) : input,
    onError(level, message, context) {
      if (level === 'warning') return;
      const locator = (context as { locator?: { lineNumber?: number; columnNumber?: number } })
        ?.locator;
      const at: Location = { file: name };
      if (locator?.lineNumber !== undefined)
        Object.assign(
          at,
          locator.columnNumber !== undefined
            ? { line: locator.lineNumber, column: locator.columnNumber }
            : { line: locator.lineNumber },
        );
      first ??= { ...explain(message), at };
      throw new Error(message);
    },
  });
  let root: Element | null;
  try {
    root = parser.parseFromString(text, 'text/xml').documentElement;
  } catch (error) {
    throw new FormatError(
      first ?? say('fmt_xml_invalid', { reason: (error as Error).message }, { file: name }),
    );
  }
  if (!root) throw new FormatError(say('fmt_xml_no_root', {}, { file: name }));
  checkNesting(name, root);
  return root;
}

/**
 * xmldom's complaint in our words where it is a common one (a file cut short, tags that do not
 * match, an undefined entity); any other is quoted as xmldom words it.
 */
function explain(message: string): Message {
  const text = message.replace(/\s+/g, ' ').trim();
  const entity = /^entity not found:\s*(&[^;]*;?)/.exec(text);
  if (entity) return say('fmt_xml_entity', { entity: entity[1]! });
  const unclosed = /^unclosed xml tag\(s\): (.*)$/.exec(text);
  if (unclosed) return say('fmt_xml_unclosed', { tags: unclosed[1]!.split(', ') });
  const mismatch = /^Opening and ending tag mismatch: "(.*)" != "(.*)"$/.exec(text);
  if (mismatch) return say('fmt_xml_mismatch', { open: mismatch[1]!, close: mismatch[2]! });
  if (text === 'unexpected end of input') return say('fmt_xml_ends_early', {});
  if (/^(Extra content at the end|Unexpected content outside root)/.test(text))
    return say('fmt_xml_after_root', {});
  const twice = /^Attribute (.*) redefined$/.exec(text);
  if (twice) return say('fmt_xml_attribute_twice', { name: twice[1]! });
  return say('fmt_xml_invalid', { reason: text });
}

/** Refuses elements nested deeper than MAX_NESTING, walking the tree without recursion. */
function checkNesting(name: string, root: Element): void {
  const stack: [Node, number][] = [[root, 1]];
  for (let top = stack.pop(); top; top = stack.pop()) {
    const [node, depth] = top;
    if (depth > MAX_NESTING) {
      const line = (node as Element).lineNumber;
      throw new FormatError(
        say('fmt_nested', { max: MAX_NESTING }, line ? { file: name, line } : { file: name }),
      );
    }
    for (let c = node.firstChild; c; c = c.nextSibling)
      if (c.nodeType === ELEMENT_NODE) stack.push([c, depth + 1]);
  }
}

/** The child elements of `parent`, optionally only those with a local name. */
export function childElements(parent: Element, localName?: string): Element[] {
  const out: Element[] = [];
  for (let c = parent.firstChild; c; c = c.nextSibling) {
    if (c.nodeType !== ELEMENT_NODE) continue;
    const el = c as Element;
    if (localName === undefined || el.localName === localName) out.push(el);
  }
  return out;
}

export function firstChild(parent: Element, localName: string): Element | undefined {
  for (let c = parent.firstChild; c; c = c.nextSibling)
    if (c.nodeType === ELEMENT_NODE && (c as Element).localName === localName) return c as Element;
  return undefined;
}

/** The text directly inside an element (text and CDATA children, not nested elements). */
export function ownText(el: Element): string {
  let text = '';
  for (let c = el.firstChild; c; c = c.nextSibling)
    if (c.nodeType === TEXT_NODE || c.nodeType === CDATA_SECTION_NODE) text += c.nodeValue ?? '';
  return text;
}

/** An attribute's value, or undefined when absent (getAttribute gives '' for both). */
export function attr(el: Element, name: string): string | undefined {
  return el.hasAttribute(name) ? (el.getAttribute(name) ?? '') : undefined;
}

/** Where an element is: its path of element names (a number: its index among its kind), and its line. */
export function xmlAt(path: readonly (string | number)[], el: Element): Location {
  return el.lineNumber ? { syntax: 'xml', path, line: el.lineNumber } : { syntax: 'xml', path };
}

// Characters XML 1.0 cannot hold at all, not even as character references: C0 controls other
// than tab, newline and carriage return, U+FFFE, U+FFFF and unpaired surrogates.
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function isXmlSafe(text: string): boolean {
  NOT_XML.lastIndex = 0;
  return !NOT_XML.test(text);
}

/** Replaces what XML 1.0 cannot hold with U+FFFD (the exact text travels in the carrier). */
export function toXmlSafe(text: string): string {
  return text.replace(NOT_XML, '\uFFFD');
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/**
 * Escapes text for an attribute value or element content. Tab, newline and carriage return
 * become character references so a parser's whitespace normalisation cannot change them.
 */
export function escapeXml(text: string): string {
  return toXmlSafe(text).replace(/[&<>"'\t\n\r]/g, (c) => ESCAPES[c] as string);
}
