// Labels readable whatever the zoom: below a zoom of 1 the font grows so text stays at least
// LABEL_MIN_PX on screen (a projector at 1280×720 shows the whole network at ~0.4). Projection
// mode makes them larger still, and keeps ties and shapes a visible size (canvas-view.ts).
import type { Core } from 'cytoscape';
import { projectionLabelPx, projectionSizes } from '../present/canvas-view';

const LABEL_MIN_PX = { actor: 12.5, group: 14 };
const LABEL_BASE_PX = { actor: 15, group: 17 };
/** Above this many actors labels keep their base size and hide when too small to read. */
const LABEL_SCALE_MAX_ACTORS = 200;

/** Sizes a drawing's labels for its zoom; writes the stylesheet only when they change. */
export class LabelSizer {
  #applied = '';
  /**
   * How many actors the drawing is for, when known (the document's): a large network added a
   * chunk at a time is crowded from its first chunk, so its labels are sized before its elements
   * come rather than by restyling all of them after.
   */
  actors: number | null = null;

  /** The next `scale` writes the sizes even if unchanged (the stylesheet was replaced). */
  reset(): void {
    this.#applied = '';
  }

  scale(instance: Core, projection: boolean, zoom = instance.zoom()): void {
    const crowded = (this.actors ?? instance.nodes('.actor').length) > LABEL_SCALE_MAX_ACTORS;
    // In a crowded drawing grown labels would cover each other: keep them at their base size,
    // and let Cytoscape hide them until the user zooms in (min-zoomed-font-size).
    const grow = (base: number, min: number) =>
      crowded ? base : Math.min(base * (projection ? 12 : 6), Math.max(base, min / zoom));
    // Projection: labels readable from the back of the room (canvas-view.ts projectionLabelPx).
    const least = projection ? projectionLabelPx() : LABEL_MIN_PX;
    const actor = grow(LABEL_BASE_PX.actor, least.actor);
    const group = grow(LABEL_BASE_PX.group, least.group);
    // A style update re-applies the whole stylesheet (hundreds of ms at a few thousand
    // elements): skip it when the sizes have not changed by a visible amount.
    // Projection: ties and shapes keep a visible size on screen whatever the zoom.
    const sizes = projection ? projectionSizes(zoom) : null;
    const key = `${crowded}:${actor.toFixed(1)}:${group.toFixed(1)}:${sizes?.key ?? ''}`;
    if (key === this.#applied) return;
    this.#applied = key;
    const sheet = instance.style();
    if (sizes)
      sheet.selector('edge.tie').style(sizes.ties).selector('node.actor').style(sizes.actors);
    sheet
      .selector('node.actor')
      .style({
        'font-size': actor,
        'text-max-width': `${(90 * actor) / LABEL_BASE_PX.actor}px`,
        'min-zoomed-font-size': crowded ? 9 : 0,
      })
      .selector('node.group')
      .style({ 'font-size': group, 'min-zoomed-font-size': crowded ? 9 : 0 })
      .update();
  }
}
