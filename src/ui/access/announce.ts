// What a screen reader hears as the keyboard focus moves over the drawing: the actor's name, role,
// group and number of ties, or that it was selected.
import type { NetworkDocument } from '../../core/document/types';
import { roleName } from '../graph/palette';
import { m } from '../i18n.svelte';
import { actorName } from './text-view';

export function describeActor(doc: NetworkDocument, actorId: string, selected: boolean): string {
  const actor = doc.actors.find((a) => a.id === actorId);
  if (!actor) return '';
  const name = actorName(actor);
  if (selected) return m.access_canvas_selected({ name });
  const ties = doc.ties.reduce(
    (n, t) => n + (t.source === actorId ? 1 : 0) + (t.target === actorId ? 1 : 0),
    0,
  );
  const role = roleName(actor.role);
  const group =
    actor.group === undefined
      ? undefined
      : (doc.groups.find((g) => g.id === actor.group)?.label ?? actor.group);
  return group === undefined
    ? m.access_canvas_focus_no_group({ name, role, ties })
    : m.access_canvas_focus({ name, role, group, ties });
}
