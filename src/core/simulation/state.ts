// The simulation's mutable state and random streams: one state per compiled model, reset per
// replicate, so the weekly loop allocates nothing.
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import type { JumpableRandomGenerator } from 'pure-rand/types/JumpableRandomGenerator';
import type { CompiledModel } from './model';
import type { ModelParameters } from './parameters';

/**
 * Separate generators per random process, so that a scenario which changes one process (who is
 * present, say) leaves the others' draws aligned with the baseline's: common random numbers.
 * Turnover and activation draw a fixed number of uniforms per actor and week whatever the state.
 */
export interface Streams {
  init: JumpableRandomGenerator;
  turnover: JumpableRandomGenerator;
  activation: JumpableRandomGenerator;
  newcomer: JumpableRandomGenerator;
  intervention: JumpableRandomGenerator;
}

/** The streams of one replicate: xoroshiro128plus(seed), each a jump (2⁶⁴ draws) further. */
export function createStreams(seed: number): Streams {
  // xoroshiro128plus(seed) keeps only 32 bits; the high bits of a larger safe integer go into
  // the fourth state word (0 for 32-bit seeds, so those give xoroshiro128plus(seed) exactly).
  const low = seed | 0;
  const high = ((seed - low) / 0x100000000) | 0;
  const root = xoroshiro128plusFromState([-1, ~low, low, high]);
  const next = () => {
    root.jump(); // also mixes the state of nearby seeds (base + r) apart
    return root.clone();
  };
  return {
    init: next(),
    turnover: next(),
    activation: next(),
    newcomer: next(),
    intervention: next(),
  };
}

export interface SimState {
  model: CompiledModel;
  params: ModelParameters;
  present: Uint8Array;
  vacantUntil: Int32Array;
  active: Uint8Array;
  activeNext: Uint8Array;
  x: Float64Array;
  x0: Float64Array;
  xNext: Float64Array;
  slotWeight: Float64Array;
  supWeight: Float64Array;
  supOn: Uint8Array;
  coWeight: Float64Array;
  coOn: Uint8Array;
  /** Per team: stocks, progress, support (and its override, NaN if none), derived measures. */
  E: Float64Array;
  C: Float64Array;
  P: Float64Array;
  S: Float64Array;
  supportOverride: Float64Array;
  Lc: Float64Array;
  R: Float64Array;
  D: Float64Array;
  Z: Float64Array;
  Al: Float64Array;
  ADL: Float64Array;
  T: Float64Array;
  activeShare: Float64Array;
  nPresent: Int32Array;
  /** π between teams (K×K) and coordinator–regional coordinator links (K×regional). */
  pi: Float64Array;
  link: Float64Array;
  inStrength: Float64Array;
  scratch: Int32Array;
  streams: Streams;
}

export function createState(model: CompiledModel): SimState {
  const { n } = model;
  const K = model.teamIds.length;
  const f = (size: number) => new Float64Array(size);
  return {
    model,
    params: { ...model.params },
    present: new Uint8Array(n),
    vacantUntil: new Int32Array(n),
    active: new Uint8Array(n),
    activeNext: new Uint8Array(n),
    x: f(n),
    x0: f(n),
    xNext: f(n),
    slotWeight: f(model.slotWeight.length),
    supWeight: f(model.supWeight.length),
    supOn: new Uint8Array(model.supOn.length),
    coWeight: f(model.coWeight.length),
    coOn: new Uint8Array(model.coOn.length),
    E: f(K),
    C: f(K),
    P: f(K),
    S: f(K),
    supportOverride: f(K),
    Lc: f(K),
    R: f(K),
    D: f(K),
    Z: f(K),
    Al: f(K),
    ADL: f(K),
    T: f(K),
    activeShare: f(K),
    nPresent: new Int32Array(K),
    pi: f(K * K),
    link: f(K * model.regional.length),
    inStrength: f(n),
    scratch: new Int32Array(n),
    streams: createStreams(0),
  };
}
