// The simulation model's parameters: one documented default per parameter, with the source of its
// mechanism kept apart from the basis of its value. Editable by name from a document's
// `parameters` and a scenario's `set-parameter`; docs/model/ODD.md is checked against this table.
import type { Location, Message } from '../messages/types';
import { say } from './messages';
import type { ReferenceId } from './references';

/**
 * Where a parameter's value comes from — apart from where its mechanism comes from. `assumed`: the
 * model's choice; `order-of-magnitude`: the size is read off a source (`from`, a REFERENCES key)
 * that does not measure this quantity itself; `calibrated`: fitted to data (`to` names it). The
 * sentence a user reads is the message `param_<name>_basis`.
 */
export type ValueBasis =
  | { kind: 'assumed' }
  | { kind: 'order-of-magnitude'; from: ReferenceId }
  | { kind: 'calibrated'; to: string };

/** The step of the weekly update (the ODD's submodels) a parameter enters. */
export type Submodel =
  | 'run'
  | 'initialisation'
  | 'turnover'
  | 'activation'
  | 'alignment'
  | 'leadership'
  | 'transfer'
  | 'practice'
  | 'progress';

export interface ParameterSpec {
  /** The symbol the equations use (DESIGN §5, docs/model/ODD.md). */
  symbol: string;
  /** The default (weekly rates and probabilities; durations in weeks; switches 1 on, 0 off). */
  value: number;
  /** The plausible range: a value outside it is allowed, with a warning. */
  range: readonly [number, number];
  /** Hard bounds: a value outside them makes no sense in the model and is refused. */
  bounds: readonly [number, number];
  /** Whole numbers only (week counts, switches). */
  integer?: boolean;
  /** The sources of the mechanism the parameter belongs to (REFERENCES keys); empty: the model's own. */
  mechanism: readonly ReferenceId[];
  /** Where the value comes from (never the study: it is qualitative and gives no numbers). */
  basis: ValueBasis;
  submodel: Submodel;
}

const ASSUMED = { kind: 'assumed' } as const;
const SWITCH = {
  value: 1,
  range: [0, 1],
  bounds: [0, 1],
  integer: true,
  mechanism: [],
  basis: ASSUMED,
} as const;

