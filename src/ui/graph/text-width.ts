// How wide a label's text really is, measured in the page with the font Cytoscape draws it in
// (a canvas's measureText, as Cytoscape's own): the overview places names by it before drawing
// them, so that no two cover each other (overview-geometry.ts). Outside a page, an estimate.
import { type TextWidth, estimateWidth } from './overview-geometry';

/** Measured at this size and scaled: widths at 1 px are rounded too coarsely by some fonts. */
const SIZE = 100;

/** The width of texts in a font (as the stylesheet gives it: a weight and a family). */
export function textWidth(weight: 'normal' | 'bold', family: string): TextWidth {
  const context =
    typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!context) return estimateWidth;
  context.font = `${weight} ${SIZE}px ${family}`;
  const known = new Map<string, number>();
  return (text) => {
    let width = known.get(text);
    if (width === undefined) {
      width = context.measureText(text).width / SIZE;
      if (known.size > 5000) known.clear(); // names of a 50,000-person file: bounded
      known.set(text, width);
    }
    return width;
  };
}
