// From the document to graphs: user ids are data, never graph keys (DESIGN §2), so actors are
// keyed by their index in `doc.actors` and `__proto__` or `constructor` ids cannot break
// graphology's plain-object adjacency. (The simple directed graph itself is the CSR form of
// metrics/compact.ts.)
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
