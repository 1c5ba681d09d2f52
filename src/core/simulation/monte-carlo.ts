// Monte Carlo over the simulation model (DESIGN §5.5): replicates with common random numbers.
// Replicate ranges run anywhere (a worker pool, the CLI), merge by index, and summarise alike.
import type { NetworkDocument } from '../document/types';
import {
  type CompiledModel,
  SimulationInputError,
  type UnrecordedSupport,
  compileModel,
} from './model';
import type { SimulationIssue } from './parameters';
import { say } from './messages';
import type { Scenario } from './scenarios';
import { type SimState, createState, createStreams, resetState, step } from './step';
import jStat from 'jstat';
import { type ScenarioOrigin, type SimulationProvenance, buildProvenance } from './provenance';

/** Default number of replicates (DESIGN §5.5). */
export const DEFAULT_RUNS = 200;
/** Default base seed: replicate r uses seed + r. */
export const DEFAULT_SIM_SEED = 1;
/** The series recorded per team and week; P is the output DESIGN §6 reports. */
export const SERIES_NAMES = ['P', 'E', 'C', 'ADL', 'alignment', 'active'] as const;
export type SeriesName = (typeof SERIES_NAMES)[number];
export const QUANTILES = [5, 25, 50, 75, 95] as const;

export interface PreparedSimulation {
  seed: number;
  weeks: number;
  teamIds: string[];
  /** Baseline first, then one per scenario. */
  models: CompiledModel[];
  scenarioIds: string[];
  warnings: SimulationIssue[];
  /** What the provenance needs besides the models: the document and the run's settings. */
  doc: NetworkDocument;
  scenarios: readonly Scenario[];
  origins: readonly ScenarioOrigin[];
  team: string | undefined;
  unrecordedSupport: UnrecordedSupport;
  /** The run's own parameter settings (none: undefined). */
  set: Readonly<Record<string, number>> | undefined;
}

export interface SimulationOptions {
  scenarios?: readonly Scenario[];
  /** Where each scenario came from (for the provenance); default `request`. */
  origins?: readonly ScenarioOrigin[];
  seed?: number;
  weeks?: number;
  /** What to assume for teams with no support tie recorded (default: none). */
  unrecordedSupport?: UnrecordedSupport;
  /** The team per-team presets given by id were built for (recorded in the provenance). */
  team?: string;
  /** Parameter values set for this run over the document's own (recorded as `set`). */
  parameters?: Readonly<Record<string, number>>;
}

/** Compiles the baseline and each scenario; throws SimulationInputError on bad input. */
export function prepareSimulation(
  doc: NetworkDocument,
  options: SimulationOptions = {},
): PreparedSimulation {
  const seed = options.seed ?? DEFAULT_SIM_SEED;
  if (!Number.isSafeInteger(seed))
    throw new SimulationInputError([
      say('sim_seed_not_whole', { value: seed }, { path: ['seed'] }),
    ]);
  const scenarios = options.scenarios ?? [];
  const seen = new Set<string>();
  for (const [i, s] of scenarios.entries()) {
    if (seen.has(s.id))
      throw new SimulationInputError([
        say('sim_scenario_twice', { id: s.id }, { path: ['scenarios', i, 'id'] }),
      ]);
    seen.add(s.id);
  }
  const unrecordedSupport = options.unrecordedSupport ?? { assume: 'none' };
  const compile = { weeks: options.weeks, unrecordedSupport, parameters: options.parameters };
  const baseline = compileModel(doc, undefined, compile);
  const models = [baseline, ...scenarios.map((s) => compileModel(doc, s, compile))];
  // Team warnings come once, from the baseline; each scenario adds its own.
  const warnings = [...baseline.warnings];
  const key = (w: SimulationIssue) => JSON.stringify([w.code, w.params, w.at]);
  const seenWarnings = new Set(warnings.map(key));
  for (const m of models.slice(1))
    for (const w of m.warnings)
      if (!seenWarnings.has(key(w))) {
        seenWarnings.add(key(w));
        warnings.push(w);
      }
  return {
    seed,
    weeks: baseline.weeks,
    teamIds: baseline.teamIds,
    models,
    scenarioIds: scenarios.map((s) => s.id),
    warnings,
    doc,
    scenarios,
    origins: scenarios.map((_, i) => options.origins?.[i] ?? 'request'),
    team: options.team,
    unrecordedSupport,
    set: options.parameters,
  };
}

