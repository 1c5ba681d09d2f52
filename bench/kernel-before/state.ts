// Frozen copy of src/core/simulation/state.ts before issue 12's kernel speed work (see replicates.ts).
// The simulation's mutable state and random streams: one state per compiled model, reset per
// replicate, so the weekly loop allocates nothing.
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import type { JumpableRandomGenerator } from 'pure-rand/types/JumpableRandomGenerator';
import type { CompiledModel } from '../../src/core/simulation/model';
import type { ModelParameters } from '../../src/core/simulation/parameters';

/**
 * Common random numbers (DESIGN §5.5): every draw is keyed so that an event in one team cannot
 * shift another team's draws. Draws made every week for every actor (turnover, activation) and
 * once per actor at week 0 come from one stream per process, in a fixed number per actor and week
 * whatever the state: the draw for actor i in week t sits at a fixed place in its stream. Draws
 * whose number depends on what happened (a newcomer's ties, the picks of an intervention) come
 * from a generator of their own, keyed by (seed, process, post or intervention, arrival or actor):
 * one more or one fewer arrival in one team leaves every other post's draws as they were.
 */
export interface Streams {
  /** The replicate's seed (base seed + replicate), the root of the keyed generators. */
  seed: number;
  init: JumpableRandomGenerator;
  turnover: JumpableRandomGenerator;
  activation: JumpableRandomGenerator;
}

/** The processes whose draws are keyed (the first word of a keyed generator's key). */
export const NEWCOMER = 1;
export const PICK = 2;
export const BURST = 3;

/** The two 32-bit halves of a safe-integer seed. */
function seedWords(seed: number): [number, number] {
  const low = seed | 0;
  return [low, ((seed - low) / 0x100000000) | 0];
}

/** The streams of one replicate: xoroshiro128plus(seed), each a jump (2⁶⁴ draws) further. */
export function createStreams(seed: number): Streams {
  // xoroshiro128plus(seed) keeps only 32 bits; the high bits of a larger safe integer go into
  // the fourth state word (0 for 32-bit seeds, so those give xoroshiro128plus(seed) exactly).
  const [low, high] = seedWords(seed);
  const root = xoroshiro128plusFromState([-1, ~low, low, high]);
  const next = () => {
    root.jump(); // also mixes the state of nearby seeds (base + r) apart
    return root.clone();
  };
  return { seed, init: next(), turnover: next(), activation: next() };
}

/** MurmurHash3's 32-bit finaliser: every input bit affects every output bit. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/**
 * A generator of its own for the key (seed, process, a, b): its 128-bit state hashed from the key,
 * four words with different salts. Keys that differ in any part give unrelated streams.
 */
export function keyedGenerator(
  seed: number,
  process: number,
  a: number,
  b: number,
): JumpableRandomGenerator {
  const [low, high] = seedWords(seed);
  const word = (salt: number) => {
    let h = fmix32(low ^ salt);
    h = fmix32(h ^ high);
    h = fmix32(h ^ Math.imul(process, 0x9e3779b9));
    h = fmix32(h ^ a);
    return fmix32(h ^ Math.imul(b, 0x85ebca77) ^ salt);
  };
  const state = [word(0x243f6a88), word(0x13198a2e), word(0x03707344), word(0x299f31d0)];
  // xoroshiro128+ must not start from all zeros (a 2⁻¹²⁸ chance, but cheap to rule out).
  if (!state.some((w) => w !== 0)) state[0] = 1;
  return xoroshiro128plusFromState(state as [number, number, number, number]);
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
  /** Per team: the support level assumed where none is recorded (0 once a scenario withdraws it). */
  assumed: Float64Array;
  /** Per actor: the post's support ties keep counting while it is empty (`keepSupport`). */
  supportKept: Uint8Array;
  /** Per actor: how many newcomers have filled the post so far (the key of their draws). */
  arrivals: Int32Array;
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
    assumed: f(K),
    supportKept: new Uint8Array(n),
    arrivals: new Int32Array(n),
    streams: createStreams(0),
  };
}
