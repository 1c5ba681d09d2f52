// The drawing as SVG, written by us from what Cytoscape shows: group boxes, then ties with their
// arrows, then people by role shape, then labels — each from the element's resolved style and,
// in the browser, Cytoscape's own edge geometry (endpoints, bezier control points), so the SVG
// matches the PNG of the same view. Our own code, so the single-file hand-out people e-mail
// around carries no GPL-licensed exporter. Labels are user data: every element is made with
// createElementNS and every text set with textContent, never parsed from a string of markup.
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';

export const SVG_NS = 'http://www.w3.org/2000/svg';

/** The width of a text in px, for a CSS font shorthand. */
export type TextMeasure = (text: string, font: string) => number;

export interface SvgDrawingOptions {
  /** Space around the drawing's bounding box, in px. */
  margin?: number;
  /** Makes the SVG document: the page's by default; the Node tests pass xmldom's. */
  implementation?: DOMImplementation;
  /** Text widths for label backgrounds and ellipses: a canvas by default. */
  measure?: TextMeasure;
  /** A ground under the whole drawing; none when not given. */
  background?: string;
}

export interface SvgDrawing {
  document: Document;
  root: SVGSVGElement;
  /** The viewBox, in Cytoscape's model coordinates: the bounding box plus the margin. */
  box: { x: number; y: number; width: number; height: number };
}

interface Point {
  x: number;
  y: number;
}

/** What the core has at run time and its typings leave out. */
interface NodeExtras {
  padding(): number;
  effectiveOpacity(): number;
}

/** Coordinates to two decimals: plenty for a drawing, and a smaller file. */
const num = (n: number): string => String(Math.round(n * 100) / 100);

const numeric = (ele: NodeSingular | EdgeSingular, name: string): number => {
  const value = Number(ele.numericStyle(name));
  return Number.isFinite(value) ? value : 0;
};

/** The drawing of `cy` as it is laid out now, in a new SVG document. */
export function drawSvg(cy: Core, options: SvgDrawingOptions = {}): SvgDrawing {
  const margin = options.margin ?? 16;
  const implementation = options.implementation ?? document.implementation;
  const measure = options.measure ?? canvasMeasure() ?? roughMeasure;
  const owner = implementation.createDocument(SVG_NS, 'svg', null);
  const root = owner.documentElement as unknown as SVGSVGElement;
  const make = maker(owner);

  const bounds = cy.elements().boundingBox();
  const empty = !Number.isFinite(bounds.x1) || cy.elements().empty();
  const box = empty
    ? { x: 0, y: 0, width: 2 * margin, height: 2 * margin }
    : {
        x: bounds.x1 - margin,
        y: bounds.y1 - margin,
        width: bounds.w + 2 * margin,
        height: bounds.h + 2 * margin,
      };
  root.setAttribute('width', num(box.width));
  root.setAttribute('height', num(box.height));
  root.setAttribute('viewBox', [box.x, box.y, box.width, box.height].map(num).join(' '));
  if (options.background)
    root.appendChild(
      make('rect', {
        x: box.x,
        y: box.y,
        width: box.width,
        height: box.height,
        fill: options.background,
      }),
    );

  const nodes = cy
    .nodes()
    .filter((n) => n.visible())
    .toArray() as NodeSingular[];
  // Boxes from the outermost in, so a team's box lies on its organisation's.
  const depth = (n: NodeSingular) => n.ancestors().length;
  const compounds = nodes.filter((n) => n.isParent()).sort((a, b) => depth(a) - depth(b));
  const leaves = nodes.filter((n) => !n.isParent());

  const groupsLayer = root.appendChild(make('g', { class: 'leadnet-groups' }));
  compounds.forEach((n) => void groupsLayer.appendChild(drawNode(make, n)));
  const edgesLayer = root.appendChild(make('g', { class: 'leadnet-ties' }));
  cy.edges().forEach((e) => {
    const drawn = e.visible() ? drawEdge(make, e) : null;
    if (drawn) edgesLayer.appendChild(drawn);
  });
  const nodesLayer = root.appendChild(make('g', { class: 'leadnet-nodes' }));
  leaves.forEach((n) => void nodesLayer.appendChild(drawNode(make, n)));
  const labelsLayer = root.appendChild(make('g', { class: 'leadnet-labels' }));
  [...compounds, ...leaves].forEach((n) => {
    const label = drawLabel(make, n, measure);
    if (label) labelsLayer.appendChild(label);
  });
  return { document: owner, root, box };
}

