// XML for GEXF and GraphML: a strict, streaming parse with saxes (a conformant SAX-style
// parser, no DOM, so it runs in a worker) into a light tree of our own — element names, their
// attributes (a null-prototype record, so an attribute called `__proto__` is just a name), the
// text directly inside and the line each element starts on — and the escaping our writers use.
// A reader may name its rows (GEXF and GraphML nodes and edges): each is handed over with its
// subtree as soon as its end tag is read and is not kept in the tree, so a large file's tree
// is only its header. The first well-formedness error rejects the whole file with its line and
// column. Entities declared in a DTD are never expanded (saxes reads no DTD), so an entity bomb
// fails at once.
import { SaxesParser } from 'saxes';
import type { Location, Message } from '../messages/types';
import { FormatError } from './errors';
import { say } from './messages';
import { MAX_NESTING } from './text';

/** An element of the light tree the readers walk. */
export interface XmlElement {
  /** The name as written, with its prefix (`viz:position`). */
  readonly tagName: string;
  /** The name without its prefix (`position`). */
  readonly localName: string;
  /** Attributes by their name as written; a null-prototype record. */
  readonly attributes: Readonly<Record<string, string>>;
  /** Its child elements; leaves share one empty array (most elements are leaves). */
  children: readonly XmlElement[];
  /**
   * The text and CDATA directly inside (not that of nested elements); null for an element whose
   * text the reader did not ask for (parseXml's `keepText`): most elements' text is only the
   * indentation between their children, and keeping it cost a tenth of a large file's import.
   */
  text: string | null;
  /** The line its start tag begins on (1-based). */
  readonly lineNumber: number;
}

const localOf = (name: string) => name.slice(name.indexOf(':') + 1);
const LEAF: readonly XmlElement[] = Object.freeze([]);

/**
 * How parseXml hands over rows — elements read whole and dropped once read, instead of being
 * kept in the tree (the streaming readers' nodes and edges).
 */
export interface XmlRows {
  /**
   * Called at each start tag below the root and outside a row, with the elements open around
   * it (the root first); true makes the element a row. It may throw (a reader that meets what
   * it cannot stream).
   */
  opens(el: XmlElement, open: readonly XmlElement[]): boolean;
  /** A row once its end tag is read, with its subtree; the tree never holds it. */
  closes(el: XmlElement): void;
}

/**
 * Parses XML text strictly and returns the root element, with the own text of the elements
 * whose local name is in `keepText`; the rows `rows` picks out are handed over, not kept.
 */
