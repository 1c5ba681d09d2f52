// The overview of a big network on the canvas (issue 14, point 3; the worker computes it:
// src/core/layout/overview.ts). Groups — teams, or communities where the file has none — are
// folded into one disc each, sized by the room its people take; ties between folded groups are
// bundled into one edge weighted by how many tied pairs it stands for; a click opens a disc (its
// people drawn, a ring around them) and a click on the ring folds it back. Ties are faded and
// carry no arrows; only the most connected people are named, the others on hover or when zoomed
// in far enough to read them (label-size.ts hides small labels). The view's own elements have
// ids starting `ov:` (sync.ts leaves them alone) and never reach the document; actors and ties
// are hidden or faded through data fields, which the document's sync never resets.
import type { Core, EventObject, NodeSingular } from 'cytoscape';
import type { NetworkDocument } from '../../core/document/types';
import { type Overview, bundleTies, groupDiscs, undirectedPairs } from '../../core/layout/overview';
import { actorElementId, groupElementId, parseElementId } from './elements';

const discId = (g: number) => `ov:g:${g}`;

/** Names readable on screen at any zoom, in CSS px; the discs' names a little larger. */
const NAME_PX = 13;
const DISC_NAME_PX = 14;
/** The rim of an open group's ring, beyond its people, in CSS px: where a click folds it. */
const RIM_PX = 22;

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
}

const STYLE_PROPS =
  'font-size min-zoomed-font-size text-max-width z-index text-opacity text-background-opacity';

export class OverviewView {
  readonly #cy: Core;
  readonly #overview: Overview;
  readonly #texts: OverviewTexts;
  readonly #onChange: (state: OverviewState) => void;
  #doc: NetworkDocument;
  #pairs: Int32Array;
  #folded: boolean[];
  /** Actor id → its index in the overview's document (the one it was computed for). */
  #ids: string[];
  #named: Set<string>;
  #hovered: NodeSingular | null = null;

