// Sensitivity analysis of the simulation model (DESIGN §5.7): which assumptions drive a scenario's
// effect or a level of progress. A request becomes a plan (the factors, a Morris or Saltelli
// design, the models); any range of its design points runs anywhere (a worker, a shard of a batch
// job) with the same seeds at every point (common random numbers: baseline and scenario share
// them, and so does every point); the per-replicate outputs, joined in point order, give the same
// measures however the work was split.
import type { NetworkDocument } from '../document/types';
import { MessageError } from '../messages/error';
import { type UnrecordedSupport, compileModel } from '../simulation/model';
import { prepareSimulation } from '../simulation/monte-carlo';
import type { ParameterName } from '../simulation/parameters';
import { type SimulationProvenance, buildProvenance } from '../simulation/provenance';
import { resolveScenarios } from '../simulation/scenarios';
import { type SimState, createState, createStreams, resetState, step } from '../simulation/step';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { type Factor, type FactorRequest, factorValue, resolveFactors } from './factors';
import { say } from './messages';
import {
  type MorrisDesign,
  type MorrisMeasures,
  elementaryEffectErrors,
  elementaryEffects,
  morrisDesign,
  morrisMeasures,
} from './morris';
import { type SaltelliDesign, type SobolMeasures, saltelliDesign, sobolMeasures } from './sobol';
import { SOBOL_MAX_DIMENSIONS } from './sobol-sequence';
import {
  BOOTSTRAP_RESAMPLES,
  BOOTSTRAP_STREAM,
  DESIGN_STREAM,
  sensitivityGenerator,
} from './stats';

export type SensitivityMethod = 'morris' | 'sobol';
export type SensitivityOutput = 'difference' | 'level';

export const SENSITIVITY_DEFAULTS = {
  method: 'morris' as SensitivityMethod,
  output: 'difference' as SensitivityOutput,
  week: 52,
  trajectories: 20,
  levels: 4,
  samples: 256,
  runs: 50,
  seed: 1,
};

/** What to analyse, and how (DESIGN §5.7, §6 `sensitivity`). Every field but `doc` is optional. */
export interface SensitivityRequest {
  doc: NetworkDocument;
  /** Preset ids, ids of scenarios saved in the document, or scenario objects. */
  scenarios?: unknown[];
  method?: SensitivityMethod;
  /** `difference`: scenario − baseline (paired); `level`: the scenario's P (the baseline's without one). */
  output?: SensitivityOutput;
  /** The week the output is read at (default 52). */
  week?: number;
  /** The team whose P is the output (default: the mean over teams). */
  outputTeam?: string;
  /** The team per-team presets given by id act on (default: each preset's own). */
  team?: string;
  /** The parameters varied, with ranges of their own if given (default: every documented one). */
  parameters?: FactorRequest[];
  /** Morris: trajectories r (default 20) and grid levels p (even, default 4). */
  trajectories?: number;
  levels?: number;
  /** Sobol: rows N of the matrices A and B (default 256); N(k + 2) design points. */
  samples?: number;
  /** Replicates at every design point (default 50): replicate j uses seed + j at every point. */
  runs?: number;
  seed?: number;
  unrecordedSupport?: UnrecordedSupport;
}

/** Everything a sensitivity run is, once resolved: the same for every shard of it. */
export interface SensitivityPlan {
  /** What was asked (null for a plan read back from a provenance: it cannot run points). */
  request: SensitivityRequest | null;
  method: SensitivityMethod;
  output: { kind: SensitivityOutput; week: number; team: string | null };
  factors: Factor[];
  design: MorrisDesign | SaltelliDesign;
  /** Design points, and the reference point (the network's own values) after them. */
  points: number;
  runs: number;
  seed: number;
  /** What each output column is: a scenario id, or `baseline` for the level without a scenario. */
  targets: string[];
  provenance: SensitivityProvenance;
}

export interface SensitivityProvenance extends SimulationProvenance {
  sensitivity: {
    method: SensitivityMethod;
    output: { kind: SensitivityOutput; week: number; team: string | null };
    factors: Factor[];
    trajectories: number | null;
    levels: number | null;
    samples: number | null;
    points: number;
    /** The output columns: scenario ids, or `baseline` for the level without a scenario. */
    targets: string[];
    bootstrap: number;
  };
}

