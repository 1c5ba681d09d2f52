// The overview's geometry, without Cytoscape (overview.ts draws it): the sizes of discs and
// bundles for a zoom, where names go and which are left out, whom a drawing leaves out, and the
// box round what is drawn. Pure, so a unit test reads it directly.
import type { NetworkDocument } from '../../core/document/types';
import { type Bundle, type Disc, type Unit, undirectedPairs } from '../../core/layout/overview';
import type { Omitted } from './elements';

/** A group's disc's element id. */
export const discId = (g: number) => `ov:g:${g}`;

/**
 * Bundles as Cytoscape edges between their ends' element ids (`end`), sized for `zoom`, the
 * heaviest first (they are drawn in the first frames).
 */
export function bundleElements(bundles: readonly Bundle[], end: (u: Unit) => string, zoom: number) {
  return bundles
    .map((b) => ({
      group: 'edges' as const,
      data: {
        id: `ov:e:${end(b.a)}|${end(b.b)}`,
        source: end(b.a),
        target: end(b.b),
        weight: b.weight,
        width: bundleWidth(b.weight, zoom),
      },
      classes: 'ov-bundle',
      selectable: false,
    }))
    .sort((a, b) => b.data.weight - a.data.weight);
}

/** Names readable on screen at any zoom, in CSS px; the discs' names a little larger. */
export const NAME_PX = 13;
export const DISC_NAME_PX = 14;
/** The rim of an open group's ring, beyond its people, in CSS px: where a click folds it. */
export const RIM_PX = 22;
/** How far the zoom may stray from the one discs and bundles are sized for (either way). */
export const ZOOM_BAND = 1.5;

/** A disc's sizes for a zoom (data its style reads: overview-style.ts). */
export function discSizes(diameter: number, open: boolean, zoom: number) {
  return {
    // An open ring has a rim of RIM_PX on screen beyond its people: the place to click.
    ring: diameter + (open ? (2 * RIM_PX) / zoom : 0),
    border: 2 / zoom,
    fontPx: DISC_NAME_PX / zoom,
    textMax: Math.max(diameter * 0.9, 110 / zoom),
  };
}

/** A bundle's width for a zoom: 1.5 px on screen for one tied pair, growing with log₂, at most 10. */
export const bundleWidth = (weight: number, zoom: number) =>
  Math.min(10, 1.5 + 1.5 * Math.log2(Math.max(1, weight))) / zoom;

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Whether a box overlaps any of others. */
export const overlapsAny = (a: Box, boxes: readonly Box[]) =>
  boxes.some((b) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2);

/**
 * How wide a text is in a font of size 1 (times the size: its width on the drawing). In the page a
 * real measure (text-width.ts); elsewhere `estimateWidth`.
 */
export type TextWidth = (text: string) => number;

/** An estimate on the wide side: a bold system sans's glyphs are ~0.55–0.7 of the size wide. */
export const estimateWidth: TextWidth = (text) => Array.from(text).length * 0.68;

/**
 * A label's lines as Cytoscape wraps it (`text-wrap: wrap`): words joined while the line fits in
 * `max`; a word longer than `max` stands alone on its line. Returns the count and the widest.
 */
export function wrapLines(
  text: string,
  px: number,
  max: number,
  width: TextWidth = estimateWidth,
): { lines: number; widest: number } {
  const words = text.split(/\s+/).filter(Boolean);
  const space = width(' ') * px;
  let lines = 0;
  let widest = 0;
  let line = -1; // the current line's width; -1: none started
  for (const word of words) {
    const w = width(word) * px;
    if (line >= 0 && line + space + w <= max) line += space + w;
    else {
      if (line >= 0) widest = Math.max(widest, line);
      lines += 1;
      line = w;
    }
  }
  if (line >= 0) widest = Math.max(widest, line);
  return { lines: Math.max(lines, 1), widest };
}

/**
 * Where a label is drawn, from its lines (`wrapLines`): centred on `at`, or below it by `below`,
 * wrapped at `max`, with its background's margin round it (~2 px on screen for a 14 px name).
 */
