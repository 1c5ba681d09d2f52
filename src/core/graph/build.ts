// From the document to graphs: user ids are data, never graph keys (DESIGN §2), so actors are
// keyed by their index in `doc.actors` and `__proto__` or `constructor` ids cannot break
// graphology's plain-object adjacency.
import { DirectedGraph } from 'graphology';
import type { NetworkDocument } from '../document/types';

export interface TieFilter {
  /** The tie kinds to include; all kinds when absent or empty. */
  kinds?: readonly string[];
}

/** Actor i's graph key. */
export const actorKey = (index: number): string => String(index);

/** The index of each actor id in `doc.actors`. */
export function indexActors(doc: NetworkDocument): Map<string, number> {
  const index = new Map<string, number>();
  doc.actors.forEach((actor, i) => index.set(actor.id, i));
  return index;
}

export function includesKind(filter: TieFilter, kind: string): boolean {
  return !filter.kinds || filter.kinds.length === 0 || filter.kinds.includes(kind);
}

/**
 * The simple directed graph (one arc per ordered pair, whatever the kinds, DESIGN §4): arcs
 * carry `weight`, the sum of the merged ties' weights, and `kinds`, how many ties merged.
 */
export function toSimpleDigraph(doc: NetworkDocument, filter: TieFilter = {}): DirectedGraph {
  const graph = new DirectedGraph();
  const index = indexActors(doc);
  doc.actors.forEach((actor, i) => graph.addNode(actorKey(i), { role: actor.role }));
  for (const tie of doc.ties) {
    if (!includesKind(filter, tie.kind)) continue;
    const s = index.get(tie.source);
    const t = index.get(tie.target);
    if (s === undefined || t === undefined || s === t) continue;
    graph.updateEdge(actorKey(s), actorKey(t), (attr) => ({
      weight: ((attr.weight as number | undefined) ?? 0) + tie.weight,
      ties: ((attr.ties as number | undefined) ?? 0) + 1,
    }));
  }
  return graph;
}