/** The design points [from, to) run: R replicate outputs per point and target, point-major. */
export interface SensitivityRange {
  from: number;
  to: number;
  values: Float64Array[];
}

function whole(
  value: number | undefined,
  fallback: number,
  min: number,
  code: 'sens_trajectories' | 'sens_levels' | 'sens_samples' | 'sens_runs',
): number {
  const v = value ?? fallback;
  if (!Number.isSafeInteger(v) || v < min)
    throw new MessageError([say(code, { value: v, min }, { path: [code.slice(5)] })]);
  return v;
}

/**
 * Resolves a request: scenarios, factors, the design, the models' checks and the provenance.
 * Throws a MessageError (or SimulationInputError) on input it cannot use.
 */
export function planSensitivity(request: SensitivityRequest): SensitivityPlan {
  const d = SENSITIVITY_DEFAULTS;
  const method = request.method ?? d.method;
  if (method !== 'morris' && method !== 'sobol')
    throw new MessageError([say('sens_method', { value: String(method) }, { path: ['method'] })]);
  const kind = request.output ?? d.output;
  if (kind !== 'difference' && kind !== 'level')
    throw new MessageError([say('sens_output', { value: String(kind) }, { path: ['output'] })]);
  const runs = whole(request.runs, d.runs, 2, 'sens_runs');
  const seed = request.seed ?? d.seed;
  const { doc } = request;
  const { scenarios, origins, warnings } = resolveScenarios(doc, request.scenarios ?? [], {
    team: request.team,
  });
  if (kind === 'difference' && scenarios.length === 0)
    throw new MessageError([say('sens_scenario_needed', {}, { path: ['scenarios'] })]);
  const team = request.outputTeam ?? null;
  // The models at the network's own values: every check of the input, and the warnings, once.
  const prepared = prepareSimulation(doc, {
    scenarios,
    origins,
    seed,
    team: request.team,
    unrecordedSupport: request.unrecordedSupport,
  });
  const week = request.week ?? d.week;
  if (!Number.isSafeInteger(week) || week < 0 || week > prepared.weeks)
    throw new MessageError([say('sens_week', { week, weeks: prepared.weeks }, { path: ['week'] })]);
  if (team !== null && !prepared.teamIds.includes(team))
    throw new MessageError([say('sens_team_unknown', { id: team }, { path: ['outputTeam'] })]);
  const factors = resolveFactors(request.parameters);
  const k = factors.length;
  let trajectories: number | null = null;
  let levels: number | null = null;
  let samples: number | null = null;
  if (method === 'morris') {
    trajectories = whole(request.trajectories, d.trajectories, 2, 'sens_trajectories');
    levels = whole(request.levels, d.levels, 2, 'sens_levels');
    if (levels % 2 !== 0)
      throw new MessageError([say('sens_levels_odd', { value: levels }, { path: ['levels'] })]);
  } else {
    samples = whole(request.samples, d.samples, 2, 'sens_samples');
    if (2 * k > SOBOL_MAX_DIMENSIONS)
      throw new MessageError([
        say(
          'sens_sobol_too_many',
          { count: k, max: SOBOL_MAX_DIMENSIONS / 2 },
          { path: ['parameters'] },
        ),
      ]);
  }
  const design = sensitivityDesign(method, k, { trajectories, levels, samples }, seed);
  const points = design.unit.length / k + 1;
  const targets = kind === 'level' && scenarios.length === 0 ? ['baseline'] : prepared.scenarioIds;
  const base = buildProvenance({
    doc,
    seed,
    runs,
    weeks: week,
    team: request.team,
    parameters: prepared.models[0]!.params,
    scenarios: scenarios.map((scenario, i) => ({ from: origins[i]!, scenario })),
    unrecordedSupport: {
      ...prepared.unrecordedSupport,
      teams: prepared.teamIds.filter((_, t) => prepared.models[0]!.unrecorded[t]),
      level: prepared.models[0]!.assumedLevel,
    },
    warnings: [...warnings, ...prepared.warnings],
  });
  return {
    request,
    method,
    output: { kind, week, team },
    factors,
    design,
    points,
    runs,
    seed,
    targets,
    provenance: {
      ...base,
      sensitivity: {
        method,
        output: { kind, week, team },
        factors,
        trajectories,
        levels,
        samples,
        points,
        targets,
        bootstrap: BOOTSTRAP_RESAMPLES,
      },
    },
  };
}

