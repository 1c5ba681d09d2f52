// Builds what every measure shares: the compact graph, the actor index and each group's
// members (its sub-groups' included), once per computation.
import type { NetworkDocument } from '../document/types';
import { indexActors } from '../graph/build';
import { toCompactDigraph } from './compact';
import type { GroupRef, MetricContext, MetricOptions, Precomputed } from './types';

export const DEFAULT_SEED = 42;

/**
 * The context of one computation. `given.paths`: betweenness and closeness already computed for
 * this document and these kinds (on a worker pool); refused when they are for another size.
 */
export function createMetricContext(
  doc: NetworkDocument,
  options: MetricOptions = {},
  given: Precomputed = {},
): MetricContext {
  const actorIndex = indexActors(doc);
  const graph = toCompactDigraph(doc, options.kinds);
  if (given.paths) {
    const { betweenness, closeness } = given.paths;
    if (betweenness.length !== graph.n || closeness.length !== graph.n)
      throw new Error(
        `metrics: paths for ${betweenness.length} actors, the document has ${graph.n}`,
      );
  }
  return {
    doc,
    options: { ...options, seed: options.seed ?? DEFAULT_SEED },
    graph,
    actorIndex,
    groups: groupRefs(doc),
    paths: given.paths,
    cache: new Map(),
  };
}

function groupRefs(doc: NetworkDocument): GroupRef[] {
  const groupIndex = new Map<string, number>();
  doc.groups.forEach((g, i) => groupIndex.set(g.id, i));
  const own: number[][] = doc.groups.map(() => []);
  doc.actors.forEach((a, i) => {
    const g = a.group === undefined ? undefined : groupIndex.get(a.group);
    if (g !== undefined) own[g]!.push(i);
  });
  // Each actor counts for its group and every ancestor; the walk stops on a cycle (a valid
  // document has none, but the measures must not hang on an unchecked one).
  const members: number[][] = doc.groups.map(() => []);
  doc.groups.forEach((_, g) => {
    const seen = new Set<number>();
    for (let at: number | undefined = g; at !== undefined && !seen.has(at);) {
      seen.add(at);
      members[at]!.push(...own[g]!);
      const parent: string | undefined = doc.groups[at]!.parent;
      at = parent === undefined ? undefined : groupIndex.get(parent);
    }
  });
  return doc.groups.map((g, i) => ({
    id: g.id,
    index: i,
    kind: g.kind,
    members: Int32Array.from(members[i]!.sort((a, b) => a - b)),
  }));
}
