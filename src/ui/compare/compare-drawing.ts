// Two networks drawn as one (issue 13): the later network as it is drawn, the people who left
// placed beside those they were tied to, and every tie in one of three looks — kept, added,
// removed — told apart by colour AND line style (the legend says both). Pure: elements and a
// stylesheet for a read-only Cytoscape.
import type { ElementDefinition, StylesheetJson } from 'cytoscape';
import type { Comparison } from '../../core/compare';
import type { NetworkDocument, Position } from '../../core/document/types';
import { actorElementId, groupElementId, toElements } from '../graph/elements';
import { kindClass, roleClass, widthForWeight } from '../graph/palette';

/** How each change looks: a colour-blind-safe pair and a line style (Okabe–Ito). */
export const CHANGE_LOOKS = {
  kept: { color: '#8c8c8c', line: 'solid' },
  added: { color: '#0072b2', line: 'dashed' },
  removed: { color: '#d55e00', line: 'dotted' },
} as const;
export type TieChange = keyof typeof CHANGE_LOOKS;

/** Element ids of what only the earlier network has (they may share an id with a later item). */
export const leftActorElementId = (id: string) => `a:left:${id}`;
export const removedTieElementId = (id: string) => `t:removed:${id}`;

export interface ComparisonDrawing {
  elements: ElementDefinition[];
  /** How many ties of each kind of change are drawn. */
  counts: Record<TieChange, number>;
}

/** Where a person who left is drawn: beside the later positions of those they were tied to. */
function leftPosition(
  before: NetworkDocument,
  id: string,
  laterOf: Map<string, string>,
  placed: Map<string, Position>,
  index: number,
): Position {
  const near: Position[] = [];
  for (const tie of before.ties) {
    const other = tie.source === id ? tie.target : tie.target === id ? tie.source : undefined;
    const later = other === undefined ? undefined : laterOf.get(other);
    const at = later === undefined ? undefined : placed.get(later);
    if (at) near.push(at);
  }
  if (near.length) {
    const x = near.reduce((s, p) => s + p.x, 0) / near.length;
    const y = near.reduce((s, p) => s + p.y, 0) / near.length;
    // Beside, not on top of, the middle of their neighbours.
    return { x: x + 60 + 30 * index, y: y - 60 };
  }
  const own = before.actors.find((a) => a.id === id)?.position;
  return own ?? { x: -200, y: 80 * index };
}

/** What a drawing needs of a comparison (no measures: a story step rebuilds just this). */
export type DrawnComparison = Pick<Comparison, 'actors' | 'ties' | 'pairs'>;

export function comparisonElements(
  before: NetworkDocument,
  after: NetworkDocument,
  comparison: DrawnComparison,
): ComparisonDrawing {
  const elements = toElements(after);
  const joined = new Set(comparison.actors.joined.map((p) => p.id));
  const added = new Set(comparison.ties.added.map((t) => t.id));
  const laterOf = new Map(
    Object.entries(comparison.pairs.actors).map(([later, earlier]) => [earlier, later]),
  );
  const laterGroup = new Map(
    Object.entries(comparison.pairs.groups).map(([later, earlier]) => [earlier, later]),
  );
  const placed = new Map<string, Position>();
  after.actors.forEach((a, i) =>
    placed.set(a.id, a.position ?? { x: 80 * (i % 12), y: 80 * Math.floor(i / 12) }),
  );
  for (const element of elements) {
    const id = element.data.id!;
    if (id.startsWith('a:')) {
      const actor = id.slice(2);
      element.position = { ...placed.get(actor)! };
      if (joined.has(actor)) element.classes += ' cmp-joined';
    } else if (id.startsWith('t:')) {
      element.classes += added.has(id.slice(2)) ? ' cmp-added' : ' cmp-kept';
    }
  }
  const leftIds = new Map<string, string>();
  comparison.actors.left.forEach((person, i) => {
    const actor = before.actors.find((a) => a.id === person.id)!;
    const group = actor.group === undefined ? undefined : laterGroup.get(actor.group);
    leftIds.set(person.id, leftActorElementId(person.id));
    elements.push({
      group: 'nodes',
      data: {
        id: leftActorElementId(person.id),
        label: person.label ?? person.id,
        parent: group === undefined ? undefined : groupElementId(group),
      },
      position: leftPosition(before, person.id, laterOf, placed, i),
      classes: `actor ${roleClass(actor.role)} cmp-left`,
    });
  });
  const end = (earlier: string) => {
    const later = laterOf.get(earlier);
    return later !== undefined ? actorElementId(later) : leftIds.get(earlier);
  };
  let removed = 0;
  for (const tie of comparison.ties.removed) {
    const source = end(tie.source);
    const target = end(tie.target);
    if (!source || !target) continue;
    removed += 1;
    elements.push({
      group: 'edges',
      data: {
        id: removedTieElementId(tie.id),
        source,
        target,
        width: widthForWeight(tie.weight),
      },
      classes: `tie ${kindClass(tie.kind)} cmp-removed`,
    });
  }
  return {
    elements,
    counts: { kept: comparison.ties.kept, added: added.size, removed },
  };
}

/** The comparison's looks, laid over the network's stylesheet (after it, so they win). */
export function comparisonStyles(): StylesheetJson {
  const tie = (change: TieChange, extra: Record<string, unknown> = {}) => ({
    selector: `edge.cmp-${change}`,
    style: {
      'line-color': CHANGE_LOOKS[change].color,
      'target-arrow-color': CHANGE_LOOKS[change].color,
      'line-style': CHANGE_LOOKS[change].line,
      ...extra,
    },
  });
  return [
    tie('kept', { opacity: 0.55 }),
    tie('added', { width: 'mapData(width, 1, 5, 3, 7)', 'line-dash-pattern': [10, 5] }),
    tie('removed', { width: 'mapData(width, 1, 5, 3, 7)', 'line-dash-pattern': [2, 5] }),
    {
      selector: 'node.cmp-joined',
      style: {
        'border-width': 5,
        'border-color': CHANGE_LOOKS.added.color,
        'border-style': 'double',
      },
    },
    {
      selector: 'node.cmp-left',
      style: {
        'border-width': 4,
        'border-color': CHANGE_LOOKS.removed.color,
        'border-style': 'dashed',
        'background-opacity': 0.35,
      },
    },
  ] as StylesheetJson;
}

/** An item's label by id: the later network's, else the earlier's (people who left), else its id. */
export function itemLabels(
  collection: 'actors' | 'groups',
  before: NetworkDocument | undefined,
  after: NetworkDocument | undefined,
): (id: string) => string {
  const labels = new Map<string, string>();
  for (const item of before?.[collection] ?? []) labels.set(item.id, item.label ?? item.id);
  for (const item of after?.[collection] ?? []) labels.set(item.id, item.label ?? item.id);
  return (id) => labels.get(id) ?? id;
}