type Make = <K extends keyof SVGElementTagNameMap>(
  name: K,
  attributes?: Record<string, string | number | undefined>,
  text?: string,
) => SVGElementTagNameMap[K];

/** An SVG element maker for a document: attributes by setAttribute, text by textContent. */
function maker(owner: Document): Make {
  return (name, attributes = {}, text) => {
    const element = owner.createElementNS(SVG_NS, name) as SVGElementTagNameMap[typeof name];
    for (const [key, value] of Object.entries(attributes)) {
      if (value === undefined) continue;
      element.setAttribute(key, typeof value === 'number' ? num(value) : value);
    }
    if (text !== undefined) element.textContent = text;
    return element;
  };
}

/** An opacity attribute only where it is not 1. */
const opacity = (value: number): number | undefined => (value < 1 ? Math.max(0, value) : undefined);

// ---- Nodes -------------------------------------------------------------------------------

/** A node's shape with its fill and border, as Cytoscape's drawNode paints it. */
function drawNode(make: Make, node: NodeSingular): SVGGElement {
  const extras = node as unknown as NodeExtras;
  const eleOpacity = extras.effectiveOpacity();
  const padding = extras.padding();
  const width = node.width() + 2 * padding;
  const height = node.height() + 2 * padding;
  const { x, y } = node.position();
  const group = make('g', { class: node.isParent() ? 'group' : 'node', 'data-id': node.id() });
  const borderWidth = numeric(node, 'border-width');
  const borderOpacity = numeric(node, 'border-opacity') * eleOpacity;
  const fillOpacity = numeric(node, 'background-opacity') * eleOpacity;
  const borderStyle = String(node.style('border-style'));
  const dash =
    borderStyle === 'dashed'
      ? dashArray(node.numericStyle('border-dash-pattern'))
      : borderStyle === 'dotted'
        ? '1 1'
        : undefined;
  const shape = String(node.style('shape'));
  group.appendChild(
    make('path', {
      class: `shape shape-${shape}`,
      d: shapeOutline(shape, x, y, width, height, cornerRadius(node)),
      fill: fillOpacity > 0 ? String(node.style('background-color')) : 'none',
      'fill-opacity': fillOpacity > 0 ? opacity(fillOpacity) : undefined,
      stroke: borderWidth > 0 && borderOpacity > 0 ? String(node.style('border-color')) : 'none',
      'stroke-width': borderWidth > 0 && borderOpacity > 0 ? borderWidth : undefined,
      'stroke-opacity': borderWidth > 0 ? opacity(borderOpacity) : undefined,
      'stroke-dasharray': borderWidth > 0 ? dash : undefined,
    }),
  );
  return group;
}

/** The style's corner radius: a number, or 'auto' for Cytoscape's default for the shape. */
function cornerRadius(node: NodeSingular): number | 'auto' {
  const value = node.style('corner-radius') as unknown;
  const radius = parseFloat(String(value));
  return value === 'auto' || !Number.isFinite(radius) ? 'auto' : radius;
}

const dashArray = (pattern: unknown): string | undefined =>
  Array.isArray(pattern) && pattern.length
    ? pattern.map((n) => num(Number(n))).join(' ')
    : undefined;

