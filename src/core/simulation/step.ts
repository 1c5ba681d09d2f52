// The weekly update of the simulation model (DESIGN §5.2), a pure kernel over typed arrays.
// One state per compiled model, reset per replicate; the weekly loop allocates nothing.
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { JumpableRandomGenerator } from 'pure-rand/types/JumpableRandomGenerator';
import { COORDINATOR, type CompiledModel, FOREVER, REGIONAL, slotOf } from './model';
import { LEARNING_SESSION_WEEKS, type ModelParameters } from './parameters';

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
  const root = xoroshiro128plus(seed);
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

/** Week 0 (DESIGN §5.3): everyone present, x ~ U(0,1), members active with the initial share. */
export function resetState(s: SimState, streams: Streams): void {
  const m = s.model;
  s.streams = streams;
  Object.assign(s.params, m.params);
  s.present.fill(1);
  s.vacantUntil.fill(-1);
  s.slotWeight.set(m.slotWeight);
  s.supWeight.set(m.supWeight);
  s.supOn.set(m.supOn);
  s.coWeight.set(m.coWeight);
  s.coOn.set(m.coOn);
  for (const a of [s.E, s.C, s.P, s.T]) a.fill(0);
  s.supportOverride.fill(Number.NaN);
  for (let i = 0; i < m.n; i += 1) {
    const x = uniformFloat64(streams.init);
    const u = uniformFloat64(streams.init);
    s.x[i] = x;
    s.x0[i] = x;
    s.active[i] = m.actorRole[i] === COORDINATOR || u < s.params.initialActive ? 1 : 0;
  }
  refreshStructure(s, 0);
  measure(s);
}

/** Geometric number of weeks ≥ 1 with mean `mean`, by inversion of one uniform in [0, 1). */
function geometric(u: number, mean: number): number {
  if (mean <= 1) return 1;
  return Math.max(1, Math.ceil(Math.log(1 - u) / Math.log(1 - 1 / mean)));
}

/** Someone leaves (DESIGN §5.2 step 2): emergent practice lives in people, Eₖ ← Eₖ(1 − 1/nₖ). */
function leave(s: SimState, i: number, until: number): void {
  const m = s.model;
  if (!s.present[i]) {
    if (until === FOREVER) s.vacantUntil[i] = FOREVER;
    return;
  }
  const k = m.actorTeam[i]!;
  if (k >= 0) {
    let present = 0;
    for (let p = m.teamStart[k]!; p < m.teamStart[k + 1]!; p += 1)
      present += s.present[m.teamActors[p]!]!;
    s.E[k] = s.E[k]! * (1 - 1 / present);
    // Leadership ties are personal: they leave with the person, both ways.
    for (let e = m.slotStart[i]!; e < m.slotStart[i + 1]!; e += 1) {
      s.slotWeight[e] = 0;
      s.slotWeight[slotOf(m, m.slotTarget[e]!, i)] = 0;
    }
  }
  s.present[i] = 0;
  s.active[i] = 0;
  s.vacantUntil[i] = until;
}

/** A newcomer fills post i: inactive (a coordinator is always active), x ~ U(0,1), fresh ties. */
function arrive(s: SimState, i: number): void {
  const m = s.model;
  const rng = s.streams.newcomer;
  s.present[i] = 1;
  s.vacantUntil[i] = -1;
  s.active[i] = m.actorRole[i] === COORDINATOR ? 1 : 0;
  const x = uniformFloat64(rng);
  s.x[i] = x;
  s.x0[i] = x;
  const pL = s.params.pL;
  for (let e = m.slotStart[i]!; e < m.slotStart[i + 1]!; e += 1) {
    const j = m.slotTarget[e]!;
    // Four draws per team-mate whatever happens, so the stream's use does not depend on state.
    const u1 = uniformFloat64(rng);
    const w1 = 0.3 + 0.7 * uniformFloat64(rng);
    const u2 = uniformFloat64(rng);
    const w2 = 0.3 + 0.7 * uniformFloat64(rng);
    if (!s.present[j]) continue;
    s.slotWeight[e] = u1 < pL ? w1 : 0;
    s.slotWeight[slotOf(m, j, i)] = u2 < pL ? w2 : 0;
  }
}

