// The weekly update of the simulation model (DESIGN §5.2), a pure kernel over typed arrays.
// Activation, alignment, leadership measures, transfer, practice stocks and progress.
// Speed (issue 12): each stream's draws for a week come in one batch (fillUniforms), the structure
// is recomputed only when something it reads changed, and transfer runs over the coordination
// paths (structure.ts); the numbers are the same, bit for bit, as the kernel before
// (bench/kernel-before/, checked by test/core/simulation-kernel-frozen.test.ts).
import { applyInterventions, turnover } from './events';
import { LEARNING_SESSION_WEEKS } from './parameters';
import {
  ACTIVATION,
  INIT,
  type SimState,
  type Streams,
  TURNOVER,
  fillUniforms,
  followModel,
} from './state';
import { refreshStructure, transfer } from './structure';

export { createState, createStreams } from './state';
export type { SimState, Streams } from './state';

/** Copies a generator's state into rng[at…at+4). */
function load(rng: Int32Array, at: number, g: { getState(): readonly number[] }): void {
  const words = g.getState();
  for (let w = 0; w < 4; w += 1) rng[at + w] = words[w]!;
}

/** Week 0 (DESIGN §5.3): everyone present, x ~ U(0,1), members active with the initial share. */
export function resetState(s: SimState, streams: Streams): void {
  const m = s.model;
  followModel(s);
  s.streams = streams;
  load(s.rng, INIT, streams.init);
  load(s.rng, TURNOVER, streams.turnover);
  load(s.rng, ACTIVATION, streams.activation);
  Object.assign(s.params, m.params);
  s.present.fill(1);
  s.absent = 0;
  s.vacantUntil.fill(-1);
  s.slotWeight.set(m.slotWeight);
  s.supWeight.set(m.supWeight);
  s.supOn.set(m.supOn);
  s.coWeight.set(m.coWeight);
  s.coOn.set(m.coOn);
  s.E.fill(0);
  s.C.fill(0);
  s.P.fill(0);
  s.T.fill(0);
  s.supportOverride.fill(Number.NaN);
  s.assumed.set(m.assumedSupport);
  s.supportKept.fill(0);
  s.arrivals.fill(0);
  const u = s.uniforms;
  fillUniforms(s.rng, INIT, u, 2 * m.n);
  const always = s.params.coordinatorAlwaysActive === 1;
  const initialActive = s.params.initialActive;
  for (let i = 0; i < m.n; i += 1) {
    const x = u[2 * i]!;
    s.x[i] = x;
    s.x0[i] = x;
    s.active[i] = (always && s.isCoordinator[i] === 1) || u[2 * i + 1]! < initialActive ? 1 : 0;
  }
  s.dirty = true;
  structure(s, 0);
  s.slotsChanged.fill(1);
  s.slotsDirty = true;
  compact(s);
  teams(s, false);
}

/** Rebuilds the compact leadership lists of the teams whose ties changed (SimState.nzTarget). */
function compact(s: SimState): void {
  if (!s.slotsDirty) return;
  const m = s.model;
  const { teamActors, teamStart, slotStart, slotTarget } = m;
  const { slotWeight, nzTarget, nzWeight, nzCount } = s;
  for (let k = 0; k < m.teamIds.length; k += 1) {
    if (!s.slotsChanged[k]) continue;
    s.slotsChanged[k] = 0;
    for (let p = teamStart[k]!; p < teamStart[k + 1]!; p += 1) {
      const i = teamActors[p]!;
      let at = slotStart[i]!;
      for (let e = slotStart[i]!; e < slotStart[i + 1]!; e += 1) {
        const w = slotWeight[e]!;
        if (w === 0) continue;
        nzTarget[at] = slotTarget[e]!;
        nzWeight[at] = w;
        at += 1;
      }
      nzCount[i] = at - slotStart[i]!;
    }
  }
  s.slotsDirty = false;
}

/** The structure for week t, recomputed only when something it reads has changed. */
function structure(s: SimState, t: number): void {
  const running = t < s.params.qicWeeks;
  if (!s.dirty && running === s.running) return;
  refreshStructure(s, t);
  // The support gate Sₖ^g changes only with Sₖ or g (a parameter change marks the state dirty).
  for (let k = 0; k < s.gate.length; k += 1) s.gate[k] = Math.pow(s.S[k]!, s.params.g);
  s.dirty = false;
  s.running = running;
}

/**
 * The week's activation factors (§5.2 step 3) that do not depend on the actor, per team, in the
 * order the stay probability multiplies them: (1 − min(1, pc·pushₖ·b))·(1 − pr·Rₖ).
 */
function activationFactors(s: SimState, t: number): void {
  const m = s.model;
  const { pc, pr, boost, qicWeeks } = s.params;
  const b = t < qicWeeks && LEARNING_SESSION_WEEKS.includes(t) ? boost : 1;
  // Switched off, the coordinator's push runs as if the post were filled (DESIGN §5.3).
  const push = s.params.coordinatorActivates === 1 ? s.Lc : m.coordinatorPost;
  for (let k = 0; k < m.teamIds.length; k += 1)
    s.stayBase[k] = (1 - Math.min(1, pc * push[k]! * b)) * (1 - pr * s.R[k]!);
}

/**
 * Team by team (leadership ties stay inside a team, so a team's update reads only its own
 * actors): with `update`, Bass (1969) activation on the network (§5.2 step 3; coordinators are
 * always active) and Friedkin & Johnsen (1990) alignment over active, present leaders (step 4);
 * then alignment Alₖ, valued density Dₖ (Carson et al. 2007) and in-strength centralization Zₖ
 * (Freeman 1979) on ties with both ends active and present, ADLₖ = Dₖ(1 − ζZₖ)Alₖ (step 5).
 */
