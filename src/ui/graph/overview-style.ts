// What the canvas needs of the overview (overview.ts) before one is shown: which elements are
// the overview's own, and its styles. Kept apart so the first load does not carry the overview.
import type { StylesheetJson } from 'cytoscape';

/** Element ids the overview draws (never the document's: those start `a:`, `g:`, `t:`). */
export const isOverviewElement = (id: string): boolean => id.startsWith('ov:');

/** The font of the discs' names (text-width.ts measures names in it before they are drawn). */
export const DISC_FONT_FAMILY = 'system-ui, sans-serif';

/** The overview's own elements' styles (its discs and bundles), always in the stylesheet. */
export function overviewStylesheet(): StylesheetJson {
  return [
    {
      selector: 'node.ov-group',
      style: {
        shape: 'ellipse',
        // Sizes for the zoom the overview is drawn at (overview.ts discSizes).
        width: 'data(ring)',
        height: 'data(ring)',
        'border-width': 'data(border)',
        'font-size': 'data(fontPx)',
        'text-max-width': 'data(textMax)',
        label: 'data(label)',
        'text-valign': 'center',
        'text-halign': 'center',
        'text-wrap': 'wrap',
        'font-family': DISC_FONT_FAMILY,
        'font-weight': 'bold',
        color: '#1a1a1a',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.8,
        'text-background-padding': '2px',
        'background-color': '#cfe3ef',
        'background-opacity': 0.85,
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
    // A name that would cover another is left out (overview.ts): no label, never measured.
    { selector: 'node.ov-group[?nameHidden]', style: { label: '' } },
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

/**
 * The people's styles while an overview is shown (GraphView puts them on top of the stylesheet
 * when one starts, and takes them off when it goes): whole rules rather than a field on each
 * element, so 30,000 ties cost nothing to fade.
 */
export function overviewPeopleStylesheet(): StylesheetJson {
  return [
    // Faded ties without arrows: the structure, not each tie, is what an overview shows.
    {
      selector: 'edge.tie',
      style: { opacity: 0.22, 'target-arrow-shape': 'none', 'curve-style': 'haystack' },
    },
    // People not named at first: short labels, shown when hovered or zoomed in (label-size.ts);
    // the named get a wider one as a style of their own (overview.ts).
    { selector: 'node.actor', style: { 'text-max-width': '90px' } },
  ] as StylesheetJson;
}