function applyInterventions(s: SimState, t: number): void {
  const m = s.model;
  const rng = s.streams.intervention;
  for (const iv of m.interventions) {
    if (iv.week !== t) continue;
    switch (iv.action) {
      case 'remove-ties':
      case 'add-ties': {
        // Adding a tie that exists keeps the stronger weight: an intervention adds, never weakens.
        if (iv.action === 'remove-ties') {
          for (const e of iv.slots) s.slotWeight[e] = 0;
          for (const e of iv.sup) s.supOn[e] = 0;
          for (const e of iv.co) s.coOn[e] = 0;
        } else {
          for (const e of iv.slots) s.slotWeight[e] = Math.max(s.slotWeight[e]!, iv.weight);
          for (const e of iv.sup) {
            s.supWeight[e] = s.supOn[e] ? Math.max(s.supWeight[e]!, iv.weight) : iv.weight;
            s.supOn[e] = 1;
          }
          for (const e of iv.co) {
            s.coWeight[e] = s.coOn[e] ? Math.max(s.coWeight[e]!, iv.weight) : iv.weight;
            s.coOn[e] = 1;
          }
        }
        break;
      }
      case 'remove-actors': {
        const until = iv.vacancy < 0 ? FOREVER : t + iv.vacancy;
        let candidates = 0;
        for (const i of iv.actors) if (s.present[i]) s.scratch[candidates++] = i;
        // `count`: a partial Fisher–Yates shuffle picks who leaves.
        const leaving = iv.count > 0 ? Math.min(iv.count, candidates) : candidates;
        for (let c = 0; c < leaving; c += 1) {
          const pick = c + Math.floor(uniformFloat64(rng) * (candidates - c));
          const i = s.scratch[pick]!;
          s.scratch[pick] = s.scratch[c]!;
          leave(s, i, until);
        }
        if (iv.vacancy < 0 && iv.count === 0) for (const i of iv.actors) s.vacantUntil[i] = FOREVER;
        break;
      }
      case 'set-support':
        for (const k of iv.teams) s.supportOverride[k] = iv.level;
        break;
      case 'turnover-burst':
        for (const i of iv.actors) {
          const u = uniformFloat64(rng);
          const v = uniformFloat64(rng);
          if (!s.present[i] || u >= iv.fraction) continue;
          const coordinating = m.actorRole[i] === COORDINATOR || m.actorRole[i] === REGIONAL;
          leave(s, i, t + geometric(v, coordinating ? s.params.vc : s.params.v));
        }
        break;
      case 'set-parameter':
        s.params[iv.name] = iv.value;
        break;
    }
  }
}

/** Turnover (§5.2 step 2): arrivals whose vacancy ends now, then one draw per actor and week. */
function turnover(s: SimState, t: number): void {
  const m = s.model;
  const { h, hc, v, vc } = s.params;
  for (let i = 0; i < m.n; i += 1) if (!s.present[i] && s.vacantUntil[i] === t) arrive(s, i);
  for (let i = 0; i < m.n; i += 1) {
    const u = uniformFloat64(s.streams.turnover);
    if (!s.present[i]) continue;
    const coordinating = m.actorRole[i] === COORDINATOR || m.actorRole[i] === REGIONAL;
    const rate = coordinating ? hc : h;
    // Given that u < rate, u / rate is uniform again: it draws the vacancy without a second draw.
    if (u < rate) leave(s, i, t + geometric(u / rate, coordinating ? vc : v));
  }
}

/**
 * Support Sₖ (the §4 supportLevel with presence: the strongest support tie from a present team
 * actor to a present manager, unless `set-support` overrides it), coordinator presence Lcₖ,
 * regional tie strength Rₖ and the coordination paths πₖₗ.
 */
