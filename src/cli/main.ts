// The Leadnet command line (DESIGN §6): `npm run --silent leadnet -- <command>`.
// Exit codes: 0 ok, 1 bad input, 2 usage.
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createAnalysisApi } from '../core/api';
import type { NetworkDocument } from '../core/document/types';
import {
  type ExportFormat,
  type ImportFormat,
  type ImportMapping,
  type ImportSource,
  reportLines,
} from '../core/formats';
import { compareCsv, toCompareJson } from '../core/compare';
import { metricsCsv } from '../core/metrics/csv';
import { toMetricsJson } from '../core/metrics/output';
import type { MetricsResult } from '../core/metrics/types';
import { readJson } from '../core/formats/json-text';
import { prepareText } from '../core/formats/text';
import { MessageError, englishText } from '../core/messages';
import { simulationCsv, toSimulateJson } from '../core/simulation/output';
import { PRESETS } from '../core/simulation/presets';
import type { SimulateRequest, UnrecordedSupport } from '../core/api';
import { type SimulationProvenance, documentSha256 } from '../core/simulation/provenance';
import { readProvenanceCsv } from '../core/simulation/output';
import { parseRoleRule } from '../core/formats/role-rules';
import {
  type SensitivityMethod,
  type SensitivityOutput,
  type SensitivityRange,
  type SensitivityRequest,
  joinRanges,
  analyseSensitivity,
  planSensitivity,
  runSensitivityRange,
} from '../core/sensitivity/run';
import { runSensitivityOnThreads, sensitivityThreads } from './sensitivity-pool';
import type { FactorRequest } from '../core/sensitivity/factors';
import {
  mergeParts,
  parseShard,
  readPart,
  sensitivityCsv,
  sensitivityJsonText,
  shardRange,
  toPart,
} from '../core/sensitivity/output';
import { say as saySensitivity } from '../core/sensitivity/messages';
import { computeMetricsWithPool } from './path-pool';
import { POOL_MIN_ACTORS } from '../services/path-pool';
import { surveyCommand } from './survey';
import { InputError, type Io, UsageError, parseArgs, readDocument, writing } from './args';

export { InputError, type Io, UsageError, parseArgs, readDocument } from './args';
import { checkTargets, writeAll } from './write-all';

const USAGE = `Usage: npm run --silent leadnet -- <command>

Commands:
  validate FILE                      check a Leadnet network file
  metrics FILE [--kinds a,b] [--seed S] [--json | --csv [--level actor|group|network]]
                                     every network measure: JSON {network, groups, actors},
                                     or one level as a CSV table (actors by default)
  simulate FILE [--scenario ID|FILE ...] [--team ID] [--unrecorded-support none|median|LEVEL]
          [--set NAME=VALUE ...] [--runs R] [--seed S] [--weeks T] [--json | --csv]
                                     Monte Carlo of the simulation model: simulated experienced
                                     progress P per team and week, baseline and scenarios with
                                     paired differences, and the run's provenance.
                                     ID: a preset (${PRESETS.map((p) => p.id).join(', ')})
                                     or a scenario saved in FILE; FILE: a JSON scenario or array.
                                     --team: the team per-team presets act on (default: the first
                                     team with a coordinator and members). --unrecorded-support:
                                     what to assume for teams with no support tie recorded
                                     (default none; median of the other teams; a level 0–1).
                                     --set: a parameter value for this run (a sensitivity design
                                     point's), recorded in the provenance as set
  simulate FILE --replay RESULT [--json | --csv]
                                     run again from RESULT's provenance (a JSON or CSV result of
                                     simulate): FILE must be the same network (SHA-256)
  compare BEFORE AFTER [--match auto|id|label] [--kinds a,b] [--seed S] [--json | --csv]
                                     two networks (two waves, two versions) compared: who
                                     joined and left, ties added, removed and kept, and each
                                     measure's change per person, group and network (JSON by
                                     default; CSV: one row per item and measure). People match
                                     by id, or by label when the files share no id; how they
                                     matched goes to stderr
  sensitivity FILE [--scenario ID|FILE ...] [--method morris|sobol] [--output difference|level]
          [--week W] [--team ID] [--preset-team ID] [--parameters NAME[=LO:HI],...]
          [--trajectories r] [--levels p] [--samples N] [--runs R] [--seed S]
          [--unrecorded-support none|median|LEVEL] [--shard i/n] [--threads N]
          [--json | --csv]
                                     which assumptions drive a scenario's effect (output
                                     difference, the default) or a level of progress (output
                                     level): Morris μ, μ*, σ (default; r trajectories, p levels)
                                     or Sobol first-order and total indices (N samples) of every
                                     parameter with a documented range (or those --parameters
                                     names, with ranges of their own), with bootstrap intervals
                                     and each scenario's direction robustness. --team: the team
                                     whose P is the output (default: the mean over teams);
                                     --preset-team: the team per-team presets act on. --shard
                                     i/n: run slice i of n of the design points and write a part.
                                     --threads: worker threads (default: up to 4 for runs of
                                     5,000 simulations or more, else 1); the same numbers on any
                                     number of threads
  sensitivity merge PART... [--json | --csv]
                                     join the parts of one sharded run: the same bytes as the
                                     run without --shard; parts of different runs are refused
  convert IN OUT [--from F] [--to F] [--role-attr A] [--kind-attr A] [--group-attr A]
          [--weight-attr A] [--label-attr A] [--role-rule ATTR=VALUE:ROLE ...] [--reverse]
          [--drop-invalid] [--nodes FILE] [--groups FILE]
                                     convert between Leadnet JSON, GEXF, GraphML and CSV
                                     (and read graphology and Cytoscape JSON); formats from
                                     the endings, JSON flavours from the content. The import
                                     report goes to stderr; --reverse: ties read "A leads B";
                                     --role-rule: people whose attribute ATTR reads VALUE get
                                     ROLE (position=Ledende sygeplejerske:manager); several
                                     may be given, the first that matches wins, over --role-attr;
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
  if (!/\.json$/i.test(ref) || PRESETS.some((p) => p.id === ref)) return [ref];
  let text: string;
  try {
    text = readFileSync(ref, 'utf8');
  } catch (error) {
    throw new InputError(
      `${ref}: cannot read the scenario file (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
  }
  const value = readJson(prepareText(text, { file: ref }), { file: ref });
  return Array.isArray(value) ? value : [value];
}

