// Frozen copy of src/core/simulation/events.ts before issue 12's kernel speed work (see replicates.ts).
// Turnover, newcomers and scenario interventions (DESIGN §5.2 steps 1–2, §5.4) on the state.
// Who is present changes here; the weekly step (step.ts) then recomputes what follows from it.
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { COORDINATOR, FOREVER, REGIONAL, slotOf } from '../../src/core/simulation/model';
import { BURST, NEWCOMER, PICK, type SimState, keyedGenerator } from './state';

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

/**
 * Someone leaves for good or for a vacancy; with `keepSupport` the post's support ties keep
 * counting while it is empty (support belongs to the post: DESIGN §5.4).
 */
function leavePost(s: SimState, i: number, until: number, keepSupport: boolean): void {
  if (s.present[i] && keepSupport) s.supportKept[i] = 1;
  leave(s, i, until);
}

/**
 * A newcomer fills post i: inactive (a coordinator is always active), x ~ U(0,1), fresh ties.
 * Their draws come from a generator keyed by the post and the arrival's number at that post.
 */
function arrive(s: SimState, i: number): void {
  const m = s.model;
  const rng = keyedGenerator(s.streams.seed, NEWCOMER, i, s.arrivals[i]!);
  s.arrivals[i] = s.arrivals[i]! + 1;
  s.supportKept[i] = 0;
  s.present[i] = 1;
  s.vacantUntil[i] = -1;
  s.active[i] = m.actorRole[i] === COORDINATOR && s.params.coordinatorAlwaysActive === 1 ? 1 : 0;
  const x = uniformFloat64(rng);
  s.x[i] = x;
  s.x0[i] = x;
  const pL = s.params.pL;
  for (let e = m.slotStart[i]!; e < m.slotStart[i + 1]!; e += 1) {
    const j = m.slotTarget[e]!;
    // Four draws per team-mate whatever happens, so each team-mate's draws keep their place.
    const u1 = uniformFloat64(rng);
    const w1 = 0.3 + 0.7 * uniformFloat64(rng);
    const u2 = uniformFloat64(rng);
    const w2 = 0.3 + 0.7 * uniformFloat64(rng);
    if (!s.present[j]) continue;
    s.slotWeight[e] = u1 < pL ? w1 : 0;
    s.slotWeight[slotOf(m, j, i)] = u2 < pL ? w2 : 0;
  }
}

export function applyInterventions(s: SimState, t: number): void {
  const m = s.model;
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
          // Support assumed where none is recorded goes with the support ties (DESIGN §5.8).
          for (const k of iv.clearAssumed) s.assumed[k] = 0;
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
        // `count`: a partial Fisher–Yates shuffle picks who leaves, with the intervention's own
        // generator (keyed by its place in the scenario).
        const leaving = iv.count > 0 ? Math.min(iv.count, candidates) : candidates;
        const rng = iv.count > 0 ? keyedGenerator(s.streams.seed, PICK, iv.index, t) : undefined;
        for (let c = 0; c < leaving; c += 1) {
          const pick = rng ? c + Math.floor(uniformFloat64(rng) * (candidates - c)) : c;
          const i = s.scratch[pick]!;
          s.scratch[pick] = s.scratch[c]!;
          leavePost(s, i, until, iv.keepSupport);
        }
        if (iv.vacancy < 0 && iv.count === 0) for (const i of iv.actors) s.vacantUntil[i] = FOREVER;
        break;
      }
      case 'set-support':
        for (const k of iv.teams) s.supportOverride[k] = iv.level;
        break;
      case 'turnover-burst': {
        // Two draws per selected actor whatever the state, from the intervention's own generator.
        const rng = keyedGenerator(s.streams.seed, BURST, iv.index, t);
        for (const i of iv.actors) {
          const u = uniformFloat64(rng);
          const v = uniformFloat64(rng);
          if (!s.present[i] || u >= iv.fraction) continue;
          const coordinating = m.actorRole[i] === COORDINATOR || m.actorRole[i] === REGIONAL;
          leave(s, i, t + geometric(v, coordinating ? s.params.vc : s.params.v));
        }
        break;
      }
      case 'set-parameter':
        s.params[iv.name] = iv.value;
        break;
    }
  }
}

/** Turnover (§5.2 step 2): arrivals whose vacancy ends now, then one draw per actor and week. */
export function turnover(s: SimState, t: number): void {
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