function refreshStructure(s: SimState, t: number): void {
  const m = s.model;
  const K = m.teamIds.length;
  const nR = m.regional.length;
  const running = t < s.params.qicWeeks;
  s.S.fill(0);
  s.Lc.fill(0);
  s.R.fill(0);
  s.pi.fill(0);
  s.link.fill(0);
  for (let e = 0; e < m.supSource.length; e += 1) {
    const a = m.supSource[e]!;
    if (!s.supOn[e] || !s.present[a] || !s.present[m.supTarget[e]!]) continue;
    const k = m.actorTeam[a]!;
    if (s.supWeight[e]! > s.S[k]!) s.S[k] = s.supWeight[e]!;
  }
  for (let k = 0; k < K; k += 1) {
    if (!Number.isNaN(s.supportOverride[k]!)) s.S[k] = s.supportOverride[k]!;
    for (let p = m.teamStart[k]!; p < m.teamStart[k + 1]!; p += 1) {
      const i = m.teamActors[p]!;
      if (s.present[i] && m.actorRole[i] === COORDINATOR) s.Lc[k] = 1;
    }
  }
  for (let e = 0; e < m.coSource.length; e += 1) {
    const a = m.coSource[e]!;
    const b = m.coTarget[e]!;
    if (!s.coOn[e] || !s.present[a] || !s.present[b]) continue;
    const w = s.coWeight[e]!;
    const ka = m.actorTeam[a]!;
    const kb = m.actorTeam[b]!;
    const ca = m.actorRole[a] === COORDINATOR;
    const cb = m.actorRole[b] === COORDINATOR;
    if (ca && cb && ka !== kb) {
      // A link is a link whichever way the tie points: transfer goes both ways (Darr et al. 1995).
      if (w > s.pi[ka * K + kb]!) s.pi[ka * K + kb] = s.pi[kb * K + ka] = w;
    } else if (running) {
      const toRegional = m.actorRole[b] === REGIONAL;
      if (!toRegional && m.actorRole[a] !== REGIONAL) continue;
      const k = toRegional ? ka : kb;
      if (k < 0) continue;
      if (w > s.R[k]!) s.R[k] = w;
      const ri = m.regional.indexOf(toRegional ? b : a);
      if ((toRegional ? ca : cb) && w > s.link[k * nR + ri]!) s.link[k * nR + ri] = w;
    }
  }
  // Through a present regional coordinator while the collaborative runs: the product of the two ties.
  for (let r = 0; r < nR; r += 1)
    for (let k = 0; k < K; k += 1) {
      const wk = s.link[k * nR + r]!;
      if (wk === 0) continue;
      for (let l = 0; l < K; l += 1) {
        const path = wk * s.link[l * nR + r]!;
        if (l !== k && path > s.pi[k * K + l]!) s.pi[k * K + l] = path;
      }
    }
}

/** Bass (1969) activation on the network (§5.2 step 3); coordinators are always active. */
function activate(s: SimState, t: number): void {
  const m = s.model;
  const { pc, pr, q, lambda, boost, qicWeeks } = s.params;
  const b = t < qicWeeks && LEARNING_SESSION_WEEKS.includes(t) ? boost : 1;
  for (let p = 0; p < m.teamActors.length; p += 1) {
    const i = m.teamActors[p]!;
    const u = uniformFloat64(s.streams.activation);
    let next = 0;
    if (s.present[i]) {
      if (m.actorRole[i] === COORDINATOR) next = 1;
      else if (s.active[i]) next = u < lambda ? 0 : 1;
      else {
        const k = m.actorTeam[i]!;
        let num = 0;
        let den = 0;
        for (let e = m.slotStart[i]!; e < m.slotStart[i + 1]!; e += 1) {
          const w = s.slotWeight[e]!;
          num += w * s.active[m.slotTarget[e]!]!;
          den += w;
        }
        const f = den > 0 ? num / den : 0;
        const stay = (1 - Math.min(1, pc * s.Lc[k]! * b)) * (1 - pr * s.R[k]!) * (1 - q * f);
        next = u < 1 - stay ? 1 : 0;
      }
    }
    s.activeNext[i] = next;
  }
  const swap = s.active;
  s.active = s.activeNext;
  s.activeNext = swap;
}

/** Friedkin & Johnsen (1990) alignment over active, present leaders (§5.2 step 4). */
function align(s: SimState): void {
  const m = s.model;
  const { gamma, mu } = s.params;
  for (let p = 0; p < m.teamActors.length; p += 1) {
    const i = m.teamActors[p]!;
    if (!s.present[i]) continue;
    let num = 0;
    let den = 0;
    for (let e = m.slotStart[i]!; e < m.slotStart[i + 1]!; e += 1) {
      const j = m.slotTarget[e]!;
      const w = s.slotWeight[e]! * s.active[j]! * s.present[j]!;
      num += w * s.x[j]!;
      den += w;
    }
    const pulled = den > 0 ? (1 - mu) * s.x[i]! + (mu * num) / den : s.x[i]!;
    s.xNext[i] = gamma * s.x0[i]! + (1 - gamma) * pulled;
  }
  for (let p = 0; p < m.teamActors.length; p += 1) {
    const i = m.teamActors[p]!;
    if (s.present[i]) s.x[i] = s.xNext[i]!;
  }
}