/**
 * Per-replicate series of replicates [from, to): for each model (baseline first) one array laid
 * out [replicate − from][series][team][week], weeks 0…T.
 */
export interface ReplicateBatch {
  from: number;
  to: number;
  data: Float64Array[];
  /**
   * For each model, how many of the batch's replicates had actor i active in week t, at
   * [i·(T+1) + t]. Whole counts, so adding batches gives the same sums whatever the split.
   */
  activity: Float64Array[];
}

/** Writes week t of every series, in SERIES_NAMES order. */
function record(s: SimState, out: Float64Array, base: number, K: number, W: number, t: number) {
  for (let k = 0; k < K; k += 1) {
    out[base + k * W + t] = s.P[k]!;
    out[base + (K + k) * W + t] = s.E[k]!;
    out[base + (2 * K + k) * W + t] = s.C[k]!;
    out[base + (3 * K + k) * W + t] = s.ADL[k]!;
    out[base + (4 * K + k) * W + t] = s.Al[k]!;
    out[base + (5 * K + k) * W + t] = s.activeShare[k]!;
  }
}

/** Adds this week's active actors to counts[at…at + n). */
function countActive(active: Uint8Array, counts: Int32Array, at: number, n: number) {
  for (let i = 0; i < n; i += 1) counts[at + i]! += active[i]!;
}

/** Runs replicates [from, to) of every model; replicate r of each model uses seed + r (CRN). */
export function runReplicates(
  prepared: PreparedSimulation,
  from: number,
  to: number,
  onProgress?: (done: number) => void,
): ReplicateBatch {
  if (!(Number.isInteger(from) && Number.isInteger(to) && 0 <= from && from <= to))
    throw new Error(`simulation: bad replicate range [${from}, ${to})`);
  const { weeks } = prepared;
  const K = prepared.teamIds.length;
  const W = weeks + 1;
  const S = SERIES_NAMES.length;
  const count = to - from;
  const data = prepared.models.map(() => new Float64Array(count * S * K * W));
  const states = prepared.models.map(createState);
  const n = states[0]?.active.length ?? 0;
  // Counted week by week ([t·n + i], whole numbers, so the order of the sums does not matter),
  // then laid out actor by actor.
  const counts = prepared.models.map(() => new Int32Array(n * W));
  for (let r = from; r < to; r += 1) {
    for (let mi = 0; mi < states.length; mi += 1) {
      const state = states[mi]!;
      const out = data[mi]!;
      const tally = counts[mi]!;
      resetState(state, createStreams(prepared.seed + r));
      const base = (r - from) * S * K * W;
      record(state, out, base, K, W, 0);
      countActive(state.active, tally, 0, n);
      for (let t = 0; t < weeks; t += 1) {
        step(state, t);
        record(state, out, base, K, W, t + 1);
        countActive(state.active, tally, (t + 1) * n, n);
      }
    }
    onProgress?.((r - from + 1) / Math.max(1, count));
  }
  const activity = counts.map((count) => {
    const out = new Float64Array(n * W);
    for (let t = 0; t < W; t += 1)
      for (let i = 0; i < n; i += 1) out[i * W + t] = count[t * n + i]!;
    return out;
  });
  return { from, to, data, activity };
}

/** Joins batches in replicate order, whatever order they came back in; gaps are an error. */
export function mergeBatches(batches: readonly ReplicateBatch[]): ReplicateBatch {
  const sorted = [...batches].sort((a, b) => a.from - b.from);
  const from = sorted[0]?.from ?? 0;
  let at = from;
  for (const b of sorted) {
    if (b.from !== at)
      throw new Error(`simulation: replicates [${at}, ${b.from}) are missing or overlap`);
    at = b.to;
  }
  const models = sorted[0]?.data.length ?? 0;
  const data = Array.from({ length: models }, (_, mi) => {
    const out = new Float64Array(sorted.reduce((n, b) => n + b.data[mi]!.length, 0));
    let offset = 0;
    for (const b of sorted) {
      out.set(b.data[mi]!, offset);
      offset += b.data[mi]!.length;
    }
    return out;
  });
  const activity = Array.from({ length: models }, (_, mi) => {
    const out = new Float64Array(sorted[0]?.activity[mi]?.length ?? 0);
    for (const b of sorted) b.activity[mi]!.forEach((v, k) => (out[k]! += v));
    return out;
  });
  return { from, to: at, data, activity };
}

