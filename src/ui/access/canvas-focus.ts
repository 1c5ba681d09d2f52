// Keyboard operation of the Cytoscape drawing: while the drawing has the keyboard focus, the
// arrow keys move a focus ring between actors (the nearest one that way on screen), Home and End
// go to the first and last in reading order, Enter or Space selects the actor (the inspector
// opens). A big network's overview (graph/overview.ts) puts its folded discs among them: Enter
// opens one, as a click does, and the focus goes to the person drawn nearest its centre. Tab
// leaves the drawing as from any control: nothing is trapped. The ring shows only for keyboard
// focus, never after a mouse click.
import type { Core, NodeSingular } from 'cytoscape';
import { actorElementId, parseElementId } from '../graph/elements';
import { ARROW_DIRECTIONS, type Point, nearestInDirection, readingOrder } from './canvas-keys';
import { prefersReducedMotion } from './motion';

/**
 * The ring: a few px outside the shape, in a blue with ≥ 3:1 contrast on the white canvas and
 * on a team's pale box. Set as a style bypass on the one node, so a new stylesheet (projection
 * mode replaces it) never drops it.
 */
const RING = {
  'outline-width': 7,
  'outline-color': '#0b5394',
  'outline-opacity': 1,
  'outline-offset': 3,
  'outline-style': 'solid',
};
const RING_PROPERTIES = Object.keys(RING).join(' ');

export interface CanvasKeysOptions {
  /** False while the keys belong to someone else (the presenter walks the story with them). */
  active(): boolean;
  /** The selected actor's id, if one is: the focus starts there. */
  selectedActor(): string | null;
  select(actorId: string): void;
  /** Says where the focus is, or what was selected, to screen readers (a live region). */
  announce(actorId: string, selected: boolean): void;
  /** Said when the drawing is focused with no actor in it. */
  announceEmpty(): void;
  /** Says which folded disc of an overview the focus is on (its name, its people). */
  announceDisc(name: string, members: number): void;
}

/** An overview's folded disc (overview.ts): focusable, opened by Enter. */
const isDisc = (n: NodeSingular) => n.hasClass('ov-group') && n.hasClass('ov-folded');

/** Binds the keys to the drawing's container; returns an unbinder. */
export function attachCanvasKeys(
  cy: Core,
  container: HTMLElement,
  options: CanvasKeysOptions,
): () => void {
  let focused: string | null = null;

  const actors = () => cy.nodes('.actor:visible, .ov-group.ov-folded');
  const points = (): Point[] =>
    actors().map((n) => {
      const at = n.renderedPosition();
      return { id: n.id(), x: at.x, y: at.y };
    });
  const node = (elementId: string | null): NodeSingular | null => {
    if (elementId === null) return null;
    const n = cy.getElementById(elementId);
    return n.nonempty() && n.isNode() && (n.hasClass('actor') || isDisc(n)) ? n : null;
  };

  let ringed: NodeSingular | null = null;
  function clearRing() {
    if (ringed && !ringed.removed()) ringed.removeStyle(RING_PROPERTIES);
    ringed = null;
  }

  function show(elementId: string | null) {
    clearRing();
    focused = elementId;
    const n = node(elementId);
    if (!n) return;
    // At least 5 px on screen however far the drawing is zoomed out.
    const scale = Math.max(1, 5 / 7 / cy.zoom());
    n.style({
      ...RING,
      'outline-width': RING['outline-width'] * scale,
      'outline-offset': RING['outline-offset'] * scale,
    });
    ringed = n;
    keepInView(n);
    if (isDisc(n)) return options.announceDisc(String(n.data('label')), Number(n.data('members')));
    const ref = parseElementId(n.id());
    if (ref) options.announce(ref.id, false);
  }

  /** Pans to an actor outside the visible part of the drawing (at once with reduced motion). */
  function keepInView(n: NodeSingular) {
    const at = n.renderedPosition();
    const margin = 30;
    if (
      at.x >= margin &&
      at.y >= margin &&
      at.x <= cy.width() - margin &&
      at.y <= cy.height() - margin
    )
      return;
    cy.stop();
    cy.animate({ center: { eles: n } }, { duration: prefersReducedMotion() ? 0 : 200 });
  }

  /** Where the focus starts: the selected actor, else the first in reading order. */
  function start(): string | null {
    const selected = options.selectedActor();
    if (selected !== null && node(actorElementId(selected))) return actorElementId(selected);
    return readingOrder(points())[0]?.id ?? null;
  }

  const onFocus = () => {
    // A mouse click focuses the container too: the ring is for the keyboard only.
    if (!container.matches(':focus-visible') || !options.active()) return;
    if (actors().empty()) return options.announceEmpty();
    show(node(focused) ? focused : start());
  };
  const onBlur = () => clearRing();
  const onKeydown = (event: KeyboardEvent) => {
    if (event.target !== container || event.altKey || event.ctrlKey || event.metaKey) return;
    if (!options.active()) return clearRing();
    const direction = ARROW_DIRECTIONS.get(event.key);
    const current = node(focused) ? focused : null;
    if (direction) {
      event.preventDefault();
      const all = points();
      const from = all.find((p) => p.id === current);
      const next = from ? nearestInDirection(from, all, direction) : null;
      if (!from) show(start());
      else if (next) show(next.id);
      else if (from) show(from.id); // nothing that way: stay, and say where the focus is
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      const order = readingOrder(points());
      show((event.key === 'Home' ? order[0] : order[order.length - 1])?.id ?? null);
    } else if (event.key === 'Enter' || event.key === ' ') {
      const disc = node(current);
      if (disc && isDisc(disc)) {
        // Opened as by a click (the overview redraws at once); the focus goes to its people.
        event.preventDefault();
        const at = disc.position();
        disc.emit('tap');
        const nearest = cy
          .nodes('.actor:visible')
          .min((n) => Math.hypot(n.position('x') - at.x, n.position('y') - at.y));
        show(nearest.ele ? nearest.ele.id() : start());
        return;
      }
      const ref = current === null ? null : parseElementId(current);
      if (!ref) return;
      event.preventDefault();
      options.select(ref.id);
      options.announce(ref.id, true);
    }
  };

  container.addEventListener('focus', onFocus);
  container.addEventListener('blur', onBlur);
  container.addEventListener('keydown', onKeydown);
  return () => {
    container.removeEventListener('focus', onFocus);
    container.removeEventListener('blur', onBlur);
    container.removeEventListener('keydown', onKeydown);
  };
}
