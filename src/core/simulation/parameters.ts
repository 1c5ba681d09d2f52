// The simulation model's parameters (DESIGN §5.3): one documented default per parameter.
// Every value is an assumption of an illustrative model, editable by name from a document's `parameters` and a scenario's `set-parameter`.
import type { Location, Message } from '../messages/types';
import { say } from './messages';

export interface ParameterSpec {
  /** What the parameter means, in a sentence a user can read. */
  meaning: string;
  /** The default (weekly rates and probabilities; durations in weeks). */
  value: number;
  /** The plausible range DESIGN §5.3 gives: a value outside it is allowed, with a warning. */
  range: readonly [number, number];
  /** Hard bounds: a value outside them makes no sense in the model and is refused. */
  bounds: readonly [number, number];
  /** Where the default comes from. */
  source: string;
  /** Whole numbers only (week counts). */
  integer?: boolean;
}

const BASS = 'Bass (1969), Management Science 15(5): 215–227 — imitation q > innovation p';
const FJ = 'Friedkin & Johnsen (1990), J. Mathematical Sociology 15(3–4): 193–206';
const ASSUMED = 'assumption of the illustrative model (DESIGN §5.3)';

export const DEFAULT_MODEL_PARAMETERS = {
  weeks: {
    meaning: 'Horizon T: weeks simulated after week 0.',
    value: 78,
    range: [26, 156],
    bounds: [0, 520],
    integer: true,
    source: 'DESIGN §5.3: the collaborative plus half a year of follow-up',
  },
  qicWeeks: {
    meaning: 'T_qic: weeks the collaborative runs (learning sessions, regional coordinator).',
    value: 52,
    range: [26, 78],
    bounds: [0, 520],
    integer: true,
    source: 'DESIGN §5.3: IHI Breakthrough Series collaboratives run 6–15 months',
  },
  pL: {
    meaning: 'p_L: chance that a newcomer forms a leadership tie with each team-mate.',
    value: 0.35,
    range: [0.1, 0.6],
    bounds: [0, 1],
    source: ASSUMED,
  },
  pc: {
    meaning: 'p_c: weekly chance that a present local coordinator activates a member.',
    value: 0.1,
    range: [0.02, 0.2],
    bounds: [0, 1],
    source: `${BASS}; Carstensen, Kjeldsen & Nielsen (2024): local coordinators drive the work`,
  },
  pr: {
    meaning: 'p_r: weekly activation through the regional coordinator (times tie strength).',
    value: 0.03,
    range: [0, 0.1],
    bounds: [0, 1],
    source: BASS,
  },
  q: {
    meaning: 'q: weekly activation by imitation, times the share of active leaders.',
    value: 0.15,
    range: [0.05, 0.4],
    bounds: [0, 1],
    source: BASS,
  },
  lambda: {
    meaning: 'λ: weekly chance that an active member lapses.',
    value: 0.03,
    range: [0.01, 0.1],
    bounds: [0, 1],
    source: ASSUMED,
  },
  boost: {
    meaning: 'b_t: factor on p_c in learning-session weeks 0–1, 16–17, 33–34.',
    value: 2,
    range: [1, 3],
    bounds: [0, 10],
    source: 'IHI Breakthrough Series: learning sessions (Kilo 1998)',
  },
  gamma: {
    meaning: 'γ: stubbornness, the pull back to one’s initial position on aims and roles.',
    value: 0.05,
    range: [0, 0.2],
    bounds: [0, 1],
    source: FJ,
  },
  mu: {
    meaning: 'μ: weekly weight given to the positions of one’s active leaders.',
    value: 0.2,
    range: [0.05, 0.5],
    bounds: [0, 1],
    source: FJ,
  },
  alpha: {
    meaning: 'α: weekly growth of emergent practice per unit of aligned distributed leadership.',
    value: 0.08,
    range: [0.04, 0.15],
    bounds: [0, 1],
    source: 'D’Innocenzo, Mathieu & Kukenberger (2016): shared leadership and performance',
  },
  theta: {
    meaning: 'θ: extra practice a present coordinator drives, times leadership density.',
    value: 0.25,
    range: [0, 0.5],
    bounds: [0, 1],
    source: 'Carstensen, Kjeldsen & Nielsen (2024): the pivotal local coordinator',
  },
  zeta: {
    meaning: 'ζ: how much centralization discounts density in the ADL index.',
    value: 0.5,
    range: [0, 1],
    bounds: [0, 1],
    source: 'D’Innocenzo et al. (2016): density and decentralization both matter',
  },
  deltaE: {
    meaning: 'δ_E: weekly decay of emergent (unconsolidated) practice.',
    value: 0.03,
    range: [0.01, 0.06],
    bounds: [0, 1],
    source: 'Argote, Beckman & Epple (1990), Management Science 36(2): organisational forgetting',
  },
  deltaC: {
    meaning: 'δ_C: weekly decay of consolidated practice.',
    value: 0.003,
    range: [0.001, 0.01],
    bounds: [0, 1],
    source: 'Argote et al. (1990): knowledge embedded in routines depreciates slowly',
  },
  chi0: {
    meaning: 'χ₀: weekly consolidation of emergent practice, times support and coordinator.',
    value: 0.04,
    range: [0.02, 0.08],
    bounds: [0, 1],
    source: 'Carstensen, Kjeldsen & Nielsen (2024): emergent practice must be consolidated',
  },
  tauX: {
    meaning: 'τₓ: weekly transfer of practice between linked teams, times the gap.',
    value: 0.05,
    range: [0, 0.1],
    bounds: [0, 1],
    source:
      'Darr, Argote & Epple (1995), Management Science 41(11): transfer only between linked units',
  },
  g: {
    meaning: 'g: how steeply experienced progress depends on support (S^g).',
    value: 1,
    range: [0.5, 2],
    bounds: [0, 10],
    source: 'Carstensen, Kjeldsen & Nielsen (2024): management support as a precondition',
  },
  tauP: {
    meaning: 'τ_P: weeks it takes practice to be experienced as progress (lag).',
    value: 8,
    range: [4, 16],
    bounds: [1, 104],
    source: ASSUMED,
  },
  h: {
    meaning: 'h: weekly chance that a member or manager leaves.',
    value: 0.18 / 52,
    range: [0.1 / 52, 0.3 / 52],
    bounds: [0, 1],
    source: 'DESIGN §5.3: nurse turnover ≈ 18 %/year (cf. Hayes et al. 2012, turnover review)',
  },
  hc: {
    meaning: 'h_c: weekly chance that a coordinator (local or regional) leaves.',
    value: 0.12 / 52,
    range: [0.05 / 52, 0.25 / 52],
    bounds: [0, 1],
    source: ASSUMED,
  },
  v: {
    meaning: 'v: mean weeks a member’s or manager’s post stays vacant (geometric).',
    value: 6,
    range: [2, 12],
    bounds: [1, 104],
    source: ASSUMED,
  },
  vc: {
    meaning: 'v_c: mean weeks a coordinator’s post stays vacant (geometric).',
    value: 12,
    range: [4, 26],
    bounds: [1, 104],
    source: ASSUMED,
  },
  kappa: {
    meaning: 'κ: complexity of the improvement (1 simple, 1.5–2 complex).',
    value: 1,
    range: [1, 2],
    bounds: [1, 10],
    source: 'Schneiderman (1988): improvement half-life grows with complexity',
  },
  initialActive: {
    meaning: 'Share of members active in QI leadership at week 0.',
    value: 0.2,
    range: [0, 0.5],
    bounds: [0, 1],
    source: ASSUMED,
  },
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
