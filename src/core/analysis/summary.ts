// The network summary: counts per role, kind and group kind, density, reciprocity and
// components of the simple directed graph. Components come from our own iterative kernels
// (graphology-components' strong components recurse once per actor along a path and
// overflowed the stack at ~8,000 actors in a chain).
import type { NetworkDocument } from '../document/types';
import type { TieFilter } from '../graph/build';
import { toCompactDigraph } from '../metrics/compact';
import { hasArc, strongComponents, weakComponents } from '../metrics/kernels/components';

export interface NetworkSummary {
  actors: number;
  ties: number;
  groups: number;
  actorsByRole: Record<string, number>;
  tiesByKind: Record<string, number>;
  groupsByKind: Record<string, number>;
  /** Arcs of the simple directed graph: ordered pairs joined by at least one included tie. */
  arcs: number;
  /** arcs / (n(n−1)); null with fewer than two actors. */
  density: number | null;
  /** Edgewise reciprocity, 2M/L (the share of arcs that are reciprocated); null without arcs. */
  reciprocity: number | null;
  weakComponents: number;
  strongComponents: number;
  /** Actors with no included tie at all. */
  isolates: number;
}

/** Counts keyed by user strings (roles, kinds): a null-prototype object, so `__proto__` counts. */
function countBy(values: Iterable<string>): Record<string, number> {
  const counts: Record<string, number> = Object.create(null);
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

export function summarizeNetwork(doc: NetworkDocument, filter: TieFilter = {}): NetworkSummary {
  const graph = toCompactDigraph(doc, filter.kinds);
  const { n, m: arcs } = graph;
  let mutual = 0;
  let isolates = 0;
  for (let u = 0; u < n; u += 1) {
    const outEnd = graph.outStart[u + 1]!;
    for (let e = graph.outStart[u]!; e < outEnd; e += 1)
      if (hasArc(graph, graph.outTargets[e]!, u)) mutual += 1;
    if (outEnd === graph.outStart[u] && graph.inStart[u + 1] === graph.inStart[u]) isolates += 1;
  }
  const included = doc.ties.filter(
    (tie) => !filter.kinds?.length || filter.kinds.includes(tie.kind),
  );
  return {
    actors: n,
    ties: included.length,
    groups: doc.groups.length,
    actorsByRole: countBy(doc.actors.map((a) => a.role)),
    tiesByKind: countBy(included.map((t) => t.kind)),
    groupsByKind: countBy(doc.groups.map((g) => g.kind)),
    arcs,
    density: n < 2 ? null : arcs / (n * (n - 1)),
    reciprocity: arcs === 0 ? null : mutual / arcs,
    weakComponents: weakComponents(graph).count,
    strongComponents: strongComponents(graph).count,
    isolates,
  };
}
