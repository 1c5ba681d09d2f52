// The network document schema: the one source for validation in the app, the CLI and the
// published JSON Schema (public/schema/leadnet-network-1.schema.json).
import { z } from 'zod';
import { surveysSchema } from '../survey/schema';

// A strict CSP forbids eval: zod must not compile validators with `new Function`.
z.config({ jitless: true });

import { CURRENT_VERSION, FORMAT } from './known';
export { CURRENT_VERSION, FORMAT, KNOWN_GROUP_KINDS, KNOWN_ROLES, KNOWN_TIE_KINDS } from './known';

// Custom errors are message codes (src/core/messages/zod.ts fills in their parameters).
const id = z.string().min(1, { error: 'value_nonempty' });

export type AttributeValue = string | number | boolean | null;

function isAttributeValue(value: unknown): value is AttributeValue {
  return (
    value === null ||
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    (typeof value === 'number' && Number.isFinite(value))
  );
}

/**
 * Free attributes. Checked by hand rather than with z.record, which drops a `__proto__` key
 * silently: the object is kept as given (own keys only), so no key is lost and none lands on
 * Object.prototype.
 */
export const attributesSchema = z.custom<Record<string, AttributeValue>>(isAttributes, {
  error: 'doc_attributes',
});

/** Whether a value is a valid attributes object (attributesSchema's test). */
export function isAttributes(value: unknown): value is Record<string, AttributeValue> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every(isAttributeValue)
  );
}

const position = z.object({ x: z.number(), y: z.number() });

export const groupSchema = z.looseObject({
  id,
  label: z.string().optional(),
  kind: z.string().min(1, { error: 'value_nonempty' }),
  parent: id.optional(),
  attributes: attributesSchema.optional(),
});

export const actorSchema = z.looseObject({
  id,
  label: z.string().optional(),
  role: z.string().min(1, { error: 'value_nonempty' }),
  group: id.optional(),
  attributes: attributesSchema.optional(),
  position: position.optional(),
});

export const tieSchema = z.looseObject({
  id,
  source: id,
  target: id,
  kind: z.string().min(1, { error: 'value_nonempty' }),
  weight: z.number().gt(0, { error: 'value_weight' }).lte(1, { error: 'value_weight' }).default(1),
  attributes: attributesSchema.optional(),
});

export const metaSchema = z.looseObject({
  title: z.string().optional(),
  description: z.string().optional(),
  source: z.string().optional(),
  created: z.string().optional(),
});

export const documentSchema = z.looseObject({
  format: z.literal(FORMAT),
  version: z.number().int().min(1).max(CURRENT_VERSION),
  meta: metaSchema.default({}),
  groups: z.array(groupSchema).default([]),
  actors: z.array(actorSchema),
  ties: z.array(tieSchema).default([]),
  /** Scenarios (DESIGN §5.4); validated by the simulation when it lands. */
  scenarios: z.array(z.unknown()).default([]),
  /** Overrides of the model parameters (DESIGN §5.3). */
  parameters: z.record(z.string(), z.number()).default({}),
  /** Saved presentation steps. */
  views: z.array(z.unknown()).default([]),
  /** Roster surveys: questions, waves and answers (src/core/survey). */
  surveys: surveysSchema,
});