/**
 * A regular polygon's unit points fitted to the square -1…1, as Cytoscape makes its node
 * shapes (a point up for odd sides, a flat top for even).
 */
function ngon(sides: number, rotation = 0): number[] {
  const increment = (2 * Math.PI) / sides;
  const start = (sides % 2 === 0 ? Math.PI / 2 + increment / 2 : Math.PI / 2) + rotation;
  const points: number[] = [];
  for (let i = 0; i < sides; i++)
    points.push(Math.cos(i * increment + start), Math.sin(-(i * increment + start)));
  return points;
}

function fitToSquare(points: number[]): number[] {
  const xs = points.filter((_, i) => i % 2 === 0);
  const ys = points.filter((_, i) => i % 2 === 1);
  const sx = 2 / (Math.max(...xs) - Math.min(...xs));
  const sy = 2 / (Math.max(...ys) - Math.min(...ys));
  const fitted = points.map((v, i) => v * (i % 2 === 0 ? sx : sy));
  const minY = Math.min(...fitted.filter((_, i) => i % 2 === 1));
  return minY < -1 ? fitted.map((v, i) => (i % 2 === 1 ? v + (-1 - minY) : v)) : fitted;
}

function starPoints(): number[] {
  const outer = ngon(5);
  const inner = ngon(5, Math.PI / 5);
  const innerRadius = 0.5 * (3 - Math.sqrt(5)) * 1.57;
  const points: number[] = [];
  for (let i = 0; i < 5; i++)
    points.push(
      outer[2 * i]!,
      outer[2 * i + 1]!,
      inner[2 * i]! * innerRadius,
      inner[2 * i + 1]! * innerRadius,
    );
  return fitToSquare(points);
}

/** Cytoscape's polygon shapes as unit points (y down), by shape name without `round-`. */
const POLYGONS: ReadonlyMap<string, number[]> = new Map([
  ['triangle', fitToSquare(ngon(3))],
  ['rectangle', fitToSquare(ngon(4))],
  ['square', fitToSquare(ngon(4))],
  ['diamond', [0, 1, 1, 0, 0, -1, -1, 0]],
  ['pentagon', fitToSquare(ngon(5))],
  ['hexagon', fitToSquare(ngon(6))],
  ['heptagon', fitToSquare(ngon(7))],
  ['octagon', fitToSquare(ngon(8))],
  ['star', starPoints()],
  ['vee', [-1, -1, 0, -0.333, 1, -1, 0, 1]],
  ['rhomboid', [-1, -1, 0.333, -1, 1, 1, -0.333, 1]],
  ['right-rhomboid', [-0.333, -1, 1, -1, 0.333, 1, -1, 1]],
  ['concave-hexagon', [-1, -0.95, -0.75, 0, -1, 0.95, 1, 0.95, 0.75, 0, 1, -0.95]],
  ['tag', [-1, -1, 0.25, -1, 1, 0, 0.25, 1, -1, 1]],
]);

/** The SVG path of a node shape centred on (x, y), `width` × `height`, as Cytoscape draws it. */
export function shapeOutline(
  shape: string,
  x: number,
  y: number,
  width: number,
  height: number,
  radius: number | 'auto' = 'auto',
): string {
  const hw = width / 2;
  const hh = height / 2;
  if (shape === 'round-rectangle' || shape === 'roundrectangle') {
    const r = radius === 'auto' ? Math.min(width / 4, height / 4, 8) : Math.min(radius, hw, hh);
    return roundedPolygon(
      [
        { x: x - hw, y: y - hh },
        { x: x + hw, y: y - hh },
        { x: x + hw, y: y + hh },
        { x: x - hw, y: y + hh },
      ],
      r,
    );
  }
  const round = shape.startsWith('round-');
  const unit = POLYGONS.get(round ? shape.slice('round-'.length) : shape);
  if (unit) {
    const points: Point[] = [];
    for (let i = 0; i < unit.length; i += 2)
      points.push({ x: x + hw * unit[i]!, y: y + hh * unit[i + 1]! });
    if (!round) return `M${points.map((p) => `${num(p.x)} ${num(p.y)}`).join(' L')} Z`;
    return roundedPolygon(
      points,
      radius === 'auto' ? Math.min(width / 10, height / 10, 8) : radius,
    );
  }
  // An ellipse, and what we do not know drawn as one.
  return (
    `M${num(x - hw)} ${num(y)} A${num(hw)} ${num(hh)} 0 1 0 ${num(x + hw)} ${num(y)} ` +
    `A${num(hw)} ${num(hh)} 0 1 0 ${num(x - hw)} ${num(y)} Z`
  );
}