export function parseXml(
  name: string,
  text: string,
  keepText: ReadonlySet<string>,
  rows?: XmlRows,
): XmlElement {
  const parser = new SaxesParser({ position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let line = 1;
  let failure: FormatError | undefined;
  // What a reader's callback threw, passed on as it is (not as an XML error).
  let thrown: { error: unknown } | undefined;
  const fail = (error: FormatError) => {
    failure ??= error;
    throw error;
  };
  // The depth of the row being read (-1: none).
  let rowDepth = -1;
  // The element a close tag took off the stack last: when saxes then finds that the close tag
  // named another, that element is the one left open.
  let closed: XmlElement | undefined;
  parser.on('error', (error) => {
    const line = parser.line;
    const lineText = () => lineBefore(text, line, parser.column);
    const { message, column } = explain(error.message, stack, closed, lineText);
    const at: Location = { file: name, line, column: column ?? parser.column + 1 };
    fail(new FormatError({ ...message, at }));
  });
  parser.on('opentagstart', () => {
    line = parser.line;
  });
  const addText = (t: string) => {
    const top = stack[stack.length - 1];
    if (top && top.text !== null) top.text += t;
  };
  // saxes builds text only while a text handler is set: it is set only inside an element whose
  // text is kept, so the indentation between elements is never made into strings.
  const listen = (top: XmlElement | undefined) => {
    if (top?.text != null) parser.on('text', addText);
    else parser.off('text');
  };
  // A reader's callback, whose error is passed on as it is.
  const opens = (el: XmlElement): boolean => {
    try {
      return rows!.opens(el, stack);
    } catch (error) {
      thrown = { error };
      throw error;
    }
  };
  const closes = (el: XmlElement): void => {
    try {
      rows!.closes(el);
    } catch (error) {
      thrown = { error };
      throw error;
    }
  };
  parser.on('opentag', (tag) => {
    if (stack.length >= MAX_NESTING)
      fail(new FormatError(say('fmt_nested', { max: MAX_NESTING }, { file: name, line })));
    const localName = localOf(tag.name);
    const el: XmlElement = {
      tagName: tag.name,
      localName,
      attributes: tag.attributes as Record<string, string>,
      children: LEAF,
      text: keepText.has(localName) ? '' : null,
      lineNumber: line,
    };
    const parent = stack[stack.length - 1];
    if (!parent) root = el;
    else if (rowDepth < 0 && rows && opens(el)) rowDepth = stack.length;
    else if (parent.children === LEAF) parent.children = [el];
    else (parent.children as XmlElement[]).push(el);
    stack.push(el);
    listen(el);
  });
  parser.on('closetag', () => {
    closed = stack.pop();
    listen(stack[stack.length - 1]);
    if (stack.length === rowDepth) {
      rowDepth = -1;
      closes(closed!);
    }
  });
  parser.on('cdata', addText);
  try {
    parser.write(text).close();
  } catch (error) {
    if (failure) throw failure;
    if (thrown) throw thrown.error;
    throw new FormatError(
      say('fmt_xml_invalid', { reason: (error as Error).message }, { file: name }),
    );
  }
  if (!root) throw new FormatError(say('fmt_xml_no_root', {}, { file: name }));
  return root;
}

/**
 * saxes's complaint in our words where it is a common one (a file cut short, tags that do not
 * match, an undefined entity, an attribute twice); any other is quoted as saxes words it. saxes
 * reports just after what it read: an entity or a close tag points at its first character.
 */
function explain(
  message: string,
  open: readonly XmlElement[],
  closed: XmlElement | undefined,
  lineText: () => string,
): { message: Message; column?: number } {
  const text = message.replace(/^\d+:\d+: /, '').trim();
  if (text === 'undefined entity.') {
    const found = /&[^&;\s<]*;$/.exec(lineText());
    return {
      message: say('fmt_xml_entity', { entity: found?.[0] ?? '&…;' }),
      ...(found ? { column: found.index + 1 } : {}),
    };
  }
  if (/^unclosed tag: /.test(text) || text === 'unexpected end.')
    return {
      message:
        open.length > 0
          ? say('fmt_xml_unclosed', { tags: open.map((el) => el.tagName) })
          : say('fmt_xml_ends_early', {}),
    };
  if (text === 'unexpected close tag.') {
    const found = /<\/([^\s<>]+)\s*>$/.exec(lineText());
    return {
      message: say('fmt_xml_mismatch', {
        open: closed?.tagName ?? '',
        close: found?.[1] ?? '',
      }),
      ...(found ? { column: found.index + 1 } : {}),
    };
  }
  // A close tag with nothing open (after the root), text or a second root after it.
  if (
    text.startsWith('unmatched closing tag: ') ||
    text === 'text data outside of root node.' ||
    text === 'documents may contain only one root.'
  )
    return { message: say('fmt_xml_after_root', {}) };
  const twice = /^duplicate attribute: (.*)\.$/.exec(text);
  if (twice) return { message: say('fmt_xml_attribute_twice', { name: twice[1]! }) };
  if (text === 'document must contain a root element.')
    return { message: say('fmt_xml_no_root', {}) };
  return { message: say('fmt_xml_invalid', { reason: text }) };
}

/** The text of line `line` (1-based) up to saxes's 0-based `column`. */
function lineBefore(text: string, line: number, column: number): string {
  let start = 0;
  for (let n = 1; n < line; n += 1) start = text.indexOf('\n', start) + 1;
  return text.slice(start, start + column);
}

/** The child elements of `parent`, optionally only those with a local name. */
export function childElements(parent: XmlElement, localName?: string): readonly XmlElement[] {
  return localName === undefined
    ? parent.children
    : parent.children.filter((el) => el.localName === localName);
}

export function firstChild(parent: XmlElement, localName: string): XmlElement | undefined {
  return parent.children.find((el) => el.localName === localName);
}

/**
 * The text directly inside an element (text and CDATA children, not nested elements); the
 * reader must have named the element's local name in parseXml's `keepText`.
 */
export function ownText(el: XmlElement): string {
  if (el.text === null) throw new Error(`xml: the text of <${el.tagName}> was not kept`);
  return el.text;
}

/** An attribute's value, or undefined when absent. */
export function attr(el: XmlElement, name: string): string | undefined {
  return el.attributes[name];
}

/** Where an element is: its path of element names (a number: its index among its kind), and its line. */
export function xmlAt(path: readonly (string | number)[], el: XmlElement): Location {
  return { syntax: 'xml', path, line: el.lineNumber };
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