/**
 * The contract SERIES of DESIGN §6: one simulated quantity per week, over the replicates. `mean`
 * is the Monte Carlo estimate; `se` its standard error (the replicates' standard deviation / √R,
 * null with one replicate); `quantiles` the spread of the replicates themselves.
 */
export interface SeriesSummary {
  mean: number[];
  se: (number | null)[];
  quantiles: Record<'5' | '25' | '50' | '75' | '95', number[]>;
  /** Differences only: the share of replicates with a positive / negative difference. */
  positive?: number[];
  negative?: number[];
  /**
   * Differences only: the 95 % confidence interval of the mean paired difference (Student's t
   * with R − 1 degrees of freedom; null with one replicate). Not the spread of replicates: that
   * is `quantiles` 5…95.
   */
  ci95?: { lower: (number | null)[]; upper: (number | null)[] };
}
/** A paired difference's SERIES: always with the signs and the confidence interval. */
export interface DifferenceSeries extends SeriesSummary {
  positive: number[];
  negative: number[];
  ci95: { lower: (number | null)[]; upper: (number | null)[] };
}
/** The contract SUMMARY of DESIGN §6: overall is the mean over teams, replicate by replicate. */
export interface Summary {
  overall: SeriesSummary;
  teams: Record<string, SeriesSummary>;
}
export interface DifferenceSummary extends Summary {
  overall: DifferenceSeries;
  teams: Record<string, DifferenceSeries>;
}
/** A run's summary of P, with the other series beside it for the charts. */
export interface RunSummary extends Summary {
  series: Record<Exclude<SeriesName, 'P'>, Summary>;
  /**
   * Each actor's share of replicates in which they were active, per week: [actor][week]; `null`
   * for an actor outside the teams (a manager, a regional coordinator): the model has no
   * activity for them (DESIGN §5.2 step 3 activates team actors only).
   */
  actorActivity: (number[] | null)[];
}
export interface SimulationResult {
  seed: number;
  runs: number;
  weeks: number;
  teamIds: string[];
  baseline: RunSummary;
  scenarios: Record<string, RunSummary & { difference: DifferenceSummary }>;
  warnings: SimulationIssue[];
  /** What it takes to reproduce and cite the run (DESIGN §5.8). */
  provenance: SimulationProvenance;
}

