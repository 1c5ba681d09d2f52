// A schema's complaint as a message: zod's issues mapped to `value_*` codes. A schema states a
// custom complaint by giving a code as its error (`z.string().min(1, { error: 'value_nonempty' })`);
// the code's declared parameters are filled from the issue (`got`, `min`, `max`).
import type { z } from 'zod';
import { VALUE_MESSAGES } from './common';
import type { Location, Message } from './types';

type Issue = z.core.$ZodIssue;

const TYPES = new Set(['string', 'number', 'object', 'array', 'boolean']);

/** A short, safe rendering of an offending value: JSON, cut at 60 characters. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  if (typeof value === 'bigint') return `${value}n`;
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = Object.prototype.toString.call(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

const VALUE_SPECS: Readonly<Record<string, Readonly<Record<string, string>>>> =
  VALUE_MESSAGES.specs;

/**
 * The message of one zod issue at `at`. `specs` are the codes a schema may give as custom errors
 * (its area's and the `value_*` ones); an unknown custom text becomes `value_invalid`.
 */
export function zodIssueMessage(
  issue: Issue,
  at: Location,
  specs: Readonly<Record<string, Readonly<Record<string, string>>>> = VALUE_SPECS,
): Message {
  const input = (issue as { input?: unknown }).input;
  const got = describeValue(input);
  const say = (code: string, params: Record<string, string | number>): Message => ({
    code,
    params,
    at,
  });
  const custom = specs[issue.message] ?? VALUE_SPECS[issue.message];
  if (custom) {
    const fields: Record<string, string | number> = {
      got,
      min: Number((issue as { minimum?: unknown }).minimum),
      max: Number((issue as { maximum?: unknown }).maximum),
    };
    return say(
      issue.message,
      Object.fromEntries(Object.keys(custom).map((name) => [name, fields[name] ?? ''])),
    );
  }
  switch (issue.code) {
    case 'invalid_type': {
      const expected = TYPES.has(issue.expected) ? `type_${issue.expected}` : 'type_value';
      const received = (issue as { received?: string }).received;
      if (input === undefined && received === undefined) return say('value_missing', { expected });
      const shown = received === 'Infinity' || received === 'NaN' ? received : got;
      return say('value_wrong_type', { expected, got: shown });
    }
    case 'invalid_value':
      return say('value_not_allowed', {
        got,
        allowed: issue.values.map((v) => JSON.stringify(v)).join(', '),
      });
    case 'too_big':
      return say('value_too_big', { max: Number(issue.maximum), got });
    case 'too_small':
      return say('value_too_small', { min: Number(issue.minimum), got });
    case 'unrecognized_keys':
      return say('value_unknown_field', { field: issue.keys.join(', ') });
    default:
      return say('value_invalid', { got });
  }
}