/**
 * A polygon whose corners are arcs of radius `radius` (smaller where a side is too short for
 * it), as Cytoscape rounds its round-* shapes.
 */
function roundedPolygon(points: Point[], radius: number): string {
  const parts: string[] = [];
  points.forEach((corner, i) => {
    const previous = points[(i + points.length - 1) % points.length]!;
    const next = points[(i + 1) % points.length]!;
    const toPrevious = { x: previous.x - corner.x, y: previous.y - corner.y };
    const toNext = { x: next.x - corner.x, y: next.y - corner.y };
    const lengthPrevious = Math.hypot(toPrevious.x, toPrevious.y);
    const lengthNext = Math.hypot(toNext.x, toNext.y);
    const angle = Math.acos(
      Math.max(
        -1,
        Math.min(
          1,
          (toPrevious.x * toNext.x + toPrevious.y * toNext.y) / (lengthPrevious * lengthNext),
        ),
      ),
    );
    const half = angle / 2;
    let r = radius;
    let cut = Math.abs((Math.cos(half) * r) / Math.sin(half));
    const most = Math.min(lengthPrevious / 2, lengthNext / 2);
    if (cut > most) {
      cut = most;
      r = Math.abs((cut * Math.sin(half)) / Math.cos(half));
    }
    const start = {
      x: corner.x + (toPrevious.x / lengthPrevious) * cut,
      y: corner.y + (toPrevious.y / lengthPrevious) * cut,
    };
    const stop = {
      x: corner.x + (toNext.x / lengthNext) * cut,
      y: corner.y + (toNext.y / lengthNext) * cut,
    };
    // Turning clockwise on screen (y down) is SVG's positive sweep.
    const turn = -toPrevious.x * toNext.y + toPrevious.y * toNext.x;
    parts.push(`${i === 0 ? 'M' : 'L'}${num(start.x)} ${num(start.y)}`);
    if (r > 0 && cut > 0)
      parts.push(`A${num(r)} ${num(r)} 0 0 ${turn > 0 ? 1 : 0} ${num(stop.x)} ${num(stop.y)}`);
  });
  return `${parts.join(' ')} Z`;
}

// ---- Edges -------------------------------------------------------------------------------

interface EdgeGeometry {
  start: Point;
  /** The arrow's tip (where the tie meets the target's border). */
  end: Point;
  /** Bezier control points (quadratic, chained through their midpoints) or segment corners. */
  controls: Point[];
  segments: Point[];
}

/**
 * Where Cytoscape draws the tie. A headless Cytoscape (the Node tests) has no renderer to ask:
 * there the tie is straight between the nodes' borders.
 */
function edgeGeometry(edge: EdgeSingular): EdgeGeometry | null {
  let geometry: EdgeGeometry;
  try {
    geometry = {
      start: edge.sourceEndpoint(),
      end: edge.targetEndpoint(),
      controls: edge.controlPoints() ?? [],
      segments: edge.segmentPoints() ?? [],
    };
  } catch {
    geometry = straightBetween(edge.source(), edge.target());
  }
  const all = [geometry.start, geometry.end, ...geometry.controls, ...geometry.segments];
  // Cytoscape draws no line it could not place (nodes on top of each other).
  return all.every((p) => p && Number.isFinite(p.x) && Number.isFinite(p.y)) ? geometry : null;
}