/** The quantile of sorted values, linear between order statistics (Hyndman & Fan 1996, type 7). */
function quantile(sorted: Float64Array, p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

/**
 * Summarises value(r, k, t) over replicates; team −1 is the mean over teams. With `signs`, the
 * shares of each sign and the 95 % interval of the mean too (a DifferenceSummary).
 */
function summarise(
  R: number,
  K: number,
  W: number,
  teamIds: string[],
  value: (r: number, k: number, t: number) => number,
  signs = false,
): Summary {
  const column = new Float64Array(R);
  // Student's t quantile for the 95 % interval of a mean of R paired differences.
  const t975 = R > 1 ? jStat.studentt.inv(0.975, R - 1) : Number.NaN;
  const one = (k: number): SeriesSummary => {
    const out: SeriesSummary = {
      mean: [],
      se: [],
      quantiles: { '5': [], '25': [], '50': [], '75': [], '95': [] },
    };
    if (signs) {
      out.positive = [];
      out.negative = [];
      out.ci95 = { lower: [], upper: [] };
    }
    for (let t = 0; t < W; t += 1) {
      let sum = 0;
      let pos = 0;
      let neg = 0;
      for (let r = 0; r < R; r += 1) {
        let v = 0;
        if (k >= 0) v = value(r, k, t);
        else {
          for (let j = 0; j < K; j += 1) v += value(r, j, t);
          v /= K;
        }
        column[r] = v;
        sum += v;
        if (v > 0) pos += 1;
        else if (v < 0) neg += 1;
      }
      const mean = sum / R;
      // The standard error from squared deviations about the mean (two passes: no cancellation).
      let squares = 0;
      for (let r = 0; r < R; r += 1) squares += (column[r]! - mean) ** 2;
      const se = R > 1 ? Math.sqrt(squares / (R - 1) / R) : null;
      column.sort();
      out.mean.push(mean);
      out.se.push(se);
      out.ci95?.lower.push(se === null ? null : mean - t975 * se);
      out.ci95?.upper.push(se === null ? null : mean + t975 * se);
      for (const q of QUANTILES) out.quantiles[String(q) as '5'].push(quantile(column, q / 100));
      out.positive?.push(pos / R);
      out.negative?.push(neg / R);
    }
    return out;
  };
  return { overall: one(-1), teams: Object.fromEntries(teamIds.map((id, k) => [id, one(k)])) };
}

/** Summaries of every model and the paired differences of P (scenario − baseline). */
export function summarizeReplicates(
  prepared: PreparedSimulation,
  batch: ReplicateBatch,
): SimulationResult {
  const R = batch.to - batch.from;
  if (R < 1)
    throw new Error('simulation: there are no replicates to summarise: runs must be at least 1');
  const K = prepared.teamIds.length;
  const W = prepared.weeks + 1;
  const S = SERIES_NAMES.length;
  const at = (s: number, r: number, k: number, t: number) => ((r * S + s) * K + k) * W + t;
  const runSummary = (data: Float64Array, counts: Float64Array | undefined): RunSummary => {
    const of = (s: number) =>
      summarise(R, K, W, prepared.teamIds, (r, k, t) => data[at(s, r, k, t)]!);
    const series = Object.fromEntries(
      SERIES_NAMES.slice(1).map((name, i) => [name, of(i + 1)]),
    ) as RunSummary['series'];
    const n = counts ? counts.length / W : 0;
    const actorTeam = prepared.models[0]!.actorTeam;
    const actorActivity = Array.from({ length: n }, (_, i) =>
      actorTeam[i]! < 0 ? null : Array.from({ length: W }, (_, t) => counts![i * W + t]! / R),
    );
    return { ...of(0), series, actorActivity };
  };
  const base = batch.data[0]!;
  // Object.fromEntries keeps an id such as `__proto__` an ordinary key.
  const scenarios: SimulationResult['scenarios'] = Object.fromEntries(
    prepared.scenarioIds.map((id, i) => {
      const data = batch.data[i + 1]!;
      const difference = summarise(
        R,
        K,
        W,
        prepared.teamIds,
        (r, k, t) => data[at(0, r, k, t)]! - base[at(0, r, k, t)]!,
        true,
      ) as DifferenceSummary;
      return [id, { ...runSummary(data, batch.activity?.[i + 1]), difference }];
    }),
  );
  const baseline = prepared.models[0]!;
  const provenance = buildProvenance({
    doc: prepared.doc,
    seed: prepared.seed,
    runs: R,
    weeks: prepared.weeks,
    team: prepared.team,
    parameters: baseline.params,
    scenarios: prepared.scenarios.map((scenario, i) => ({
      from: prepared.origins[i]!,
      scenario,
    })),
    unrecordedSupport: {
      ...prepared.unrecordedSupport,
      teams: prepared.teamIds.filter((_, k) => baseline.unrecorded[k]),
      level: baseline.assumedLevel,
    },
    warnings: prepared.warnings,
    set: prepared.set,
  });
  return {
    seed: prepared.seed,
    runs: R,
    weeks: prepared.weeks,
    teamIds: prepared.teamIds,
    baseline: runSummary(base, batch.activity?.[0]),
    scenarios,
    warnings: prepared.warnings,
    provenance,
  };
}

/** A whole run in one call: prepare, every replicate, summarise. */
export function simulate(
  doc: NetworkDocument,
  options: SimulationOptions & { runs?: number } = {},
  onProgress?: (done: number) => void,
): SimulationResult {
  const runs = options.runs ?? DEFAULT_RUNS;
  if (!Number.isInteger(runs) || runs < 1)
    throw new SimulationInputError([say('sim_runs_too_few', { runs }, { path: ['runs'] })]);
  const prepared = prepareSimulation(doc, options);
  return summarizeReplicates(prepared, runReplicates(prepared, 0, runs, onProgress));
}

/** What every number of a result is: said first in the JSON and the CSV. */
export const SIMULATED =
  'Leadnet simulation: every number is simulated by an illustrative model (experienced progress P, 0–1), not data';

/**
 * The JSON of DESIGN §6: P only, `{about, seed, runs, weeks, baseline, scenarios, provenance}`;
 * `about` says that every number in it is simulated: the model's output, not data.
 */
export function toSimulateJson(result: SimulationResult) {
  const strip = ({ overall, teams }: Summary): Summary => ({ overall, teams });
  return {
    about: SIMULATED,
    seed: result.seed,
    runs: result.runs,
    weeks: result.weeks,
    baseline: strip(result.baseline),
    scenarios: Object.fromEntries(
      Object.entries(result.scenarios).map(([id, s]) => [
        id,
        { ...strip(s), difference: s.difference },
      ]),
    ),
    provenance: result.provenance,
  };
}
