// `npm run bench -- formats`: importing and exporting a 5,000-actor / 25,000-tie network in each
// format, as ratios to JSON.parse of the same network's Leadnet JSON measured in the same run.
// GEXF and GraphML also against the importer before issue 14 (commit 4bdb969, the last that read
// XML with @xmldom/xmldom's DOM), extracted from git history into .tmp/ and run in the same
// process, interleaved, in CPU time: the speed-up the issue asks for (≥ 4×), with the Leadnet JSON
// import of the same network in the same rounds for scale; the lines say when the old and the new
// importer, or the streaming and the tree path, give different results. Without git history
// (a shallow clone) the bench prints xmldom's parse of the same text instead, a lower bound of
// the old import.
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { DOMParser } from '@xmldom/xmldom';
import { parseDocumentText } from '../src/core/document';
import { createSyntheticNetwork } from '../src/core/example/synthetic';
import {
  type ExportFormat,
  type ImportSource,
  exportNetwork,
  importNetwork,
} from '../src/core/formats';
import { interleaved, time } from './timing';

/** The commit whose importer is "before" (the last one that parsed XML with xmldom). */
const BEFORE = '4bdb969';

/** The importer of BEFORE, from a `git archive` extract in .tmp/; undefined without git history. */
async function importerBefore(): Promise<typeof importNetwork | undefined> {
  const dir = `.tmp/import-before-${BEFORE}`;
  try {
    if (!existsSync(`${dir}/src/core/formats/index.ts`)) {
      mkdirSync(dir, { recursive: true });
      execSync(`git archive ${BEFORE} src messages | tar -x -C ${dir}`, { stdio: 'ignore' });
    }
    const module = (await import(`../${dir}/src/core/formats/index.ts`)) as {
      importNetwork: typeof importNetwork;
    };
    return module.importNetwork;
  } catch {
    return undefined;
  }
}

const before = await importerBefore();
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

const leadnetSource = sources('leadnet');

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
  if ((format === 'gexf' || format === 'graphml') && !before)
    rows.push([
      `  xmldom parse alone (before)`,
      time(() => new DOMParser({ locator: true }).parseFromString(source.text, 'text/xml'), 3),
    ]);
  for (const [name, ms] of rows)
    console.log(
      `  ${name.padEnd(30)} ${ms.toFixed(1).padStart(9)} ms  ${(ms / baseline).toFixed(1).padStart(7)} × JSON.parse`,
    );
  if ((format === 'gexf' || format === 'graphml') && !before)
    console.log(
      `  ${'speed-up (xmldom parse ÷ import)'.padEnd(30)} ${(rows[2]![1] / rows[0]![1]).toFixed(1).padStart(9)} ×`,
    );
  if ((format === 'gexf' || format === 'graphml') && before) {
    const now = JSON.stringify(importNetwork(source));
    const same = JSON.stringify(before(source)) === now;
    // Streaming (what callers get) against the tree path it falls back to.
    const sameAsTree = JSON.stringify(importNetwork(source, {}, 'tree')) === now;
    const [oldMs, nowMs, jsonMs] = interleaved(
      [() => before(source), () => importNetwork(source), () => importNetwork(leadnetSource)],
      7,
    );
    console.log(
      `  ${`before (${BEFORE}) vs now, CPU`.padEnd(30)} ${oldMs!.toFixed(0).padStart(6)} → ${nowMs!.toFixed(0)} ms  ${(oldMs! / nowMs!).toFixed(2)} × faster${same ? '' : '  (RESULTS DIFFER)'}${sameAsTree ? '' : '  (STREAMING DIFFERS FROM THE TREE PATH)'}`,
    );
    console.log(
      `  ${'  Leadnet JSON import, CPU'.padEnd(30)} ${jsonMs!.toFixed(0).padStart(6)} ms  (now ${(nowMs! / jsonMs!).toFixed(1)} × that)`,
    );
  }
}
