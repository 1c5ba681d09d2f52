// Our SVG drawing of the network, on a headless Cytoscape in Node with the app's stylesheet (the
// SVG document comes from xmldom): every group, person and tie is there with its role's shape
// and colour and its kind's colour and dash, arrows point at the target, labels are text (never
// markup), odd ids work, hidden labels stay hidden and the viewBox holds the whole drawing.
import { DOMImplementation, DOMParser, XMLSerializer } from '@xmldom/xmldom';
import cytoscape, { type Core } from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { documentOf as doc } from '../helpers/documents';
import { actorElementId, groupElementId, tieElementId } from '../../src/ui/graph/elements';
import { KIND_LOOKS, OTHER_ROLE, ROLE_LOOKS } from '../../src/ui/graph/palette';
import { createStylesheet } from '../../src/ui/graph/stylesheet';
import { type SvgDrawing, drawSvg } from '../../src/ui/graph/svg-writer';
import { syncDocument } from '../../src/ui/graph/sync';

const HOSTILE = '<script>a&b</script>';

const network = doc({
  groups: [{ id: '__proto__', kind: 'team', label: 'Ward 7' }],
  actors: [
    { id: '__proto__', role: 'member', group: '__proto__', label: HOSTILE },
    { id: 'constructor', role: 'coordinator', group: '__proto__', label: 'Cora' },
    { id: 'boss', role: 'manager', label: 'Bo' },
    { id: 'region', role: 'regional-coordinator', label: 'Rita' },
    { id: 'odd', role: 'janitor', label: 'Ole' },
  ],
  ties: [
    { id: 'toString', source: '__proto__', target: 'constructor', kind: 'leadership', weight: 1 },
    { id: 't2', source: 'constructor', target: 'boss', kind: 'support', weight: 0.5 },
    { id: 't3', source: 'constructor', target: 'region', kind: 'coordination', weight: 0.5 },
    { id: 't4', source: 'boss', target: 'region', kind: 'reporting', weight: 0.25 },
  ],
});

const PLACES: [string, number, number][] = [
  ['__proto__', 0, 0],
  ['constructor', 120, 40],
  ['boss', 400, -150],
  ['region', 450, 260],
  ['odd', -260, 300],
];

let cy: Core;
beforeEach(() => {
  cy = cytoscape({ headless: true, styleEnabled: true, style: createStylesheet() });
  syncDocument(cy, network);
  for (const [id, x, y] of PLACES) cy.getElementById(actorElementId(id)).position({ x, y });
});
afterEach(() => cy.destroy()); // a headless instance keeps Node alive otherwise

const implementation = new DOMImplementation() as unknown as globalThis.DOMImplementation;

/** The drawing as the text a user saves, and that text read back as XML. */
function written(drawing: SvgDrawing = drawSvg(cy, { implementation })) {
  const text = new XMLSerializer().serializeToString(drawing.document as never);
  const parsed = new DOMParser().parseFromString(text, 'image/svg+xml');
  return { text, root: parsed.documentElement!, drawing };
}

type El = ReturnType<typeof written>['root'];
const all = (root: El, tag: string): El[] => Array.from(root.getElementsByTagName(tag));
/** The drawn part (group, node, edge, label) for a Cytoscape element id. */
const part = (root: El, className: string, id: string): El | undefined =>
  all(root, 'g').find(
    (g) => g.getAttribute('class') === className && g.getAttribute('data-id') === id,
  );
const childPath = (g: El | undefined, className: string): El | undefined =>
  g
    ? all(g, 'path').find((p) => p.getAttribute('class')?.split(' ').includes(className))
    : undefined;