function teams(s: SimState, update: boolean): void {
  const m = s.model;
  const { q, lambda, gamma, mu, zeta } = s.params;
  const always = s.params.coordinatorAlwaysActive === 1;
  const { teamActors, teamStart, slotStart } = m;
  const { present, nzTarget, nzWeight, nzCount, x, x0, xNext, inStrength, isCoordinator } = s;
  const before = s.active;
  // The new activity goes to the other buffer; the two swap when every team is done.
  const active = update ? s.activeNext : s.active;
  const u = s.uniforms;
  if (update) fillUniforms(s.rng, ACTIVATION, u, teamActors.length);
  for (let k = 0; k < m.teamIds.length; k += 1) {
    const from = teamStart[k]!;
    const to = teamStart[k + 1]!;
    let n = 0;
    let activeCount = 0;
    const stayBase = s.stayBase[k]!;
    for (let p = from; p < to; p += 1) {
      const i = teamActors[p]!;
      inStrength[i] = 0;
      if (!update) {
        n += present[i]!;
        activeCount += present[i]! & active[i]!;
        continue;
      }
      let next = 0;
      if (present[i]) {
        n += 1;
        if (always && isCoordinator[i] === 1) next = 1;
        else if (before[i]) next = u[p]! < lambda ? 0 : 1;
        else {
          let num = 0;
          let den = 0;
          for (let e = slotStart[i]!, end = e + nzCount[i]!; e < end; e += 1) {
            const w = nzWeight[e]!;
            num += w * before[nzTarget[e]!]!;
            den += w;
          }
          const f = den > 0 ? num / den : 0;
          next = u[p]! < 1 - stayBase * (1 - q * f) ? 1 : 0;
        }
      }
      active[i] = next;
      activeCount += next;
    }
    // One pass over the present actors' ties: alignment's pull (only active leaders pull: an
    // active actor is present, the others' terms are exactly 0), the new opinions' sum, and the
    // in-strengths of ties with both ends active (ties to an inactive or absent team-mate weigh
    // exactly 0). In-strengths only grow, so the largest value met is the largest in-strength.
    let sumX = 0;
    let weight = 0;
    let max = 0;
    for (let p = from; p < to; p += 1) {
      const i = teamActors[p]!;
      if (!present[i]) continue;
      const leads = active[i] === 1;
      const end = slotStart[i]! + nzCount[i]!;
      if (update) {
        let num = 0;
        let den = 0;
        for (let e = slotStart[i]!; e < end; e += 1) {
          const j = nzTarget[e]!;
          const w = nzWeight[e]! * active[j]!;
          num += w * x[j]!;
          den += w;
          if (!leads) continue;
          weight += w;
          const strength = inStrength[j]! + w;
          inStrength[j] = strength;
          if (strength > max) max = strength;
        }
        const pulled = den > 0 ? (1 - mu) * x[i]! + (mu * num) / den : x[i]!;
        const next = gamma * x0[i]! + (1 - gamma) * pulled;
        xNext[i] = next;
        sumX += next;
      } else {
        sumX += x[i]!;
        if (!leads) continue;
        for (let e = slotStart[i]!; e < end; e += 1) {
          const j = nzTarget[e]!;
          const w = nzWeight[e]! * active[j]!;
          weight += w;
          const strength = inStrength[j]! + w;
          inStrength[j] = strength;
          if (strength > max) max = strength;
        }
      }
    }
    s.nPresent[k] = n;
    s.activeShare[k] = n > 0 ? activeCount / n : 0;
    const mean = n > 0 ? sumX / n : 0;
    let spread = 0;
    let sum = 0;
    for (let p = from; p < to; p += 1) {
      const i = teamActors[p]!;
      if (!present[i]) continue;
      if (update) x[i] = xNext[i]!;
      spread += Math.abs(x[i]! - mean);
      sum += max - inStrength[i]!;
    }
    let D = 0;
    let Z = 0;
    if (n >= 2) {
      D = weight / (n * (n - 1));
      Z = sum / ((n - 1) * (n - 1));
    }
    const Al = n > 0 ? Math.max(0, 1 - (2 * spread) / n) : 0;
    s.Al[k] = Al;
    s.D[k] = D;
    s.Z[k] = Z;
    s.ADL[k] = D * (1 - zeta * Z) * Al;
  }
  if (update) {
    s.active = active;
    s.activeNext = before;
  }
}

/**
 * Cross-team transfer (Darr, Argote & Epple 1995), practice stocks with organisational forgetting
 * (Argote, Beckman & Epple 1990) and consolidation, and support-gated progress (§5.2 steps 6–8).
 */
function practice(s: SimState): void {
  const m = s.model;
  const K = m.teamIds.length;
  const { alpha, theta, tauX, kappa, deltaE, deltaC, chi0, tauP } = s.params;
  // The gate's scope: all experienced progress and consolidation (1), or only ADL's part (0).
  const gatesAll = s.params.supportGatesAll === 1;
  const consolidator = s.params.coordinatorConsolidates === 1 ? s.Lc : m.coordinatorPost;
  const receiver = s.params.coordinatorTransfers === 1 ? s.Lc : m.coordinatorPost;
  for (let k = 0; k < K; k += 1) s.G[k] = s.E[k]! + s.C[k]!;
  transfer(s.paths, s.pi, s.G, receiver, s.T);
  for (let k = 0; k < K; k += 1) {
    const E = s.E[k]!;
    const C = s.C[k]!;
    const room = 1 - E - C;
    const gate = s.gate[k]!;
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
  structure(s, t);
  compact(s);
  activationFactors(s, t);
  teams(s, true);
  practice(s);
}