function straightBetween(source: NodeSingular, target: NodeSingular): EdgeGeometry {
  const from = source.position();
  const to = target.position();
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  /** How far along the line a node's box reaches from its centre, as a share of the line. */
  const reach = (node: NodeSingular) =>
    Math.min(
      dx ? node.outerWidth() / 2 / Math.abs(dx) : Infinity,
      dy ? node.outerHeight() / 2 / Math.abs(dy) : Infinity,
      0.5,
    );
  const s = reach(source);
  const t = 1 - reach(target);
  return {
    start: { x: from.x + dx * s, y: from.y + dy * s },
    end: { x: from.x + dx * t, y: from.y + dy * t },
    controls: [],
    segments: [],
  };
}

/** A tie as Cytoscape's drawEdge paints it: its line, then the target arrow over its end. */
function drawEdge(make: Make, edge: EdgeSingular): SVGGElement | null {
  const geometry = edgeGeometry(edge);
  if (!geometry) return null;
  const { start, end, controls, segments } = geometry;
  const width = numeric(edge, 'width');
  const alpha = numeric(edge, 'opacity') * numeric(edge, 'line-opacity');
  const group = make('g', { class: 'edge', 'data-id': edge.id() });
  // The point the line comes from into the target: the arrow points along it.
  const before = controls.at(-1) ?? segments.at(-1) ?? start;
  const length = Math.hypot(end.x - before.x, end.y - before.y) || 1;
  const direction = { x: (end.x - before.x) / length, y: (end.y - before.y) / length };
  const arrowShape = String(edge.style('target-arrow-shape'));
  const arrowScale = numeric(edge, 'arrow-scale') || 1;
  const hasArrow = arrowShape !== 'none';
  // The line stops short of the tip so its width does not show past the arrow.
  const gap = hasArrow ? width * arrowScale * 2 : 0;
  const lineEnd = { x: end.x - direction.x * gap, y: end.y - direction.y * gap };

  let d = `M${num(start.x)} ${num(start.y)}`;
  if (controls.length) {
    controls.forEach((control, i) => {
      const next = controls[i + 1];
      const to = next ? { x: (control.x + next.x) / 2, y: (control.y + next.y) / 2 } : lineEnd;
      d += ` Q${num(control.x)} ${num(control.y)} ${num(to.x)} ${num(to.y)}`;
    });
  } else {
    for (const point of segments) d += ` L${num(point.x)} ${num(point.y)}`;
    d += ` L${num(lineEnd.x)} ${num(lineEnd.y)}`;
  }
  const lineStyle = String(edge.style('line-style'));
  group.appendChild(
    make('path', {
      class: 'line',
      d,
      fill: 'none',
      stroke: String(edge.style('line-color')),
      'stroke-width': width,
      'stroke-opacity': opacity(alpha),
      'stroke-linecap': String(edge.style('line-cap')),
      'stroke-dasharray':
        lineStyle === 'dashed'
          ? dashArray(edge.numericStyle('line-dash-pattern'))
          : lineStyle === 'dotted'
            ? '1 1'
            : undefined,
    }),
  );
  if (hasArrow) {
    // Cytoscape's triangle: tip at the end, 0.3 × size long, 0.3 × size wide.
    const size = Math.max(Math.pow(width * 13.37, 0.9), 29) * arrowScale;
    const back = { x: end.x - direction.x * 0.3 * size, y: end.y - direction.y * 0.3 * size };
    const side = { x: -direction.y * 0.15 * size, y: direction.x * 0.15 * size };
    const hollow = String(edge.style('target-arrow-fill')) === 'hollow';
    const color = String(edge.style('target-arrow-color'));
    group.appendChild(
      make('path', {
        class: `arrow arrow-${arrowShape}`,
        d:
          `M${num(end.x)} ${num(end.y)} L${num(back.x + side.x)} ${num(back.y + side.y)} ` +
          `L${num(back.x - side.x)} ${num(back.y - side.y)} Z`,
        fill: hollow ? 'none' : color,
        'fill-opacity': hollow ? undefined : opacity(alpha),
        stroke: hollow ? color : undefined,
        'stroke-width': hollow ? width : undefined,
        'stroke-opacity': hollow ? opacity(alpha) : undefined,
      }),
    );
  }
  return group;
}