// The texts (a human name, the meaning, the mechanism and the value's basis) are messages keyed by
// the parameter's name: param_<name>_label, _meaning, _mechanism, _basis (engine-model.json).
export const DEFAULT_MODEL_PARAMETERS = {
  weeks: {
    symbol: 'T',
    value: 78,
    range: [26, 156],
    bounds: [0, 520],
    integer: true,
    mechanism: [],
    basis: ASSUMED,
    submodel: 'run',
  },
  qicWeeks: {
    symbol: 'T_qic',
    value: 52,
    range: [26, 78],
    bounds: [0, 520],
    integer: true,
    mechanism: ['kilo1998'],
    basis: { kind: 'order-of-magnitude', from: 'kilo1998' },
    submodel: 'activation',
  },
  pL: {
    symbol: 'p_L',
    value: 0.35,
    range: [0.1, 0.6],
    bounds: [0, 1],
    mechanism: [],
    basis: ASSUMED,
    submodel: 'turnover',
  },
  pc: {
    symbol: 'p_c',
    value: 0.1,
    range: [0.02, 0.2],
    bounds: [0, 1],
    mechanism: ['bass1969', 'carstensen2024'],
    basis: ASSUMED,
    submodel: 'activation',
  },
  pr: {
    symbol: 'p_r',
    value: 0.03,
    range: [0, 0.1],
    bounds: [0, 1],
    mechanism: ['bass1969'],
    basis: ASSUMED,
    submodel: 'activation',
  },
  q: {
    symbol: 'q',
    value: 0.15,
    range: [0.05, 0.4],
    bounds: [0, 1],
    mechanism: ['bass1969'],
    basis: ASSUMED,
    submodel: 'activation',
  },
  lambda: {
    symbol: 'λ',
    value: 0.03,
    range: [0.01, 0.1],
    bounds: [0, 1],
    mechanism: [],
    basis: ASSUMED,
    submodel: 'activation',
  },
  boost: {
    symbol: 'b',
    value: 2,
    range: [1, 3],
    bounds: [0, 10],
    mechanism: ['kilo1998'],
    basis: ASSUMED,
    submodel: 'activation',
  },
  gamma: {
    symbol: 'γ',
    value: 0.05,
    range: [0, 0.2],
    bounds: [0, 1],
    mechanism: ['friedkin1990'],
    basis: ASSUMED,
    submodel: 'alignment',
  },
  mu: {
    symbol: 'μ',
    value: 0.2,
    range: [0.05, 0.5],
    bounds: [0, 1],
    mechanism: ['friedkin1990'],
    basis: ASSUMED,
    submodel: 'alignment',
  },
  alpha: {
    symbol: 'α',
    value: 0.08,
    range: [0.04, 0.15],
    bounds: [0, 1],
    mechanism: ['dinnocenzo2016', 'carstensen2024'],
    basis: ASSUMED,
    submodel: 'practice',
  },
  theta: {
    symbol: 'θ',
    value: 0.25,
    range: [0, 0.5],
    bounds: [0, 1],
    mechanism: ['carstensen2024'],
    basis: ASSUMED,
    submodel: 'practice',
  },
  zeta: {
    symbol: 'ζ',
    value: 0.5,
    range: [0, 1],
    bounds: [0, 1],
    mechanism: ['dinnocenzo2016'],
    basis: ASSUMED,
    submodel: 'leadership',
  },
  deltaE: {
    symbol: 'δ_E',
    value: 0.03,
    range: [0.01, 0.06],
    bounds: [0, 1],
    mechanism: ['argote1990'],
    basis: { kind: 'order-of-magnitude', from: 'argote1990' },
    submodel: 'practice',
  },
  deltaC: {
    symbol: 'δ_C',
    value: 0.003,
    range: [0.001, 0.01],
    bounds: [0, 1],
    mechanism: [],
    basis: ASSUMED,
    submodel: 'practice',
  },
  chi0: {
    symbol: 'χ₀',
    value: 0.04,
    range: [0.02, 0.08],
    bounds: [0, 1],
    mechanism: ['carstensen2024'],
    basis: ASSUMED,
    submodel: 'practice',
  },
  tauX: {
    symbol: 'τ_x',
    value: 0.05,
    range: [0, 0.1],
    bounds: [0, 1],
    mechanism: ['darr1995'],
    basis: ASSUMED,
    submodel: 'transfer',
  },
  g: {
    symbol: 'g',
    value: 1,
    range: [0.5, 2],
    bounds: [0, 10],
    mechanism: ['carstensen2024'],
    basis: ASSUMED,
    submodel: 'progress',
  },
  supportGatesAll: {
    symbol: 'G',
    value: 1,
    range: [0, 1],
    bounds: [0, 1],
    integer: true,
    mechanism: ['carstensen2024'],
    basis: ASSUMED,
    submodel: 'progress',
  },
  tauP: {
    symbol: 'τ_P',
    value: 8,
    range: [4, 16],
    bounds: [1, 104],
    mechanism: [],
    basis: ASSUMED,
    submodel: 'progress',
  },
  h: {
    symbol: 'h',
    value: 0.18 / 52,
    range: [0.1 / 52, 0.3 / 52],
    bounds: [0, 1],
    mechanism: [],
    basis: { kind: 'order-of-magnitude', from: 'hayes2012' },
    submodel: 'turnover',
  },
  hc: {
    symbol: 'h_c',
    value: 0.12 / 52,
    range: [0.05 / 52, 0.25 / 52],
    bounds: [0, 1],
    mechanism: [],
    basis: ASSUMED,
    submodel: 'turnover',
  },
  v: {
    symbol: 'v',
    value: 6,
    range: [2, 12],
    bounds: [1, 104],
    mechanism: [],
    basis: ASSUMED,
    submodel: 'turnover',
  },
  vc: {
    symbol: 'v_c',
    value: 12,
    range: [4, 26],
    bounds: [1, 104],
    mechanism: [],
    basis: ASSUMED,
    submodel: 'turnover',
  },
  kappa: {
    symbol: 'κ',
    value: 1,
    range: [1, 2],
    bounds: [1, 10],
    mechanism: ['schneiderman1988', 'dinnocenzo2016'],
    basis: ASSUMED,
    submodel: 'practice',
  },
  initialActive: {
    symbol: 'a₀',
    value: 0.2,
    range: [0, 0.5],
    bounds: [0, 1],
    mechanism: [],
    basis: ASSUMED,
    submodel: 'initialisation',
  },
  coordinatorActivates: { symbol: 'K_a', ...SWITCH, submodel: 'activation' },
  coordinatorAlwaysActive: { symbol: 'K_on', ...SWITCH, submodel: 'activation' },
  coordinatorConsolidates: { symbol: 'K_c', ...SWITCH, submodel: 'practice' },
  coordinatorTransfers: { symbol: 'K_x', ...SWITCH, submodel: 'transfer' },
} as const satisfies Record<string, ParameterSpec>;

