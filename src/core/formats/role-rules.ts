// Roles by rule in the import mapping (issue 13): "position = Ledende sygeplejerske → manager".
// A file from another tool has no roles; a rule gives every person whose attribute reads a value
// a role. Rules are tried in order, the first that matches wins, and a rule wins over the role
// attribute (it is the user's explicit choice). Values compare as text, trimmed, exactly.
import { MessageError } from '../messages/error';
import { say } from './messages';
import type { RawAttributes } from './raw';
import type { RoleRule } from './types';

export type { RoleRule } from './types';

/** An attribute value as text for comparing with a rule, or undefined (objects, nothing). */
export function ruleText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/** The first rule that matches the attributes, with its index; undefined when none does. */
export function matchRoleRule(
  rules: readonly RoleRule[] | undefined,
  attributes: RawAttributes,
): { rule: RoleRule; index: number } | undefined {
  if (!rules) return undefined;
  for (const [index, rule] of rules.entries()) {
    if (!attributes.has(rule.attribute)) continue;
    if (ruleText(attributes.get(rule.attribute)) === rule.value.trim()) return { rule, index };
  }
  return undefined;
}

/**
 * A rule as the command line writes it: `ATTRIBUTE=VALUE:ROLE` (`position=Ledende
 * sygeplejerske:manager`). The value runs to the last colon, so it may hold an `=`; throws a
 * MessageError naming the flag's text when a part is missing.
 */
export function parseRoleRule(text: string): RoleRule {
  const equals = text.indexOf('=');
  const colon = text.lastIndexOf(':');
  const attribute = equals > 0 ? text.slice(0, equals).trim() : '';
  const value = equals > 0 && colon > equals ? text.slice(equals + 1, colon).trim() : '';
  const role = colon > equals ? text.slice(colon + 1).trim() : '';
  if (!attribute || !value || !role)
    throw new MessageError([say('fmt_role_rule_form', { got: text })]);
  return { attribute, value, role };
}