/**
 * The design of a run, from its seed alone: Morris trajectories, or the Saltelli matrices from
 * the Sobol' sequence with a random digital shift (both from the seed's design stream).
 */
export function sensitivityDesign(
  method: SensitivityMethod,
  k: number,
  size: { trajectories: number | null; levels: number | null; samples: number | null },
  seed: number,
): MorrisDesign | SaltelliDesign {
  const rng = sensitivityGenerator(seed, DESIGN_STREAM);
  if (method === 'morris') return morrisDesign(k, size.trajectories!, size.levels!, rng);
  const shift = Array.from({ length: 2 * k }, () => Math.floor(uniformFloat64(rng) * 2 ** 32));
  return saltelliDesign(k, size.samples!, shift);
}

/**
 * The plan a provenance describes, without the network: enough to join and analyse the outputs
 * of its design points (`sensitivity merge`), not to run them.
 */
export function planFromProvenance(provenance: SensitivityProvenance): SensitivityPlan {
  const s = provenance.sensitivity;
  const design = sensitivityDesign(s.method, s.factors.length, s, provenance.seed);
  const points = design.unit.length / s.factors.length + 1;
  if (points !== s.points) throw new Error('sensitivity: the design does not match its provenance');
  return {
    request: null,
    method: s.method,
    output: s.output,
    factors: s.factors,
    design,
    points,
    runs: provenance.runs,
    seed: provenance.seed,
    targets: s.targets,
    provenance,
  };
}

/** The parameter values of design point `j` (the last point: none, the network's own values). */
export function pointParameters(plan: SensitivityPlan, j: number): Record<string, number> {
  const k = plan.factors.length;
  if (j === plan.points - 1) return {};
  const out: Record<string, number> = {};
  plan.factors.forEach((f, i) => (out[f.name] = factorValue(f, plan.design.unit[j * k + i]!)));
  return out;
}

/**
 * Runs design points [from, to): at each, the models compiled with the point's parameter values,
 * R replicates each with seeds seed … seed + R − 1, the output read at the week.
 */
export function runSensitivityRange(
  plan: SensitivityPlan,
  from: number,
  to: number,
  onProgress?: (done: number) => void,
): SensitivityRange {
  if (!(Number.isInteger(from) && Number.isInteger(to) && 0 <= from && from <= to))
    throw new Error(`sensitivity: bad point range [${from}, ${to})`);
  if (to > plan.points)
    throw new Error(`sensitivity: points [${from}, ${to}) past the design's ${plan.points}`);
  const { request, runs, seed, output } = plan;
  if (!request) throw new Error('sensitivity: a plan read from a provenance cannot run points');
  const { doc } = request;
  const { scenarios } = resolveScenarios(doc, request.scenarios ?? [], { team: request.team });
  const needsBaseline = output.kind === 'difference' || scenarios.length === 0;
  const modelScenarios = [...(needsBaseline ? [undefined] : []), ...scenarios];
  const states: (SimState | null)[] = modelScenarios.map(() => null);
  const values = plan.targets.map(() => new Float64Array((to - from) * runs));
  const W = output.week;
  const compile = { weeks: W, unrecordedSupport: request.unrecordedSupport };
  let teamIndex = -1;
  for (let j = from; j < to; j += 1) {
    const parameters = pointParameters(plan, j);
    const models = modelScenarios.map((s) => compileModel(doc, s, { ...compile, parameters }));
    if (output.team !== null) teamIndex = models[0]!.teamIds.indexOf(output.team);
    const K = models[0]!.teamIds.length;
    models.forEach((m, mi) => {
      const existing = states[mi];
      if (existing) existing.model = m;
      else states[mi] = createState(m);
    });
    for (let r = 0; r < runs; r += 1) {
      for (const state of states) {
        resetState(state!, createStreams(seed + r));
        for (let t = 0; t < W; t += 1) step(state!, t);
      }
      const at = (j - from) * runs + r;
      const base = needsBaseline ? states[0]!.P : null;
      plan.targets.forEach((_, ti) => {
        const P = states[needsBaseline && scenarios.length > 0 ? ti + 1 : ti]!.P;
        const value = (k: number) => (output.kind === 'difference' ? P[k]! - base![k]! : P[k]!);
        let v = 0;
        // The same sum as the simulation's summaries (overall: the mean over teams, in order).
        if (teamIndex >= 0) v = value(teamIndex);
        else {
          for (let k = 0; k < K; k += 1) v += value(k);
          v /= K;
        }
        values[ti]![at] = v;
      });
    }
    onProgress?.((j - from + 1) / Math.max(1, to - from));
  }
  return { from, to, values };
}

