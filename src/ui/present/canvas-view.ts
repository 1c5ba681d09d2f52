// A story step on the Cytoscape canvas: capture what is on screen as a step's data, and show a
// step — actors moved to its positions, the viewport fitted to its box (animated over ~600 ms,
// at once when the user prefers reduced motion), everything outside its focus dimmed. Only the
// drawing changes: the document keeps its positions, and clearStep() puts them back.
import type { Core, NodeSingular } from 'cytoscape';
import type { NetworkDocument } from '../../core/document/types';
import type { Position } from '../../core/document/types';
import type { StepPosition, StepViewport, StoryStep } from '../../core/views/step';
import { type Box, fitBox, resolveFocus, stepBox, stepPositions } from '../../core/views/story';
import { actorElementId, groupElementId, parseElementId, tieElementId } from '../graph/elements';

export const STEP_ANIMATION_MS = 600;
/** Above this many actors positions jump instead of gliding (one animation per node). */
const ANIMATE_MAX_ACTORS = 600;
/** Screen px kept free around a step's box. */
const FIT_PADDING = 40;
/** A step never zooms in further than this: one actor would otherwise fill the screen. */
const STEP_MAX_ZOOM = 2.2;

const RING_LAYOUTS = new Set(['concentric', 'concentric-inverse']);
/** Drawing units above and below a step's box: group names on top, people's names below. */
const LABEL_ROOM = 40;

const round = (v: number) => Math.round(v * 10) / 10;

/** What the canvas shows now, as step data: every actor's position and the visible box. */
export function captureCanvas(cy: Core): { positions: StepPosition[]; viewport: StepViewport } {
  const positions: StepPosition[] = [];
  cy.nodes('.actor').forEach((node) => {
    const ref = parseElementId(node.id());
    if (!ref) return;
    const { x, y } = node.position();
    positions.push({ id: ref.id, x: round(x), y: round(y) });
  });
  const e = cy.extent();
  return {
    positions,
    viewport: { x1: round(e.x1), y1: round(e.y1), x2: round(e.x2), y2: round(e.y2) },
  };
}

export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * Shows a step on the canvas. Resolves when the drawing has arrived (after the animation).
 * Focus is set as element data (`dimmed`, `highlighted`) so the stylesheet and the browser
 * tests read the same thing.
 */
let lastTransition = 0;

/** How long the last step's transition was set to last (ms): 0 when it jumped. */
export const lastStepTransition = (): number => lastTransition;

export function showStep(
  cy: Core,
  doc: NetworkDocument,
  step: StoryStep,
  { animate, laidOut = null }: { animate: boolean; laidOut?: ArrayLike<number> | null },
): Promise<void> {
  cy.resize(); // the canvas may just have changed size (chrome hidden)
  cy.stop(true, true);
  cy.nodes().stop(true, true);
  const duration = animate && !prefersReducedMotion() ? STEP_ANIMATION_MS : 0;
  lastTransition = duration;
  const focus = resolveFocus(doc, step);
  cy.batch(() => {
    for (const actor of doc.actors) {
      const on = !focus || focus.actors.has(actor.id);
      cy.getElementById(actorElementId(actor.id)).data({
        dimmed: !on,
        highlighted: Boolean(focus) && on,
      });
    }
    for (const group of doc.groups) {
      const on = !focus || focus.groups.has(group.id);
      cy.getElementById(groupElementId(group.id)).data({
        dimmed: !on,
        highlighted: Boolean(focus) && on,
      });
    }
    for (const tie of doc.ties) {
      const on = !focus || focus.ties.has(tie.id);
      cy.getElementById(tieElementId(tie.id)).data({
        dimmed: !on,
        highlighted: Boolean(focus) && on,
      });
    }
  });

  // A step captured in a ring layout hides the team boxes again (they would overlap).
  if (step.layout) cy.nodes('.group').toggleClass('hidden-group', RING_LAYOUTS.has(step.layout));

  const positions = laidOut
    ? doc.actors.map((_, i) => ({ x: laidOut[2 * i]!, y: laidOut[2 * i + 1]! }))
    : stepPositions(doc, step);
  const glide = duration > 0 && doc.actors.length <= ANIMATE_MAX_ACTORS;
  // Everyone is put where the step has them for a moment, so the box to fit can be measured
  // with the team boxes around them (which grow with their members); then they glide there.
  const moves: { node: NodeSingular; from: Position; to: Position }[] = [];
  doc.actors.forEach((actor, i) => {
    const to = positions[i];
    const node = cy.getElementById(actorElementId(actor.id)) as NodeSingular;
    if (!to || node.empty()) return;
    const from = { ...node.position() };
    if (from.x === to.x && from.y === to.y) return;
    moves.push({ node, from, to });
    node.position({ x: to.x, y: to.y });
  });
  const box = step.viewport ?? measuredBox(cy, doc, step, focus) ?? stepBox(doc, step, positions);
  if (glide) {
    cy.batch(() => {
      for (const { node, from } of moves) node.position(from);
    });
    for (const { node, to } of moves) node.animate({ position: to }, { duration });
  }
  if (box) {
    const target = fitBox(
      box,
      cy.width(),
      cy.height(),
      FIT_PADDING,
      cy.minZoom(),
      Math.min(cy.maxZoom(), STEP_MAX_ZOOM),
    );
    if (duration > 0) cy.animate(target, { duration, easing: 'ease-in-out-cubic' });
    else cy.viewport(target);
  }
  return new Promise((resolve) => setTimeout(resolve, duration));
}

