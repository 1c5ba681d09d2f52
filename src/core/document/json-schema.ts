// The published JSON Schema, generated from the zod schema the app and the CLI validate with.
import { z } from 'zod';
import { attributesSchema, documentSchema } from './schema';

export const SCHEMA_ID = 'urn:leadnet:schema:network:1';

export function createJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(documentSchema, {
    io: 'input',
    unrepresentable: 'any',
    override: (ctx) => {
      // Attributes are checked by a custom validator (see schema.ts); describe the same rule.
      if (ctx.zodSchema === attributesSchema) {
        Object.assign(ctx.jsonSchema, {
          type: 'object',
          additionalProperties: { type: ['string', 'number', 'boolean', 'null'] },
        });
      }
    },
  });
  return {
    ...schema,
    $id: SCHEMA_ID,
    title: 'Leadnet network document, version 1',
    description:
      'An influence network of a quality improvement collaborative. A tie points from the actor who looks to another (for leadership, support, coordination or reporting) to the one looked to. Semantic rules (unique ids, existing references, no group cycles, no self-ties, one tie per source, target and kind) are checked by Leadnet beyond this schema.',
  };
}
