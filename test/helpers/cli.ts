// Running the CLI in-process for tests: the example's path, and `cli(...argv)` collecting what
// the command writes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '../../src/cli/main';
import type { NetworkDocument } from '../../src/core/document';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const EXAMPLE = join(ROOT, 'public/examples/qic-example.json');
export const example = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as NetworkDocument;

/** Runs a command that completes synchronously (networks below the path pool's size). */
export function cli(...argv: string[]): { code: number; stdout: string; stderr: string } {
  const out: string[] = [];
  const err: string[] = [];
  const code = run(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
  if (typeof code !== 'number')
    throw new Error('cli(): the command went asynchronous; await run() instead');
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}
