// Group-level measures (DESIGN §4), one value per group: team and organisation alike.
// How dense, shared, centralized, supported and coordinator-dependent leadership is in a group.
import type { NetworkDocument } from '../document/types';
import type { CompactDigraph } from './compact';
import { cached } from './kernels/cache';
import { hasArc } from './kernels/components';
import type { GroupMetric, GroupRef, MetricContext, MetricValue } from './types';

// Conventions, for every measure below:
// - Each is computed on the included ties among the group's actors, sub-groups included: the
//   arcs of the simple directed graph (one arc per ordered pair, weights summed over the
//   included kinds; DESIGN §4) with both ends in the group.
// - A value that would be 0/0 is null, never NaN: density and centralization need two actors,
//   reciprocity an arc, Gini a tie received, the E-I index a tie touching the group.
// - Weights are tie weights, 0 < w ≤ 1. When several included kinds join the same ordered pair
//   their weights add up (the simple digraph), so with more than one kind a pair can weigh
//   more than 1; valuedDensity, inStrengthCentralization and distributedLeadership keep the bounds stated below
//   when one kind is selected (e.g. leadership, as the simulation does, DESIGN §5.2 step 5).

/** ζ of the distributed leadership index (DESIGN §4, §5.3): how much centralization discounts
 * density. Assumed, not estimated: D'Innocenzo, Mathieu & Kukenberger (2016) report how shared
 * leadership correlates with team performance, not a weight. A document may set
 * `parameters.zeta` in [0, 1]. */
export const DISTRIBUTED_LEADERSHIP_ZETA = 0.5;

/** The group's internal arcs, counted once per group and shared by its measures. */
interface GroupView {
  n: number;
  members: Int32Array;
  /** Arcs with both ends in the group, their summed weight, and how many are reciprocated. */
  arcs: number;
  weight: number;
  reciprocatedArcs: number;
  /** Arcs with exactly one end in the group (either direction). */
  externalArcs: number;
  /** In-degree and in-strength of each member within the group, in `members` order. */
  inDegree: Int32Array;
  inStrength: Float64Array;
  /** Out-neighbours within the group, as positions in `members`. */
  out: number[][];
}

function groupView(ctx: MetricContext, group: GroupRef): GroupView {
  return cached(ctx, `group-measures:view:${group.index}`, () => buildView(ctx.graph, group));
}

function buildView(g: CompactDigraph, group: GroupRef): GroupView {
  const { members } = group;
  const n = members.length;
  const local = new Map<number, number>();
  members.forEach((actor, i) => local.set(actor, i));
  const view: GroupView = {
    n,
    members,
    arcs: 0,
    weight: 0,
    reciprocatedArcs: 0,
    externalArcs: 0,
    inDegree: new Int32Array(n),
    inStrength: new Float64Array(n),
    out: Array.from({ length: n }, () => []),
  };
  members.forEach((u, i) => {
    for (let e = g.outStart[u]!; e < g.outStart[u + 1]!; e += 1) {
      const j = local.get(g.outTargets[e]!);
      if (j === undefined) {
        view.externalArcs += 1;
        continue;
      }
      view.arcs += 1;
      view.weight += g.outWeights[e]!;
      view.inDegree[j]! += 1;
      view.inStrength[j]! += g.outWeights[e]!;
      view.out[i]!.push(j);
      if (hasArc(g, g.outTargets[e]!, u)) view.reciprocatedArcs += 1;
    }
    for (let e = g.inStart[u]!; e < g.inStart[u + 1]!; e += 1)
      if (!local.has(g.inSources[e]!)) view.externalArcs += 1;
  });
  return view;
}

/** Possible ordered pairs n(n−1); null below two actors, where densities are undefined. */
const pairs = (n: number): number | null => (n < 2 ? null : n * (n - 1));

