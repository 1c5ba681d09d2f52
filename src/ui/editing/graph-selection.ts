// Selection on the canvas: a click selects one item, shift/ctrl/cmd-click adds or removes one,
// a shift/ctrl-drag on the background draws a box (a plain drag still pans). The store is
// the truth; Cytoscape's own selection is redrawn from it.
import type { Core, EventObject } from 'cytoscape';
import type { SelectionItem, SelectionStore } from '../../state/selection.svelte';
import { actorElementId, groupElementId, parseElementId, tieElementId } from '../graph/elements';

export const elementIdOf = (item: SelectionItem): string =>
  item.kind === 'actor'
    ? actorElementId(item.id)
    : item.kind === 'group'
      ? groupElementId(item.id)
      : tieElementId(item.id);

const multiKey = (event: EventObject) => {
  const e = event.originalEvent as MouseEvent | undefined;
  return Boolean(e && (e.shiftKey || e.ctrlKey || e.metaKey));
};

/** Turns taps and box selections into changes of the selection store; returns an unbinder. */
export function bindSelection(cy: Core, selection: SelectionStore): () => void {
  const onTap = (event: EventObject) => {
    const add = multiKey(event);
    if (event.target === cy) {
      if (!add) selection.select(null);
      return;
    }
    const ref = parseElementId(event.target.id());
    if (!ref) return; // a drawing aid (the tie being drawn), not part of the network
    if (add) selection.toggle(ref);
    else selection.select(ref);
  };
  let pending: ReturnType<typeof setTimeout> | undefined;
  // A box reports each element it takes: gather them, then take Cytoscape's whole selection
  // (what was selected before the box, plus the box).
  const onBox = () => {
    clearTimeout(pending);
    pending = setTimeout(() => {
      const items = cy
        .$(':selected')
        .map((element) => parseElementId(element.id()))
        .filter((ref): ref is SelectionItem => ref !== null);
      selection.set(items);
    }, 0);
  };
  cy.on('tap', onTap);
  cy.on('boxselect', onBox);
  return () => {
    clearTimeout(pending);
    cy.off('tap', onTap);
    cy.off('boxselect', onBox);
  };
}

/** Draws the store's selection on the canvas. */
export function showSelection(cy: Core, items: readonly SelectionItem[]): void {
  cy.batch(() => {
    cy.$(':selected').unselect();
    for (const item of items) cy.getElementById(elementIdOf(item)).select();
  });
}
