// Network-level measures (DESIGN §4): the collaborative as a whole, one value each.
// Its size, cohesion, how hierarchical it is (Krackhardt 1994), how it splits into teams.
import { includesKind } from '../graph/build';
import type { CompactDigraph } from './compact';
import { graphKernels } from './graph-kernels';
import { cached } from './kernels/cache';
import {
  type Components,
  hasArc,
  strongComponents,
  undirectedAdjacency,
  weakComponents,
} from './kernels/components';
import { connectedness, efficiency, hierarchy, lubness } from './kernels/krackhardt';
import type { EiBasis, MetricContext, MetricValue, NetworkMetric } from './types';

// Unless said otherwise a measure uses the simple directed graph of the included ties (one arc
// per ordered pair whatever the kinds). Where networkx has the measure, the value equals
// networkx's, except that a 0/0 is null here where networkx returns 0 (density below two
// actors, transitivity without a connected triple) or raises (reciprocity without arcs).

const weak = (ctx: MetricContext): Components =>
  cached(ctx, 'network:weak', () => weakComponents(ctx.graph));
const strong = (ctx: MetricContext): Components =>
  cached(ctx, 'network:strong', () => strongComponents(ctx.graph));

/** Freeman (1979) degree centralization, Σ(d* − dᵢ)/(n − 1)²: 1 for a star, 0 when all equal. */
function centralization(g: CompactDigraph, start: Int32Array): MetricValue {
  if (g.n < 2) return null;
  let max = 0;
  for (let i = 0; i < g.n; i += 1) max = Math.max(max, start[i + 1]! - start[i]!);
  let sum = 0;
  for (let i = 0; i < g.n; i += 1) sum += max - (start[i + 1]! - start[i]!);
  return sum / ((g.n - 1) * (g.n - 1));
}

/** Ordered pairs joined both ways, counted per arc: 2M (networkx overall_reciprocity's numerator). */
function reciprocatedArcs(g: CompactDigraph): number {
  let count = 0;
  for (let s = 0; s < g.n; s += 1)
    for (let e = g.outStart[s]!; e < g.outStart[s + 1]!; e += 1)
      if (hasArc(g, g.outTargets[e]!, s)) count += 1;
  return count;
}

/**
 * Each actor's team: the outermost group of kind `team` among its group and the groups above
 * it, −1 if none. Two actors are in the same team iff some team contains both (sub-groups
 * included), which with one parent per group is iff their outermost teams are the same.
 */
function teamOf(ctx: MetricContext): Int32Array {
  const { groups, actors } = ctx.doc;
  const index = new Map<string, number>();
  groups.forEach((g, i) => index.set(g.id, i));
  return Int32Array.from(actors, (actor) => {
    let team = -1;
    const seen = new Set<number>(); // a valid document has no cycle; do not hang on one
    for (
      let at = actor.group === undefined ? undefined : index.get(actor.group);
      at !== undefined && !seen.has(at);
      at = groups[at]!.parent === undefined ? undefined : index.get(groups[at]!.parent!)
    ) {
      seen.add(at);
      if (groups[at]!.kind === 'team') team = at;
    }
    return team;
  });
}

/**
 * What the E-I index counts as one side of the boundary, cached: each actor's team when some
 * actor is in a team; otherwise each actor's own group (the group it names, not the groups
 * above) when some actor has one — files whose groups are departments or wards; otherwise
 * nothing. −1: the actor is in no team (no group).
 */
export function eiPartition(ctx: MetricContext): { basis: EiBasis; part: Int32Array } {
  return cached(ctx, 'network:ei-partition', () => {
    const team = teamOf(ctx);
    if (team.some((t) => t !== -1)) return { basis: 'team' as const, part: team };
    const index = new Map<string, number>();
    ctx.doc.groups.forEach((g, i) => index.set(g.id, i));
    const own = Int32Array.from(ctx.doc.actors, (actor) =>
      actor.group === undefined ? -1 : (index.get(actor.group) ?? -1),
    );
    if (own.some((g) => g !== -1)) return { basis: 'group' as const, part: own };
    return { basis: null, part: own };
  });
}

/**
 * The E-I index of the whole network (Krackhardt & Stern 1988): (EL − IL)/(EL + IL) over all
 * arcs, internal when both ends are on the same side (eiPartition: the same team, sub-groups
 * included, or without teams the same own group), external otherwise — including arcs to or
 * from actors in no team (managers, regional coordinators), which cross the boundary by
 * definition. Null without arcs, and null when no actor is in any group: with nothing to be
 * inside of, every tie would count as "across" and the index would say +1 about nothing.
 */
