// The Leadnet command line (DESIGN §6): `npm run --silent leadnet -- <command>`.
// Exit codes: 0 ok, 1 bad input, 2 usage.
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createAnalysisApi } from '../core/api';
import { formatIssue } from '../core/document';
import type { NetworkDocument } from '../core/document/types';
import {
  type ExportFormat,
  type ImportFormat,
  type ImportMapping,
  type ImportSource,
  reportLines,
} from '../core/formats';
import { metricsCsv } from '../core/metrics/csv';
import { toMetricsJson } from '../core/metrics/output';
import type { MetricsResult } from '../core/metrics/types';
import { MessageError, englishText } from '../core/messages';
import { simulationCsv, toSimulateJson } from '../core/simulation/output';
import { SCENARIO_PRESETS } from '../core/simulation/scenarios';
import { POOL_MIN_ACTORS, computeMetricsWithPool } from './path-pool';
import { surveyCommand } from './survey';

const USAGE = `Usage: npm run --silent leadnet -- <command>

Commands:
  validate FILE                      check a Leadnet network file
  metrics FILE [--kinds a,b] [--seed S] [--json | --csv [--level actor|group|network]]
                                     every measure of DESIGN §4: JSON {network, groups, actors},
                                     or one level as a CSV table (actors by default)
  simulate FILE [--scenario ID|FILE ...] [--runs R] [--seed S] [--weeks T] [--json | --csv]
                                     Monte Carlo of DESIGN §5: experienced progress P per team
                                     and week, baseline and scenarios with paired differences.
                                     ID: a preset (${SCENARIO_PRESETS.map((p) => p.id).join(', ')})
                                     or a scenario saved in FILE; FILE: a JSON scenario or array
  convert IN OUT [--from F] [--to F] [--role-attr A] [--kind-attr A] [--group-attr A]
          [--weight-attr A] [--label-attr A] [--reverse] [--drop-invalid]
          [--nodes FILE] [--groups FILE]
                                     convert between Leadnet JSON, GEXF, GraphML and CSV
                                     (and read graphology and Cytoscape JSON); formats from
                                     the endings, JSON flavours from the content. The import
                                     report goes to stderr; --reverse: ties read "A leads B";
                                     --drop-invalid: leave out dangling ties, duplicate ids
                                     and bad weights instead of refusing the file. CSV input:
                                     IN is the edge list, --nodes and --groups its actor and
                                     group tables; CSV output: OUT is the ties table, with
                                     OUT's name + .actors.csv and .groups.csv beside it
  survey links FILE --base URL [--survey ID] [--json]
                                     one link per respondent of the survey's current wave
                                     (name TAB link, or JSON). The links carry the roster's
                                     names and the questions: send each to its person only
  survey merge FILE CODE|CODES-FILE... -o OUT [--survey ID]
                                     take response codes (or files of them) into the current
                                     wave, as the app does, and write OUT (Leadnet JSON); one
                                     refused code writes nothing

Exit codes: 0 ok, 1 bad input, 2 usage.`;

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
  const result = api.parseDocument(text);
  if (!result.ok) throw new InputError(result.errors.map(formatIssue).join('\n'));
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

/** A whole number option, or a usage error naming it. */
function wholeNumber(
  text: string | true | undefined,
  name: string,
  min: number,
): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (typeof text !== 'string' || !Number.isSafeInteger(value) || value < min)
    throw new UsageError(
      `--${name} takes a whole number${min > 0 ? ` of at least ${min}` : ' ≥ 0'}`,
    );
  return value;
}

/** A `--scenario` value: a preset or saved id, or a JSON file of one scenario or an array. */
function scenarioRefs(ref: string): unknown[] {
  if (!/\.json$/i.test(ref) || SCENARIO_PRESETS.some((p) => p.id === ref)) return [ref];
  let text: string;
  try {
    text = readFileSync(ref, 'utf8');
  } catch (error) {
    throw new InputError(
      `${ref}: cannot read the scenario file (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${ref}: not JSON (${(error as Error).message})`);
  }
  return Array.isArray(value) ? value : [value];
}

function simulateCommand(
  rest: string[],
  io: Io,
  api: ReturnType<typeof createAnalysisApi>,
): number {
  const { positionals, options, lists } = parseArgs(
    rest,
    ['runs', 'seed', 'weeks'],
    ['json', 'csv'],
    ['scenario'],
  );
  if (positionals.length !== 1) throw new UsageError('simulate takes one FILE');
  if (options.has('json') && options.has('csv'))
    throw new UsageError('choose one of --json and --csv');
  const runs = wholeNumber(options.get('runs'), 'runs', 1);
  const seedText = options.get('seed');
  const seed = seedText === undefined ? undefined : Number(seedText);
  if (seed !== undefined && (typeof seedText !== 'string' || !Number.isSafeInteger(seed)))
    throw new UsageError('--seed takes a whole number');
  const weeks = wholeNumber(options.get('weeks'), 'weeks', 0);
  const doc = readDocument(positionals[0] as string, api);
  const scenarios = (lists.get('scenario') ?? []).flatMap(scenarioRefs);
  const { result } = api.simulate({ revision: 0, doc, scenarios, runs, seed, weeks });
  for (const w of result.warnings) io.stderr(`warning: ${englishText(w)}`);
  if (options.has('csv')) io.stdout(simulationCsv(result).trimEnd());
  else io.stdout(JSON.stringify(toSimulateJson(result), null, 2));
  return 0;
}

