// What drawing costs, kept low for big networks (issue 14; measured with scripts/profile-open.ts
// and `npm run bench -- browser`).
//
// A cheaper Cytoscape `dirtyStyleCache`, same effect. Cytoscape (3.35) calls it for every style
// property it applies to an element — about a hundred per element the first time it is styled —
// and in a drawing with compound nodes (our team boxes) each call built four collections (the
// element, its descendants, its ancestors, the edges of all these) only to set a field to null on
// each. Opening 5,000 people in 500 teams spent ~4 s there plus the garbage it left
// (scripts/profile-open.ts). This walks the same elements through Cytoscape's own links
// (`_private.children`, `.parent`, `.edges`) without allocating; test/ui/style-cache.test.ts
// checks it clears exactly what the original clears.
//
// Above LARGE_DRAWING_ACTORS the renderer draws one canvas pixel per CSS pixel (a high-density
// screen would draw four times as many), set on the running renderer since the drawing is made
// once, with the example, and a big file is opened into it later. Smaller networks are drawn as
// before. Ties are left out while the view moves (`hideTiesWhileMoving`, Cytoscape's
// `hideEdgesOnViewport`, as sigma.js's `hideEdgesOnMove`) when more than MOVING_TIES_LIMIT are
// drawn; the example's ~100 stay in view. Measured again once the overview drew 500 discs and
// at most 1,000 bundles instead of 5,000 people,
// pan/zoom went from 30 to 55–60 frames/s, and with everyone drawn (Open all) from 5 to 9 (it had
// measured 5 → 1 when every person was drawn and the ties hidden by style, before the overview).
// `textureOnViewport` draws the whole network, not only what is in view, into a snapshot at the
// start of every gesture: 30 frames/s with frames of 300–400 ms, left off; motion blur is off by
// default.
import type { Collection, Core } from 'cytoscape';

interface Private {
  group: 'nodes' | 'edges';
  data: { parent?: string };
  source?: Element;
  target?: Element;
  styleCache: unknown;
  parent?: Element | null;
  children?: Element[];
  edges?: Element[];
}
interface Element {
  _private: Private;
}
type Patched = {
  dirtyStyleCache(this: Collection): Collection;
  parents(this: Collection, selector?: string): Collection;
  zDepth(this: Collection): number | undefined;
  spawn(this: Collection, elements: Element[], unique: boolean): Collection;
  leadnetPatched?: true;
};

function clearNode(node: Element): void {
  node._private.styleCache = null;
  for (const edge of node._private.edges ?? []) edge._private.styleCache = null;
}

export function dirtyStyleCache(this: Collection): Collection {
  const compound = (this as unknown as { cy(): { hasCompoundNodes(): boolean } })
    .cy()
    .hasCompoundNodes();
  const eles = this as unknown as ArrayLike<Element>;
  for (let i = 0; i < eles.length; i += 1) {
    const ele = eles[i]!;
    if (ele._private.group === 'edges') {
      ele._private.styleCache = null;
      continue;
    }
    clearNode(ele);
    if (!compound) continue;
    for (let up = ele._private.parent; up; up = up._private.parent) clearNode(up);
    const below = [...(ele._private.children ?? [])];
    for (let child = below.pop(); child; child = below.pop()) {
      clearNode(child);
      below.push(...(child._private.children ?? []));
    }
  }
  return this;
}

/**
 * `parents()` of one element, for the same result with one collection instead of one per level
 * (Cytoscape asks it while sorting every element by depth and for every element's visibility,
 * ~3 s of the same 5,000-person opening); several elements go to Cytoscape's own.
 */
export function cheapParents(
  original: Patched['parents'],
): (this: Collection, selector?: string) => Collection {
  return function parents(this: Collection, selector?: string) {
    if (this.length !== 1) return original.call(this, selector);
    const chain: Element[] = [];
    const start = (this as unknown as ArrayLike<Element>)[0]!;
    for (let up = start._private.parent; up; up = up._private.parent) chain.push(up);
    const found = (this as unknown as Patched).spawn.call(this, chain, true);
    return selector === undefined ? found : found.filter(selector);
  };
}

/** A node's drawing depth as Cytoscape's `zDepth` has it: nodes without children on top. */
function nodeDepth(node: Element): number {
  const p = node._private;
  if (!p.children?.length) return Number.MAX_SAFE_INTEGER - 1;
  let depth = 0;
  if (p.data.parent !== undefined && p.data.parent !== null)
    for (let up = p.parent; up; up = up._private.parent) depth += 1;
  return depth;
}

/**
 * Cytoscape's `zDepth` (asked twice per comparison while sorting every element for drawing, at
 * every frame that added elements) without building a collection of ancestors each time.
 */
export function zDepth(this: Collection): number | undefined {
  const ele = (this as unknown as ArrayLike<Element>)[0];
  if (!ele) return undefined;
  const p = ele._private;
  if (p.group === 'nodes') return nodeDepth(ele);
  return Math.max(nodeDepth(p.source!), nodeDepth(p.target!), 0);
}

/** Puts the cheaper functions on Cytoscape's collections (once; later calls do nothing). */
export function useCheapStyleCache(cy: Core): void {
  const proto = Object.getPrototypeOf(cy.collection()) as Patched;
  if (proto.leadnetPatched) return;
  proto.dirtyStyleCache = dirtyStyleCache;
  proto.parents = cheapParents(proto.parents);
  proto.zDepth = zDepth;
  proto.leadnetPatched = true;
}

/** From this many actors a drawing is large: straight ties, one canvas pixel per CSS pixel. */
export const LARGE_DRAWING_ACTORS = 1000;

/** The fields of Cytoscape's canvas renderer we set; it reads them at every frame (~3.35, pinned). */
interface CanvasRenderer {
  forcedPixelRatio: number | null;
  hideEdgesOnViewport: boolean;
}

/** The drawing's canvas renderer; null for a headless instance (Node, the tests), which has none. */
function canvasRenderer(cy: Core): CanvasRenderer | null {
  const renderer = (cy as unknown as { renderer(): object | undefined }).renderer();
  return renderer && 'hideEdgesOnViewport' in renderer ? (renderer as CanvasRenderer) : null;
}

/** One canvas pixel per CSS pixel for a large drawing; the screen's density otherwise. */
export function setLargeDrawing(cy: Core, large: boolean): void {
  const renderer = canvasRenderer(cy);
  if (!renderer || (renderer.forcedPixelRatio === 1) === large) return;
  renderer.forcedPixelRatio = large ? 1 : null;
  cy.resize(); // the canvases take the new pixel ratio
}

/** Above this many ties and bundles drawn, they are left out while the view moves. */
export const MOVING_TIES_LIMIT = 500;

/** Whether ties are left out while the view moves now; null for a headless instance. */
export function tiesHiddenWhileMoving(cy: Core): boolean | null {
  const renderer = canvasRenderer(cy);
  return renderer ? renderer.hideEdgesOnViewport === true : null;
}

/**
 * Keeps that choice up to date: counted again, once, at the first move after elements came or
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
    const renderer = canvasRenderer(cy);
    if (renderer) renderer.hideEdgesOnViewport = cy.edges().length > limit;
  };
  cy.on('add remove', changed);
  cy.on('viewport', moved);
  return () => {
    cy.removeListener('add remove', changed);
    cy.removeListener('viewport', moved);
  };
}
