// The committed generated files (the published JSON Schema and the example file the CLI reads)
// must be what `npm run generate` writes, and the published schema must say what the app
// checks (DESIGN §2: "generated from the same schema the app validates with").
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { GENERATED_FILES } from '../../scripts/generated-files';
import {
  actorSchema,
  documentSchema,
  groupSchema,
  parseDocumentText,
  tieSchema,
} from '../../src/core/document';
import { createJsonSchema } from '../../src/core/document/json-schema';
import { createExampleDocument } from '../../src/core/example/qic-example';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const committed = (path: string) => readFileSync(`${ROOT}${path}`, 'utf8');

type JsonSchema = {
  required?: string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  [key: string]: unknown;
};

/** The fields a zod object schema refuses to miss (a default or .optional() makes it optional). */
function zodRequired(schema: z.ZodObject): string[] {
  return Object.entries(schema.shape)
    .filter(([, field]) => !(field as z.ZodType).safeParse(undefined).success)
    .map(([key]) => key)
    .sort();
}

describe('generated files', () => {
  it('lists the published schema, the example file and the model description', () => {
    expect(Object.keys(GENERATED_FILES).sort()).toEqual([
      'docs/model/ODD.md',
      'public/examples/qic-example.json',
      'public/model/ODD.md',
      'public/schema/leadnet-network-1.schema.json',
    ]);
  });

  it.each(Object.entries(GENERATED_FILES))(
    '%s is committed as `npm run generate` writes it',
    (path, create) => {
      // On failure: run `npm run generate` and commit the result.
      expect(committed(path)).toBe(create());
    },
  );

  it('the committed example file parses to the built-in example', () => {
    const result = parseDocumentText(committed('public/examples/qic-example.json'));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.doc).toStrictEqual(createExampleDocument());
  });
});

describe('the published JSON Schema matches the zod schema', () => {
  const schema = JSON.parse(committed('public/schema/leadnet-network-1.schema.json')) as JsonSchema;
  const props = schema.properties!;

  it('is the generator’s output and names itself', () => {
    expect(schema).toEqual(createJsonSchema());
    expect(schema.$id).toBe('urn:leadnet:schema:network:1');
    expect(String(schema.$schema)).toMatch(/json-schema\.org/);
  });

  it('requires the same top-level fields as the app: format, version and actors', () => {
    expect([...schema.required!].sort()).toEqual(zodRequired(documentSchema));
    expect([...schema.required!].sort()).toEqual(['actors', 'format', 'version']);
  });

  it.each([
    ['actors', actorSchema, ['id', 'role']],
    ['groups', groupSchema, ['id', 'kind']],
    ['ties', tieSchema, ['id', 'kind', 'source', 'target']],
  ] as const)('requires the same fields on %s', (key, zodSchema, expected) => {
    const items = props[key]!.items!;
    expect([...items.required!].sort()).toEqual(zodRequired(zodSchema));
    expect([...items.required!].sort()).toEqual(expected);
  });

  it('bounds tie weights as the app does: 0 < weight ≤ 1, default 1', () => {
    const weight = props.ties!.items!.properties!.weight!;
    expect(weight).toMatchObject({ type: 'number', exclusiveMinimum: 0, maximum: 1, default: 1 });
    expect(weight.minimum).toBeUndefined();
    expect(weight.exclusiveMaximum).toBeUndefined();
    // The zod schema the app validates with draws the same line.
    const zodWeight = tieSchema.shape.weight;
    expect(zodWeight.safeParse(0).success).toBe(false);
    expect(zodWeight.safeParse(Number.MIN_VALUE).success).toBe(true);
    expect(zodWeight.safeParse(1).success).toBe(true);
    expect(zodWeight.safeParse(1 + Number.EPSILON).success).toBe(false);
  });

  it('fixes the format name and allows only version 1', () => {
    expect(props.format).toMatchObject({ const: 'leadnet-network' });
    expect(props.version).toMatchObject({ type: 'integer', minimum: 1, maximum: 1 });
  });

  it('keeps unknown fields: additional properties are allowed on the document and its items', () => {
    for (const holder of [schema, props.actors!.items!, props.groups!.items!, props.ties!.items!])
      expect(holder.additionalProperties).not.toBe(false);
  });

  it('describes attributes as an object of strings, numbers, booleans or null', () => {
    const attributes = props.actors!.items!.properties!.attributes!;
    expect(attributes).toMatchObject({
      type: 'object',
      additionalProperties: { type: ['string', 'number', 'boolean', 'null'] },
    });
  });
});
