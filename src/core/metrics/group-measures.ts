// Group-level measures (DESIGN §4), one value per group: team and organisation alike.
// How dense, shared, centralized, supported and coordinator-dependent leadership is in a group.
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
//   more than 1; valuedDensity, inStrengthCentralization and adl keep the bounds stated below
//   when one kind is selected (e.g. leadership, as the simulation does, DESIGN §5.2 step 5).

/** ζ of the ADL index (DESIGN §5.3, after D'Innocenzo et al. 2016): how much centralization
 * discounts density. A document may override it with `parameters.zeta` in [0, 1]. */
export const ADL_ZETA = 0.5;

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

function zeta(ctx: MetricContext): number {
  const value = ctx.doc.parameters['zeta'];
  return typeof value === 'number' && value >= 0 && value <= 1 ? value : ADL_ZETA;
}

/** The strongest support tie from each actor to a manager, 0 if none (all ties, not filtered). */
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
 * definition and would make every team look dependent. 0 in a group without coordinators; null
 * when no pair of non-coordinators is reachable.
 */
function coordinatorDependence(ctx: MetricContext, view: GroupView): MetricValue {
  const coordinator = new Uint8Array(view.n);
  const member = new Uint8Array(view.n);
  view.members.forEach((actor, i) => {
    if (ctx.doc.actors[actor]!.role === 'coordinator') coordinator[i] = 1;
    else member[i] = 1;
  });
  const now = reachCounts(view, member);
  if (now === 0) return null;
  return (now - reachCounts(view, member, coordinator)) / now;
}

const CARSON = 'Carson, Tesluk & Marrone (2007), Academy of Management Journal 50(5): 1217–1234';
const FREEMAN = 'Freeman (1979), Social Networks 1(3): 215–239';

export const GROUP_METRICS: readonly GroupMetric[] = [
  {
    id: 'actors',
    level: 'group',
    label: 'Actors',
    description: 'How many people are in the group, its sub-groups included.',
    citation: 'Count of the group’s members, sub-groups included (DESIGN §2)',
    format: 'count',
    compute: (_ctx, group) => group.members.length,
  },
  {
    id: 'density',
    level: 'group',
    label: 'Density',
    description: 'Of all the ways members could look to each other, the share that exist.',
    citation: 'Wasserman & Faust (1994), §4.2: L / (n(n−1)); networkx density',
    format: 'share',
    compute: (ctx, group) => {
      const view = groupView(ctx, group);
      const p = pairs(view.n);
      return p === null ? null : view.arcs / p;
    },
  },
  {
    id: 'valuedDensity',
    level: 'group',
    label: 'Shared leadership',
    description: 'How strongly members lean on each other, on average over every possible pair.',
    citation: `${CARSON}: Σw / (n(n−1))`,
    format: 'score',
    compute: (ctx, group) => valuedDensity(groupView(ctx, group)),
  },
  {
    id: 'inCentralization',
    level: 'group',
    label: 'Centralization',
    description: 'How far leadership rests on one person: 1 when all look to one, 0 when spread.',
    citation: `${FREEMAN}: Σ(d* − dᵢ) / (n − 1)² on in-degree`,
    format: 'score',
    compute: (ctx, group) => freeman(groupView(ctx, group).inDegree),
  },
  {
    id: 'inStrengthCentralization',
    level: 'group',
    label: 'Weighted centralization',
    description: 'The same, counting how strongly people are looked to: 1 when all rely on one.',
    citation: `${FREEMAN}, on in-strength: Σ(s* − sᵢ) / (n − 1)², in [0, 1] for weights ≤ 1`,
    format: 'score',
    compute: (ctx, group) => freeman(groupView(ctx, group).inStrength),
  },
  {
    id: 'giniInDegree',
    level: 'group',
    label: 'Inequality of leadership',
    description: 'How unevenly being looked to is shared: 0 when equal, near 1 when one person.',
    citation: 'Gini (1912) coefficient of the members’ in-group in-degrees',
    format: 'score',
    compute: (ctx, group) => gini(groupView(ctx, group).inDegree),
  },
  {
    id: 'reciprocity',
    level: 'group',
    label: 'Reciprocity',
    description: 'The share of ties that go both ways: members who look to each other.',
    citation: 'Edgewise reciprocity 2M / L (Wasserman & Faust 1994; networkx overall_reciprocity)',
    format: 'share',
    compute: (ctx, group) => {
      const view = groupView(ctx, group);
      return view.arcs === 0 ? null : view.reciprocatedArcs / view.arcs;
    },
  },
  {
    id: 'eiIndex',
    level: 'group',
    label: 'Outward ties (E-I index)',
    description: 'Ties with outsiders minus ties inside, over all: −1 inward, +1 outward looking.',
    citation:
      'Krackhardt & Stern (1988), Social Psychology Quarterly 51(2): 123–140: (EL − IL) / (EL + IL) over arcs touching the group',
    format: 'score',
    compute: (ctx, group) => {
      const { arcs, externalArcs } = groupView(ctx, group);
      return arcs + externalArcs === 0 ? null : (externalArcs - arcs) / (externalArcs + arcs);
    },
  },
  {
    // Reads support ties whatever kinds are selected for the other measures: support is a
    // precondition of progress (Carstensen et al. 2024), not a pattern of the selected network.
    id: 'supportLevel',
    level: 'group',
    label: 'Management support',
    description: 'The strongest support a member gets from a manager: 0 when nobody has any.',
    citation:
      'Carstensen, Kjeldsen & Nielsen (2024): management support as a precondition; the strongest support tie to a manager (DESIGN §4)',
    format: 'score',
    compute: (ctx, group) => {
      if (group.members.length === 0) return null; // nobody to support
      const support = supportByActor(ctx);
      let best = 0;
      for (const actor of group.members) best = Math.max(best, support[actor]!);
      return best;
    },
  },
  {
    id: 'coordinatorDependence',
    level: 'group',
    label: 'Dependence on the coordinator',
    description: 'The share of member-to-member routes that would be cut if the coordinator left.',
    citation:
      'Carstensen, Kjeldsen & Nielsen (2024): the pivotal local coordinator; reachable pairs lost on removal (cf. Borgatti 2006, fragmentation)',
    format: 'share',
    compute: (ctx, group) => coordinatorDependence(ctx, groupView(ctx, group)),
  },
  {
    id: 'adl',
    level: 'group',
    label: 'Aligned distributed leadership',
    description:
      'Leadership that is both strong and shared: density, discounted where it is centralized.',
    citation: `DESIGN §4 and §5.2: valuedDensity · (1 − ζ·inStrengthCentralization), ζ = ${ADL_ZETA} (D’Innocenzo, Mathieu & Kukenberger 2016); ${CARSON}`,
    format: 'score',
    parameters: [
      {
        name: 'zeta',
        value: ADL_ZETA,
        description: 'how much centralization discounts density (document parameter `zeta`)',
      },
    ],
    compute: (ctx, group) => {
      const view = groupView(ctx, group);
      const density = valuedDensity(view);
      const centralization = freeman(view.inStrength);
      if (density === null || centralization === null) return null;
      return density * (1 - zeta(ctx) * centralization);
    },
  },
];