/**
 * Freeman's (1979) centralization of a score: Σᵢ (max − xᵢ) / (n − 1)². For in-degree the
 * denominator is the sum in an in-star (everyone looks to one person), so it lies in [0, 1].
 * For in-strength the same denominator is kept: with weights ≤ 1 the in-star of weight-1 ties is
 * still the maximum (each term ≤ n − 1), so the value lies in [0, 1], equals inCentralization on
 * unweighted ties, and is not rescaled by the ties' average weight (a star of weak ties is less
 * centralized than one of strong ties: the strong star concentrates more leadership).
 */
function freeman(values: ArrayLike<number>): MetricValue {
  const n = values.length;
  if (n < 2) return null;
  let max = -Infinity;
  for (let i = 0; i < n; i += 1) max = Math.max(max, values[i]!);
  let sum = 0;
  for (let i = 0; i < n; i += 1) sum += max - values[i]!;
  return sum / ((n - 1) * (n - 1));
}

/** Gini (1912) coefficient Σᵢⱼ|xᵢ − xⱼ| / (2n²·mean), from the sorted values; null if all 0. */
function gini(values: ArrayLike<number>): MetricValue {
  const sorted = Array.from(values).sort((a, b) => a - b);
  const n = sorted.length;
  const total = sorted.reduce((s, x) => s + x, 0);
  if (n === 0 || total === 0) return null;
  let weighted = 0;
  sorted.forEach((x, i) => (weighted += (i + 1) * x));
  return (2 * weighted) / (n * total) - (n + 1) / n;
}

function valuedDensity(view: GroupView): MetricValue {
  const p = pairs(view.n);
  return p === null ? null : view.weight / p;
}

/** The ζ a document's distributed leadership index uses: its `parameters.zeta`, or 0.5. */
export function distributedLeadershipZeta(doc: NetworkDocument): number {
  const value = doc.parameters['zeta'];
  return typeof value === 'number' && value >= 0 && value <= 1
    ? value
    : DISTRIBUTED_LEADERSHIP_ZETA;
}

/** The strongest support tie from each actor to a manager, 0 if none recorded (weights are > 0;
 * all ties, not filtered by kind). */
function supportByActor(ctx: MetricContext): Float64Array {
  return cached(ctx, 'group-measures:support', () => {
    const best = new Float64Array(ctx.doc.actors.length);
    for (const tie of ctx.doc.ties) {
      if (tie.kind !== 'support') continue;
      const s = ctx.actorIndex.get(tie.source);
      const t = ctx.actorIndex.get(tie.target);
      if (s === undefined || t === undefined || s === t) continue;
      if (ctx.doc.actors[t]!.role !== 'manager') continue;
      best[s] = Math.max(best[s]!, tie.weight);
    }
    return best;
  });
}

/** Members each one reaches inside the group (breadth-first), optionally never through `skip`. */
function reachCounts(view: GroupView, counted: Uint8Array, skip?: Uint8Array): number {
  let total = 0;
  const seen = new Int32Array(view.n).fill(-1);
  const queue = new Int32Array(view.n);
  for (let s = 0; s < view.n; s += 1) {
    if (!counted[s]) continue;
    let head = 0;
    let tail = 0;
    queue[tail++] = s;
    seen[s] = s;
    while (head < tail) {
      const u = queue[head++]!;
      for (const v of view.out[u]!) {
        if (seen[v] === s || skip?.[v]) continue;
        seen[v] = s;
        queue[tail++] = v;
        if (counted[v]) total += 1;
      }
    }
  }
  return total;
}

/**
 * The share of ordered pairs (u, v) of the group's non-coordinator members, v reachable from u
 * along in-group arcs, for which every such path passes through a coordinator (role
 * `coordinator`): the routes that would be cut if the coordinators left. Pairs with a
 * coordinator at one end are left out, since they cannot survive the coordinator's leaving by
 * definition and would make every team look dependent. Null in a group without a coordinator
 * (there is nobody to depend on: not "independent", 0) and when no pair of non-coordinators is
 * reachable.
 */
