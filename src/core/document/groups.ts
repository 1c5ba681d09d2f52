// Group nesting: a group and every group under it, for "members of this team" and filters.
import type { NetworkDocument } from './types';

/** The ids of a group and of every group nested under it (cycle-safe). */
export function groupSubtree(doc: NetworkDocument, groupId: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const g of doc.groups) {
    if (g.parent !== undefined) children.set(g.parent, [...(children.get(g.parent) ?? []), g.id]);
  }
  const inside = new Set<string>([groupId]);
  const queue = [groupId];
  for (let at = queue.pop(); at !== undefined; at = queue.pop()) {
    for (const child of children.get(at) ?? []) {
      if (!inside.has(child)) {
        inside.add(child);
        queue.push(child);
      }
    }
  }
  return inside;
}