/**
 * Alignment Alₖ, valued density Dₖ (Carson et al. 2007) and in-strength centralization Zₖ
 * (Freeman 1979) on ties with both ends active and present, ADLₖ = Dₖ(1 − ζZₖ)Alₖ (§5.2 step 5).
 */
function measure(s: SimState): void {
  const m = s.model;
  const zeta = s.params.zeta;
  for (let k = 0; k < m.teamIds.length; k += 1) {
    const from = m.teamStart[k]!;
    const to = m.teamStart[k + 1]!;
    let n = 0;
    let active = 0;
    let mean = 0;
    for (let p = from; p < to; p += 1) {
      const i = m.teamActors[p]!;
      s.inStrength[i] = 0;
      if (!s.present[i]) continue;
      n += 1;
      active += s.active[i]!;
      mean += s.x[i]!;
    }
    s.nPresent[k] = n;
    s.activeShare[k] = n > 0 ? active / n : 0;
    mean = n > 0 ? mean / n : 0;
    let spread = 0;
    let weight = 0;
    for (let p = from; p < to; p += 1) {
      const i = m.teamActors[p]!;
      if (!s.present[i]) continue;
      spread += Math.abs(s.x[i]! - mean);
      if (!s.active[i]) continue;
      for (let e = m.slotStart[i]!; e < m.slotStart[i + 1]!; e += 1) {
        const j = m.slotTarget[e]!;
        const w = s.slotWeight[e]! * s.active[j]! * s.present[j]!;
        weight += w;
        s.inStrength[j] = s.inStrength[j]! + w;
      }
    }
    s.Al[k] = n > 0 ? Math.max(0, 1 - (2 * spread) / n) : 0;
    if (n < 2) {
      s.D[k] = 0;
      s.Z[k] = 0;
    } else {
      let max = 0;
      let sum = 0;
      for (let p = from; p < to; p += 1) {
        const i = m.teamActors[p]!;
        if (s.present[i] && s.inStrength[i]! > max) max = s.inStrength[i]!;
      }
      for (let p = from; p < to; p += 1) {
        const i = m.teamActors[p]!;
        if (s.present[i]) sum += max - s.inStrength[i]!;
      }
      s.D[k] = weight / (n * (n - 1));
      s.Z[k] = sum / ((n - 1) * (n - 1));
    }
    s.ADL[k] = s.D[k]! * (1 - zeta * s.Z[k]!) * s.Al[k]!;
  }
}

/**
 * Cross-team transfer (Darr, Argote & Epple 1995), practice stocks with organisational forgetting
 * (Argote, Beckman & Epple 1990) and consolidation, and support-gated progress (§5.2 steps 6–8).
 */
function practice(s: SimState): void {
  const m = s.model;
  const K = m.teamIds.length;
  const { alpha, theta, tauX, kappa, deltaE, deltaC, chi0, g, tauP } = s.params;
  for (let k = 0; k < K; k += 1) {
    let pull = 0;
    const own = s.E[k]! + s.C[k]!;
    for (let l = 0; l < K; l += 1) {
      const gap = s.E[l]! + s.C[l]! - own;
      if (gap > 0) pull += s.pi[k * K + l]! * gap;
    }
    s.T[k] = s.Lc[k]! * Math.min(1, pull);
  }
  for (let k = 0; k < K; k += 1) {
    const E = s.E[k]!;
    const C = s.C[k]!;
    const room = 1 - E - C;
    const chi = chi0 * s.S[k]! * s.Lc[k]!;
    const grow = (alpha / kappa) * (s.ADL[k]! + theta * s.Lc[k]! * s.D[k]!) + tauX * s.T[k]!;
    const nextC = Math.min(1, Math.max(0, C + chi * E - deltaC * C));
    const nextE = Math.min(1 - nextC, Math.max(0, E + grow * room - deltaE * kappa * E - chi * E));
    s.E[k] = nextE;
    s.C[k] = nextC;
    s.P[k] = s.P[k]! + (nextC + Math.pow(s.S[k]!, g) * nextE - s.P[k]!) / tauP;
  }
}

/** One week, t → t + 1, in the order of DESIGN §5.2. */
export function step(s: SimState, t: number): void {
  applyInterventions(s, t);
  turnover(s, t);
  refreshStructure(s, t);
  activate(s, t);
  align(s);
  measure(s);
  practice(s);
}