/** `--unrecorded-support none|median|LEVEL`. */
function unrecordedSupportOption(text: string | true | undefined): UnrecordedSupport | undefined {
  if (text === undefined) return undefined;
  if (text === 'none' || text === 'median') return { assume: text };
  const value = Number(text);
  if (typeof text !== 'string' || text.trim() === '' || !(value >= 0 && value <= 1))
    throw new UsageError('--unrecorded-support takes none, median or a level from 0 to 1');
  return { assume: 'value', value };
}

/**
 * The request a result's provenance describes, checked against FILE: the same network (its
 * SHA-256), and presets and saved scenarios that still mean what they meant then.
 */
function replayRequest(
  file: string,
  doc: NetworkDocument,
): {
  request: Omit<SimulateRequest, 'revision' | 'doc'>;
  provenance: SimulationProvenance;
  csv: boolean;
} {
  const text = readText(file, 'the result');
  const csv = !text.trimStart().startsWith('{');
  let provenance: SimulationProvenance | undefined;
  try {
    provenance = csv
      ? (readProvenanceCsv(text) as SimulationProvenance | undefined)
      : (readJson(text, { file }) as { provenance?: SimulationProvenance } | null)?.provenance;
  } catch (error) {
    if (error instanceof MessageError) throw error;
    throw new InputError(`${file}: not a result of simulate (${(error as Error).message})`);
  }
  if (!provenance || typeof provenance !== 'object' || !Array.isArray(provenance.scenarios))
    throw new InputError(`${file}: has no provenance to replay (a result of simulate has one)`);
  if (provenance.document?.sha256 !== documentSha256(doc))
    throw new InputError(
      `${file}: was run on another network (document SHA-256 ${provenance.document?.sha256}), not on this file`,
    );
  const { unrecordedSupport } = provenance;
  return {
    csv,
    provenance,
    request: {
      // Presets and saved scenarios by id (so they resolve and report as they did), others as run.
      scenarios: provenance.scenarios.map((s) =>
        s.from === 'request' ? s.scenario : s.scenario.id,
      ),
      seed: provenance.seed,
      runs: provenance.runs,
      weeks: provenance.weeks,
      ...(provenance.team === null ? {} : { team: provenance.team }),
      ...(provenance.set ? { parameters: provenance.set } : {}),
      unrecordedSupport:
        unrecordedSupport.assume === 'value'
          ? { assume: 'value', value: unrecordedSupport.value }
          : { assume: unrecordedSupport.assume },
    },
  };
}