export function labelBox(
  at: { x: number; y: number },
  text: string,
  px: number,
  max: number,
  below: number,
  width: TextWidth = estimateWidth,
): Box {
  const { lines, widest } = wrapLines(text, px, max, width);
  const pad = px * 0.15;
  const height = lines * px * 1.25 + 2 * pad;
  const top = below > 0 ? at.y + below : at.y - height / 2;
  return { x1: at.x - widest / 2 - pad, x2: at.x + widest / 2 + pad, y1: top, y2: top + height };
}

/** A disc as name placement needs it. */
export interface NamedDisc {
  id: string;
  at: { x: number; y: number };
  label: string;
  members: number;
  folded: boolean;
  textMax: number;
}

/**
 * Which folded discs' names are left out at a zoom: the larger discs first, each name left out if
 * it would cover one already placed. Returns those left out and the boxes of those drawn.
 */
export function placeDiscNames(
  discs: readonly NamedDisc[],
  zoom: number,
  width: TextWidth = estimateWidth,
): { hidden: Set<string>; boxes: Box[] } {
  const hidden = new Set<string>();
  const boxes: Box[] = [];
  const order = discs.filter((d) => d.folded).sort((a, b) => b.members - a.members);
  for (const disc of order) {
    const box = labelBox(disc.at, disc.label, DISC_NAME_PX / zoom, disc.textMax, 0, width);
    if (overlapsAny(box, boxes)) hidden.add(disc.id);
    else boxes.push(box);
  }
  return { hidden, boxes };
}

/**
 * Whom the drawing leaves out: the people `folded` says are in a folded group, and the boxes of
 * the document's groups whose every person is left out (a box with no one in it drawn would be
 * empty; a group with no one in it at all is still drawn, as without an overview).
 */
export function omittedPeople(doc: NetworkDocument, folded: (actorId: string) => boolean): Omitted {
  const actors = new Set<string>();
  for (const actor of doc.actors) if (folded(actor.id)) actors.add(actor.id);
  const parentOf = new Map(doc.groups.map((g) => [g.id, g.parent]));
  const withPeople = new Set<string>();
  const withDrawn = new Set<string>();
  for (const actor of doc.actors) {
    const drawn = !actors.has(actor.id);
    const seen = new Set<string>(); // a cycle in an unchecked file must not loop
    for (let at = actor.group; at !== undefined && !seen.has(at); at = parentOf.get(at)) {
      seen.add(at);
      withPeople.add(at);
      if (drawn) withDrawn.add(at);
    }
  }
  const groups = new Set([...withPeople].filter((id) => !withDrawn.has(id)));
  return { actors, groups };
}

/** The box round discs and people (a shape's room round each person), or null if none. */
export function boundsOf(
  discs: readonly Disc[],
  people: readonly { x: number; y: number }[],
): Box | null {
  let x1 = Infinity,
    y1 = Infinity,
    x2 = -Infinity,
    y2 = -Infinity;
  const take = (x: number, y: number, r: number) => {
    x1 = Math.min(x1, x - r);
    y1 = Math.min(y1, y - r);
    x2 = Math.max(x2, x + r);
    y2 = Math.max(y2, y + r);
  };
  for (const d of discs) take(d.x, d.y, d.r);
  for (const p of people) take(p.x, p.y, 17);
  return Number.isFinite(x1) ? { x1, y1, x2, y2 } : null;
}

/** Pairs of tied people as indices of the overview's actor ids (people added since: left out). */
export function pairsByIds(doc: NetworkDocument, ids: string[]): Int32Array {
  const present = new Map(doc.actors.map((a) => [a.id, a]));
  // The same document, narrowed to the overview's people, in the overview's order.
  const narrowed = {
    ...doc,
    actors: ids.map((id) => present.get(id) ?? { id }),
  } as NetworkDocument;
  return undirectedPairs(narrowed);
}
