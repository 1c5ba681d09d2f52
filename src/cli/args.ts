// What the command line's commands share: their two kinds of error (usage: exit 2; bad input:
// exit 1), the output streams, reading a network file, splitting arguments, and writing files
// (src/cli/write-all.ts) so that a failure is one line of bad input, never a stack trace.
import { readFileSync } from 'node:fs';
import type { createAnalysisApi } from '../core/api';
import type { NetworkDocument } from '../core/document/types';
import { englishText } from '../core/messages';
import { WriteError } from './write-all';

export class UsageError extends Error {}
export class InputError extends Error {}

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export function readDocument(
  file: string,
  api: ReturnType<typeof createAnalysisApi>,
): NetworkDocument {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new InputError(
      `${file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
  }
  const result = api.parseDocument(text, file);
  if (!result.ok) throw new InputError(result.errors.map((e) => englishText(e)).join('\n'));
  return result.doc;
}

/**
 * Splits arguments into positionals and `--flag value` / `--switch` options; a `repeated` flag
 * may be given several times and collects its values in `lists`.
 */
export function parseArgs(
  args: string[],
  valued: string[],
  switches: string[],
  repeated: string[] = [],
) {
  const positionals: string[] = [];
  const options = new Map<string, string | true>();
  const lists = new Map<string, string[]>();
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] as string;
    if (!arg.startsWith('--')) {
      positionals.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (valued.includes(name) || repeated.includes(name)) {
      const value = inline ?? args[++i];
      if (value === undefined) throw new UsageError(`--${name} needs a value`);
      if (repeated.includes(name)) lists.set(name, [...(lists.get(name) ?? []), value]);
      else options.set(name, value);
    } else if (switches.includes(name)) options.set(name, true);
    else throw new UsageError(`unknown option --${name}`);
  }
  return { positionals, options, lists };
}

/** Runs a file-writing step; its failure is bad input (exit 1, one line), never a stack trace. */
export function writing(step: () => void): void {
  try {
    step();
  } catch (error) {
    throw error instanceof WriteError ? new InputError(error.message) : error;
  }
}
