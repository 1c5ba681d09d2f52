// What the weekly step reads from who is present and which ties are on (DESIGN §5.2 steps 1–2):
// support Sₖ, coordinator presence Lcₖ, regional tie strength Rₖ and the coordination paths πₖₗ.
// The paths are kept per pair of teams that a coordination tie can ever link (directly, or through
// a regional coordinator both teams' coordinators are tied to), so the work is O(ties + paths),
// not O(teams²): pairs of teams with no such link have πₖₗ = 0 always and are never visited.
import { COORDINATOR, type CompiledModel, REGIONAL } from './model';

/** The coordination paths that can exist in a compiled model, fixed for the whole run. */
export interface CoordinationPaths {
  /** The model these were built from (a sensitivity run swaps a state's model between points). */
  model: CompiledModel;
  /** Team k's possible partners l are pairTeam[pairStart[k]…pairStart[k+1]), in team order. */
  pairStart: Int32Array;
  pairTeam: Int32Array;
  /**
   * Per coordination tie: DIRECT (two coordinators of different teams: pairs tieA k→l, tieB
   * l→k), VIA_REGIONAL (a regional coordinator and a team actor: team tieA, link tieB or −1 when
   * the team end is not its coordinator), or NONE.
   */
  tieKind: Uint8Array;
  tieA: Int32Array;
  tieB: Int32Array;
  /** Links (team k, regional coordinator r): how many; per regional pair of linked teams, the two links and the pair. */
  links: number;
  viaLinkK: Int32Array;
  viaLinkL: Int32Array;
  viaPair: Int32Array;
  /** Every coordinator in the file (team actors with the coordinator role), in actor order. */
  coordinators: Int32Array;
}

const NONE = 0;
const DIRECT = 1;
const VIA_REGIONAL = 2;

/** The possible paths of a compiled model: every coordination tie, whether on yet or not. */
export function coordinationPaths(m: CompiledModel): CoordinationPaths {
  const K = m.teamIds.length;
  const E = m.coSource.length;
  const tieKind = new Uint8Array(E);
  const tieA = new Int32Array(E).fill(-1);
  const tieB = new Int32Array(E).fill(-1);
  const pairKeys = new Set<number>();
  const linkIndex = new Map<number, number>();
  const direct: [number, number, number][] = [];
  // Per regional coordinator, its links in team order (at most one per team).
  const linksOf: Map<number, number>[] = Array.from(m.regional, () => new Map());
  for (let e = 0; e < E; e += 1) {
    const a = m.coSource[e]!;
    const b = m.coTarget[e]!;
    const ka = m.actorTeam[a]!;
    const kb = m.actorTeam[b]!;
    const ca = m.actorRole[a] === COORDINATOR;
    const cb = m.actorRole[b] === COORDINATOR;
    if (ca && cb && ka !== kb) {
      tieKind[e] = DIRECT;
      direct.push([e, ka, kb]);
      pairKeys.add(ka * K + kb).add(kb * K + ka);
      continue;
    }
    const toRegional = m.actorRole[b] === REGIONAL;
    if (!toRegional && m.actorRole[a] !== REGIONAL) continue;
    const k = toRegional ? ka : kb;
    if (k < 0) continue;
    tieKind[e] = VIA_REGIONAL;
    tieA[e] = k;
    if (!(toRegional ? ca : cb)) continue;
    const r = m.regional.indexOf(toRegional ? b : a);
    const key = k * m.regional.length + r;
    let link = linkIndex.get(key);
    if (link === undefined) {
      link = linkIndex.size;
      linkIndex.set(key, link);
      linksOf[r]!.set(k, link);
    }
    tieB[e] = link;
  }
  const via: [number, number, number, number][] = [];
  for (const teams of linksOf) {
    const sorted = [...teams].sort((x, y) => x[0] - y[0]);
    for (const [k, lk] of sorted)
      for (const [l, ll] of sorted)
        if (l !== k) {
          pairKeys.add(k * K + l);
          via.push([k, l, lk, ll]);
        }
  }
  const keys = [...pairKeys].sort((x, y) => x - y);
  const pairOf = new Map(keys.map((key, q) => [key, q]));
  const pairStart = new Int32Array(K + 1);
  for (const key of keys) pairStart[Math.floor(key / K) + 1]! += 1;
  for (let k = 0; k < K; k += 1) pairStart[k + 1]! += pairStart[k]!;
  for (const [e, ka, kb] of direct) {
    tieA[e] = pairOf.get(ka * K + kb)!;
    tieB[e] = pairOf.get(kb * K + ka)!;
  }
  return {
    model: m,
    pairStart,
    pairTeam: Int32Array.from(keys, (key) => key % K),
    tieKind,
    tieA,
    tieB,
    links: linkIndex.size,
    viaLinkK: Int32Array.from(via, (v) => v[2]),
    viaLinkL: Int32Array.from(via, (v) => v[3]),
    viaPair: Int32Array.from(via, (v) => pairOf.get(v[0] * K + v[1])!),
    coordinators: Int32Array.from(
      m.teamActors.filter((i) => m.actorRole[i] === COORDINATOR),
    ).sort(),
  };
}

