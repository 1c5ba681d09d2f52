// `npm run handout -- network.json [out.html] [--shell dist/handout-shell.html]`: a hand-out
// file made in Node, the same as Export → Hand-out file (HTML) in the app. The network is read
// and checked through the import path first (any format Leadnet opens), so a broken file is
// refused here rather than in the room. The shell comes from `npm run build`.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { englishText } from '../src/core/messages';
import { exportNetwork, importNetwork } from '../src/core/formats';
import { buildHandout, handoutFileName } from '../src/share/handout';

export function makeHandout(shellHtml: string, name: string, text: string): string {
  const result = importNetwork({ name, text });
  if (!result.ok) throw new Error(result.errors.map((e) => englishText(e)).join('\n'));
  const json = exportNetwork(result.doc, 'leadnet').files[0]!.text;
  return buildHandout(shellHtml, json, result.doc.meta.title ?? basename(name));
}

function main(argv: string[]): number {
  const shellAt = argv.indexOf('--shell');
  const shellPath = shellAt === -1 ? 'dist/handout-shell.html' : argv[shellAt + 1];
  const args = argv.filter((_, i) => i !== shellAt && i !== shellAt + 1);
  const [input, output] = args;
  if (!input || !shellPath) {
    console.error(
      'usage: npm run handout -- network.json [out.html] [--shell dist/handout-shell.html]',
    );
    return 2;
  }
  if (!existsSync(shellPath)) {
    console.error(
      `${shellPath} not found: run \`npm run build\` first (it builds the hand-out shell).`,
    );
    return 2;
  }
  try {
    const html = makeHandout(readFileSync(shellPath, 'utf8'), input, readFileSync(input, 'utf8'));
    const title = /<title>([^<]*) – Leadnet<\/title>/.exec(html)?.[1];
    const target = output ?? handoutFileName(title);
    writeFileSync(target, html);
    console.log(
      `${target}: ${(html.length / 1024 / 1024).toFixed(1)} MB, opens from disk with no network`,
    );
    return 0;
  } catch (error) {
    console.error(`${input}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

if (process.argv[1] && /handout\.ts$/.test(process.argv[1]))
  process.exitCode = main(process.argv.slice(2));
