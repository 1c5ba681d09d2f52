// The one place where Cytoscape is synced from the document: a keyed diff inside cy.batch(),
// so an edit touches only the elements it changed and positions follow the document. New
// elements can be added, and nodes moved (a layout's result), a chunk at a time (`chunk`):
// Cytoscape styles and measures what changed at its next frame, and 17,000 elements at once
// (5,000 people) froze the page for seconds; the caller does the rest with `more()`, one chunk a
// frame (GraphView).
import type { Core, ElementDefinition, NodeSingular } from 'cytoscape';
import type { NetworkDocument } from '../../core/document/types';
import { type Omitted, actorElementId, toElements } from './elements';
import { isOverviewElement } from './overview-style';
import { LARGE_DRAWING_ACTORS, setLargeDrawing, useCheapStyleCache } from './render-cost';

export interface SyncReport {
  added: number;
  removed: number;
  updated: number;
  /** Actors the document gives no position: they need a layout. */
  unplaced: number;
  /** New elements not added yet (counted in `added`) and nodes not moved yet: `more()` does them. */
  pending: number;
}

export interface Sync {
  report: SyncReport;
  /**
   * Adds the next chunk of new elements (then moves the next chunk of nodes), in one cy.batch,
   * and returns how many are still to add or move. Only for the document it was made for, before any other sync of the same drawing.
   */
  more(): number;
}

/** Whether the drawn data has the definition's values (other keys, such as a measure's size, are the view's). */
const sameData = (drawn: Record<string, unknown>, def: Record<string, unknown>) =>
  Object.keys(def).every((k) => k === 'parent' || drawn[k] === def[k]);

/** A node's parent is set with move(), never through data(). */
function withoutParent(data: ElementDefinition['data']): ElementDefinition['data'] {
  const { parent: _parent, ...rest } = data;
  return rest as ElementDefinition['data'];
}

export interface SyncOptions {
  /** New elements added now; the rest by `more()` (default: all now). */
  chunk?: number;
  /** A large drawing: ties drawn straight (elements.ts). */
  large?: boolean;
  /** People and boxes left out of the drawing (an overview's folded groups), and their ties. */
  omit?: Omitted | null;
}

