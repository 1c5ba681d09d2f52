// The overview of a big network on the canvas (issue 14, point 3; the worker computes it:
// src/core/layout/overview.ts). Groups — teams, or communities where the file has none — are
// folded into one disc each, sized by the room its people take; ties between folded groups are
// bundled into one edge weighted by how many tied pairs it stands for; a click opens a disc (its
// people drawn, a ring around them) and a click on the ring folds it back. Ties are faded and
// carry no arrows; only the most connected people are named, the others on hover or when zoomed
// in far enough to read them (label-size.ts hides small labels). The view's own elements have
// ids starting `ov:` (sync.ts leaves them alone) and never reach the document. The people of a
// folded group are not in the drawing at all: the view says whom to leave out (`omitted`), the
// canvas's sync leaves them and their ties out, and calls `apply` once it has drawn the rest —
// so a 5,000-person network is drawn as its few dozen discs, not as 30,000 elements hidden.
import type { Core, EventObject, NodeSingular } from 'cytoscape';
import type { NetworkDocument } from '../../core/document/types';
import {
  type Disc,
  type Overview,
  bundleTies,
  groupDiscs,
  strongestLinks,
  undirectedPairs,
} from '../../core/layout/overview';
import { fitZoom } from './viewport';
import {
  type Box,
  type NamedDisc,
  NAME_PX,
  ZOOM_BAND,
  boundsOf,
  bundleElements,
  bundleWidth,
  discId,
  discSizes,
  labelBox,
  omittedPeople,
  overlapsAny,
  pairsByIds,
  placeDiscNames,
} from './overview-geometry';
import { type Omitted, actorElementId, parseElementId } from './elements';
import { DISC_FONT_FAMILY } from './overview-style';
import { textWidth } from './text-width';

/** Discs added to the drawing per frame (each drawn first into a texture of its own). */
const DISCS_PER_FRAME = 100;
/** Bundles added to the drawing per frame (each costs Cytoscape ~0.1–0.3 ms to style). */
const BUNDLES_PER_FRAME = 500;

export interface OverviewTexts {
  /** A folded group's name: a team's label, or a community named by its most connected person. */
  groupLabel(group: { teamLabel: string | null; lead: string; count: number }): string;
}

export interface OverviewState {
  people: number;
  groups: number;
  folded: number;
  /** People whose names are drawn: named people in sight, and folded groups' leading names. */
  namesShown: number;
  source: 'document' | 'communities';
  /** Links between folded groups, when only the strongest are drawn (null: all are). */
  links: { shown: number; of: number } | null;
}

const STYLE_PROPS =
  'font-size min-zoomed-font-size text-max-width z-index text-opacity text-background-opacity';

/** A disc as its name's placement needs it, its name wrapped at `textMax`. */
const named = (d: DiscDefinition, textMax: number): NamedDisc => ({
  id: d.data.id,
  at: d.position,
  label: d.data.label,
  members: d.data.members,
  folded: d.classes.includes('ov-folded'),
  textMax,
});

/** A bundle as added to the drawing (overview-geometry.ts). */
type BundleDefinition = ReturnType<typeof bundleElements>[number];

/** A disc as added to the drawing: its data are what the styles read (overview-style.ts). */
interface DiscDefinition {
  group: 'nodes';
  data: ReturnType<typeof discSizes> & {
    id: string;
    label: string;
    diameter: number;
    members: number;
    nameHidden?: boolean;
  };
  position: { x: number; y: number };
  classes: string;
  grabbable: boolean;
  selectable: boolean;
  pannable: boolean;
}

export class OverviewView {
  readonly #cy: Core;
  readonly #overview: Overview;
  readonly #texts: OverviewTexts;
  readonly #onChange: (state: OverviewState) => void;
  readonly #onOmit: (omitted: Omitted) => void;
  #doc: NetworkDocument;
  #pairs: Int32Array;
  #folded: boolean[];
  /** Actor id → its index in the overview's document (the one it was computed for). */
  #ids: string[];
  #named: Set<string>;
  #hovered: NodeSingular | null = null;