/** The state refreshStructure reads and writes (a part of SimState). */
export interface StructureState {
  model: CompiledModel;
  paths: CoordinationPaths;
  params: { qicWeeks: number; coordinatorTransfers: number };
  present: Uint8Array;
  supportKept: Uint8Array;
  supWeight: Float64Array;
  supOn: Uint8Array;
  coWeight: Float64Array;
  coOn: Uint8Array;
  assumed: Float64Array;
  supportOverride: Float64Array;
  S: Float64Array;
  Lc: Float64Array;
  R: Float64Array;
  /** π per possible pair (paths.pairTeam's order) and the strength of each link. */
  pi: Float64Array;
  link: Float64Array;
}

/**
 * Support Sₖ (the §4 supportLevel with presence: the strongest support tie from a present team
 * actor — or an empty post whose support stays — to a present manager; the level assumed where
 * none is recorded; unless `set-support` overrides it), coordinator presence Lcₖ,
 * regional tie strength Rₖ and the coordination paths πₖₗ.
 */
export function refreshStructure(s: StructureState, t: number): void {
  const m = s.model;
  const P = s.paths;
  const K = m.teamIds.length;
  const running = t < s.params.qicWeeks;
  const present = s.present;
  s.S.fill(0);
  s.Lc.fill(0);
  s.R.fill(0);
  s.pi.fill(0);
  s.link.fill(0);
  // With the transfer channel switched off, a coordinator's post links as if it were filled.
  const postsLink = s.params.coordinatorTransfers === 0;
  for (let e = 0; e < m.supSource.length; e += 1) {
    const a = m.supSource[e]!;
    if (!s.supOn[e] || !(present[a] || s.supportKept[a]) || !present[m.supTarget[e]!]) continue;
    const k = m.actorTeam[a]!;
    if (s.supWeight[e]! > s.S[k]!) s.S[k] = s.supWeight[e]!;
  }
  for (let k = 0; k < K; k += 1) {
    if (s.assumed[k]! > s.S[k]!) s.S[k] = s.assumed[k]!;
    if (!Number.isNaN(s.supportOverride[k]!)) s.S[k] = s.supportOverride[k]!;
  }
  for (let c = 0; c < P.coordinators.length; c += 1) {
    const i = P.coordinators[c]!;
    if (present[i]) s.Lc[m.actorTeam[i]!] = 1;
  }
  for (let e = 0; e < m.coSource.length; e += 1) {
    const kind = P.tieKind[e]!;
    if (kind === NONE || !s.coOn[e]) continue;
    const a = m.coSource[e]!;
    const b = m.coTarget[e]!;
    // Transfer paths (π) may treat an empty coordinator's post as filled; activation through the
    // regional coordinator (R) needs both people there.
    const both = present[a] === 1 && present[b] === 1;
    const paths =
      (present[a] === 1 || (postsLink && m.actorRole[a] === COORDINATOR)) &&
      (present[b] === 1 || (postsLink && m.actorRole[b] === COORDINATOR));
    const w = s.coWeight[e]!;
    if (kind === DIRECT) {
      // A link is a link whichever way the tie points: transfer goes both ways (Darr et al. 1995).
      if (paths && w > s.pi[P.tieA[e]!]!) s.pi[P.tieA[e]!] = s.pi[P.tieB[e]!] = w;
    } else if (running) {
      const k = P.tieA[e]!;
      if (both && w > s.R[k]!) s.R[k] = w;
      const link = P.tieB[e]!;
      if (paths && link >= 0 && w > s.link[link]!) s.link[link] = w;
    }
  }
  // Through a present regional coordinator while the collaborative runs: the product of the two ties.
  for (let v = 0; v < P.viaPair.length; v += 1) {
    const path = s.link[P.viaLinkK[v]!]! * s.link[P.viaLinkL[v]!]!;
    const q = P.viaPair[v]!;
    if (path > s.pi[q]!) s.pi[q] = path;
  }
}

/**
 * Cross-team transfer (Darr, Argote & Epple 1995): Tₖ = receiverₖ · min(1, Σₗ πₖₗ·max(0, Gₗ − Gₖ))
 * with Gₗ = Eₗ + Cₗ, summed over team k's possible partners in team order (the pairs never linked
 * add exactly 0, so the sum is the one over every team).
 */
export function transfer(
  P: CoordinationPaths,
  pi: Float64Array,
  G: Float64Array,
  receiver: Float64Array,
  T: Float64Array,
): void {
  for (let k = 0; k < T.length; k += 1) {
    let pull = 0;
    const own = G[k]!;
    for (let q = P.pairStart[k]!; q < P.pairStart[k + 1]!; q += 1) {
      const gap = G[P.pairTeam[q]!]! - own;
      if (gap > 0) pull += pi[q]! * gap;
    }
    T[k] = receiver[k]! * Math.min(1, pull);
  }
}
