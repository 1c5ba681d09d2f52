// The committed files generated from src/core, and how to make each.
import { createJsonSchema } from '../src/core/document/json-schema';
import { createExampleDocument } from '../src/core/example/qic-example';
import { oddMarkdown } from './odd';

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

export const GENERATED_FILES: Record<string, () => string> = {
  'public/schema/leadnet-network-1.schema.json': () => json(createJsonSchema()),
  'public/examples/qic-example.json': () => json(createExampleDocument()),
  // The model's ODD description, and the copy the app's model card links to.
  'docs/model/ODD.md': oddMarkdown,
  'public/model/ODD.md': oddMarkdown,
};