  constructor(
    cy: Core,
    doc: NetworkDocument,
    overview: Overview,
    texts: OverviewTexts,
    onChange: (state: OverviewState) => void,
  ) {
    this.#cy = cy;
    this.#doc = doc;
    this.#overview = overview;
    this.#texts = texts;
    this.#onChange = onChange;
    this.#ids = doc.actors.map((a) => a.id);
    this.#pairs = undirectedPairs(doc);
    this.#named = new Set(overview.named.map((i) => this.#ids[i]!));
    this.#folded = overview.groups.members.map(() => true);
    cy.on('tap', 'node.ov-group', this.#onTap);
    cy.on('mouseover', 'node.actor', this.#onOver);
    cy.on('mouseout', 'node.actor', this.#onOut);
    cy.on('select', 'node.actor', this.#onSelect);
    this.apply(doc);
  }

  get state(): OverviewState {
    const groups = this.#overview.groups;
    return {
      people: this.#doc.actors.length,
      groups: groups.count,
      folded: this.#folded.filter(Boolean).length,
      namesShown: this.#namesDrawn,
      source: groups.source,
    };
  }

  /** Whether group g is folded (for tests and the keyboard). */
  isFolded(g: number): boolean {
    return this.#folded[g] ?? false;
  }

  /** Opens (false) or folds (true) one group, or all (g undefined). */
  setFolded(folded: boolean, g?: number): void {
    if (g === undefined) this.#folded = this.#folded.map(() => folded);
    else if (g >= 0 && g < this.#folded.length) this.#folded[g] = folded;
    this.apply(this.#doc);
  }

  /** The members of each group that are still in the document, by actor id. */
  #members(doc: NetworkDocument): string[][] {
    const present = new Set(doc.actors.map((a) => a.id));
    return this.#overview.groups.members.map((list) =>
      list.map((i) => this.#ids[i]!).filter((id) => present.has(id)),
    );
  }

  /** Draws the overview over the document as it is now (called after every sync). */
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
    cy.batch(() => {
      cy.elements('.ov-group, .ov-bundle').remove();
      cy.nodes('.actor').forEach((node) => {
        const ref = parseElementId(node.id());
        const g = ref ? (groupOf[this.#index(ref.id)] ?? -1) : -1;
        const hidden = g >= 0 && this.#folded[g] === true;
        if (Boolean(node.data('ovHidden')) !== hidden) node.data('ovHidden', hidden);
        if (!node.data('ovQuiet') && !this.#named.has(ref?.id ?? '')) node.data('ovQuiet', true);
      });
      // A folded team's own box goes with its people (a box with no one drawn would be empty).
      docGroups.forEach((id, g) => {
        if (id === null) return;
        const box = cy.getElementById(groupElementId(id));
        if (box.nonempty()) box.data('ovHidden', this.#folded[g] === true);
      });
      cy.edges('.tie').forEach((edge) => {
        if (!edge.data('ovFaded')) edge.data('ovFaded', true);
      });
      const shapes = groupDiscs(
        members.map((list) => list.map((id) => cy.getElementById(actorElementId(id)).position())),
        this.#folded,
      );
      const discs = members.map((list, g) => {
        const { x, y, r } = shapes[g]!;
        const count = list.length;
        const lead = labelOf.get(list[0] ?? '') ?? '';
        const team = docGroups[g] ?? null;
        return {
          group: 'nodes' as const,
          data: {
            id: discId(g),
            label: this.#texts.groupLabel({
              teamLabel: team === null ? null : (teamLabel.get(team) ?? team),
              lead,
              count,
            }),
            diameter: 2 * r,
            members: count,
          },
          position: { x, y },
          classes: `ov-group ${this.#folded[g] ? 'ov-folded' : 'ov-open'}`,
          grabbable: false,
          selectable: false,
        };
      });
      cy.add(discs.filter((d) => d.data.members > 0));
      const bundles = bundleTies(this.#pairs, groupOf, this.#folded);
      const end = (u: (typeof bundles)[number]['a']) =>
        u.kind === 'group' ? discId(u.index) : actorElementId(this.#ids[u.index]!);
      cy.add(
        bundles
          .filter(
            (b) => cy.getElementById(end(b.a)).nonempty() && cy.getElementById(end(b.b)).nonempty(),
          )
          .map((b) => ({
            group: 'edges' as const,
            data: {
              id: `ov:e:${end(b.a)}|${end(b.b)}`,
              source: end(b.a),
              target: end(b.b),
              weight: b.weight,
              width: Math.min(14, 1 + 2 * Math.log2(b.weight)),
            },
            classes: 'ov-bundle',
            selectable: false,
          })),
      );
    });
    this.zoomed();
    this.#onChange(this.state);
  }

  #indexOf: Map<string, number> | null = null;
  #index(id: string): number {
    if (!this.#indexOf) this.#indexOf = new Map(this.#ids.map((a, i) => [a, i]));
    return this.#indexOf.get(id) ?? -1;
  }

  /**
   * Names and discs' names keep a readable size on screen (style bypasses on the few nodes
   * concerned); bundles keep a visible width. Names that would cover one already drawn are left
   * out: folded discs first (the larger first), then named people (the most connected first).
   */
  zoomed(zoom = this.#cy.zoom()): void {
    const cy = this.#cy;
    const candidates: NodeSingular[] = [];
    cy.batch(() => {
      const discs = cy
        .nodes('.ov-group')
        .sort((a, b) => Number(b.data('members')) - Number(a.data('members')));
      discs.forEach((node) => {
        const px = DISC_NAME_PX / zoom;
        // An open ring has a rim of RIM_PX on screen beyond its people: the place to click.
        const size =
          Number(node.data('diameter')) + (node.hasClass('ov-open') ? (2 * RIM_PX) / zoom : 0);
        node.style({
          width: size,
          height: size,
          'border-width': 2 / zoom,
          'font-size': px,
          'text-max-width': `${Math.max(Number(node.data('diameter')) * 0.9, 110 / zoom)}px`,
          'text-opacity': 1,
          'text-background-opacity': 0.8,
        });
        if (node.hasClass('ov-folded')) candidates.push(node);
      });
      for (const id of this.#named) {
        const node = cy.getElementById(actorElementId(id));
        if (node.empty() || node.data('ovHidden')) continue;
        const px = Math.max(15, NAME_PX / zoom);
        node.style({
          'font-size': px,
          'min-zoomed-font-size': 0,
          'text-max-width': `${(160 * px) / 15}px`,
          'z-index': 20,
          'text-opacity': 1,
          'text-background-opacity': 0.75,
        });
        candidates.push(node as NodeSingular);
      }
      cy.edges('.ov-bundle').forEach((edge) => {
        const weight = Number(edge.data('weight'));
        edge.style('width', Math.min(10, 1.5 + 1.5 * Math.log2(weight)) / zoom);
      });
    });
    const taken: { x1: number; y1: number; x2: number; y2: number }[] = [];
    const overlaps = (a: (typeof taken)[number]) =>
      taken.some((b) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2);
    let drawn = 0;
    const hide: NodeSingular[] = [];
    for (const node of candidates) {
      const box = node.boundingBox({
        includeNodes: false,
        includeEdges: false,
        includeLabels: true,
      });
      if (overlaps(box)) hide.push(node);
      else {
        taken.push(box);
        drawn += 1;
      }
    }
    const changed = drawn !== this.#namesDrawn;
    this.#namesDrawn = drawn;
    cy.batch(() => {
      for (const node of hide) node.style({ 'text-opacity': 0, 'text-background-opacity': 0 });
      if (this.#hovered && !this.#hovered.removed()) this.#showName(this.#hovered);
    });
    if (changed) this.#onChange(this.state);
  }

  #namesDrawn = 0;

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

  /** Someone chosen elsewhere (the text view, the inspector) inside a folded group: open it. */
  #onSelect = (event: EventObject): void => {
    const ref = parseElementId((event.target as NodeSingular).id());
    if (!ref) return;
    const i = this.#index(ref.id);
    const g = i >= 0 ? this.#overview.groups.groupOf[i]! : -1;
    if (g >= 0 && this.#folded[g]) this.setFolded(false, g);
  };

  /** Takes the overview off the drawing: every actor, box and tie as before. */
  destroy(): void {
    const cy = this.#cy;
    cy.off('tap', 'node.ov-group', this.#onTap);
    cy.off('mouseover', 'node.actor', this.#onOver);
    cy.off('mouseout', 'node.actor', this.#onOut);
    cy.off('select', 'node.actor', this.#onSelect);
    cy.batch(() => {
      cy.elements('.ov-group, .ov-bundle').remove();
      cy.nodes().forEach((node) => {
        if (node.data('ovHidden') !== undefined) node.removeData('ovHidden');
        if (node.data('ovQuiet') !== undefined) node.removeData('ovQuiet');
      });
      for (const id of this.#named) cy.getElementById(actorElementId(id)).removeStyle(STYLE_PROPS);
      cy.edges('.tie').forEach((edge) => {
        if (edge.data('ovFaded') !== undefined) edge.removeData('ovFaded');
      });
    });
  }
}

/** Pairs of tied people as indices of the overview's actor ids (people added since: left out). */
function pairsByIds(doc: NetworkDocument, ids: string[]): Int32Array {
  const present = new Map(doc.actors.map((a) => [a.id, a]));
  // The same document, narrowed to the overview's people, in the overview's order.
  const narrowed = {
    ...doc,
    actors: ids.map((id) => present.get(id) ?? { id }),
  } as NetworkDocument;
  return undirectedPairs(narrowed);
}