function simulateCommand(
  rest: string[],
  io: Io,
  api: ReturnType<typeof createAnalysisApi>,
): number {
  const { positionals, options, lists } = parseArgs(
    rest,
    ['runs', 'seed', 'weeks', 'team', 'unrecorded-support', 'replay'],
    ['json', 'csv'],
    ['scenario', 'set'],
  );
  // `--set NAME=VALUE`: a parameter value for this run over the network's own (a sensitivity
  // design point's, from its result's matrix), checked like the file's and kept in the provenance.
  const set: Record<string, number> = {};
  for (const item of lists.get('set') ?? []) {
    const [name, text] = item.split('=', 2) as [string, string | undefined];
    const value = text === undefined || text.trim() === '' ? Number.NaN : Number(text);
    if (!name || !Number.isFinite(value))
      throw new UsageError(`--set ${item}: give NAME=VALUE, e.g. --set alpha=0.1`);
    set[name] = value;
  }
  if (positionals.length !== 1) throw new UsageError('simulate takes one FILE');
  if (options.has('json') && options.has('csv'))
    throw new UsageError('choose one of --json and --csv');
  const runs = wholeNumber(options.get('runs'), 'runs', 1);
  const seedText = options.get('seed');
  const seed = seedText === undefined ? undefined : Number(seedText);
  if (seed !== undefined && (typeof seedText !== 'string' || !Number.isSafeInteger(seed)))
    throw new UsageError('--seed takes a whole number');
  const weeks = wholeNumber(options.get('weeks'), 'weeks', 0);
  const team = options.get('team');
  if (team === true) throw new UsageError('--team needs a team id');
  const unrecordedSupport = unrecordedSupportOption(options.get('unrecorded-support'));
  const replay = options.get('replay');
  if (
    replay !== undefined &&
    (['runs', 'seed', 'weeks', 'team', 'unrecorded-support'].some((o) => options.has(o)) ||
      lists.has('scenario') ||
      lists.has('set'))
  )
    throw new UsageError('--replay takes everything from the result: give no other run settings');
  const doc = readDocument(positionals[0] as string, api);
  let request: Omit<SimulateRequest, 'revision' | 'doc'>;
  let csv = options.has('csv');
  let replayed: SimulationProvenance | undefined;
  if (typeof replay === 'string') {
    const read = replayRequest(replay, doc);
    request = read.request;
    replayed = read.provenance;
    if (!options.has('json') && !options.has('csv')) csv = read.csv;
  } else
    request = {
      scenarios: (lists.get('scenario') ?? []).flatMap(scenarioRefs),
      runs,
      seed,
      weeks,
      ...(team === undefined ? {} : { team }),
      ...(unrecordedSupport === undefined ? {} : { unrecordedSupport }),
      ...(Object.keys(set).length > 0 ? { parameters: set } : {}),
    };
  const { result } = api.simulate({ revision: 0, doc, ...request });
  if (replayed) {
    const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
    if (!same(replayed.scenarios, result.provenance.scenarios))
      throw new InputError(
        `${String(replay)}: its presets or saved scenarios are defined otherwise in this version of Leadnet: the run would not be the same`,
      );
    if (
      !same(replayed.app, result.provenance.app) ||
      !same(replayed.model, result.provenance.model)
    )
      io.stderr(
        `warning: the result was made by Leadnet ${replayed.app?.version} (model ${replayed.model?.version}); this is ${result.provenance.app.version} (model ${result.provenance.model.version}): numbers may differ`,
      );
  }
  for (const w of result.warnings) io.stderr(`warning: ${englishText(w)}`);
  if (csv) io.stdout(simulationCsv(result).trimEnd());
  else io.stdout(JSON.stringify(toSimulateJson(result), null, 2));
  return 0;
}

/** `--parameters alpha,chi0=0.02:0.05`: names, each with an optional range LO:HI. */
function parameterList(text: string | true | undefined): FactorRequest[] | undefined {
  if (text === undefined) return undefined;
  if (text === true) throw new UsageError('--parameters needs a list');
  return text.split(',').map((item) => {
    const [name, range] = item.trim().split('=', 2) as [string, string | undefined];
    if (range === undefined) return { name };
    const ends = range.split(':').map((x) => (x.trim() === '' ? Number.NaN : Number(x)));
    if (ends.length !== 2 || ends.some((x) => !Number.isFinite(x)))
      throw new UsageError(
        `--parameters: ${item}: give a range as NAME=LO:HI, e.g. chi0=0.02:0.05`,
      );
    return { name, range: [ends[0]!, ends[1]!] as [number, number] };
  });
}