export function syncDocument(
  cy: Core,
  doc: NetworkDocument,
  { chunk = Infinity, large = false, omit = null }: SyncOptions = {},
): Sync {
  const defs = toElements(doc, { straightTies: large, omit });
  const wanted = new Map<string, ElementDefinition>();
  for (const def of defs) wanted.set(def.data.id as string, def);
  const report: SyncReport = { added: 0, removed: 0, updated: 0, unplaced: 0, pending: 0 };
  const placedAt = new Map<string, { x: number; y: number }>();
  for (const actor of doc.actors)
    if (actor.position) placedAt.set(actorElementId(actor.id), actor.position);
  /** New elements, nodes (parents first) before edges: added `chunk` at a time. */
  const toAdd: ElementDefinition[] = [];
  let next = 0;
  const addChunk = () => {
    const end = Math.min(toAdd.length, next + chunk);
    if (end > next) cy.add(toAdd.slice(next, end));
    next = end;
    return toAdd.length - next;
  };

  /** Nodes the document has elsewhere (a layout's result): moved `chunk` at a time, after the adds. */
  const moves: [NodeSingular, { x: number; y: number }][] = [];
  let moved = 0;
  const moveChunk = () => {
    const end = Math.min(moves.length, moved + chunk);
    for (; moved < end; moved += 1) {
      const [node, at] = moves[moved]!;
      node.position({ x: at.x, y: at.y });
    }
  };

  cy.batch(() => {
    // Edges whose endpoints changed cannot be updated in place: remove and re-add them.
    cy.edges().forEach((edge) => {
      if (isOverviewElement(edge.id())) return; // overview (issue 14): the view's own bundles
      const def = wanted.get(edge.id());
      if (
        !def ||
        def.data.source !== edge.data('source') ||
        def.data.target !== edge.data('target')
      ) {
        edge.remove();
        report.removed += 1;
      }
    });
    const nodeDefs = defs.filter((d) => d.group === 'nodes');
    // New nodes go in with their parent, parents first, in one cy.add: moving each node into
    // its parent afterwards re-creates it and made opening a 600-actor file block for ~1 s.
    const missing = new Set(
      nodeDefs
        .filter((d) => cy.getElementById(d.data.id as string).empty())
        .map((d) => d.data.id as string),
    );
    const queued = new Set<string>();
    /** Nodes added with their definition's parent. */
    const fresh = new Set<string>();
    const add = (def: ElementDefinition) => {
      const id = def.data.id as string;
      queued.add(id);
      const parent = def.data.parent as string | undefined;
      const parentReady =
        parent !== undefined && (queued.has(parent) || cy.getElementById(parent).nonempty());
      if (parentReady || parent === undefined) fresh.add(id);
      const at = placedAt.get(id);
      toAdd.push({
        group: 'nodes',
        data: parentReady ? def.data : withoutParent(def.data),
        classes: def.classes,
        ...(at ? { position: { x: at.x, y: at.y } } : {}),
      });
    };
    /** Adds a node after its missing ancestors, walking up the chain without recursion. */
    const queue = (def: ElementDefinition) => {
      const chain: ElementDefinition[] = [];
      const inChain = new Set<string>(); // a cycle in an unchecked file must not loop
      for (
        let at: ElementDefinition | undefined = def;
        at !== undefined && !queued.has(at.data.id as string) && !inChain.has(at.data.id as string);
      ) {
        chain.push(at);
        inChain.add(at.data.id as string);
        const parent = at.data.parent as string | undefined;
        at = parent !== undefined && missing.has(parent) ? wanted.get(parent) : undefined;
      }
      for (let k = chain.length - 1; k >= 0; k -= 1) add(chain[k]!);
    };
    for (const def of nodeDefs) if (missing.has(def.data.id as string)) queue(def);
    const newNodes = toAdd.length;
    addChunk();
    for (const def of nodeDefs) {
      // Nodes added just now are already as the definition says: checking them again would
      // build several Cytoscape collections each.
      if (fresh.has(def.data.id as string)) continue;
      let node = cy.getElementById(def.data.id as string) as NodeSingular;
      if (node.empty()) continue; // in a later chunk
      const parent = (def.data.parent as string | undefined) ?? null;
      const current = node.parent().nonempty() ? node.parent().first().id() : null;
      if (parent !== current) node = node.move({ parent }) as unknown as NodeSingular;
      if (!sameData(node.data(), def.data)) {
        node.data(withoutParent(def.data));
        report.updated += 1;
      }
      if ((node.classes() as unknown as string[]).join(' ') !== def.classes)
        node.classes(def.classes as string);
    }
    cy.nodes().forEach((node) => {
      // overview (issue 14): its discs (`ov:`) are the view's own, not the document's.
      if (!wanted.has(node.id()) && node.inside() && !isOverviewElement(node.id())) {
        // Children still wanted were moved out above; what is left goes with it.
        report.removed += node.descendants().length + 1;
        node.remove();
      }
    });
    for (const def of defs) {
      if (def.group !== 'edges') continue;
      const edge = cy.getElementById(def.data.id as string);
      if (edge.empty()) {
        toAdd.push(def);
        continue;
      }
      if (!sameData(edge.data(), def.data)) {
        edge.data(def.data);
        report.updated += 1;
      }
      if ((edge.classes() as unknown as string[]).join(' ') !== def.classes)
        edge.classes(def.classes as string);
    }
    // Edges go in once their nodes are in (the first chunk, when it holds every new node).
    if (next === newNodes) addChunk();
    report.added = toAdd.length;
    for (const actor of doc.actors) {
      if (!actor.position) {
        report.unplaced += 1;
        continue;
      }
      const node = cy.getElementById(actorElementId(actor.id));
      if (node.empty()) continue; // still to add, with its position
      const at = node.position();
      if (at.x !== actor.position.x || at.y !== actor.position.y)
        moves.push([node, actor.position]);
    }
    if (chunk === Infinity) moveChunk();
  });
  const left = () => toAdd.length - next + moves.length - moved;
  report.pending = left();
  return {
    report,
    more: () => {
      cy.batch(() => (next < toAdd.length ? addChunk() : moveChunk()));
      return left();
    },
  };
}