/** Joins ranges in point order, whatever order they came back in; gaps are an error. */
export function joinRanges(
  plan: SensitivityPlan,
  ranges: readonly SensitivityRange[],
): Float64Array[] {
  const whole = concatRanges(ranges);
  if (ranges.length > 0 && whole.from !== 0)
    throw new MessageError([say('sens_points_missing', { from: 0, to: whole.from }, {})]);
  if (whole.to !== plan.points)
    throw new MessageError([say('sens_points_missing', { from: whole.to, to: plan.points }, {})]);
  return plan.targets.map((_, ti) => whole.values[ti] ?? new Float64Array(0));
}

/**
 * Contiguous ranges, in any order, as one range (each target's values laid end to end, in point
 * order); a gap between them is refused. A pool's or a shard's shares become one this way.
 */
export function concatRanges(ranges: readonly SensitivityRange[]): SensitivityRange {
  const sorted = ranges.filter((r) => r.to > r.from).sort((a, b) => a.from - b.from);
  const from = sorted[0]?.from ?? 0;
  let at = from;
  for (const r of sorted) {
    if (r.from !== at)
      throw new MessageError([say('sens_points_missing', { from: at, to: r.from }, {})]);
    at = r.to;
  }
  const targets = sorted[0]?.values.length ?? 0;
  const values = Array.from({ length: targets }, (_, ti) => {
    const out = new Float64Array(sorted.reduce((n, r) => n + r.values[ti]!.length, 0));
    let offset = 0;
    for (const r of sorted) {
      out.set(r.values[ti]!, offset);
      offset += r.values[ti]!.length;
    }
    return out;
  });
  return { from, to: at, values };
}

/** A point's mean output and its Monte Carlo standard error (sd / √R). */
function pointStats(values: Float64Array, j: number, runs: number): { mean: number; se: number } {
  let sum = 0;
  for (let r = 0; r < runs; r += 1) sum += values[j * runs + r]!;
  const mean = sum / runs;
  let squares = 0;
  for (let r = 0; r < runs; r += 1) squares += (values[j * runs + r]! - mean) ** 2;
  return { mean, se: Math.sqrt(squares / (runs - 1) / runs) };
}

export type Direction = 'lower' | 'higher';

/**
 * Direction robustness of a scenario (DESIGN §5.7): the direction the model implies at the
 * network's own parameter values (the mean paired difference beyond 2 standard errors; none
 * within), and at how many design points the mean paired difference has it beyond 2 SE.
 */
export interface Robustness {
  implied: Direction | null;
  reference: { mean: number; se: number };
  points: number;
  lower: number;
  higher: number;
  /** Within 2 standard errors of 0: no direction told apart from the Monte Carlo noise. */
  unclear: number;
  /** The share of design points with the implied direction (null when none is implied). */
  share: number | null;
}

export interface MorrisParameter extends MorrisMeasures {
  /** μ* beyond twice the Monte Carlo noise of the effects: told apart from noise. */
  aboveNoise: boolean;
}

export interface TargetResult {
  /** Per parameter (in the factors' order): Morris or Sobol measures. */
  parameters: Record<string, MorrisParameter | SobolMeasures>;
  /** Parameter names, most influential first (μ*, or the total index). */
  ranking: ParameterName[];
  /** Morris: 2 × the root mean square standard error of all effects; Sobol: null. */
  noiseFloor: number | null;
  /**
   * Sobol: the share of the output's variance over the design that is Monte Carlo noise (the
   * mean squared standard error of the points over their variance); Morris: null.
   */
  noiseShare: number | null;
  /** The mean output and its standard error at every design point, the reference last. */
  points: { mean: number[]; se: number[] };
  robustness: Robustness | null;
}

export interface SensitivityResult {
  method: SensitivityMethod;
  output: SensitivityPlan['output'];
  factors: Factor[];
  runs: number;
  seed: number;
  /** The design's parameter values, one row per point in the factors' order; reference last. */
  matrix: number[][];
  results: Record<string, TargetResult>;
  provenance: SensitivityProvenance;
}

