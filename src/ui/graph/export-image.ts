// The drawing as an image: PNG at a chosen scale, or SVG with the legend drawn into it (roles by
// shape and colour, tie kinds by dash and colour, the direction in words, in the UI's language).
// Labels are user data: the SVG is built with DOM calls and textContent only, never from strings
// of markup.
import type { Core } from 'cytoscape';
import type { NetworkDocument } from '../../core/document/types';
import {
  KIND_LOOKS,
  type KindLook,
  OTHER_KIND,
  OTHER_ROLE,
  ROLE_LOOKS,
  type RoleLook,
  kindLook,
  roleLook,
  shapePath,
} from './palette';
import { SVG_NS, drawSvg } from './svg-writer';
import { m } from '../i18n-plain';
import { isolate } from '../engine-text';

/** The legend's sentence on direction, as the side panel's legend says it. */
export const directionNote = (): string =>
  [m.app_legend_note_start(), m.app_legend_note_looks_to(), m.app_legend_note_end()].join(' ');

/** The whole network as a PNG, `scale` times its size on the canvas at zoom 1. */
export function exportPng(cy: Core, scale: number): Promise<Blob> {
  return cy.png({ full: true, scale, bg: '#ffffff', output: 'blob-promise' });
}

/** The roles and tie kinds the legend lists: ours always, "other" only when the network has it. */
export function legendLooks(doc: NetworkDocument): { roles: RoleLook[]; kinds: KindLook[] } {
  const roles = [...ROLE_LOOKS];
  if (doc.actors.some((a) => roleLook(a.role) === OTHER_ROLE)) roles.push(OTHER_ROLE);
  const kinds = [...KIND_LOOKS];
  if (doc.ties.some((t) => kindLook(t.kind) === OTHER_KIND)) kinds.push(OTHER_KIND);
  return { roles, kinds };
}

/** Words broken into lines of at most `width` characters (SVG text does not wrap). */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

const LEGEND_WIDTH = 320;
const FONT = 13;
const LINE = 17;
const WRAP = 44;

function element<K extends keyof SVGElementTagNameMap>(
  owner: Document,
  name: K,
  attributes: Record<string, string | number> = {},
  text?: string,
): SVGElementTagNameMap[K] {
  const node = owner.createElementNS(SVG_NS, name) as SVGElementTagNameMap[K];
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The legend as an SVG group, LEGEND_WIDTH wide; returns it with its height. */
export function buildLegend(
  owner: Document,
  doc: NetworkDocument,
): { group: SVGGElement; height: number } {
  const group = element(owner, 'g', {
    class: 'leadnet-legend',
    'font-family': 'sans-serif',
    'font-size': FONT,
    fill: '#1a1a1a',
  });
  let y = 24;
  const text = (value: string, x: number, attributes: Record<string, string | number> = {}) =>
    group.appendChild(element(owner, 'text', { x, y, ...attributes }, value));
  /** Wrapped text beside a symbol; moves y past it. */
  const entry = (value: string, x: number) => {
    const lines = wrapWords(value, WRAP - 6);
    lines.forEach((line, i) => text(line, x, { y: y + i * LINE }));
    y += Math.max(lines.length * LINE, 24) + 4;
  };
  text(m.app_legend_title(), 0, { 'font-size': FONT + 4, 'font-weight': 'bold' });
  y += 26;
  const { roles, kinds } = legendLooks(doc);
  text(m.app_legend_people().toLocaleUpperCase(), 0, { 'font-weight': 'bold', fill: '#444' });
  y += 20;
  for (const look of roles) {
    const icon = element(owner, 'path', {
      d: shapePath(look.shape),
      fill: look.color,
      stroke: '#1a1a1a',
      'stroke-width': 1.5,
      'stroke-linejoin': 'round',
      transform: `translate(0 ${y - 14})`,
    });
    group.appendChild(icon);
    entry(`${isolate(look.label)} — ${look.description}`, 30);
  }
  y += 6;
  text(m.app_legend_ties().toLocaleUpperCase(), 0, { 'font-weight': 'bold', fill: '#444' });
  y += 20;
  for (const look of kinds) {
    const icon = element(owner, 'g', { transform: `translate(0 ${y - 11})` });
    icon.appendChild(
      element(owner, 'line', {
        x1: 2,
        y1: 7,
        x2: 34,
        y2: 7,
        stroke: look.color,
        'stroke-width': 3,
        ...(look.dash.length ? { 'stroke-dasharray': look.dash.join(' ') } : {}),
      }),
    );
    icon.appendChild(element(owner, 'path', { d: 'M33 2 L42 7 L33 12 Z', fill: look.color }));
    group.appendChild(icon);
    entry(`${isolate(look.label)}: ${m.app_legend_reading({ reading: look.reading })}`, 50);
  }
  y += 6;
  for (const line of wrapWords(directionNote(), WRAP)) {
    text(line, 0, { fill: '#333' });
    y += LINE;
  }
  return { group, height: y + 8 };
}

/**
 * The whole network as SVG text with the legend on its right. The drawing is our own
 * (svg-writer.ts); the legend is added with DOM calls too, so no label can become markup.
 */
export function exportSvg(cy: Core, doc: NetworkDocument): string {
  const { document: drawn, root, box } = drawSvg(cy);
  const { x, y, width, height } = box;
  // A large drawing is viewed zoomed out: the legend grows with it to stay readable beside it.
  const k = Math.max(1, Math.max(width, height) / 1200);
  const margin = 24 * k;
  const { group, height: legendHeight } = buildLegend(drawn, doc);
  group.setAttribute('transform', `translate(${x + width + margin} ${y + margin}) scale(${k})`);
  const totalWidth = width + (LEGEND_WIDTH + 24) * k + margin;
  const totalHeight = Math.max(height, legendHeight * k + 2 * margin);
  // A white ground under the drawing and the legend, whichever is taller.
  const ground = element(drawn, 'rect', {
    x,
    y,
    width: totalWidth,
    height: totalHeight,
    fill: '#ffffff',
  });
  root.insertBefore(ground, root.firstChild);
  root.insertBefore(element(drawn, 'title', {}, doc.meta.title ?? m.app_export_network()), ground);
  root.appendChild(group);
  root.setAttribute('width', String(totalWidth));
  root.setAttribute('height', String(totalHeight));
  root.setAttribute('viewBox', `${x} ${y} ${totalWidth} ${totalHeight}`);
  return new XMLSerializer().serializeToString(drawn);
}
