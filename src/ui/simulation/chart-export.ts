// The progress chart as a file: a standalone SVG with a title that says "simulated", the legend
// (series, bands, the intervention) and the run's provenance in <metadata>; and a PNG drawn from
// it with the same provenance in an iTXt chunk (png-text.ts). Nothing leaves the page.
import { addPngText } from './png-text';
import { SERIES_COLORS, type SeriesKey } from './series';

const SVG = 'http://www.w3.org/2000/svg';

/** The PNG text keyword (and the SVG <metadata> id) that carries a run's provenance as JSON. */
export const PROVENANCE_KEY = 'leadnet-provenance';

export interface ChartFileText {
  /** The first line, bold: what was simulated and for which team; ends with "(simulated)". */
  title: string;
  /** The series' names in the legend. */
  series: Readonly<Record<SeriesKey, string>>;
  /** What the lines and bands are, and the dashed line. */
  bands: string;
  /** The caveat: an illustrative model, not a forecast. */
  caveat: string;
}

const LINE = 20;

function text(x: number, y: number, content: string, size: number, weight = 400): SVGTextElement {
  const t = document.createElementNS(SVG, 'text');
  t.setAttribute('x', String(x));
  t.setAttribute('y', String(y));
  t.setAttribute('font-family', 'system-ui, sans-serif');
  t.setAttribute('font-size', String(size));
  t.setAttribute('font-weight', String(weight));
  t.setAttribute('fill', '#1a1a1a');
  t.textContent = content;
  return t;
}

/**
 * A standalone SVG document of the chart: the words above it and the provenance as JSON in
 * `<metadata id="leadnet-provenance">`. `chart` is the drawn chart (copied, not moved).
 */
export function chartSvg(chart: SVGSVGElement, words: ChartFileText, provenance: unknown): string {
  const width = Number(chart.getAttribute('width')) || chart.clientWidth || 800;
  const height = Number(chart.getAttribute('height')) || chart.clientHeight || 400;
  const header = 4 * LINE + 8;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('xmlns', SVG);
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height + header));
  svg.setAttribute('viewBox', `0 0 ${width} ${height + header}`);
  const title = document.createElementNS(SVG, 'title');
  title.textContent = words.title;
  const metadata = document.createElementNS(SVG, 'metadata');
  metadata.setAttribute('id', PROVENANCE_KEY);
  metadata.textContent = JSON.stringify(provenance);
  const background = document.createElementNS(SVG, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', '#ffffff');
  svg.append(title, metadata, background);
  svg.append(text(8, LINE, words.title, 16, 700));
  let x = 8;
  for (const key of ['Baseline', 'Scenario'] as const) {
    const swatch = document.createElementNS(SVG, 'rect');
    swatch.setAttribute('x', String(x));
    swatch.setAttribute('y', String(2 * LINE - 11));
    swatch.setAttribute('width', '22');
    swatch.setAttribute('height', '4');
    swatch.setAttribute('fill', SERIES_COLORS[key]);
    svg.append(swatch);
    const label = text(x + 28, 2 * LINE, words.series[key], 13, 600);
    svg.append(label);
    x += 40 + words.series[key].length * 7.5;
  }
  svg.append(text(8, 3 * LINE, words.bands, 12));
  svg.append(text(8, 4 * LINE, words.caveat, 12));
  const copy = chart.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('x', '0');
  copy.setAttribute('y', String(header));
  svg.append(copy);
  return new XMLSerializer().serializeToString(svg);
}

/**
 * The SVG document drawn as a PNG at `scale` on a white canvas, with the title and the
 * provenance in iTXt chunks ("Title", "leadnet-provenance").
 */
export async function chartPng(
  svgText: string,
  scale: number,
  title: string,
  provenance: unknown,
): Promise<Blob | null> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(image.naturalWidth * scale);
    canvas.height = Math.round(image.naturalHeight * scale);
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) return null;
    const bytes = addPngText(new Uint8Array(await blob.arrayBuffer()), {
      Title: title,
      Software: 'Leadnet',
      [PROVENANCE_KEY]: JSON.stringify(provenance),
    });
    return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'image/png' });
  } finally {
    URL.revokeObjectURL(url);
  }
}
