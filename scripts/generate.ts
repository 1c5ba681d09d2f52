// Writes the generated files that are committed: the published JSON Schema (from the zod
// schema) and the example network as a file for the CLI. `npm run generate`; a unit test
// fails when a committed file differs from what this writes.
import { writeFileSync } from 'node:fs';
import { GENERATED_FILES } from './generated-files';

for (const [path, create] of Object.entries(GENERATED_FILES)) {
  writeFileSync(path, create());
  console.log(`wrote ${path}`);
}
