// Scenario selectors (DESIGN §5.4) resolved against a document: every given field must match.
// `group` takes the group and every group under it; a tie matches `role`/`group` by either end.
import { groupSubtree } from '../document/groups';
import type { Actor, NetworkDocument, Tie } from '../document/types';
import { say } from './messages';
import type { SimulationIssue } from './parameters';
import type { ActorSelector, GroupSelector, TieSelector } from './scenario-schema';

export interface Selection {
  doc: NetworkDocument;
  warnings: SimulationIssue[];
}

type Path = readonly (string | number)[];

function subtreeOf(sel: Selection, groupId: string, path: Path): Set<string> {
  if (!sel.doc.groups.some((g) => g.id === groupId))
    sel.warnings.push(say('sim_no_group', { id: groupId }, { path: [...path, 'group'] }));
  return groupSubtree(sel.doc, groupId);
}

function actorMatcher(sel: Selection, s: ActorSelector, path: Path) {
  const inside = s.group === undefined ? undefined : subtreeOf(sel, s.group, path);
  const ids = s.ids && new Set(s.ids);
  return (a: Actor) =>
    (!ids || ids.has(a.id)) &&
    (s.role === undefined || a.role === s.role) &&
    (!inside || (a.group !== undefined && inside.has(a.group)));
}

export function selectActors(sel: Selection, s: ActorSelector, path: Path): number[] {
  const match = actorMatcher(sel, s, path);
  const out: number[] = [];
  sel.doc.actors.forEach((a, i) => match(a) && out.push(i));
  return out;
}

export function selectTies(
  sel: Selection,
  s: TieSelector,
  path: Path,
  index: Map<string, number>,
): Tie[] {
  const ids = s.ids && new Set(s.ids);
  const end = actorMatcher(sel, { role: s.role, group: s.group }, path);
  const { actors } = sel.doc;
  return sel.doc.ties.filter((t) => {
    if ((ids && !ids.has(t.id)) || (s.kind !== undefined && t.kind !== s.kind)) return false;
    if (s.role === undefined && s.group === undefined) return true;
    const a = actors[index.get(t.source) ?? -1];
    const b = actors[index.get(t.target) ?? -1];
    return (a !== undefined && end(a)) || (b !== undefined && end(b));
  });
}

export function selectGroups(sel: Selection, s: GroupSelector, path: Path): Set<string> {
  const inside = s.group === undefined ? undefined : subtreeOf(sel, s.group, path);
  const ids = s.ids && new Set(s.ids);
  return new Set(
    sel.doc.groups
      .filter((g) => (!ids || ids.has(g.id)) && (s.kind === undefined || g.kind === s.kind))
      .filter((g) => !inside || inside.has(g.id))
      .map((g) => g.id),
  );
}
