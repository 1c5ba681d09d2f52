// The document → Cytoscape sync on groups nested in one chain: every group and actor is drawn
// inside its parent whatever order the groups come in (the sync adds a node after its missing
// ancestors, walking up without recursion). Kept to a few hundred levels: Cytoscape's own cost
// of adding compound nodes grows with the square of the depth (1,000 levels: ~5 s headless).
import cytoscape, { type Core } from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/core/document';
import { actorElementId, groupElementId } from '../../src/ui/graph/elements';
import { syncDocument } from '../../src/ui/graph/sync';
import { chainDocument } from '../helpers/long-chains';

let cy: Core;
beforeEach(() => {
  cy = cytoscape({ headless: true });
});
afterEach(() => cy.destroy()); // a headless instance keeps Node alive otherwise

const parentOf = (elementId: string) => cy.getElementById(elementId).parent().first().id();

describe('syncDocument with groups nested in a chain', () => {
  it('draws 300 nested groups listed deepest first, each inside the one before', () => {
    const depth = 300;
    const parsed = parseDocument(chainDocument(depth, { nestedGroups: true, positions: true }));
    if (!parsed.ok) throw new Error('the generated document does not parse');
    // Groups listed deepest first: the sync must add each after all its ancestors.
    const doc = { ...parsed.doc, groups: parsed.doc.groups.slice().reverse() };
    const { report } = syncDocument(cy, doc);
    expect(report.added).toBe(2 * depth + (depth - 1));
    for (const i of [1, Math.floor(depth / 2), depth - 1]) {
      expect(parentOf(groupElementId(`g${i}`))).toBe(groupElementId(`g${i - 1}`));
      expect(parentOf(actorElementId(`a${i}`))).toBe(groupElementId(`g${i}`));
    }
    const outermost = cy.nodes('.group').filter((g) => g.parent().empty());
    expect(outermost.map((g) => g.id())).toEqual([groupElementId('g0')]);
  });
});