function eiIndex(ctx: MetricContext): MetricValue {
  const g = ctx.graph;
  const { basis, part } = eiPartition(ctx);
  if (g.m === 0 || basis === null) return null;
  let internal = 0;
  for (let s = 0; s < g.n; s += 1) {
    for (let e = g.outStart[s]!; e < g.outStart[s + 1]!; e += 1) {
      const t = g.outTargets[e]!;
      if (part[s] !== -1 && part[s] === part[t]) internal += 1;
    }
  }
  return (g.m - 2 * internal) / g.m;
}

/**
 * networkx `transitivity` of the undirected simple graph: 3 × triangles / connected triples,
 * triangles counted once each by ordered neighbour intersection (u < v < w). Null without a
 * connected triple (networkx returns 0 there).
 */
function transitivity(g: CompactDigraph): MetricValue {
  const adj = undirectedAdjacency(g);
  let triangles = 0;
  let triples = 0;
  for (let u = 0; u < adj.n; u += 1) {
    const d = adj.start[u + 1]! - adj.start[u]!;
    triples += (d * (d - 1)) / 2;
    for (let e = adj.start[u]!; e < adj.start[u + 1]!; e += 1) {
      const v = adj.neighbours[e]!;
      if (v <= u) continue;
      // Common neighbours w > v of u and v, by merging the two sorted lists.
      let a = e + 1;
      let b = adj.start[v]!;
      const aEnd = adj.start[u + 1]!;
      const bEnd = adj.start[v + 1]!;
      while (a < aEnd && b < bEnd) {
        const x = adj.neighbours[a]!;
        const y = adj.neighbours[b]!;
        if (x === y) triangles += y > v ? 1 : 0;
        if (x <= y) a += 1;
        if (y <= x) b += 1;
      }
    }
  }
  return triples === 0 ? null : (3 * triangles) / triples;
}

export const NETWORK_METRICS: readonly NetworkMetric[] = [
  {
    id: 'actors',
    level: 'network',
    format: 'count',
    compute: (ctx) => ctx.doc.actors.length,
  },
  {
    // Ties, not arcs: two ties of different kinds on one pair count twice here, once in density.
    id: 'ties',
    level: 'network',
    format: 'count',
    compute: (ctx) => {
      let count = 0;
      for (const tie of ctx.doc.ties) {
        if (!includesKind({ kinds: ctx.options.kinds }, tie.kind)) continue;
        const s = ctx.actorIndex.get(tie.source);
        const t = ctx.actorIndex.get(tie.target);
        if (s !== undefined && t !== undefined && s !== t) count += 1;
      }
      return count;
    },
  },
  {
    id: 'density',
    level: 'network',
    format: 'share',
    compute: ({ graph: g }) => (g.n < 2 ? null : g.m / (g.n * (g.n - 1))),
  },
  {
    id: 'reciprocity',
    level: 'network',
    format: 'share',
    compute: ({ graph: g }) => (g.m === 0 ? null : reciprocatedArcs(g) / g.m),
  },
  {
    id: 'inCentralization',
    level: 'network',
    format: 'score',
    compute: ({ graph: g }) => centralization(g, g.inStart),
  },
  {
    id: 'outCentralization',
    level: 'network',
    format: 'score',
    compute: ({ graph: g }) => centralization(g, g.outStart),
  },
  {
    id: 'weakComponents',
    level: 'network',
    format: 'count',
    compute: (ctx) => weak(ctx).count,
  },
  {
    id: 'strongComponents',
    level: 'network',
    format: 'count',
    compute: (ctx) => strong(ctx).count,
  },
  {
    id: 'connectedness',
    level: 'network',
    format: 'share',
    compute: (ctx) => connectedness(weak(ctx), ctx.graph.n),
  },
  {
    id: 'hierarchy',
    level: 'network',
    format: 'score',
    compute: (ctx) => hierarchy(ctx.graph, weak(ctx), strong(ctx)),
  },
  {
    id: 'efficiency',
    level: 'network',
    format: 'score',
    compute: (ctx) => efficiency(ctx.graph, weak(ctx)),
  },
  {
    id: 'lubness',
    level: 'network',
    format: 'score',
    compute: (ctx) => lubness(ctx.graph, weak(ctx), strong(ctx)),
  },
  {
    id: 'eiIndex',
    level: 'network',
    format: 'score',
    compute: eiIndex,
  },
  {
    id: 'transitivity',
    level: 'network',
    format: 'share',
    compute: ({ graph: g }) => transitivity(g),
  },
  {
    id: 'modularity',
    level: 'network',
    format: 'score',
    compute: (ctx) => {
      const { louvainPartition, partitionModularity } = graphKernels();
      return partitionModularity(ctx, louvainPartition(ctx).community);
    },
  },
];
