// The browser tests' read-only hook on `window.__leadnet`: whether the drawing is placed, the
// open document, and where an element is on screen (so a test can click it like a user).
// GraphView imports it lazily, only in a build with the test hook (`import.meta.env.
// LEADNET_TEST_HOOK`, scripts/build-flags.ts) and only in a browser driven by automation
// (`navigator.webdriver`): a user's browser never loads it. CONTRIBUTING "The test hook".
import type { Core, EdgeSingular } from 'cytoscape';
import type { NetworkDocument } from '../../core/document/types';
import { lastStepTransition } from '../present/canvas-view';
import { actorElementId, groupElementId, parseElementId, tieElementId } from './elements';
import { tiesHiddenWhileMoving } from './render-cost';

type ElementKind = 'actor' | 'group' | 'tie';

const elementId = (kind: ElementKind, id: string): string =>
  kind === 'actor' ? actorElementId(id) : kind === 'group' ? groupElementId(id) : tieElementId(id);

/** Puts the hook on `window` for this drawing (replacing the hook of an earlier one). */
export function installTestHook(instance: Core, doc: () => NetworkDocument): void {
  (window as unknown as Record<string, unknown>).__leadnet = {
    ready: true,
    /** The open document as JSON (the browser tests check edits, undo and redo by it). */
    doc: () => JSON.parse(JSON.stringify(doc())) as unknown,
    /** What is selected on the canvas, as element ids (`a:…`, `t:…`, `g:…`). */
    canvasSelection: () => instance.$(':selected').map((e) => e.id()),
    /** How long the last story step's transition was set to last (ms; 0: it jumped). */
    stepTransition: () => lastStepTransition(),
    /** Whether ties and bundles are left out of the drawing while the view moves (render-cost.ts). */
    tiesHiddenWhileMoving: () => tiesHiddenWhileMoving(instance),
    /** How many ties and bundles are drawn. */
    edgesDrawn: () => instance.edges().length,
    screenPosition(kind: ElementKind, id: string) {
      const element = instance.getElementById(elementId(kind, id));
      if (element.empty()) return null;
      const box = instance.container()!.getBoundingClientRect();
      const at = element.isNode()
        ? element.renderedPosition()
        : (element as unknown as EdgeSingular).renderedMidpoint();
      return { x: box.left + at.x, y: box.top + at.y };
    },
    /** Where any drawn element is on screen by its element id (an overview's disc, `ov:g:0`). */
    elementScreenPosition(elementId: string) {
      const element = instance.getElementById(elementId);
      if (element.empty() || !element.visible()) return null;
      const box = instance.container()!.getBoundingClientRect();
      const at = element.isNode()
        ? element.renderedPosition()
        : (element as unknown as EdgeSingular).renderedMidpoint();
      return { x: box.left + at.x, y: box.top + at.y };
    },
    /** The drawing's zoom. */
    zoom: () => instance.zoom(),
    /** The drawn names of the overview's discs, as Cytoscape places them (drawing units). */
    discNameBoxes() {
      return instance
        .nodes('.ov-group')
        .filter((n) => String(n.style('label') ?? '') !== '')
        .map((n) => {
          const b = n.boundingBox({
            includeNodes: false,
            includeEdges: false,
            includeLabels: true,
          });
          return { id: n.id(), x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 };
        });
    },
    /**
     * The overview (issue 14) as drawn: its discs (folded or open), and the actors whose label
     * is drawn now — shown, with text, and not hidden for being too small on screen.
     */
    overview() {
      const zoom = instance.zoom();
      const labelled = instance.nodes('.actor').filter((n) => {
        if (!n.visible() || !String(n.data('label') ?? '')) return false;
        if (parseFloat(n.style('text-opacity')) === 0) return false;
        const onScreen = parseFloat(n.style('font-size')) * zoom;
        return onScreen >= parseFloat(n.style('min-zoomed-font-size'));
      });
      return {
        discs: instance.nodes('.ov-group').map((n) => ({
          id: n.id(),
          label: n.data('label') as string,
          members: n.data('members') as number,
          folded: n.hasClass('ov-folded'),
        })),
        bundles: instance.edges('.ov-bundle').map((e) => e.data('weight') as number),
        /** Each bundle's ends, as element ids (`ov:g:3`, `a:p17`). */
        bundleEnds: instance
          .edges('.ov-bundle')
          .map((e) => [e.data('source') as string, e.data('target') as string]),
        visibleActors: instance.nodes('.actor').filter((n) => n.visible()).length,
        labelled: labelled.map((n) => parseElementId(n.id())?.id ?? n.id()),
      };
    },
    /**
     * A point on screen inside an overview's disc, near its rim, with no person drawn within
     * 14 px (a click there hits the disc, not someone in it); null if there is none.
     */
    ringPoint(elementId: string) {
      const disc = instance.getElementById(elementId);
      if (disc.empty() || !disc.visible()) return null;
      const box = instance.container()!.getBoundingClientRect();
      const c = disc.renderedPosition();
      const r = disc.renderedWidth() / 2;
      const people = instance.nodes('.actor:visible').map((n) => n.renderedPosition());
      for (let k = 0; k < 72; k += 1) {
        const angle = (2 * Math.PI * k) / 72;
        for (const share of [0.93, 0.85, 0.75]) {
          const x = c.x + Math.cos(angle) * r * share;
          const y = c.y + Math.sin(angle) * r * share;
          const inside = x > 0 && y > 0 && x < box.width && y < box.height;
          if (inside && people.every((p) => Math.hypot(p.x - x, p.y - y) > 14))
            return { x: box.left + x, y: box.top + y };
        }
      }
      return null;
    },
    /** A compound's drawn box on screen (to click its padding rather than a child). */
    screenBox(id: string) {
      const element = instance.getElementById(groupElementId(id));
      if (element.empty()) return null;
      const box = instance.container()!.getBoundingClientRect();
      const bb = element.renderedBoundingBox({ includeLabels: false });
      return {
        x1: box.left + bb.x1,
        y1: box.top + bb.y1,
        x2: box.left + bb.x2,
        y2: box.top + bb.y2,
      };
    },
    /** A drawn element's data field (what the view shows beyond the document: fills, fades). */
    viewData(kind: ElementKind, id: string, key: string) {
      const element = instance.getElementById(elementId(kind, id));
      return element.empty() ? undefined : (element.data(key) as unknown);
    },
    /** An actor label's font size on screen, in CSS px. */
    labelPx(id: string) {
      const element = instance.getElementById(actorElementId(id));
      return element.empty() ? null : parseFloat(element.style('font-size')) * instance.zoom();
    },
    /**
     * Every drawn actor (label, shape, the box it is in) and tie (ends, kind class, width): the
     * browser tests compare a network before an export and after its re-import.
     */
    drawn() {
      const ref = (id: string) => parseElementId(id)?.id ?? id;
      return {
        actors: instance.nodes('.actor').map((n) => ({
          id: ref(n.id()),
          label: n.data('label') as string,
          shape: n.style('shape') as string,
          group: (n.parent().data('label') as string | undefined) ?? null,
        })),
        ties: instance.edges('.tie').map((e) => ({
          source: ref(e.source().id()),
          target: ref(e.target().id()),
          kind: e.classes().find((c) => c.startsWith('kind-')) ?? '',
          width: e.data('width') as number,
        })),
      };
    },
    /** How many actors are drawn, and how many of them sit exactly at the origin (unplaced). */
    placement() {
      const actors = instance.nodes('.actor');
      return {
        actors: actors.length,
        atOrigin: actors.filter((n) => n.position('x') === 0 && n.position('y') === 0).length,
      };
    },
  };
}
