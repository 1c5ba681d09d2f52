// Editing free attributes: the text typed in a field becomes a value of the attribute's kind,
// and a new attributes object keeps every key (`__proto__` included) as data, in order.
import type { AttributeValue } from '../../core/document/schema';

type Attributes = Readonly<Record<string, AttributeValue>>;

/**
 * The value for typed text: a number stays a number when the text is one, true/false stays a
 * boolean; anything else is text (so "007" typed into a text attribute stays "007").
 */
export function parseAttributeText(
  text: string,
  previous: AttributeValue | undefined,
): AttributeValue {
  const trimmed = text.trim();
  if (typeof previous === 'number' && trimmed !== '' && Number.isFinite(Number(trimmed)))
    return Number(trimmed);
  if (typeof previous === 'boolean' && (trimmed === 'true' || trimmed === 'false'))
    return trimmed === 'true';
  return text;
}

export const attributeText = (value: AttributeValue): string =>
  value === null ? '' : String(value);

/** A copy with one attribute set (in place, or added at the end) or removed (undefined). */
export function withAttribute(
  attributes: Attributes | undefined,
  key: string,
  value: AttributeValue | undefined,
): Record<string, AttributeValue> {
  const out: Record<string, AttributeValue> = {};
  const put = (k: string, v: AttributeValue) =>
    Object.defineProperty(out, k, {
      value: v,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  let found = false;
  for (const [k, v] of Object.entries(attributes ?? {})) {
    if (k !== key) put(k, v);
    else {
      found = true;
      if (value !== undefined) put(k, value);
    }
  }
  if (!found && value !== undefined) put(key, value);
  return out;
}

export const hasAttribute = (attributes: Attributes | undefined, key: string): boolean =>
  attributes !== undefined && Object.prototype.hasOwnProperty.call(attributes, key);
