// The Leadnet command line (DESIGN §6): `npm run --silent leadnet -- <command>`.
// Exit codes: 0 ok, 1 bad input, 2 usage.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { createAnalysisApi } from '../core/api';
import { formatIssue } from '../core/document';
import type { NetworkDocument } from '../core/document/types';
import { metricsCsv } from '../core/metrics/csv';
import { toMetricsJson } from '../core/metrics/output';
import type { MetricsResult } from '../core/metrics/types';
import { POOL_MIN_ACTORS, computeMetricsWithPool } from './path-pool';

const USAGE = `Usage: npm run --silent leadnet -- <command>

Commands:
  validate FILE                      check a Leadnet network file
  metrics FILE [--kinds a,b] [--seed S] [--json | --csv [--level actor|group|network]]
                                     every measure of DESIGN §4: JSON {network, groups, actors},
                                     or one level as a CSV table (actors by default)

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

/**
 * Runs one command and returns its exit code — a promise only when a large network's
 * betweenness and closeness run on the worker pool (src/cli/path-pool.ts).
 */
export function run(argv: string[], io: Io): number | Promise<number> {
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
        const { positionals, options } = parseArgs(
          rest,
          ['kinds', 'level', 'seed'],
          ['json', 'csv'],
        );
        if (positionals.length !== 1) throw new UsageError('metrics takes one FILE');
        if (options.has('json') && options.has('csv'))
          throw new UsageError('choose one of --json and --csv');
        const level = (options.get('level') as string | undefined) ?? 'actor';
        if (!['actor', 'group', 'network'].includes(level))
          throw new UsageError('--level is actor, group or network');
        const seedText = options.get('seed') as string | undefined;
        const seed = seedText === undefined ? undefined : Number(seedText);
        if (seed !== undefined && !Number.isSafeInteger(seed))
          throw new UsageError('--seed takes a whole number');
        const doc = readDocument(positionals[0] as string, api);
        const kindsOption = options.get('kinds');
        const kinds =
          typeof kindsOption === 'string'
            ? kindsOption
                .split(',')
                .map((k) => k.trim())
                .filter(Boolean)
            : undefined;
        const { result: summary } = api.summarize({ revision: 0, doc, kinds });
        const emit = (result: MetricsResult): number => {
          for (const error of result.errors)
            io.stderr(`warning: ${error.metric}: ${error.message}`);
          if (options.has('csv')) {
            io.stdout(metricsCsv(doc, result, level as 'actor' | 'group' | 'network').trimEnd());
            return 0;
          }
          const json = toMetricsJson(result);
          // The summary's counts (actors by role, ties by kind…) stand beside the measures of §4.
          io.stdout(
            JSON.stringify(
              {
                network: { ...summary, ...json.network },
                groups: json.groups,
                actors: json.actors,
              },
              null,
              2,
            ),
          );
          return 0;
        };
        // A large network's betweenness and closeness run on worker threads first.
        if (doc.actors.length >= POOL_MIN_ACTORS)
          return computeMetricsWithPool(
            doc,
            { kinds, seed },
            { onWarning: (message) => io.stderr(`warning: ${message}`) },
          ).then(emit);
        return emit(api.metrics({ revision: 0, doc, kinds, seed }).result);
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
  const code = run(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(`${text}\n`),
    stderr: (text) => process.stderr.write(`${text}\n`),
  });
  if (typeof code === 'number') process.exitCode = code;
  else void code.then((c) => (process.exitCode = c));
}
