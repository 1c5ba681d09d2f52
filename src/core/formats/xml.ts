// XML for GEXF and GraphML: a strict parse with @xmldom/xmldom (no DOMParser in a worker), and
// the escaping our writers use. Any error or fatal error rejects the whole file with its line
// and column — xmldom otherwise recovers and hands back a partial tree. Entities declared in a
// DTD are never expanded (xmldom reports them as unknown), so an entity bomb fails at once.
import { DOMParser, type Element, type Node, normalizeLineEndings } from '@xmldom/xmldom';
import { FormatError } from './errors';
import { MAX_NESTING } from './text';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/** Parses XML text strictly and returns the root element. */
export function parseXml(name: string, text: string): Element {
  let first: string | undefined;
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
      const at =
        locator?.lineNumber !== undefined
          ? ` at line ${locator.lineNumber}${locator.columnNumber !== undefined ? `, column ${locator.columnNumber}` : ''}`
          : '';
      first ??= `${name}: not valid XML${at}: ${explain(message)}`;
      throw new Error(first);
    },
  });
  let root: Element | null;
  try {
    root = parser.parseFromString(text, 'text/xml').documentElement;
  } catch (error) {
    throw new FormatError(first ?? `${name}: not valid XML: ${(error as Error).message}`);
  }
  if (!root) throw new FormatError(`${name}: not valid XML: there is no root element`);
  checkNesting(name, root);
  return root;
}

function explain(message: string): string {
  const entity = /^entity not found:\s*(&[^;]*;?)/.exec(message);
  if (entity)
    return `the entity ${entity[1]} is not defined (Leadnet does not expand entities declared in a DTD)`;
  return message.replace(/\s+/g, ' ').trim();
}

/** Refuses elements nested deeper than MAX_NESTING, walking the tree without recursion. */
function checkNesting(name: string, root: Element): void {
  const stack: [Node, number][] = [[root, 1]];
  for (let top = stack.pop(); top; top = stack.pop()) {
    const [node, depth] = top;
    if (depth > MAX_NESTING) {
      const line = (node as Element).lineNumber;
      throw new FormatError(
        `${name}: elements nested more than ${MAX_NESTING} levels deep${line ? ` at line ${line}` : ''}; no network file needs that`,
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

/** ` (line 12)` for messages. */
export function lineOf(el: Element): string {
  return el.lineNumber ? ` (line ${el.lineNumber})` : '';
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
