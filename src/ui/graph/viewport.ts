// Where the drawing is on screen: fitting it to the view, and the point a new element goes to.
import type { Core } from 'cytoscape';
import { groupElementId } from './elements';

/**
 * Fits the drawing to the screen. Labels are left out of the bounds: they keep a readable size on
 * screen whatever the zoom (label-size.ts), so fitting to them would shrink the zoom, grow the
 * labels and shrink the zoom again at every fit. The caller sizes the labels after.
 */
export function fitDrawing(cy: Core): void {
  cy.resize(); // the container may have changed size (a panel opened) before the observer says so
  fitBox(cy, cy.elements().boundingBox({ includeLabels: false, includeOverlays: false }));
}

/**
 * Shows a box of the drawing (drawing coordinates) fitted to the screen, centred above `below`
 * screen px kept free at the bottom (a line drawn over the drawing there).
 */
export function fitBox(
  cy: Core,
  box: { x1: number; y1: number; x2: number; y2: number },
  below = 0,
): void {
  const zoom = fitZoom(cy, box.x2 - box.x1, box.y2 - box.y1, below);
  cy.viewport({
    zoom,
    pan: {
      x: (cy.width() - zoom * (box.x1 + box.x2)) / 2,
      y: (cy.height() - below - zoom * (box.y1 + box.y2)) / 2,
    },
  });
}

/**
 * The zoom at which a drawing `w` × `h` wide fits the screen, with a margin for labels, above
 * `below` screen px kept free at the bottom (a line drawn over the drawing there).
 */
export function fitZoom(cy: Core, w: number, h: number, below = 0): number {
  const margin = 48; // screen px around the drawing, room for the labels at the edges
  return Math.min(
    cy.maxZoom(),
    Math.max(
      cy.minZoom(),
      Math.min(
        (cy.width() - 2 * margin) / Math.max(w, 1),
        (cy.height() - below - 2 * margin) / Math.max(h, 1),
      ),
    ),
  );
}

/** The centre of a group's box, or of the view without one, in drawing coordinates. */
export function centreOfView(cy: Core, groupId?: string): { x: number; y: number } {
  const box = groupId === undefined ? null : cy.getElementById(groupElementId(groupId));
  if (box && box.nonempty() && !box.isChildless()) {
    const bb = box.boundingBox({ includeLabels: false });
    return { x: (bb.x1 + bb.x2) / 2, y: (bb.y1 + bb.y2) / 2 };
  }
  const pan = cy.pan();
  const zoom = cy.zoom();
  return { x: (cy.width() / 2 - pan.x) / zoom, y: (cy.height() / 2 - pan.y) / zoom };
}
