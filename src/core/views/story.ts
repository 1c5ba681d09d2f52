// The pure questions a presenter asks of a step: who is in focus, where each actor is drawn, and
// which box of the drawing to show; a fresh step's id. Reading the story (each view checked by
// its schema, zod) is read.ts, loaded after the first view.
import type { NetworkDocument, Position } from '../document/types';
import type { StoryStep } from './step';
import { viewId } from './view-id';

export interface PlacedStep {
  /** Its index in `doc.views`. */
  readonly at: number;
  readonly step: StoryStep;
}

/** A step id not used by any view yet: `step-1`, `step-2`, … */
export function freshStepId(doc: NetworkDocument): string {
  const used = new Set(doc.views.map(viewId).filter((id) => id !== undefined));
  let n = doc.views.length + 1;
  while (used.has(`step-${n}`)) n += 1;
  return `step-${n}`;
}

export interface ResolvedFocus {
  readonly actors: ReadonlySet<string>;
  readonly groups: ReadonlySet<string>;
  readonly ties: ReadonlySet<string>;
}

/**
 * Who a step highlights: the focused actors, every actor in a focused group or a group under
 * it; those groups and the groups the highlighted actors sit in directly; and the ties between
 * two highlighted actors (of the step's tie kinds, when it names some). Null when the step has
 * no focus, or none of its ids is in the network any more: then nothing is dimmed.
 */
export function resolveFocus(doc: NetworkDocument, step: StoryStep): ResolvedFocus | null {
  const focus = step.focus;
  if (!focus) return null;
  const groupIds = new Set(doc.groups.map((g) => g.id));
  const children = new Map<string, string[]>();
  for (const group of doc.groups) {
    if (group.parent === undefined || group.parent === group.id) continue;
    const list = children.get(group.parent) ?? [];
    list.push(group.id);
    children.set(group.parent, list);
  }
  const groups = new Set<string>();
  const stack = (focus.groups ?? []).filter((g) => groupIds.has(g));
  while (stack.length) {
    const g = stack.pop()!;
    if (groups.has(g)) continue; // a cycle in a foreign file must not loop
    groups.add(g);
    stack.push(...(children.get(g) ?? []));
  }
  const named = new Set(focus.actors ?? []);
  const actors = new Set<string>();
  for (const actor of doc.actors) {
    if (named.has(actor.id) || (actor.group !== undefined && groups.has(actor.group))) {
      actors.add(actor.id);
      if (actor.group !== undefined && groupIds.has(actor.group)) groups.add(actor.group);
    }
  }
  if (actors.size === 0 && groups.size === 0) return null;
  const kinds = focus.tieKinds && focus.tieKinds.length ? new Set(focus.tieKinds) : null;
  const ties = new Set<string>();
  for (const tie of doc.ties) {
    if (actors.has(tie.source) && actors.has(tie.target) && (!kinds || kinds.has(tie.kind)))
      ties.add(tie.id);
  }
  return { actors, groups, ties };
}

/**
 * Where each actor is drawn in a step, in `doc.actors` order: the step's own position when it
 * has one for that actor, else the document's; null when neither has one.
 */
export function stepPositions(doc: NetworkDocument, step: StoryStep): (Position | null)[] {
  const saved = new Map<string, Position>();
  for (const p of step.positions ?? []) if (!saved.has(p.id)) saved.set(p.id, { x: p.x, y: p.y });
  return doc.actors.map((actor) => saved.get(actor.id) ?? actor.position ?? null);
}

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * The box of the drawing a step shows: its saved viewport; else the box around the highlighted
 * actors; else around everyone. `margin` (drawing units) leaves room for node shapes and the
 * team boxes drawn around them. Null when no actor has a position.
 */
export function stepBox(
  doc: NetworkDocument,
  step: StoryStep,
  positions: readonly (Position | null)[] = stepPositions(doc, step),
  margin = 40,
): Box | null {
  if (step.viewport) {
    const { x1, y1, x2, y2 } = step.viewport;
    return { x1, y1, x2, y2 };
  }
  const focus = resolveFocus(doc, step);
  let box: Box | null = null;
  doc.actors.forEach((actor, i) => {
    const at = positions[i];
    if (!at || (focus && !focus.actors.has(actor.id))) return;
    box = box
      ? {
          x1: Math.min(box.x1, at.x),
          y1: Math.min(box.y1, at.y),
          x2: Math.max(box.x2, at.x),
          y2: Math.max(box.y2, at.y),
        }
      : { x1: at.x, y1: at.y, x2: at.x, y2: at.y };
  });
  if (!box) return null;
  const b = box as Box;
  return { x1: b.x1 - margin, y1: b.y1 - margin, x2: b.x2 + margin, y2: b.y2 + margin };
}

/**
 * The zoom and pan that show `box` whole and centred on a screen of `width` × `height`, with
 * `padding` screen px around it, the zoom held within [minZoom, maxZoom].
 */
export function fitBox(
  box: Box,
  width: number,
  height: number,
  padding: number,
  minZoom: number,
  maxZoom: number,
): { zoom: number; pan: { x: number; y: number } } {
  const w = Math.max(box.x2 - box.x1, 1);
  const h = Math.max(box.y2 - box.y1, 1);
  const zoom = Math.min(
    maxZoom,
    Math.max(
      minZoom,
      Math.min(Math.max(width - 2 * padding, 1) / w, Math.max(height - 2 * padding, 1) / h),
    ),
  );
  return {
    zoom,
    pan: {
      x: width / 2 - zoom * ((box.x1 + box.x2) / 2),
      y: height / 2 - zoom * ((box.y1 + box.y2) / 2),
    },
  };
}
