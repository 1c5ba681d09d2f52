// The Leadnet command line (DESIGN §6): `npm run --silent leadnet -- <command>`.
// Exit codes: 0 ok, 1 bad input, 2 usage.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { createAnalysisApi } from '../core/api';
import { formatIssue } from '../core/document';
import type { NetworkDocument } from '../core/document/types';

const USAGE = `Usage: npm run --silent leadnet -- <command>

Commands:
  validate FILE                      check a Leadnet network file
  metrics FILE [--kinds a,b] [--json]
                                     the network summary (more measures come with the metrics engine)

Exit codes: 0 ok, 1 bad input, 2 usage.`;

export class UsageError extends Error {}
export class InputError extends Error {}

interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

function readDocument(file: string, api: ReturnType<typeof createAnalysisApi>): NetworkDocument {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new InputError(
      `${file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
  }
  const result = api.parseDocument(text);
  if (!result.ok) throw new InputError(result.errors.map(formatIssue).join('\n'));
  return result.doc;
}

/** Splits arguments into positionals and `--flag value` / `--switch` options. */
function parseArgs(args: string[], valued: string[], switches: string[]) {
  const positionals: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] as string;
    if (!arg.startsWith('--')) {
      positionals.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (valued.includes(name)) {
      const value = inline ?? args[++i];
      if (value === undefined) throw new UsageError(`--${name} needs a value`);
      options.set(name, value);
    } else if (switches.includes(name)) options.set(name, true);
    else throw new UsageError(`unknown option --${name}`);
  }
  return { positionals, options };
}

export function run(argv: string[], io: Io): number {
  const api = createAnalysisApi();
  try {
    const [command, ...rest] = argv;
    switch (command) {
      case 'validate': {
        const { positionals } = parseArgs(rest, [], []);
        if (positionals.length !== 1) throw new UsageError('validate takes one FILE');
        const file = positionals[0] as string;
        const doc = readDocument(file, api);
        io.stdout(
          `${file}: valid Leadnet network (version ${doc.version}): ${doc.actors.length} actors, ${doc.ties.length} ties, ${doc.groups.length} groups`,
        );
        return 0;
      }
      case 'metrics': {
        const { positionals, options } = parseArgs(rest, ['kinds'], ['json']);
        if (positionals.length !== 1) throw new UsageError('metrics takes one FILE');
        const doc = readDocument(positionals[0] as string, api);
        const kindsOption = options.get('kinds');
        const kinds =
          typeof kindsOption === 'string'
            ? kindsOption
                .split(',')
                .map((k) => k.trim())
                .filter(Boolean)
            : undefined;
        const { result } = api.summarize({ revision: 0, doc, kinds });
        io.stdout(JSON.stringify({ network: result, groups: {}, actors: {} }, null, 2));
        return 0;
      }
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        if (command === undefined) throw new UsageError('no command given');
        io.stdout(USAGE);
        return 0;
      default:
        throw new UsageError(`unknown command ${JSON.stringify(command)}`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`leadnet: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    if (error instanceof InputError) {
      io.stderr(error.message);
      return 1;
    }
    throw error;
  }
}

// pathToFileURL, not `file://${path}`: a `#` or `%` in the checkout's path must not turn the
// command into a silent no-op that exits 0.
const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  process.exitCode = run(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(`${text}\n`),
    stderr: (text) => process.stderr.write(`${text}\n`),
  });
}
