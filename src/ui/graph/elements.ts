// From the document to Cytoscape elements. Element ids are prefixed by collection (`a:`, `g:`,
// `t:`), since an actor, a group and a tie may share an id; labels come from untrusted files
// and are drawn as canvas text, never as HTML.
import type { ElementDefinition } from 'cytoscape';
import type { NetworkDocument } from '../../core/document/types';
import { kindClass, roleClass, widthForWeight } from './palette';

export const actorElementId = (id: string) => `a:${id}`;
export const groupElementId = (id: string) => `g:${id}`;
export const tieElementId = (id: string) => `t:${id}`;

export type ElementRef = { kind: 'actor' | 'group' | 'tie'; id: string };

/** What a Cytoscape element id refers to in the document. */
export function parseElementId(elementId: string): ElementRef | null {
  const prefix = elementId.slice(0, 2);
  const id = elementId.slice(2);
  if (prefix === 'a:') return { kind: 'actor', id };
  if (prefix === 'g:') return { kind: 'group', id };
  if (prefix === 't:') return { kind: 'tie', id };
  return null;
}

/** What a drawing leaves out: people and groups' boxes by document id (a big network's overview). */
export interface Omitted {
  actors: ReadonlySet<string>;
  groups: ReadonlySet<string>;
}

export interface ElementOptions {
  /**
   * A large drawing: ties as straight lines (Cytoscape then skips pairing each tie with the ties
   * between the same two people, which bezier curves need to fan out).
   */
  straightTies?: boolean;
  /** People and boxes not drawn (folded into an overview's disc), and the ties of those people. */
  omit?: Omitted | null;
}

/** Element definitions without positions (positions are synced separately). */
export function toElements(
  doc: NetworkDocument,
  { straightTies = false, omit = null }: ElementOptions = {},
): ElementDefinition[] {
  const groupIds = new Set(doc.groups.map((g) => g.id));
  const actorIds = new Set(doc.actors.map((a) => a.id));
  const elements: ElementDefinition[] = [];
  const drawnActor = (id: string) => actorIds.has(id) && !omit?.actors.has(id);
  for (const group of doc.groups) {
    if (omit?.groups.has(group.id)) continue;
    elements.push({
      group: 'nodes',
      data: {
        id: groupElementId(group.id),
        label: group.label ?? group.id,
        parent:
          group.parent !== undefined &&
          groupIds.has(group.parent) &&
          group.parent !== group.id &&
          !omit?.groups.has(group.parent)
            ? groupElementId(group.parent)
            : undefined,
      },
      classes: `group group-${group.kind === 'team' ? 'team' : 'other'}`,
    });
  }
  for (const actor of doc.actors) {
    if (omit?.actors.has(actor.id)) continue;
    elements.push({
      group: 'nodes',
      data: {
        id: actorElementId(actor.id),
        label: actor.label ?? actor.id,
        parent:
          actor.group !== undefined && groupIds.has(actor.group) && !omit?.groups.has(actor.group)
            ? groupElementId(actor.group)
            : undefined,
      },
      classes: `actor ${roleClass(actor.role)}`,
    });
  }
  for (const tie of doc.ties) {
    if (!drawnActor(tie.source) || !drawnActor(tie.target)) continue;
    elements.push({
      group: 'edges',
      data: {
        id: tieElementId(tie.id),
        source: actorElementId(tie.source),
        target: actorElementId(tie.target),
        width: widthForWeight(tie.weight),
      },
      classes: `tie ${kindClass(tie.kind)}${straightTies ? ' straight' : ''}`,
    });
  }
  return elements;
}