/** The measures of every target from all points' outputs (in point order). */
export function analyseSensitivity(
  plan: SensitivityPlan,
  values: Float64Array[],
): SensitivityResult {
  const { runs, points, factors } = plan;
  const designPoints = points - 1;
  const results: Record<string, TargetResult> = {};
  plan.targets.forEach((target, ti) => {
    const v = values[ti]!;
    const stats = Array.from({ length: points }, (_, j) => pointStats(v, j, runs));
    const mean = stats.map((s) => s.mean);
    const se = stats.map((s) => s.se);
    const rng = sensitivityGenerator(plan.seed, BOOTSTRAP_STREAM, ti);
    const parameters: Record<string, MorrisParameter | SobolMeasures> = {};
    let ranking: ParameterName[];
    let noiseFloor: number | null = null;
    let noiseShare: number | null = null;
    if (plan.method === 'morris') {
      const design = plan.design as MorrisDesign;
      const y = Float64Array.from(mean.slice(0, designPoints));
      const errors = elementaryEffectErrors(design, v.subarray(0, designPoints * runs), runs);
      const measures = morrisMeasures(design, elementaryEffects(design, y), errors, rng);
      let squares = 0;
      for (const e of errors!) squares += e * e;
      noiseFloor = 2 * Math.sqrt(squares / errors!.length);
      measures.forEach((m, i) => {
        parameters[factors[i]!.name] = { ...m, aboveNoise: m.muStar > 2 * (m.noise ?? 0) };
      });
      ranking = rank(factors, (i) => measures[i]!.muStar);
    } else {
      const design = plan.design as SaltelliDesign;
      const y = Float64Array.from(mean.slice(0, designPoints));
      const measures = sobolMeasures(design, y, rng);
      measures.forEach((m, i) => (parameters[factors[i]!.name] = m));
      ranking = rank(factors, (i) => measures[i]!.total ?? -Infinity);
      let m = 0;
      for (const x of y) m += x;
      m /= y.length;
      let variance = 0;
      let noise = 0;
      for (let j = 0; j < y.length; j += 1) {
        variance += (y[j]! - m) ** 2;
        noise += se[j]! ** 2;
      }
      noiseShare = variance > 0 ? noise / variance : null;
    }
    results[target] = {
      parameters,
      ranking,
      noiseFloor,
      noiseShare,
      points: { mean, se },
      robustness: plan.output.kind === 'difference' ? robustness(mean, se) : null,
    };
  });
  const matrix = Array.from({ length: points }, (_, j) => {
    const values = pointParameters(plan, j);
    return factors.map((f) => values[f.name] ?? plan.provenance.parameters[f.name]);
  });
  return {
    method: plan.method,
    output: plan.output,
    factors,
    runs,
    seed: plan.seed,
    matrix,
    results,
    provenance: plan.provenance,
  };
}

/** Factor names by a score, highest first; ties keep the factors' order. */
function rank(factors: Factor[], score: (i: number) => number): ParameterName[] {
  return factors
    .map((f, i) => ({ name: f.name, s: score(i), i }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .map((x) => x.name);
}

function robustness(mean: number[], se: number[]): Robustness {
  const last = mean.length - 1;
  const sign = (j: number): Direction | null =>
    mean[j]! < -2 * se[j]! ? 'lower' : mean[j]! > 2 * se[j]! ? 'higher' : null;
  const implied = sign(last);
  let lower = 0;
  let higher = 0;
  for (let j = 0; j < last; j += 1) {
    const s = sign(j);
    if (s === 'lower') lower += 1;
    else if (s === 'higher') higher += 1;
  }
  const points = last;
  return {
    implied,
    reference: { mean: mean[last]!, se: se[last]! },
    points,
    lower,
    higher,
    unclear: points - lower - higher,
    share: implied === null ? null : (implied === 'lower' ? lower : higher) / points,
  };
}

/** A whole run in one call: plan, every point, the measures. */
export function sensitivity(
  request: SensitivityRequest,
  onProgress?: (done: number) => void,
): SensitivityResult {
  const plan = planSensitivity(request);
  const range = runSensitivityRange(plan, 0, plan.points, onProgress);
  return analyseSensitivity(plan, joinRanges(plan, [range]));
}
