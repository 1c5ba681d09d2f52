// The simulation's mutable state and random streams: one state per compiled model, reset per
// replicate, so the weekly loop allocates nothing.
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import type { JumpableRandomGenerator } from 'pure-rand/types/JumpableRandomGenerator';
import { COORDINATOR, type CompiledModel, REGIONAL } from './model';
import type { ModelParameters } from './parameters';
import { type CoordinationPaths, coordinationPaths } from './structure';

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

const SCALE26 = 1.4901161193847656e-8;
const SCALE53 = 1.1102230246251565e-16;

/**
 * `count` draws of pure-rand's uniformFloat64 on a xoroshiro128+ generator, written to out[0…),
 * with the generator's state (its getState() words) in g[at…at+4) updated as the draws advance it.
 * The same numbers as uniformFloat64(generator) called `count` times, without a call per draw.
 */
export function fillUniforms(g: Int32Array, at: number, out: Float64Array, count: number): void {
  let s01 = g[at]!;
  let s00 = g[at + 1]!;
  let s11 = g[at + 2]!;
  let s10 = g[at + 3]!;
  for (let i = 0; i < count; i += 1) {
    const high = (s00 + s10) & 0x3ffffff;
    let a0 = s10 ^ s00;
    let a1 = s11 ^ s01;
    let t00 = s00;
    let t01 = s01;
    s00 = (t00 << 24) ^ (t01 >>> 8) ^ a0 ^ (a0 << 16);
    s01 = (t01 << 24) ^ (t00 >>> 8) ^ a1 ^ ((a1 << 16) | (a0 >>> 16));
    s10 = (a1 << 5) ^ (a0 >>> 27);
    s11 = (a0 << 5) ^ (a1 >>> 27);
    const low = (s00 + s10) & 0x7ffffff;
    a0 = s10 ^ s00;
    a1 = s11 ^ s01;
    t00 = s00;
    t01 = s01;
    s00 = (t00 << 24) ^ (t01 >>> 8) ^ a0 ^ (a0 << 16);
    s01 = (t01 << 24) ^ (t00 >>> 8) ^ a1 ^ ((a1 << 16) | (a0 >>> 16));
    s10 = (a1 << 5) ^ (a0 >>> 27);
    s11 = (a0 << 5) ^ (a1 >>> 27);
    out[i] = high * SCALE26 + low * SCALE53;
  }
  g[at] = s01;
  g[at + 1] = s00;
  g[at + 2] = s11;
  g[at + 3] = s10;
}

/** Where each stream's generator state sits in SimState.rng. */
export const INIT = 0;
export const TURNOVER = 4;
export const ACTIVATION = 8;

/** Marks team k's leadership ties as changed (its compact lists are rebuilt before activation). */
export function slotsChanged(s: SimState, k: number): void {
  s.slotsChanged[k] = 1;
  s.slotsDirty = true;
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
  /** π per possible pair of teams and the strength of each coordinator–regional link (structure.ts). */
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
  /** The init, turnover and activation generators' states (INIT, TURNOVER, ACTIVATION). */
  rng: Int32Array;
  /** One week's draws of a stream (room for two per actor). */
  uniforms: Float64Array;
  /** Per actor: 1 for a coordinator; 1 for a coordinator or a regional coordinator. */
  isCoordinator: Uint8Array;
  coordinating: Uint8Array;
  /** How many actors are absent now (no newcomer can be due while none is). */
  absent: number;
  /**
   * Something refreshStructure reads has changed (presence, ties, support, a parameter) or the
   * collaborative has just ended: the structure is recomputed before the next activation.
   */
  dirty: boolean;
  /** Whether the structure was last computed while the collaborative ran. */
  running: boolean;
  paths: CoordinationPaths;
  /**
   * Leadership ties as they are now, without the empty slots: actor i's are nzTarget/nzWeight
   * [slotStart[i]…slotStart[i] + nzCount[i]), in slot order (so sums over them add the same terms
   * in the same order as over every slot: the empty ones add exactly 0). Rebuilt for the teams in
   * `slotsChanged` (any when `slotsDirty`) before the week's activation.
   */
  nzCount: Int32Array;
  nzTarget: Int32Array;
  nzWeight: Float64Array;
  slotsChanged: Uint8Array;
  slotsDirty: boolean;
  /** Per team: Eₖ + Cₖ before this week's update; the activation's factor of push and Rₖ. */
  G: Float64Array;
  stayBase: Float64Array;
  /** Per team: the support gate Sₖ^g, recomputed with the structure. */
  gate: Float64Array;
}

/**
 * What a state derives from its model's structure: the coordination paths with room for π and
 * the links, and each actor's role flags. A sensitivity run swaps a state's model between
 * points; resetState then derives these again (followModel).
 */
function derived(model: CompiledModel) {
  const paths = coordinationPaths(model);
  return {
    paths,
    pi: new Float64Array(paths.pairTeam.length),
    link: new Float64Array(paths.links),
    isCoordinator: model.actorRole.map((r) => (r === COORDINATOR ? 1 : 0)),
    coordinating: model.actorRole.map((r) => (r === COORDINATOR || r === REGIONAL ? 1 : 0)),
  };
}

/** Derives the structure's tables again when the state's model is not the one they came from. */
export function followModel(s: SimState): void {
  if (s.paths.model !== s.model) Object.assign(s, derived(s.model));
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
    inStrength: f(n),
    scratch: new Int32Array(n),
    assumed: f(K),
    supportKept: new Uint8Array(n),
    arrivals: new Int32Array(n),
    streams: createStreams(0),
    rng: new Int32Array(12),
    uniforms: f(2 * n),
    absent: 0,
    dirty: true,
    running: true,
    ...derived(model),
    nzCount: new Int32Array(n),
    nzTarget: new Int32Array(model.slotTarget.length),
    nzWeight: f(model.slotTarget.length),
    slotsChanged: new Uint8Array(K),
    slotsDirty: true,
    G: f(K),
    stayBase: f(K),
    gate: f(K),
  };
}
