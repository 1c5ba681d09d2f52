// `npm run bench`: speed of what the worker does today (parse + validate, summary, layouts) on
// seeded networks of 1k and 5k actors. Each figure is also given as a ratio to JSON.parse of the
// same file measured in the same run, since these machines are shared and noisy.
import { summarizeNetwork } from '../src/core/analysis/summary';
import { parseDocumentText } from '../src/core/document';
import type { NetworkDocument } from '../src/core/document/types';
import { createSyntheticNetwork } from '../src/core/example/synthetic';
import { forceAtlas2Layout } from '../src/core/layout/forceatlas2';
import { concentricLayout, hierarchyLayout } from '../src/core/layout/tiers';
import { time } from './timing';

for (const n of [1000, 5000]) {
  const text = JSON.stringify(createSyntheticNetwork({ actors: n, tiesPerActor: 5 }));
  const parsed = parseDocumentText(text);
  if (!parsed.ok)
    throw new Error(`bench: the generated network is invalid: ${JSON.stringify(parsed.errors[0])}`);
  const doc: NetworkDocument = parsed.doc;
  const baseline = time(() => JSON.parse(text), 9);
  const rows: [string, number][] = [
    ['parse + validate', time(() => parseDocumentText(text))],
    ['network summary', time(() => summarizeNetwork(doc))],
    ['hierarchy layout', time(() => hierarchyLayout(doc))],
    ['concentric layout', time(() => concentricLayout(doc))],
    ['ForceAtlas2, 150 iterations', time(() => forceAtlas2Layout(doc), n > 2000 ? 1 : 3)],
  ];
  console.log(
    `\n${n} actors, ${doc.ties.length} ties (${(text.length / 1e6).toFixed(1)} MB); baseline JSON.parse ${baseline.toFixed(1)} ms`,
  );
  for (const [name, ms] of rows)
    console.log(
      `  ${name.padEnd(30)} ${ms.toFixed(1).padStart(9)} ms  ${(ms / baseline).toFixed(1).padStart(7)} × JSON.parse`,
    );
}