const IMPORT_FORMATS: ImportFormat[] = [
  'leadnet',
  'graphology',
  'cytoscape',
  'gexf',
  'graphml',
  'csv',
];
const EXPORT_ENDINGS: Record<string, ExportFormat> = {
  '.json': 'leadnet',
  '.gexf': 'gexf',
  '.graphml': 'graphml',
  '.csv': 'csv',
};

function readText(file: string, what = 'the file'): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new InputError(
      `${file}: cannot read ${what} (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
  }
}

/**
 * Writes every file or none: each goes to a temporary file beside its target, and they are
 * renamed into place only once all were written.
 */
export function writeAll(files: { path: string; text: string }[]): void {
  const temps: string[] = [];
  try {
    for (const file of files) {
      const temp = join(
        dirname(file.path),
        `.${basename(file.path)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`,
      );
      temps.push(temp);
      writeFileSync(temp, file.text, { flag: 'wx' });
    }
  } catch (error) {
    for (const temp of temps) rmSync(temp, { force: true });
    throw new InputError(
      `cannot write ${files[temps.length - 1]?.path ?? 'the output'} (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
  }
  files.forEach((file, i) => renameSync(temps[i]!, file.path));
}

/** `convert IN OUT`: read any format Leadnet reads, write any it writes (DESIGN §6). */
function convertCommand(rest: string[], io: Io, api: ReturnType<typeof createAnalysisApi>): number {
  const mappingFlags = {
    'role-attr': 'roleAttr',
    'kind-attr': 'kindAttr',
    'group-attr': 'groupAttr',
    'weight-attr': 'weightAttr',
    'label-attr': 'labelAttr',
  } as const;
  const { positionals, options } = parseArgs(
    rest,
    ['from', 'to', 'nodes', 'groups', ...Object.keys(mappingFlags)],
    ['reverse', 'drop-invalid'],
  );
  if (positionals.length !== 2) throw new UsageError('convert takes IN and OUT');
  const [input, output] = positionals as [string, string];
  const from = options.get('from') as string | undefined;
  if (from !== undefined && !IMPORT_FORMATS.includes(from as ImportFormat))
    throw new UsageError(`--from is one of ${IMPORT_FORMATS.join(', ')}`);
  const toOption = options.get('to') as string | undefined;
  const to = toOption ?? EXPORT_ENDINGS[extname(output).toLowerCase()];
  if (to === undefined)
    throw new UsageError(
      `cannot tell the output format from ${JSON.stringify(output)}: end it in .json, .gexf, .graphml or .csv, or give --to`,
    );
  if (!Object.values(EXPORT_ENDINGS).includes(to as ExportFormat))
    throw new UsageError(`--to is one of ${Object.values(EXPORT_ENDINGS).join(', ')}`);
  const mapping: ImportMapping = {};
  for (const [flag, field] of Object.entries(mappingFlags)) {
    const value = options.get(flag);
    if (typeof value === 'string') mapping[field] = value;
  }
  if (options.has('reverse')) mapping.reverse = true;

  const source: ImportSource = { name: input, text: readText(input) };
  for (const table of ['nodes', 'groups'] as const) {
    const file = options.get(table);
    if (typeof file === 'string') source[table] = { name: file, text: readText(file) };
  }
  if (
    (source.nodes || source.groups) &&
    (from ?? (/\.(csv|tsv)$/i.test(input) ? 'csv' : '')) !== 'csv'
  )
    throw new UsageError(
      '--nodes and --groups go with a CSV edge list (IN ending in .csv, or --from csv)',
    );

  const result = api.importNetwork(source, {
    format: from as ImportFormat | undefined,
    mapping,
    dropInvalid: options.has('drop-invalid'),
  });
  if (!result.ok) {
    const lines = result.errors.map(formatIssue);
    if (result.droppable) {
      const { actors, ties, groups } = result.droppable;
      lines.push(
        `${input}: refused. --drop-invalid imports it anyway, leaving out ${actors} actors, ${ties} ties and ${groups} groups`,
      );
    }
    throw new InputError(lines.join('\n'));
  }
  for (const line of reportLines(result.report)) io.stderr(line);

  const exported = api.exportNetwork(result.doc, to as ExportFormat);
  for (const warning of exported.warnings) io.stderr(`warning: ${warning}`);
  let targets: { path: string; text: string }[];
  if (to === 'csv') {
    const ending = extname(output);
    const stem = output.slice(0, output.length - ending.length);
    const suffix = ending || '.csv';
    const text = (name: string) => exported.files.find((f) => f.name === name)!.text;
    targets = [
      { path: output, text: text('ties.csv') },
      { path: `${stem}.actors${suffix}`, text: text('actors.csv') },
      { path: `${stem}.groups${suffix}`, text: text('groups.csv') },
    ];
  } else targets = [{ path: output, text: exported.files[0]!.text }];
  writeAll(targets);
  for (const t of targets) io.stdout(t.path);
  return 0;
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
      case 'simulate':
        return simulateCommand(rest, io, api);
      case 'convert':
        return convertCommand(rest, io, api);
      case 'survey':
        return surveyCommand(rest, io, api);
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
    if (error instanceof InputError || error instanceof MessageError) {
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