/**
 * The box around what a step is about, as drawn now: its focused people and the groups it
 * names (their boxes), or everything; with room for the labels. Null when empty.
 */
function measuredBox(
  cy: Core,
  doc: NetworkDocument,
  step: StoryStep,
  focus: ReturnType<typeof resolveFocus>,
): Box | null {
  let elements = cy.collection();
  if (focus) {
    for (const id of focus.actors) elements = elements.union(cy.getElementById(actorElementId(id)));
    for (const id of step.focus?.groups ?? [])
      elements = elements.union(cy.getElementById(groupElementId(id)));
  } else elements = cy.nodes().not('.hidden-group');
  if (elements.empty()) return null;
  const bb = elements.boundingBox({ includeLabels: false, includeOverlays: false } as never);
  if (!(bb.w >= 0 && bb.h >= 0) || !Number.isFinite(bb.x1)) return null;
  return { x1: bb.x1, y1: bb.y1 - LABEL_ROOM, x2: bb.x2, y2: bb.y2 + LABEL_ROOM };
}

/** Takes a step off the canvas: nothing dimmed, every actor back where the document has it. */
export function clearStep(cy: Core, doc: NetworkDocument): void {
  cy.stop(true, true);
  cy.nodes().stop(true, true);
  cy.batch(() => {
    cy.elements().data({ dimmed: false, highlighted: false, selectedTie: false });
    for (const actor of doc.actors) {
      if (!actor.position) continue;
      cy.getElementById(actorElementId(actor.id)).position({ ...actor.position });
    }
  });
}

/**
 * In projection nothing depends on hover: the ties of the selected actors are drawn thick and
 * in front, so the room sees who they are tied to.
 */
export function showSelectedTies(cy: Core, on: boolean): void {
  cy.batch(() => {
    cy.edges('.tie').data('selectedTie', false);
    if (on) cy.nodes('.actor:selected').connectedEdges('.tie').data('selectedTie', true);
  });
}

/**
 * The least label size on screen in projection mode, in CSS px: 24 px at 1280×720 (readable
 * from the back of a meeting room), growing with the screen (36 px at 1920×1080).
 */
export function projectionLabelPx(): { actor: number; group: number } {
  const scale = Math.max(1, Math.min(innerWidth / 1280, innerHeight / 720));
  return { actor: 24 * scale, group: 26 * scale };
}

type Mapper = (e: { data(key: string): unknown; hasClass(name: string): boolean }) => number;

/** Least on-screen size of a person's shape in projection, by role (CSS px). */
const LEAST_SHAPE_PX = { member: 20, coordinator: 26, manager: 30 };

/**
 * Tie widths and shape sizes in projection: thick and visible on screen at any zoom (ties
 * 2.6–7 px by weight, a selected actor's 6–12 px; shapes at least 20–30 px), so the overview
 * of a whole network still shows who is tied to whom. `key` changes in 5 % steps of zoom: the
 * canvas restyles only then.
 */
export function projectionSizes(zoom: number): {
  key: number;
  ties: { width: Mapper };
  actors: { width: Mapper; height: Mapper };
} {
  const key = Math.round(Math.log(Math.max(zoom, 1e-3)) * 20);
  const z = Math.exp(key / 20);
  const width: Mapper = (e) => {
    const w = Number(e.data('width') ?? 1);
    return (e.data('selectedTie') ? 4 + 1.6 * w : 1.5 + 1.1 * w) / z;
  };
  const size: Mapper = (n) => {
    if (n.data('sized')) return Number(n.data('size'));
    const lead = n.hasClass('role-manager') || n.hasClass('role-regional-coordinator');
    const coordinator = n.hasClass('role-coordinator');
    const base = lead ? 56 : coordinator ? 50 : 42;
    const least = lead
      ? LEAST_SHAPE_PX.manager
      : coordinator
        ? LEAST_SHAPE_PX.coordinator
        : LEAST_SHAPE_PX.member;
    return Math.max(base, least / z);
  };
  return { key, ties: { width }, actors: { width: size, height: size } };
}