/** `#D55E00` as Cytoscape gives colours back: `rgb(213,94,0)`. */
const rgb = (hex: string) => {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${n >> 16},${(n >> 8) & 255},${n & 255})`;
};

/** The points a path's `d` goes to (the end point of each command; arcs' radii and flags left out). */
const points = (d: string) =>
  [...d.matchAll(/[MLQA]([^MLQAZ]*)/g)].map(([, args]) => {
    const n = args!
      .trim()
      .split(/[\s,]+/)
      .map(Number);
    return { x: n.at(-2)!, y: n.at(-1)! };
  });
const distance = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  Math.hypot(a.x - b.x, a.y - b.y);

describe('drawSvg', () => {
  it('draws every person in their role’s shape and colour, with a dark border', () => {
    const { root } = written();
    const roles = new Map(network.actors.map((a) => [a.id, a.role]));
    for (const [id] of PLACES) {
      const look = ROLE_LOOKS.find((r) => r.role === roles.get(id)) ?? OTHER_ROLE;
      const shape = childPath(part(root, 'node', actorElementId(id)), 'shape');
      expect(shape, id).toBeDefined();
      expect(shape!.getAttribute('class'), id).toContain(`shape-${look.shape}`);
      expect(shape!.getAttribute('fill'), id).toBe(rgb(look.color));
      expect(shape!.getAttribute('stroke'), id).toBe(rgb('#1a1a1a'));
      expect(Number(shape!.getAttribute('stroke-width')), id).toBe(2);
    }
    // A diamond has four corners (rounded: an arc at each), a star ten points.
    const diamond = childPath(part(root, 'node', actorElementId('constructor')), 'shape')!;
    expect(diamond.getAttribute('d')!.match(/A/g)).toHaveLength(4);
    const star = childPath(part(root, 'node', actorElementId('region')), 'shape')!;
    expect(star.getAttribute('d')!.match(/[ML]/g)).toHaveLength(10);
  });

  it('draws the team box first, round, dashed or solid as its style says, around its people', () => {
    const { root } = written();
    const layers = all(root, 'g')
      .filter((g) => g.getAttribute('class')?.startsWith('leadnet-'))
      .map((g) => g.getAttribute('class'));
    expect(layers).toEqual(['leadnet-groups', 'leadnet-ties', 'leadnet-nodes', 'leadnet-labels']);
    const box = childPath(part(root, 'group', groupElementId('__proto__')), 'shape')!;
    expect(box.getAttribute('fill')).toBe(rgb('#eef6fb'));
    expect(Number(box.getAttribute('fill-opacity'))).toBeCloseTo(0.6);
    expect(box.getAttribute('stroke')).toBe(rgb('#4d7d99'));
    expect(box.getAttribute('stroke-dasharray')).toBeNull(); // a team's border is solid
    const corners = points(box.getAttribute('d')!);
    const xs = corners.map((p) => p.x);
    const ys = corners.map((p) => p.y);
    // Both members (34 and 40 px wide) lie inside the box with its 18 px padding.
    expect(Math.min(...xs)).toBeLessThanOrEqual(0 - 17 - 18 + 0.5);
    expect(Math.max(...xs)).toBeGreaterThanOrEqual(120 + 20 + 18 - 0.5);
    expect(Math.min(...ys)).toBeLessThanOrEqual(-17 - 18 + 0.5);
    expect(Math.max(...ys)).toBeGreaterThanOrEqual(40 + 20 + 18 - 0.5);
  });

  it('draws every tie in its kind’s colour and dash, with an arrow pointing at the target', () => {
    const { root } = written();
    const kinds = new Map(KIND_LOOKS.map((k) => [k.kind, k]));
    for (const tie of network.ties) {
      const look = kinds.get(tie.kind)!;
      const drawn = part(root, 'edge', tieElementId(tie.id));
      const line = childPath(drawn, 'line');
      const arrow = childPath(drawn, 'arrow');
      expect(line, tie.id).toBeDefined();
      expect(line!.getAttribute('stroke'), tie.id).toBe(rgb(look.color));
      expect(line!.getAttribute('fill'), tie.id).toBe('none');
      expect(Number(line!.getAttribute('stroke-width')), tie.id).toBeCloseTo(1 + 4 * tie.weight);
      expect(Number(line!.getAttribute('stroke-opacity')), tie.id).toBeCloseTo(0.85);
      expect(line!.getAttribute('stroke-dasharray'), tie.id).toBe(
        look.dash.length ? look.dash.join(' ') : null,
      );
      expect(arrow!.getAttribute('fill'), tie.id).toBe(rgb(look.color));
      // The tip is the arrow's first point: nearer the target than its base, on the target's
      // border rather than at its centre, and further along than where the line stops.
      const [tip, left, right] = points(arrow!.getAttribute('d')!);
      const target = PLACES.find(([id]) => id === tie.target)!;
      const centre = { x: target[1], y: target[2] };
      expect(distance(tip!, centre), tie.id).toBeLessThan(distance(left!, centre));
      expect(distance(tip!, centre), tie.id).toBeLessThan(distance(right!, centre));
      expect(distance(tip!, centre), tie.id).toBeGreaterThan(10);
      const lineEnd = points(line!.getAttribute('d')!).at(-1)!;
      expect(distance(tip!, centre), tie.id).toBeLessThan(distance(lineEnd, centre));
    }
  });

  it('writes labels as text: a label that looks like markup stays text', () => {
    // Names are cut only when really long in a saved image (GraphView's exportImage).
    cy.style().selector('node.actor').style({ 'text-max-width': '200px' }).update();
    const { text, root } = written();
    expect(text).not.toMatch(/<script/i);
    expect(text).toMatch(/&lt;script(&gt;|>)a&amp;b&lt;\/script(&gt;|>)/);
    const labels = all(root, 'text').map((t) => t.textContent);
    expect(labels).toContain(HOSTILE);
    for (const label of ['Cora', 'Bo', 'Rita', 'Ole', 'Ward 7']) expect(labels).toContain(label);
    // Person labels below the shape (text-valign bottom), the team's above its box.
    const labelY = (id: string) =>
      Number(all(part(root, 'label', id)!, 'text')[0]!.getAttribute('y'));
    expect(labelY(actorElementId('boss'))).toBeGreaterThan(-150 + 22);
    expect(labelY(groupElementId('__proto__'))).toBeLessThan(-17 - 18);
    // The team's label is bold; a member's is not.
    const weight = (id: string) =>
      all(part(root, 'label', id)!, 'text')[0]!.getAttribute('font-weight');
    expect(weight(groupElementId('__proto__'))).toBe('bold');
    expect(weight(actorElementId('odd'))).toBeNull();
    // Labels sit on the stylesheet's white background.
    const ground = all(part(root, 'label', actorElementId('odd'))!, 'rect')[0]!;
    expect(ground.getAttribute('fill')).toBe(rgb('#ffffff'));
    expect(Number(ground.getAttribute('fill-opacity'))).toBeCloseTo(0.75);
  });

  it('isolates every label, so a right-to-left override stays inside it', () => {
    const { root } = written();
    const texts = all(root, 'g')
      .filter((g) => g.getAttribute('class') === 'label')
      .flatMap((g) => all(g, 'text'));
    expect(texts.length).toBeGreaterThanOrEqual(6);
    for (const t of texts) expect(t.getAttribute('unicode-bidi')).toBe('isolate');
  });

  it('cuts a long label with an ellipsis as the canvas does, and keeps it whole in a title', () => {
    const long = 'Anne-Marie Kristiansen-Østergaard, sygeplejerske';
    cy.getElementById(actorElementId('odd')).data('label', long);
    const { root } = written();
    const label = part(root, 'label', actorElementId('odd'))!;
    const shown = all(label, 'text')[0]!.textContent!;
    expect(shown.endsWith('…')).toBe(true);
    expect(long.startsWith(shown.slice(0, -1))).toBe(true);
    expect(shown.length).toBeLessThan(long.length);
    expect(all(label, 'title')[0]!.textContent).toBe(long);
  });

  it('leaves out hidden labels and fades absent elements as the canvas does', () => {
    cy.getElementById(actorElementId('boss')).data('labelHidden', true);
    cy.style().selector('node[?labelHidden]').style({ 'text-opacity': 0 }).update();
    cy.getElementById(actorElementId('odd')).data('absent', true);
    cy.getElementById(tieElementId('t4')).data('absent', true);
    const { root } = written();
    expect(part(root, 'label', actorElementId('boss'))).toBeUndefined();
    expect(part(root, 'node', actorElementId('boss'))).toBeDefined();
    const faded = childPath(part(root, 'node', actorElementId('odd')), 'shape')!;
    expect(Number(faded.getAttribute('fill-opacity'))).toBeCloseTo(0.12);
    expect(Number(faded.getAttribute('stroke-opacity'))).toBeCloseTo(0.12);
    const fadedTie = childPath(part(root, 'edge', tieElementId('t4')), 'line')!;
    expect(Number(fadedTie.getAttribute('stroke-opacity'))).toBeCloseTo(0.12);
    const fadedLabel = all(part(root, 'label', actorElementId('odd'))!, 'text')[0]!;
    expect(Number(fadedLabel.getAttribute('fill-opacity'))).toBeCloseTo(0.12);
  });

  it('has a viewBox around every node, and one entry per element', () => {
    const { root, drawing } = written();
    const [x, y, width, height] = root.getAttribute('viewBox')!.split(' ').map(Number);
    expect(drawing.box).toEqual({ x, y, width, height });
    for (const [id, px, py] of PLACES) {
      const size = cy.getElementById(actorElementId(id)).outerWidth() / 2;
      expect(px - size, id).toBeGreaterThanOrEqual(x!);
      expect(py - size, id).toBeGreaterThanOrEqual(y!);
      expect(px + size, id).toBeLessThanOrEqual(x! + width!);
      expect(py + size, id).toBeLessThanOrEqual(y! + height!);
    }
    const ids = (className: string) =>
      all(root, 'g')
        .filter((g) => g.getAttribute('class') === className)
        .map((g) => g.getAttribute('data-id'))
        .sort();
    expect(ids('node')).toEqual(network.actors.map((a) => actorElementId(a.id)).sort());
    expect(ids('group')).toEqual([groupElementId('__proto__')]);
    expect(ids('edge')).toEqual(network.ties.map((t) => tieElementId(t.id)).sort());
  });

  it('writes an empty drawing for an empty network', () => {
    cy.elements().remove();
    const { root } = written();
    expect(root.nodeName).toBe('svg');
    expect(all(root, 'path')).toHaveLength(0);
    expect(root.getAttribute('viewBox')!.split(' ').map(Number).every(Number.isFinite)).toBe(true);
  });
});