/**
 * Whether `after` is another network rather than an edit of `before`: most of its people and ties
 * (by id) are not in `before` — the first drawing, an import, a network opened from the library.
 */
export function mostlyNew(before: NetworkDocument | null, after: NetworkDocument): boolean {
  if (!before) return true;
  const actors = new Set(before.actors.map((a) => a.id));
  const ties = new Set(before.ties.map((t) => t.id));
  let kept = 0;
  for (const actor of after.actors) if (actors.has(actor.id)) kept += 1;
  for (const tie of after.ties) if (ties.has(tie.id)) kept += 1;
  return (
    after.actors.length + after.ties.length - kept > (after.actors.length + after.ties.length) / 2
  );
}

/** Positions of the actor nodes as drawn, for the actors whose drawn position differs from the document. */
export function movedActors(
  cy: Core,
  doc: NetworkDocument,
): { id: string; position: { x: number; y: number } }[] {
  const moves: { id: string; position: { x: number; y: number } }[] = [];
  for (const actor of doc.actors) {
    const node = cy.getElementById(actorElementId(actor.id));
    if (node.empty()) continue;
    const { x, y } = node.position();
    if (
      !actor.position ||
      Math.abs(actor.position.x - x) > 1e-6 ||
      Math.abs(actor.position.y - y) > 1e-6
    ) {
      moves.push({ id: actor.id, position: { x, y } });
    }
  }
  return moves;
}

/** New elements (or moves) per frame in a large drawing: each costs Cytoscape ~0.1–0.3 ms. */
export const SYNC_CHUNK = 600;

/**
 * At most this many frames fill a drawing: every frame redraws all that is drawn so far, so
 * 600 a frame made opening 5,000 people (30,000 elements, 50 frames) twice as long in total
 * (`npm run bench -- browser`); a big network takes larger chunks instead.
 */
export const SYNC_FRAMES = 8;

/** The chunk for a network of `elements`: SYNC_CHUNK, or larger so it fills in SYNC_FRAMES. */
export const syncChunk = (elements: number): number =>
  Math.max(SYNC_CHUNK, Math.ceil(elements / SYNC_FRAMES));

/**
 * A drawing's syncs, a chunk a frame once the network has more elements than a few frames' worth
 * (600 people do), each chunk in its own task after the frame that drew the one before. A newer
 * sync stops an older one half-way and takes over from what it left.
 */
export class FramedSync {
  #token = 0;
  #release = () => {};
  /** Resolves once the drawing has all of the document (or a newer sync took over). */
  whenDone: Promise<void> = Promise.resolve();

  /**
   * Syncs what it can now; `onDone` runs after the last chunk when some were left for later. From
   * LARGE_DRAWING_ACTORS on the drawing takes the large-drawing options (render-cost.ts).
   */
  start(
    cy: Core,
    doc: NetworkDocument,
    onDone: () => void,
    omit: Omitted | null = null,
  ): SyncReport {
    useCheapStyleCache(cy);
    const large = doc.actors.length >= LARGE_DRAWING_ACTORS;
    setLargeDrawing(cy, large);
    const token = ++this.#token;
    this.#release();
    this.whenDone = new Promise((resolve) => (this.#release = resolve));
    const elements = doc.actors.length + doc.ties.length;
    const chunked = elements > 2 * SYNC_CHUNK;
    const { report, more } = syncDocument(cy, doc, {
      chunk: chunked ? syncChunk(elements) : Infinity,
      large,
      omit,
    });
    if (report.pending === 0) this.#release();
    const later = () => requestAnimationFrame(() => setTimeout(step, 0));
    const step = () => {
      if (token !== this.#token) return;
      if (more() > 0) return later();
      this.#release();
      onDone();
    };
    if (report.pending > 0) later();
    return report;
  }

  /** Leaves a sync half-way (the drawing is going). */
  stop(): void {
    this.#token += 1;
    this.#release();
  }
}