/** Above this many actors labels are left to Cytoscape's own hiding of small text. */
const DECLUTTER_MAX_ACTORS = 400;

const RANK = new Map([
  ['regional-coordinator', 0.4],
  ['manager', 0.4],
  ['coordinator', 2],
]);

interface Rect {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}
const overlaps = (a: Rect, b: Rect) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/**
 * Projection mode shows no label over another: a label that would cover one already placed is
 * hidden (its person is still drawn). Placed first: team names, then the selected person,
 * regional coordinators and managers, the people in focus, the names of other groups,
 * coordinators, and the people with most ties. Coordinators' and members' labels also keep off
 * other people's shapes. Labels of dimmed people are hidden. `off` shows every label again.
 */
export function declutterLabels(cy: Core, off = false): void {
  const nodes = cy.nodes('.actor, .group');
  if (off || cy.nodes('.actor').length > DECLUTTER_MAX_ACTORS) {
    cy.batch(() => nodes.data('labelHidden', false));
    return;
  }
  const ranked: { node: NodeSingular; rank: number; ties: number }[] = [];
  nodes.forEach((node) => {
    if (node.hasClass('group')) {
      if (node.hasClass('hidden-group') || node.data('dimmed')) return;
      ranked.push({ node, rank: node.hasClass('group-team') ? 0 : 1, ties: 0 });
      return;
    }
    if (node.data('dimmed')) return;
    const role = [...RANK.keys()].find((r) => node.hasClass(`role-${r}`));
    const rank = node.selected()
      ? 0.2
      : node.data('highlighted')
        ? 0.7
        : (RANK.get(role ?? '') ?? 3);
    ranked.push({ node, rank, ties: node.connectedEdges().length });
  });
  ranked.sort((a, b) => a.rank - b.rank || b.ties - a.ties);
  const placed: Rect[] = [];
  const shown = new Set<string>();
  const gap = 1.5 / cy.zoom(); // 3 screen px between labels
  // Coordinators' and members' labels also keep off other people's shapes.
  const shapes = ranked
    .filter((r) => !r.node.hasClass('group'))
    .map((r) => ({
      id: r.node.id(),
      box: r.node.boundingBox({ includeLabels: false, includeOverlays: false } as never) as Rect,
    }));
  for (const { node, rank } of ranked) {
    const bb = node.boundingBox({
      includeNodes: false,
      includeEdges: false,
      includeLabels: true,
      includeOverlays: false,
    } as never);
    if (!(bb.w > 0 && bb.h > 0)) continue;
    const box = { x1: bb.x1 - gap, y1: bb.y1 - gap, x2: bb.x2 + gap, y2: bb.y2 + gap };
    if (placed.some((p) => overlaps(p, box))) continue;
    if (rank >= 2 && shapes.some((shape) => shape.id !== node.id() && overlaps(shape.box, box)))
      continue;
    placed.push(box);
    shown.add(node.id());
  }
  cy.batch(() => nodes.forEach((node) => void node.data('labelHidden', !shown.has(node.id()))));
}

/** Sorts out covering labels again once a zoom or pan by hand has come to rest; an unbinder. */
export function watchViewport(cy: Core): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(() => declutterLabels(cy), 200);
  };
  cy.on('viewport', later);
  return () => {
    clearTimeout(timer);
    cy.off('viewport', later);
  };
}

/** The worker layouts a step without positions of its own may name. */
const STEP_LAYOUTS = new Set(['hierarchy', 'concentric', 'concentric-inverse']);
let laidOutCache: {
  doc: Pick<NetworkDocument, 'actors' | 'groups' | 'ties'>;
  layout: string;
  positions: Promise<ArrayLike<number>>;
} | null = null;

/**
 * Positions for a step that names a layout but saved no positions (the built-in example's
 * story): that layout computed for this network by `run` (in the worker), kept while the
 * network is the same. Null for a step with positions, or with the force layout or none: it
 * is drawn where the document has its people.
 */
export async function stepLayout(
  doc: NetworkDocument,
  step: StoryStep,
  run: (layout: string) => Promise<ArrayLike<number>>,
): Promise<ArrayLike<number> | null> {
  const layout = step.layout;
  if (step.positions?.length || layout === undefined || !STEP_LAYOUTS.has(layout)) return null;
  let cached = laidOutCache;
  if (
    !cached ||
    cached.layout !== layout ||
    cached.doc.actors !== doc.actors ||
    cached.doc.groups !== doc.groups ||
    cached.doc.ties !== doc.ties
  ) {
    // The promise is kept, so steps shown in quick succession wait for one run.
    cached = laidOutCache = { doc, layout, positions: run(layout) };
  }
  try {
    const positions = await cached.positions;
    return positions.length === 2 * doc.actors.length ? positions : null;
  } catch (error) {
    if (laidOutCache === cached) laidOutCache = null; // try again next time
    throw error;
  }
}
