// Whether two versions of a document differ in more than positions: measures and summaries
// depend on actors, ties and groups, not on where actors are drawn, so a drag need not
// recompute them. Commands keep untouched collections shared, so this is mostly identity checks.
import type { NetworkDocument } from './types';

export function sameStructure(a: NetworkDocument, b: NetworkDocument): boolean {
  if (a === b) return true;
  if (a.ties !== b.ties || a.groups !== b.groups) return false;
  if (a.actors === b.actors) return true;
  if (a.actors.length !== b.actors.length) return false;
  return a.actors.every((actor, i) => {
    const other = b.actors[i]!;
    return (
      actor === other ||
      (actor.id === other.id && actor.role === other.role && actor.group === other.group)
    );
  });
}