// ---- Labels ------------------------------------------------------------------------------

/** A canvas to measure text with, as Cytoscape does; null where there is none (Node). */
function canvasMeasure(): TextMeasure | null {
  const canvas =
    typeof OffscreenCanvas !== 'undefined'
      ? new OffscreenCanvas(1, 1)
      : typeof document !== 'undefined'
        ? document.createElement('canvas')
        : null;
  const context = canvas?.getContext('2d') as
    CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null | undefined;
  if (!context) return null;
  return (text, font) => {
    context.font = font;
    return context.measureText(text).width;
  };
}

/** Widths guessed from the font size, where no canvas can measure. */
const roughMeasure: TextMeasure = (text, font) =>
  [...text].length * (parseFloat(/(\d+(\.\d+)?)px/.exec(font)?.[1] ?? '16') || 16) * 0.55;

/** The label's lines as Cytoscape shows them: transformed, cut with an ellipsis or wrapped. */
function labelLines(node: NodeSingular, measure: TextMeasure, font: string): string[] {
  let text = String(node.style('label') ?? '');
  const transform = String(node.style('text-transform'));
  if (transform === 'uppercase') text = text.toUpperCase();
  else if (transform === 'lowercase') text = text.toLowerCase();
  const wrap = String(node.style('text-wrap'));
  const maxWidth = numeric(node, 'text-max-width');
  const width = (s: string) => Math.ceil(measure(s, font));
  if (wrap === 'ellipsis' && maxWidth > 0 && width(text) >= maxWidth) {
    let cut = '';
    for (const character of text) {
      if (width(`${cut}${character}…`) > maxWidth) break;
      cut += character;
    }
    return [`${cut}…`];
  }
  if (wrap !== 'wrap') return [text];
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const longer = line ? `${line} ${word}` : word;
      if (line && maxWidth > 0 && width(longer) > maxWidth) {
        lines.push(line);
        line = word;
      } else line = longer;
    }
    lines.push(line);
  }
  return lines;
}

/**
 * A node's label where Cytoscape's drawText puts it: beside the padded box by text-halign and
 * text-valign, moved by the text margins, over its text background. Hidden labels
 * (text-opacity 0, or an element faded to nothing) are not written.
 */