export type ParameterName = keyof typeof DEFAULT_MODEL_PARAMETERS;
export type ModelParameters = Record<ParameterName, number>;

export const PARAMETER_NAMES = Object.keys(DEFAULT_MODEL_PARAMETERS) as ParameterName[];

/** Learning-session weeks (IHI Breakthrough Series: sessions 1, 2 and 3), while t < T_qic. */
export const LEARNING_SESSION_WEEKS: readonly number[] = [0, 1, 16, 17, 33, 34];

export function isParameterName(name: string): name is ParameterName {
  return Object.prototype.hasOwnProperty.call(DEFAULT_MODEL_PARAMETERS, name);
}

export function defaultParameters(): ModelParameters {
  const out = {} as ModelParameters;
  for (const name of PARAMETER_NAMES) out[name] = DEFAULT_MODEL_PARAMETERS[name].value;
  return out;
}

/** A problem with the simulation's input or run, located where it applies (messages as data). */
export type SimulationIssue = Message;

/**
 * Checks one parameter value: an unknown name or a value outside the hard bounds is an error,
 * a value outside the plausible range a warning. Returns the error, or null.
 */
export function checkParameter(
  name: string,
  value: number,
  at: Location,
  warnings: SimulationIssue[],
): SimulationIssue | null {
  if (!isParameterName(name))
    return say('sim_param_unknown', { name, known: PARAMETER_NAMES.join(', ') }, at);
  const spec: ParameterSpec = DEFAULT_MODEL_PARAMETERS[name];
  const [min, max] = spec.bounds;
  if (!Number.isFinite(value) || value < min || value > max)
    return say('sim_param_out_of_bounds', { value, min, max }, at);
  if (spec.integer && !Number.isInteger(value)) return say('sim_param_not_whole', { value }, at);
  if (value < spec.range[0] || value > spec.range[1])
    warnings.push(
      say('sim_param_outside_range', { value, min: spec.range[0], max: spec.range[1] }, at),
    );
  return null;
}

/** The defaults with a document's `parameters` applied; errors point at `parameters.<name>`. */
export function resolveParameters(
  overrides: Readonly<Record<string, number>>,
  warnings: SimulationIssue[] = [],
): { parameters: ModelParameters; errors: SimulationIssue[] } {
  const parameters = defaultParameters();
  const errors: SimulationIssue[] = [];
  for (const [name, value] of Object.entries(overrides)) {
    const error = checkParameter(name, value, { path: ['parameters', name] }, warnings);
    if (error) errors.push(error);
    else parameters[name as ParameterName] = value;
  }
  return { parameters, errors };
}
