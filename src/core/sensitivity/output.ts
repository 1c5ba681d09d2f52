// Sensitivity results as they leave Leadnet (DESIGN §6 `sensitivity`): the JSON, a CSV table of
// the measures whose header block carries the provenance, and the parts of a sharded sweep —
// `--shard i/n` runs a deterministic slice of the design points and writes their outputs; `merge`
// joins the parts of one run into the very bytes the unsharded run writes.
import { MessageError } from '../messages/error';
import type { Message } from '../messages/types';
import { toCsv } from '../metrics/output';
import { say } from './messages';
import type { MorrisParameter, SensitivityPlan, SensitivityProvenance } from './run';
import {
  type SensitivityRange,
  type SensitivityResult,
  analyseSensitivity,
  joinRanges,
  planFromProvenance,
} from './run';

/** What every number of a sensitivity result is: simulated. */
export const SENSITIVITY_ABOUT =
  'Leadnet sensitivity analysis: every number is simulated by an illustrative model (experienced progress P, 0–1) over assumed parameter ranges, not data';
/** What a part file is (its first field). */
export const PART_ABOUT =
  'Leadnet sensitivity analysis, one part of a sharded run: join all parts with `leadnet sensitivity merge`';

/** The JSON of DESIGN §6: what the numbers are first, then the run, the design, the measures. */
export function toSensitivityJson(result: SensitivityResult) {
  return {
    about: SENSITIVITY_ABOUT,
    method: result.method,
    output: result.output,
    seed: result.seed,
    runs: result.runs,
    factors: result.factors,
    results: result.results,
    matrix: result.matrix,
    provenance: result.provenance,
  };
}

/** The text `sensitivity --json` and `sensitivity merge` print. */
export function sensitivityJsonText(result: SensitivityResult): string {
  return JSON.stringify(toSensitivityJson(result), null, 2);
}

const PROVENANCE_LINE = '# provenance (JSON):';

/**
 * One row per target × parameter, most influential first. Morris: mu, mu_star, sigma with the
 * bounds of their 95 % bootstrap intervals, noise (the Monte Carlo noise of the effects) and
 * above_noise; Sobol: first and total with theirs. An undefined value is an empty cell. Above the
 * header, `#` lines: what the numbers are, each target's direction robustness, the provenance.
 */
export function sensitivityCsv(result: SensitivityResult): string {
  // Each measure with its interval's bounds: [column, key in the measures and their intervals].
  const measures: [string, string][] =
    result.method === 'morris'
      ? [
          ['mu', 'mu'],
          ['mu_star', 'muStar'],
          ['sigma', 'sigma'],
        ]
      : [
          ['first', 'first'],
          ['total', 'total'],
        ];
  const extra = result.method === 'morris' ? ['noise', 'above_noise'] : [];
  const body: unknown[][] = [];
  const notes: string[] = [];
  for (const [target, r] of Object.entries(result.results)) {
    r.ranking.forEach((name, rank) => {
      const p = r.parameters[name] as unknown as Record<string, unknown> & {
        intervals: Record<string, [number, number] | null>;
      };
      body.push([
        target,
        name,
        rank + 1,
        ...measures.flatMap(([, key]) => [p[key], p.intervals[key]?.[0], p.intervals[key]?.[1]]),
        ...(extra.length > 0 ? [(p as unknown as MorrisParameter).noise, p.aboveNoise] : []),
      ]);
    });
    if (r.robustness)
      notes.push(`# robustness of ${target} (JSON): ${JSON.stringify(r.robustness)}`);
  }
  const columns = [
    'target',
    'parameter',
    'rank',
    ...measures.flatMap(([column]) => [column, `${column}_lower`, `${column}_upper`]),
    ...extra,
  ];
  const header = [
    `# ${SENSITIVITY_ABOUT}`,
    ...notes,
    PROVENANCE_LINE,
    ...JSON.stringify(result.provenance, null, 2)
      .split('\n')
      .map((line) => `# ${line}`),
  ].join('\r\n');
  return `${header}\r\n${toCsv(columns, body)}`;
}

/** A shard `i/n` (1 ≤ i ≤ n): null when the text is not one. */
export function parseShard(text: string): { index: number; count: number } | null {
  const match = /^([0-9]+)\/([0-9]+)$/.exec(text);
  if (!match) return null;
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (!Number.isSafeInteger(count) || count < 1 || index < 1 || index > count) return null;
  return { index, count };
}

