// Frozen copy of src/core/simulation/step.ts before issue 12's kernel speed work (see replicates.ts).
// The weekly update of the simulation model (DESIGN §5.2), a pure kernel over typed arrays.
// Activation, alignment, leadership measures, transfer, practice stocks and progress.
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { applyInterventions, turnover } from './events';
import { COORDINATOR, REGIONAL } from '../../src/core/simulation/model';
import { LEARNING_SESSION_WEEKS } from '../../src/core/simulation/parameters';
import type { SimState, Streams } from './state';

export { createState, createStreams } from './state';
export type { SimState, Streams } from './state';

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
  s.assumed.set(m.assumedSupport);
  s.supportKept.fill(0);
  s.arrivals.fill(0);
  for (let i = 0; i < m.n; i += 1) {
    const x = uniformFloat64(streams.init);
    const u = uniformFloat64(streams.init);
    s.x[i] = x;
    s.x0[i] = x;
    const always = m.actorRole[i] === COORDINATOR && s.params.coordinatorAlwaysActive === 1;
    s.active[i] = always || u < s.params.initialActive ? 1 : 0;
  }
  refreshStructure(s, 0);
  measure(s);
}

/**
 * Support Sₖ (the §4 supportLevel with presence: the strongest support tie from a present team
 * actor — or an empty post whose support stays — to a present manager; the level assumed where
 * none is recorded; unless `set-support` overrides it), coordinator presence Lcₖ,
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
  // With the transfer channel switched off, a coordinator's post links as if it were filled.
  const postsLink = s.params.coordinatorTransfers === 0;
  for (let e = 0; e < m.supSource.length; e += 1) {
    const a = m.supSource[e]!;
    if (!s.supOn[e] || !(s.present[a] || s.supportKept[a]) || !s.present[m.supTarget[e]!]) continue;
    const k = m.actorTeam[a]!;
    if (s.supWeight[e]! > s.S[k]!) s.S[k] = s.supWeight[e]!;
  }
  for (let k = 0; k < K; k += 1) {
    if (s.assumed[k]! > s.S[k]!) s.S[k] = s.assumed[k]!;
    if (!Number.isNaN(s.supportOverride[k]!)) s.S[k] = s.supportOverride[k]!;
    for (let p = m.teamStart[k]!; p < m.teamStart[k + 1]!; p += 1) {
      const i = m.teamActors[p]!;
      if (s.present[i] && m.actorRole[i] === COORDINATOR) s.Lc[k] = 1;
    }
  }
  for (let e = 0; e < m.coSource.length; e += 1) {
    const a = m.coSource[e]!;
    const b = m.coTarget[e]!;
    // Transfer paths (π) may treat an empty coordinator's post as filled; activation through the
    // regional coordinator (R) needs both people there.
    const pa = s.present[a] === 1 || (postsLink && m.actorRole[a] === COORDINATOR);
    const pb = s.present[b] === 1 || (postsLink && m.actorRole[b] === COORDINATOR);
    const paths = pa && pb;
    if (!s.coOn[e] || !(paths || (s.present[a] && s.present[b]))) continue;
    const w = s.coWeight[e]!;
    const ka = m.actorTeam[a]!;
    const kb = m.actorTeam[b]!;
    const ca = m.actorRole[a] === COORDINATOR;
    const cb = m.actorRole[b] === COORDINATOR;
    if (ca && cb && ka !== kb) {
      // A link is a link whichever way the tie points: transfer goes both ways (Darr et al. 1995).
      if (paths && w > s.pi[ka * K + kb]!) s.pi[ka * K + kb] = s.pi[kb * K + ka] = w;
    } else if (running) {
      const toRegional = m.actorRole[b] === REGIONAL;
      if (!toRegional && m.actorRole[a] !== REGIONAL) continue;
      const k = toRegional ? ka : kb;
      if (k < 0) continue;
      if (s.present[a] && s.present[b] && w > s.R[k]!) s.R[k] = w;
      const ri = m.regional.indexOf(toRegional ? b : a);
      if (paths && (toRegional ? ca : cb) && w > s.link[k * nR + ri]!) s.link[k * nR + ri] = w;
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
  const always = s.params.coordinatorAlwaysActive === 1;
  // Switched off, the coordinator's push runs as if the post were filled (DESIGN §5.3).
  const push = s.params.coordinatorActivates === 1 ? s.Lc : m.coordinatorPost;
  for (let p = 0; p < m.teamActors.length; p += 1) {
    const i = m.teamActors[p]!;
    const u = uniformFloat64(s.streams.activation);
    let next = 0;
    if (s.present[i]) {
      if (always && m.actorRole[i] === COORDINATOR) next = 1;
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
        const stay = (1 - Math.min(1, pc * push[k]! * b)) * (1 - pr * s.R[k]!) * (1 - q * f);
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
  // The gate's scope: all experienced progress and consolidation (1), or only ADL's part (0).
  const gatesAll = s.params.supportGatesAll === 1;
  const consolidator = s.params.coordinatorConsolidates === 1 ? s.Lc : m.coordinatorPost;
  const receiver = s.params.coordinatorTransfers === 1 ? s.Lc : m.coordinatorPost;
  for (let k = 0; k < K; k += 1) {
    let pull = 0;
    const own = s.E[k]! + s.C[k]!;
    for (let l = 0; l < K; l += 1) {
      const gap = s.E[l]! + s.C[l]! - own;
      if (gap > 0) pull += s.pi[k * K + l]! * gap;
    }
    s.T[k] = receiver[k]! * Math.min(1, pull);
  }
  for (let k = 0; k < K; k += 1) {
    const E = s.E[k]!;
    const C = s.C[k]!;
    const room = 1 - E - C;
    const gate = Math.pow(s.S[k]!, g);
    const chi = chi0 * (gatesAll ? s.S[k]! : 1) * consolidator[k]!;
    const adl = gatesAll ? s.ADL[k]! : gate * s.ADL[k]!;
    const grow = (alpha / kappa) * (adl + theta * s.Lc[k]! * s.D[k]!) + tauX * s.T[k]!;
    const nextC = Math.min(1, Math.max(0, C + chi * E - deltaC * C));
    const nextE = Math.min(1 - nextC, Math.max(0, E + grow * room - deltaE * kappa * E - chi * E));
    s.E[k] = nextE;
    s.C[k] = nextC;
    s.P[k] = s.P[k]! + (nextC + (gatesAll ? gate : 1) * nextE - s.P[k]!) / tauP;
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
