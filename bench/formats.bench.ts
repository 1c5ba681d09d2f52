// `npm run bench -- formats`: importing and exporting a 5,000-actor / 25,000-tie network in each
// format, as ratios to JSON.parse of the same network's Leadnet JSON measured in the same run.
// GEXF and GraphML also beside @xmldom/xmldom's parse of the same text — the step the importer
// spent nearly all its time in before it streamed with saxes (issue 14): the old import was at
// least that slow, so "xmldom parse ÷ import" is a lower bound of the speed-up.
import { DOMParser } from '@xmldom/xmldom';
import { parseDocumentText } from '../src/core/document';
import { createSyntheticNetwork } from '../src/core/example/synthetic';
import {
  type ExportFormat,
  type ImportSource,
  exportNetwork,
  importNetwork,
} from '../src/core/formats';
import { time } from './timing';

const text = JSON.stringify(createSyntheticNetwork({ actors: 5000, tiesPerActor: 5 }));
const parsed = parseDocumentText(text);
if (!parsed.ok)
  throw new Error(`bench: the generated network is invalid: ${JSON.stringify(parsed.errors[0])}`);
const doc = parsed.doc;
const baseline = time(() => JSON.parse(text), 9);

const sources = (format: ExportFormat): ImportSource => {
  const { files } = exportNetwork(doc, format);
  if (format !== 'csv') return { name: files[0]!.name, text: files[0]!.text };
  const file = (name: string) => files.find((f) => f.name === name)!;
  return {
    name: 'ties.csv',
    text: file('ties.csv').text,
    nodes: file('actors.csv'),
    groups: file('groups.csv'),
  };
};

console.log(
  `\n${doc.actors.length} actors, ${doc.ties.length} ties (${(text.length / 1e6).toFixed(1)} MB of Leadnet JSON); baseline JSON.parse ${baseline.toFixed(1)} ms`,
);
for (const format of ['leadnet', 'gexf', 'graphml', 'csv'] as const) {
  const source = sources(format);
  const size =
    source.text.length + (source.nodes?.text.length ?? 0) + (source.groups?.text.length ?? 0);
  const result = importNetwork(source);
  if (!result.ok)
    throw new Error(`bench: ${format} did not import: ${JSON.stringify(result.errors[0])}`);
  const rows: [string, number][] = [
    [`import ${format} (${(size / 1e6).toFixed(1)} MB)`, time(() => importNetwork(source), 3)],
    [`export ${format}`, time(() => exportNetwork(doc, format), 3)],
  ];
  if (format === 'gexf' || format === 'graphml')
    rows.push([
      `  xmldom parse alone (before)`,
      time(() => new DOMParser({ locator: true }).parseFromString(source.text, 'text/xml'), 3),
    ]);
  for (const [name, ms] of rows)
    console.log(
      `  ${name.padEnd(30)} ${ms.toFixed(1).padStart(9)} ms  ${(ms / baseline).toFixed(1).padStart(7)} × JSON.parse`,
    );
  if (format === 'gexf' || format === 'graphml')
    console.log(
      `  ${'speed-up (xmldom parse ÷ import)'.padEnd(30)} ${(rows[2]![1] / rows[0]![1]).toFixed(1).padStart(9)} ×`,
    );
}