function coordinatorDependence(ctx: MetricContext, view: GroupView): MetricValue {
  const coordinator = new Uint8Array(view.n);
  const member = new Uint8Array(view.n);
  let coordinators = 0;
  view.members.forEach((actor, i) => {
    if (ctx.doc.actors[actor]!.role === 'coordinator') {
      coordinator[i] = 1;
      coordinators += 1;
    } else member[i] = 1;
  });
  if (coordinators === 0) return null;
  const now = reachCounts(view, member);
  if (now === 0) return null;
  return (now - reachCounts(view, member, coordinator)) / now;
}

export const GROUP_METRICS: readonly GroupMetric[] = [
  {
    id: 'actors',
    level: 'group',
    format: 'count',
    compute: (_ctx, group) => group.members.length,
  },
  {
    id: 'density',
    level: 'group',
    format: 'share',
    compute: (ctx, group) => {
      const view = groupView(ctx, group);
      const p = pairs(view.n);
      return p === null ? null : view.arcs / p;
    },
  },
  {
    // L / n: how many members look to a member, on average (= how many each looks to). Density
    // falls with size even when everyone keeps the same number of ties; this does not, so the
    // team reading reads density against size through it. Null below two actors, like density.
    id: 'meanInDegree',
    level: 'group',
    format: 'score',
    compute: (ctx, group) => {
      const view = groupView(ctx, group);
      return view.n < 2 ? null : view.arcs / view.n;
    },
  },
  {
    id: 'inCentralization',
    level: 'group',
    format: 'score',
    compute: (ctx, group) => freeman(groupView(ctx, group).inDegree),
  },
  {
    id: 'giniInDegree',
    level: 'group',
    format: 'score',
    compute: (ctx, group) => gini(groupView(ctx, group).inDegree),
  },
  {
    id: 'reciprocity',
    level: 'group',
    format: 'share',
    compute: (ctx, group) => {
      const view = groupView(ctx, group);
      return view.arcs === 0 ? null : view.reciprocatedArcs / view.arcs;
    },
  },
  {
    id: 'eiIndex',
    level: 'group',
    format: 'score',
    compute: (ctx, group) => {
      const { arcs, externalArcs } = groupView(ctx, group);
      return arcs + externalArcs === 0 ? null : (externalArcs - arcs) / (externalArcs + arcs);
    },
  },
  {
    // Reads support ties whatever kinds are selected for the other measures: support is about
    // the team's backing (the study reports it as a precondition for aligned distributed
    // leadership to contribute), not a pattern of the selected ties. Null when no member has a
    // support tie to a manager recorded: unrecorded is not "no support" (weights are > 0, so a
    // recorded tie is never 0).
    id: 'supportLevel',
    level: 'group',
    format: 'score',
    compute: (ctx, group) => {
      const support = supportByActor(ctx);
      let best = 0;
      for (const actor of group.members) best = Math.max(best, support[actor]!);
      return best > 0 ? best : null;
    },
  },
  {
    id: 'coordinatorDependence',
    level: 'group',
    format: 'share',
    compute: (ctx, group) => coordinatorDependence(ctx, groupView(ctx, group)),
  },
  // The distributed leadership index D · (1 − ζZ), then its two parts D and Z.
  {
    // Not "aligned": alignment (shared aims, roles and scope) cannot be read from who looks to
    // whom; it enters only in the simulation (DESIGN §5). What the ties show is how strongly and
    // how widely members lean on each other.
    id: 'distributedLeadership',
    level: 'group',
    format: 'score',
    parameters: [{ name: 'zeta', value: DISTRIBUTED_LEADERSHIP_ZETA }],
    compute: (ctx, group) => {
      const view = groupView(ctx, group);
      const density = valuedDensity(view);
      const centralization = freeman(view.inStrength);
      if (density === null || centralization === null) return null;
      return density * (1 - distributedLeadershipZeta(ctx.doc) * centralization);
    },
  },
  {
    id: 'valuedDensity',
    level: 'group',
    format: 'score',
    compute: (ctx, group) => valuedDensity(groupView(ctx, group)),
  },
  {
    id: 'inStrengthCentralization',
    level: 'group',
    format: 'score',
    compute: (ctx, group) => freeman(groupView(ctx, group).inStrength),
  },
];
