// While the view moves (a drag that pans, a wheel or pinch that zooms), a drawing with many ties
// draws its people, boxes and discs only, and its ties again the moment it stops (Cytoscape's
// `hideEdgesOnViewport`, as sigma.js's `hideEdgesOnMove`). At 5,000 people the overview's
// 1,000 bundles cost most of each frame in a software-rendered browser: with them left out while
// moving, panning and zooming run at the screen's rate (docs/overview.md has the figures; the
// other large-drawing options are in render-cost.ts). Small drawings (the example's 45 people and
// ~100 ties) keep their ties in view all the time.
import type { Core } from 'cytoscape';

/** Above this many ties and bundles drawn, they are left out while the view moves. */
export const MOVING_TIES_LIMIT = 500;

/** The part of Cytoscape's canvas renderer read at every frame (cytoscape ~3.35, pinned). */
interface CanvasRenderer {
  hideEdgesOnViewport?: boolean;
}

/** Whether ties are left out while the view moves now; null for a headless instance. */
export function tiesHiddenWhileMoving(cy: Core): boolean | null {
  const renderer = rendererOf(cy);
  return renderer ? renderer.hideEdgesOnViewport === true : null;
}

/**
 * Keeps the choice up to date: counted again, once, at the first move after elements came or
 * went (an overview's bundles come a frame at a time; counting on each would cost more than it
 * saves). Returns the detach.
 */
export function hideTiesWhileMoving(cy: Core, limit = MOVING_TIES_LIMIT): () => void {
  let counted = false;
  const changed = () => {
    counted = false;
  };
  const moved = () => {
    if (counted) return;
    counted = true;
    const renderer = rendererOf(cy);
    if (renderer) renderer.hideEdgesOnViewport = cy.edges().length > limit;
  };
  cy.on('add remove', changed);
  cy.on('viewport', moved);
  return () => {
    cy.removeListener('add remove', changed);
    cy.removeListener('viewport', moved);
  };
}

function rendererOf(cy: Core): CanvasRenderer | null {
  // A headless instance (Node, the tests) has a renderer without the field: nothing to choose.
  const renderer = (cy as unknown as { renderer(): CanvasRenderer | undefined }).renderer();
  return renderer && 'hideEdgesOnViewport' in renderer ? renderer : null;
}