function drawLabel(make: Make, node: NodeSingular, measure: TextMeasure): SVGGElement | null {
  const raw = String(node.style('label') ?? '');
  const extras = node as unknown as NodeExtras;
  const eleOpacity = extras.effectiveOpacity();
  const textOpacity = numeric(node, 'text-opacity') * eleOpacity;
  if (!raw || textOpacity <= 0) return null;
  const size = numeric(node, 'font-size');
  const weight = String(node.style('font-weight'));
  const fontStyle = String(node.style('font-style'));
  const family = String(node.style('font-family'));
  const font = `${fontStyle} ${weight} ${size}px ${family}`;
  const lines = labelLines(node, measure, font);
  const lineHeight = size * (numeric(node, 'line-height') || 1);
  const textWidth = Math.max(...lines.map((line) => Math.ceil(measure(line, font))));
  const textHeight = size + (lines.length - 1) * lineHeight;

  const padding = extras.padding();
  const { x, y } = node.position();
  const halfW = node.width() / 2;
  const halfH = node.height() / 2;
  const halign = String(node.style('text-halign'));
  const valign = String(node.style('text-valign'));
  let anchorX = x;
  if (halign === 'left') anchorX = x - halfW - padding;
  else if (halign === 'left-inside') anchorX = x - halfW + padding;
  else if (halign === 'right') anchorX = x + halfW + padding;
  else if (halign === 'right-inside') anchorX = x + halfW - padding;
  let anchorY = y;
  if (valign === 'top') anchorY = y - halfH - padding;
  else if (valign === 'top-inside') anchorY = y - halfH + padding;
  else if (valign === 'bottom') anchorY = y + halfH + padding;
  else if (valign === 'bottom-inside') anchorY = y + halfH - padding;
  anchorX += numeric(node, 'text-margin-x');
  anchorY += numeric(node, 'text-margin-y');
  // The text's box: above the anchor for top, centred on it, or below it for bottom.
  const boxV =
    valign === 'top' || valign === 'bottom-inside'
      ? 'top'
      : valign === 'bottom' || valign === 'top-inside'
        ? 'bottom'
        : 'center';
  const boxH =
    halign === 'left' || halign === 'right-inside'
      ? 'left'
      : halign === 'right' || halign === 'left-inside'
        ? 'right'
        : 'center';
  const bottom = anchorY + (boxV === 'top' ? 0 : boxV === 'center' ? textHeight / 2 : textHeight);
  const top = bottom - textHeight;
  const left = anchorX - (boxH === 'left' ? textWidth : boxH === 'center' ? textWidth / 2 : 0);

  const group = make('g', { class: 'label', 'data-id': node.id() });
  const backgroundOpacity = numeric(node, 'text-background-opacity') * eleOpacity;
  if (backgroundOpacity > 0) {
    const pad = numeric(node, 'text-background-padding');
    const shape = String(node.style('text-background-shape'));
    group.appendChild(
      make('rect', {
        class: 'label-background',
        x: left - pad,
        y: top - pad,
        width: textWidth + 2 * pad,
        height: textHeight + 2 * pad,
        rx: shape === 'round-rectangle' || shape === 'roundrectangle' ? 2 : undefined,
        fill: String(node.style('text-background-color')),
        'fill-opacity': opacity(backgroundOpacity),
      }),
    );
  }
  const outline = numeric(node, 'text-outline-width');
  const text = make('text', {
    // A label is the network's text: isolated, whatever direction marks it holds.
    'unicode-bidi': 'isolate',
    x: boxH === 'left' ? left + textWidth : boxH === 'center' ? anchorX : left,
    'text-anchor': boxH === 'left' ? 'end' : boxH === 'center' ? 'middle' : 'start',
    'font-family': family,
    'font-size': size,
    'font-weight': weight === 'normal' ? undefined : weight,
    'font-style': fontStyle === 'normal' ? undefined : fontStyle,
    fill: String(node.style('color')),
    'fill-opacity': opacity(textOpacity),
    ...(outline > 0
      ? {
          stroke: String(node.style('text-outline-color')),
          'stroke-width': 2 * outline,
          'stroke-opacity': opacity(numeric(node, 'text-outline-opacity') * textOpacity),
          'stroke-linejoin': 'round',
          'paint-order': 'stroke',
        }
      : {}),
  });
  // Canvas text sits on the bottom of its em box; the baseline is about a fifth of the size
  // above it in the sans-serif fonts we use.
  const descent = size * 0.21;
  if (lines.length === 1) {
    text.setAttribute('y', num(bottom - descent));
    text.textContent = lines[0]!;
  } else
    lines.forEach((line, i) =>
      text.appendChild(
        make(
          'tspan',
          { x: text.getAttribute('x') ?? undefined, y: top + size + i * lineHeight - descent },
          line,
        ),
      ),
    );
  group.appendChild(text);
  if (lines.join('\n') !== raw) group.appendChild(make('title', {}, raw));
  return group;
}