/** `sensitivity FILE …` and `sensitivity merge PART…` (DESIGN §5.7, §6). */
function sensitivityCommand(
  rest: string[],
  io: Io,
  api: ReturnType<typeof createAnalysisApi>,
): number | Promise<number> {
  if (rest[0] === 'merge') {
    const { positionals, options } = parseArgs(rest.slice(1), [], ['json', 'csv']);
    if (options.has('json') && options.has('csv'))
      throw new UsageError('choose one of --json and --csv');
    if (positionals.length === 0) throw new UsageError('sensitivity merge takes PART files');
    const parts = positionals.map((file) => ({
      file,
      part: readPart(file, readText(file, 'the part')),
    }));
    const result = mergeParts(parts);
    io.stdout(options.has('csv') ? sensitivityCsv(result).trimEnd() : sensitivityJsonText(result));
    return 0;
  }
  const { positionals, options, lists } = parseArgs(
    rest,
    [
      'method',
      'output',
      'week',
      'team',
      'preset-team',
      'parameters',
      'trajectories',
      'levels',
      'samples',
      'runs',
      'seed',
      'unrecorded-support',
      'shard',
      'threads',
    ],
    ['json', 'csv'],
    ['scenario'],
  );
  if (positionals.length !== 1) throw new UsageError('sensitivity takes one FILE');
  if (options.has('json') && options.has('csv'))
    throw new UsageError('choose one of --json and --csv');
  const shardText = options.get('shard');
  let shard: { index: number; count: number } | null = null;
  if (shardText !== undefined) {
    shard = typeof shardText === 'string' ? parseShard(shardText) : null;
    if (!shard)
      throw new UsageError(
        englishText(saySensitivity('sens_shard', { value: String(shardText) }, {})),
      );
    if (options.has('csv'))
      throw new UsageError('--shard writes a part as JSON (join the parts with sensitivity merge)');
  }
  const seedText = options.get('seed');
  const seed = seedText === undefined ? undefined : Number(seedText);
  if (seed !== undefined && (typeof seedText !== 'string' || !Number.isSafeInteger(seed)))
    throw new UsageError('--seed takes a whole number');
  const text = (name: string): string | undefined => {
    const value = options.get(name);
    if (value === true) throw new UsageError(`--${name} needs a value`);
    return value;
  };
  const request: SensitivityRequest = {
    doc: readDocument(positionals[0] as string, api),
    scenarios: (lists.get('scenario') ?? []).flatMap(scenarioRefs),
    method: text('method') as SensitivityMethod | undefined,
    output: text('output') as SensitivityOutput | undefined,
    week: wholeNumber(options.get('week'), 'week', 0),
    outputTeam: text('team'),
    team: text('preset-team'),
    parameters: parameterList(options.get('parameters')),
    trajectories: wholeNumber(options.get('trajectories'), 'trajectories', 1),
    levels: wholeNumber(options.get('levels'), 'levels', 1),
    samples: wholeNumber(options.get('samples'), 'samples', 1),
    runs: wholeNumber(options.get('runs'), 'runs', 1),
    seed,
    unrecordedSupport: unrecordedSupportOption(options.get('unrecorded-support')),
  };
  const plan = planSensitivity(request);
  const threads = sensitivityThreads(plan, wholeNumber(options.get('threads'), 'threads', 1));
  for (const w of plan.provenance.warnings) io.stderr(`warning: ${w.text}`);
  const [from, to] = shard ? shardRange(plan.points, shard.index, shard.count) : [0, plan.points];
  const emit = (range: SensitivityRange): number => {
    if (shard) io.stdout(JSON.stringify(toPart(plan, shard, range)));
    else {
      const result = analyseSensitivity(plan, joinRanges(plan, [range]));
      io.stdout(
        options.has('csv') ? sensitivityCsv(result).trimEnd() : sensitivityJsonText(result),
      );
    }
    return 0;
  };
  if (threads <= 1) return emit(runSensitivityRange(plan, from, to));
  // The same bytes on any number of threads; should the threads fail, on this one.
  return runSensitivityOnThreads(plan, request, from, to, threads).then(emit, (error: unknown) => {
    io.stderr(
      `warning: ${error instanceof Error ? error.message : String(error)}; the design points run on one thread`,
    );
    return emit(runSensitivityRange(plan, from, to));
  });
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

/** A `--role-rule ATTRIBUTE=VALUE:ROLE` flag, or a usage error saying its form. */
function roleRuleFlag(text: string) {
  try {
    return parseRoleRule(text);
  } catch (error) {
    if (error instanceof MessageError)
      throw new UsageError(`--role-rule: ${error.messages.map((e) => englishText(e)).join('; ')}`);
    throw error;
  }
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
  const { positionals, options, lists } = parseArgs(
    rest,
    ['from', 'to', 'nodes', 'groups', ...Object.keys(mappingFlags)],
    ['reverse', 'drop-invalid'],
    ['role-rule'],
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
  // Where the files go: CSV writes the ties at OUT and the actor and group tables beside it.
  const ending = extname(output);
  const stem = output.slice(0, output.length - ending.length);
  const paths =
    to === 'csv'
      ? [output, `${stem}.actors${ending || '.csv'}`, `${stem}.groups${ending || '.csv'}`]
      : [output];
  const mapping: ImportMapping = {};
  for (const [flag, field] of Object.entries(mappingFlags)) {
    const value = options.get(flag);
    if (typeof value === 'string') mapping[field] = value;
  }
  if (options.has('reverse')) mapping.reverse = true;
  const rules = lists.get('role-rule');
  if (rules) mapping.roleRules = rules.map(roleRuleFlag);

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

  writing(() => checkTargets(paths));
  const result = api.importNetwork(source, {
    format: from as ImportFormat | undefined,
    mapping,
    dropInvalid: options.has('drop-invalid'),
  });
  if (!result.ok) {
    const lines = result.errors.map((e) => englishText(e));
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
  for (const warning of exported.warnings) io.stderr(`warning: ${englishText(warning)}`);
  const text = (name: string) => exported.files.find((f) => f.name === name)!.text;
  const texts =
    to === 'csv' ? ['ties.csv', 'actors.csv', 'groups.csv'].map(text) : [exported.files[0]!.text];
  const targets = paths.map((path, i) => ({ path, text: texts[i]! }));
  writing(() => writeAll(targets));
  for (const t of targets) io.stdout(t.path);
  return 0;
}

/** A `--kinds a,b` option as a list of tie kinds (absent: all kinds). */
function kindList(option: string | true | undefined): string[] | undefined {
  return typeof option === 'string'
    ? option
        .split(',')
        .map((k) => k.trim())
        .filter(Boolean)
    : undefined;
}

/** `compare A B`: two networks (two waves, two versions) compared (DESIGN §6). */
function compareCommand(rest: string[], io: Io, api: ReturnType<typeof createAnalysisApi>): number {
  const { positionals, options } = parseArgs(rest, ['match', 'kinds', 'seed'], ['json', 'csv']);
  if (positionals.length !== 2) throw new UsageError('compare takes two FILEs: before and after');
  if (options.has('json') && options.has('csv'))
    throw new UsageError('choose one of --json and --csv');
  const match = (options.get('match') as string | undefined) ?? 'auto';
  if (!['auto', 'id', 'label'].includes(match))
    throw new UsageError('--match is id, label or auto');
  const seed = wholeNumber(options.get('seed'), 'seed', 0);
  const kinds = kindList(options.get('kinds'));
  const [beforeFile, afterFile] = positionals as [string, string];
  const before = readDocument(beforeFile, api);
  const after = readDocument(afterFile, api);
  const { result } = api.compare({
    revision: 0,
    before,
    after,
    match: match as 'auto' | 'id' | 'label',
    kinds,
    seed,
  });
  for (const note of result.match.notes) io.stderr(englishText(note));
  if (options.has('csv')) io.stdout(compareCsv(result, before, after).trimEnd());
  else io.stdout(JSON.stringify(toCompareJson(result), null, 2));
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
        const kinds = kindList(options.get('kinds'));
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
      case 'compare':
        return compareCommand(rest, io, api);
      case 'survey':
        return surveyCommand(rest, io, api);
      case 'sensitivity':
        return sensitivityCommand(rest, io, api);
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