/** The design points [from, to) of shard i of n: contiguous, in order, covering every point. */
export function shardRange(points: number, index: number, count: number): [number, number] {
  return [Math.floor(((index - 1) * points) / count), Math.floor((index * points) / count)];
}

/** A part of a sharded run: its provenance (the whole run's), its slice, its outputs. */
export interface SensitivityPart {
  about: string;
  part: { shard: number; of: number; from: number; to: number };
  provenance: SensitivityProvenance;
  /** Per target, R outputs per design point of the slice, point-major. */
  values: Record<string, number[]>;
}

export function toPart(
  plan: SensitivityPlan,
  shard: { index: number; count: number },
  range: SensitivityRange,
): SensitivityPart {
  return {
    about: PART_ABOUT,
    part: { shard: shard.index, of: shard.count, from: range.from, to: range.to },
    provenance: plan.provenance,
    values: Object.fromEntries(plan.targets.map((t, i) => [t, [...range.values[i]!]])),
  };
}

/** The first place two JSON values differ, as a path (`provenance.seed`), or null. */
function firstDifference(a: unknown, b: unknown, path: string): string | null {
  if (JSON.stringify(a) === JSON.stringify(b)) return null;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    for (const key of keys) {
      const at = Array.isArray(a) ? `${path}[${key}]` : `${path}.${key}`;
      const d = firstDifference(
        (a as Record<string, unknown>)[key],
        (b as Record<string, unknown>)[key],
        at,
      );
      if (d) return d;
    }
  }
  return path;
}

/** Reads a part from its text; a file that is not one is refused, naming the file. */
export function readPart(file: string, text: string): SensitivityPart {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new MessageError([
      say('sens_part_not_json', { file, detail: (error as Error).message }, {}),
    ]);
  }
  const part = value as Partial<SensitivityPart>;
  if (!part || typeof part !== 'object' || part.about !== PART_ABOUT)
    throw new MessageError([say('sens_part_not_part', { file }, {})]);
  const p = part.part;
  const s = part.provenance?.sensitivity;
  const complete =
    p &&
    s &&
    [p.shard, p.of, p.from, p.to].every(Number.isSafeInteger) &&
    part.values &&
    Array.isArray(s.targets) &&
    s.targets.every((target) => {
      const v = part.values![target];
      return (
        Array.isArray(v) &&
        v.length === (p.to - p.from) * part.provenance!.runs &&
        v.every((x) => typeof x === 'number')
      );
    });
  if (!complete) throw new MessageError([say('sens_part_incomplete', { file }, {})]);
  return part as SensitivityPart;
}

/**
 * Joins the parts of one run: every part must carry the same provenance (the same network,
 * request and version) and together they must be shards 1…n, each once. Returns the result the
 * unsharded run gives, to the bit.
 */
export function mergeParts(parts: readonly { file: string; part: SensitivityPart }[]) {
  if (parts.length === 0) throw new MessageError([say('sens_part_none', {}, {})]);
  const [first] = parts;
  const errors: Message[] = [];
  for (const { file, part } of parts.slice(1)) {
    const at = firstDifference(first!.part.provenance, part.provenance, 'provenance');
    if (at) errors.push(say('sens_part_other_run', { file, first: first!.file, at }, {}));
    else if (part.part.of !== first!.part.part.of)
      errors.push(
        say(
          'sens_part_shards',
          { file, of: part.part.of, first: first!.file, n: first!.part.part.of },
          {},
        ),
      );
  }
  if (errors.length > 0) throw new MessageError(errors);
  const n = first!.part.part.of;
  const seen = new Map<number, string>();
  for (const { file, part } of parts) {
    const other = seen.get(part.part.shard);
    if (other !== undefined)
      errors.push(say('sens_part_twice', { shard: part.part.shard, of: n, file, other }, {}));
    seen.set(part.part.shard, file);
  }
  for (let i = 1; i <= n; i += 1)
    if (!seen.has(i)) errors.push(say('sens_part_missing', { shard: i, of: n }, {}));
  if (errors.length > 0) throw new MessageError(errors);
  const plan = planFromProvenance(first!.part.provenance);
  const ranges = parts.map(({ file, part }) => {
    const [from, to] = shardRange(plan.points, part.part.shard, n);
    if (part.part.from !== from || part.part.to !== to)
      throw new MessageError([say('sens_part_incomplete', { file }, {})]);
    return {
      from,
      to,
      values: plan.targets.map((t) => Float64Array.from(part.values[t]!)),
    };
  });
  return analyseSensitivity(plan, joinRanges(plan, ranges));
}
