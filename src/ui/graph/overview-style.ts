// What the canvas needs of the overview (overview.ts) before one is shown: which elements are
// the overview's own, and its styles. Kept apart so the first load does not carry the overview.
import type { StylesheetJson } from 'cytoscape';

/** Element ids the overview draws (never the document's: those start `a:`, `g:`, `t:`). */
export const isOverviewElement = (id: string): boolean => id.startsWith('ov:');

/** The overview's styles, after the document's in the stylesheet (stylesheet.ts). */
export function overviewStylesheet(): StylesheetJson {
  return [
    { selector: 'node[?ovHidden]', style: { display: 'none' } },
    // Faded ties without arrows: the structure, not each tie, is what an overview shows.
    {
      selector: 'edge.tie[?ovFaded]',
      style: { opacity: 0.22, 'target-arrow-shape': 'none', 'curve-style': 'haystack' },
    },
    // People not named at first: their label only when hovered, or zoomed in (label-size.ts).
    { selector: 'node.actor[?ovQuiet]', style: { 'text-max-width': '90px' } },
    {
      selector: 'node.ov-group',
      style: {
        shape: 'ellipse',
        width: 'data(diameter)',
        height: 'data(diameter)',
        label: 'data(label)',
        'text-valign': 'center',
        'text-halign': 'center',
        'text-wrap': 'wrap',
        'font-family': 'system-ui, sans-serif',
        'font-weight': 'bold',
        color: '#1a1a1a',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.8,
        'text-background-padding': '2px',
        'background-color': '#cfe3ef',
        'background-opacity': 0.85,
        'border-width': 2,
        'border-color': '#4d7d99',
        'z-index': 1,
      },
    },
    {
      selector: 'node.ov-group.ov-open',
      style: {
        'background-opacity': 0.06,
        'border-style': 'dashed',
        'text-valign': 'top',
        'text-background-opacity': 0.9,
      },
    },
    {
      selector: 'edge.ov-bundle',
      style: {
        width: 'data(width)',
        'line-color': '#5f7c8c',
        opacity: 0.45,
        'curve-style': 'haystack',
        'haystack-radius': 0,
        events: 'no',
      },
    },
  ] as StylesheetJson;
}