  /**
   * Shows nothing yet: the canvas draws the document without `omitted(doc)` and then calls
   * `apply`. `onOmit` asks the canvas to draw again when a group opens or folds.
   */
  constructor(
    cy: Core,
    doc: NetworkDocument,
    overview: Overview,
    texts: OverviewTexts,
    onChange: (state: OverviewState) => void,
    onOmit: (omitted: Omitted) => void,
  ) {
    this.#cy = cy;
    this.#doc = doc;
    this.#overview = overview;
    this.#texts = texts;
    this.#onChange = onChange;
    this.#onOmit = onOmit;
    this.#ids = doc.actors.map((a) => a.id);
    this.#pairs = undirectedPairs(doc);
    this.#named = new Set(overview.named.map((i) => this.#ids[i]!));
    this.#folded = overview.groups.members.map(() => true);
    this.#firstDiscs = overview.folded;
    cy.on('tap', 'node.ov-group', this.#onTap);
    cy.on('mouseover', 'node.actor', this.#onOver);
    cy.on('mouseout', 'node.actor', this.#onOut);
  }

  get state(): OverviewState {
    const groups = this.#overview.groups;
    return {
      people: this.#doc.actors.length,
      groups: groups.count,
      folded: this.#folded.filter(Boolean).length,
      namesShown: this.#namesDrawn,
      source: groups.source,
      links: this.#links,
    };
  }

  /** Whether group g is folded (for tests and the keyboard). */
  isFolded(g: number): boolean {
    return this.#folded[g] ?? false;
  }

  /** Opens (false) or folds (true) one group, or all (g undefined); the canvas draws again. */
  setFolded(folded: boolean, g?: number): void {
    if (g === undefined) this.#folded = this.#folded.map(() => folded);
    else if (g >= 0 && g < this.#folded.length) this.#folded[g] = folded;
    this.#onOmit(this.omitted(this.#doc));
  }

  /**
   * Someone chosen elsewhere (the text view, the inspector, a search) inside a folded group: the
   * group opens (the canvas draws them). Whether it had to.
   */
  reveal(actorId: string): boolean {
    const i = this.#index(actorId);
    const g = i >= 0 ? this.#overview.groups.groupOf[i]! : -1;
    if (g < 0 || !this.#folded[g]) return false;
    this.setFolded(false, g);
    return true;
  }

  /**
   * Whom the drawing leaves out: the people of folded groups, and the boxes of the document's
   * groups whose every person is left out (a box with no one in it drawn would be empty; a group
   * with no one in it at all is still drawn, as without an overview).
   */
  omitted(doc: NetworkDocument): Omitted {
    const groupOf = this.#overview.groups.groupOf;
    return omittedPeople(doc, (id) => {
      const g = groupOf[this.#index(id)] ?? -1;
      return g >= 0 && this.#folded[g] === true;
    });
  }

  /** The members of each group that are still in the document, by actor id. */
  #members(doc: NetworkDocument): string[][] {
    const present = new Set(doc.actors.map((a) => a.id));
    return this.#overview.groups.members.map((list) =>
      list.map((i) => this.#ids[i]!).filter((id) => present.has(id)),
    );
  }

  /**
   * Draws the overview over the document as it is now (the canvas calls it after every sync):
   * the discs and bundles, made anew, their sizes for the reference zoom (`zoomed`).
   */
  apply(doc: NetworkDocument): void {
    const cy = this.#cy;
    const changed = doc !== this.#doc;
    this.#doc = doc;
    if (changed) this.#pairs = pairsByIds(doc, this.#ids);
    const members = this.#members(doc);
    const groupOf = new Int32Array(this.#ids.length).fill(-1);
    members.forEach((list, g) => list.forEach((id) => (groupOf[this.#index(id)] = g)));
    const docGroups = this.#overview.groups.ids;
    const labelOf = new Map(doc.actors.map((a) => [a.id, a.label ?? a.id]));
    const teamLabel = new Map(doc.groups.map((g) => [g.id, g.label ?? g.id]));
    // Discs from the document's positions: a folded group's people are not in the drawing. The
    // first drawing, every group folded and nothing edited since, has the worker's discs.
    const first = this.#firstDiscs;
    this.#firstDiscs = null;
    const shapes =
      first && !changed && this.#folded.every(Boolean)
        ? first
        : groupDiscs(this.#points(doc, members), this.#folded);
    this.#shapes = shapes.filter((_, g) => (members[g]?.length ?? 0) > 0);
    // The first time, sizes for the zoom the canvas's fit will give (it fits right after).
    this.#ref ??= this.#fitZoom(this.#shapes);
    const ref = this.#ref;
    const discs = members.map((list, g): DiscDefinition => {
      const { x, y, r } = shapes[g]!;
      const team = docGroups[g] ?? null;
      return {
        group: 'nodes',
        data: {
          id: discId(g),
          label: this.#texts.groupLabel({
            teamLabel: team === null ? null : (teamLabel.get(team) ?? team),
            lead: labelOf.get(list[0] ?? '') ?? '',
            count: list.length,
          }),
          diameter: 2 * r,
          members: list.length,
          ...discSizes(2 * r, !this.#folded[g], ref),
        },
        position: { x, y },
        classes: `ov-group ${this.#folded[g] ? 'ov-folded' : 'ov-open'}`,
        grabbable: false,
        selectable: false,
        // A drag that starts on a disc pans, as on the background: at 5,000 people the discs
        // cover most of the drawing, and a drag there would otherwise do nothing.
        pannable: true,
      };
    });
    // Names left out where they would cover another, decided before the discs are drawn: a
    // hidden name is no label at all (overview-style.ts), so Cytoscape never measures it.
    const hidden = this.#placeDiscNames(
      discs.map((d) => named(d, d.data.textMax)),
      ref,
    );
    for (const d of discs) Object.assign(d.data, { nameHidden: hidden.has(d.data.id) });
    // Of the links between folded groups, the strongest (strongestLinks): the drawing's cost.
    const links = strongestLinks(bundleTies(this.#pairs, groupOf, this.#folded));
    this.#links =
      links.shownBetween < links.between ? { shown: links.shownBetween, of: links.between } : null;
    const edges = bundleElements(
      links.shown,
      (u) => (u.kind === 'group' ? discId(u.index) : actorElementId(this.#ids[u.index]!)),
      ref,
    );
    const token = ++this.#applied;
    const shown = discs.filter((d) => d.data.members > 0);
    // Kept to be sized again for another zoom whether drawn yet or still queued (`zoomed`).
    this.#discDefs = shown;
    this.#bundleDefs = edges;
    // What is drawn already is updated in place (a group opened or folded changes a few discs
    // and bundles: none of the others flickers or is styled again); the rest is added below.
    const wanted = new Map<string, DiscDefinition | BundleDefinition>();
    for (const d of shown) wanted.set(d.data.id, d);
    for (const e of edges) wanted.set(e.data.id, e);
    const drawn = new Set<string>();
    cy.batch(() => {
      const gone = cy.collection();
      cy.elements('.ov-group, .ov-bundle').forEach((element) => {
        const def = wanted.get(element.id());
        if (!def) {
          gone.merge(element);
          return;
        }
        drawn.add(element.id());
        // Only what changed: setting data styles the element again.
        const changed = Object.entries(def.data).filter(([k, v]) => element.data(k) !== v);
        if (changed.length) element.data(Object.fromEntries(changed));
        if (def.group === 'nodes') {
          const at = element.position();
          if (at.x !== def.position.x || at.y !== def.position.y) element.position(def.position);
          const folded = def.classes.includes('ov-folded');
          element.toggleClass('ov-folded', folded).toggleClass('ov-open', !folded);
        }
      });
      gone.remove();
    });
    const fresh = {
      discs: shown.filter((d) => !drawn.has(d.data.id)),
      edges: edges.filter((e) => !drawn.has(e.data.id)),
    };
    // Discs, then bundles, a frame's worth at a time: 500 discs drawn for the first time (each
    // its texture) or thousands of bundles styled in one task froze the page (docs/overview.md).
    const queue: (DiscDefinition | BundleDefinition)[][] =
      fresh.discs.length + fresh.edges.length <= BUNDLES_PER_FRAME
        ? [[...fresh.discs, ...fresh.edges]] // a few: at once
        : [...chunks(fresh.discs, DISCS_PER_FRAME), ...chunks(fresh.edges, BUNDLES_PER_FRAME)];
    const addNext = (k: number) => {
      if (token !== this.#applied || cy.destroyed()) return;
      const chunk = queue[k]!;
      if (!chunk.length) return;
      // Discs first; then the bundles whose ends are drawn (an edit may have taken someone away).
      cy.batch(() => {
        cy.add(chunk.filter((e) => e.group === 'nodes'));
        cy.add(
          chunk.filter(
            (e) =>
              'source' in e.data &&
              cy.getElementById(e.data.source).nonempty() &&
              cy.getElementById(e.data.target).nonempty(),
          ),
        );
      });
      if (k + 1 < queue.length) requestAnimationFrame(() => setTimeout(() => addNext(k + 1), 0));
    };
    addNext(0);
    this.zoomed();
    this.#onChange(this.state);
  }

  /** The discs and bundles of the last apply, as added (or to be added) to the drawing. */
  #discDefs: DiscDefinition[] = [];
  #bundleDefs: BundleDefinition[] = [];

  /** Links between folded groups left out of the drawing (state.links). */
  #links: OverviewState['links'] = null;

  /** The discs of the first drawing, worked out in the worker (Overview.folded); used once. */
  #firstDiscs: Disc[] | null;

  /** Each group's people's positions in the document (those without one left out). */
  #points(doc: NetworkDocument, members: string[][]): { x: number; y: number }[][] {
    const placed = new Map<string, { x: number; y: number }>();
    for (const actor of doc.actors) if (actor.position) placed.set(actor.id, actor.position);
    return members.map((list) => list.flatMap((id) => placed.get(id) ?? []));
  }

  #indexOf: Map<string, number> | null = null;
  #index(id: string): number {
    if (!this.#indexOf) this.#indexOf = new Map(this.#ids.map((a, i) => [a, i]));
    return this.#indexOf.get(id) ?? -1;
  }

  /** Bumped by every apply (and destroy): bundles still to add for an older one are not. */
  #applied = 0;
  /** The zoom the discs' and bundles' sizes are for (null: not drawn yet). */
  #ref: number | null = null;

  /** The discs drawn (groups with anyone in them), as the last apply placed them. */
  #shapes: Disc[] = [];

  /**
   * The box round the discs and the people drawn, in drawing coordinates (null: nothing drawn),
   * from the overview's geometry: the canvas fits to it (viewport.ts fitBox), since asking
   * Cytoscape for the drawing's bounds would style and measure 500 discs and their names in the
   * same task, before their first frame.
   */
  bounds(discs: readonly Disc[] = this.#shapes): Box | null {
    return boundsOf(
      discs,
      this.#cy.nodes('.actor').map((n) => n.position()),
    );
  }

  /** The zoom at which the canvas's fit will show these discs and the people drawn. */
  #fitZoom(discs: readonly Disc[]): number {
    const box = this.bounds(discs);
    return box ? fitZoom(this.#cy, box.x2 - box.x1, box.y2 - box.y1) : this.#cy.zoom();
  }

  /**
   * Names and discs keep a readable size on screen. The discs' and bundles' sizes are data set
   * for a reference zoom and set again only when the zoom strays more than ZOOM_BAND from it
   * (3,000 bundles restyled at every step of a wheel froze pan and zoom); the few named people are
   * sized at every zoom. Names that would cover one already drawn are left out: folded discs first
   * (the larger first), then named people (the most connected first), boxes estimated from the
   * text's length (asking Cytoscape for 500 label boxes took most of a second).
   */
  zoomed(zoom = this.#cy.zoom()): void {
    const cy = this.#cy;
    const ref = this.#ref;
    if (ref === null) return;
    if (zoom > ref * ZOOM_BAND || zoom < ref / ZOOM_BAND) {
      this.#ref = zoom;
      // Every disc and bundle of the last apply, drawn or still queued (they come a frame at a
      // time): sized and named for this zoom alike.
      const discs = this.#discDefs;
      const hidden = this.#placeDiscNames(
        discs.map((d) => named(d, discSizes(d.data.diameter, false, zoom).textMax)),
        zoom,
      );
      cy.batch(() => {
        for (const d of discs) {
          const open = !d.classes.includes('ov-folded');
          Object.assign(d.data, discSizes(d.data.diameter, open, zoom), {
            nameHidden: hidden.has(d.data.id),
          });
          const node = cy.getElementById(d.data.id);
          if (node.nonempty()) node.data({ ...d.data });
        }
        for (const e of this.#bundleDefs) {
          e.data.width = bundleWidth(e.data.weight, zoom);
          const edge = cy.getElementById(e.data.id);
          if (edge.nonempty()) edge.data('width', e.data.width);
        }
      });
    }
    // The named people, sized for this zoom, left out where they would cover a name drawn.
    const taken = [...this.#discBoxes];
    const px = Math.max(15, NAME_PX / zoom);
    const people: [NodeSingular, boolean][] = [];
    let drawn = taken.length;
    for (const id of this.#named) {
      const node = cy.getElementById(actorElementId(id)) as NodeSingular;
      if (node.empty()) continue; // folded away
      const box = labelBox(
        node.position(),
        String(node.data('label') ?? ''),
        px,
        (160 * px) / 15,
        node.outerHeight() / 2 + 4,
        this.#width,
      );
      const hidden = overlapsAny(box, taken);
      if (!hidden) {
        taken.push(box);
        drawn += 1;
      }
      people.push([node, hidden]);
    }
    cy.batch(() => {
      for (const [node, hidden] of people)
        node.style({
          'font-size': px,
          'min-zoomed-font-size': 0,
          'text-max-width': `${(160 * px) / 15}px`,
          'z-index': 20,
          'text-opacity': hidden ? 0 : 1,
          'text-background-opacity': hidden ? 0 : 0.75,
        });
      if (this.#hovered && !this.#hovered.removed()) this.#showName(this.#hovered);
    });
    const changed = drawn !== this.#namesDrawn;
    this.#namesDrawn = drawn;
    if (changed) this.#onChange(this.state);
  }

  /** The drawn names of folded discs, where they are (model units at the reference zoom). */
  #discBoxes: Box[] = [];

  /** Which folded discs' names are left out at a zoom (overview-geometry.ts); keeps the boxes. */
  #placeDiscNames(discs: NamedDisc[], zoom: number): Set<string> {
    const { hidden, boxes } = placeDiscNames(discs, zoom, this.#width);
    this.#discBoxes = boxes;
    return hidden;
  }

  #namesDrawn = 0;
  /** Names measured in the font they are drawn in (bold: a person's, if not bold, is narrower). */
  readonly #width = textWidth('bold', DISC_FONT_FAMILY);

  #showName(node: NodeSingular): void {
    const px = Math.max(15, NAME_PX / this.#cy.zoom());
    node.style({
      'font-size': px,
      'min-zoomed-font-size': 0,
      'text-max-width': `${(200 * px) / 15}px`,
      'z-index': 30,
      'text-opacity': 1,
      'text-background-opacity': 0.75,
    });
  }

  #onTap = (event: EventObject): void => {
    const g = Number(String(event.target.id()).slice('ov:g:'.length));
    if (Number.isInteger(g)) this.setFolded(!this.#folded[g], g);
  };

  #onOver = (event: EventObject): void => {
    const node = event.target as NodeSingular;
    this.#hovered = node;
    this.#showName(node);
  };

  #onOut = (event: EventObject): void => {
    const node = event.target as NodeSingular;
    if (this.#hovered === node) this.#hovered = null;
    const ref = parseElementId(node.id());
    node.removeStyle(STYLE_PROPS);
    if (ref && this.#named.has(ref.id)) this.zoomed();
  };

  /**
   * Takes the overview's own elements and styles off the drawing; the canvas then draws everyone
   * (without `omitted`) and takes the overview's people styles off.
   */
  destroy(): void {
    const cy = this.#cy;
    this.#applied += 1;
    cy.off('tap', 'node.ov-group', this.#onTap);
    cy.off('mouseover', 'node.actor', this.#onOver);
    cy.off('mouseout', 'node.actor', this.#onOut);
    cy.batch(() => {
      cy.elements('.ov-group, .ov-bundle').remove();
      for (const id of this.#named) cy.getElementById(actorElementId(id)).removeStyle(STYLE_PROPS);
      this.#hovered?.removeStyle(STYLE_PROPS);
    });
  }
}

/** `list` in pieces of `size` (the last may be shorter). */
function chunks<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let k = 0; k < list.length; k += size) out.push(list.slice(k, k + size));
  return out;
}
