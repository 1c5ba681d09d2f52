// The cheaper Cytoscape style-cache clearing (src/ui/graph/render-cost.ts) clears exactly the
// elements Cytoscape's own function clears, with and without compound nodes.
import cytoscape, { type Collection, type Core } from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import {
  cheapParents,
  dirtyStyleCache,
  useCheapStyleCache,
  zDepth,
} from '../../src/ui/graph/render-cost';

type Cached = { _private: { styleCache: unknown } };
type Proto = {
  dirtyStyleCache(this: Collection): Collection;
  parents(this: Collection, selector?: string): Collection;
  zDepth(this: Collection): number | undefined;
};

let cy: Core;
afterEach(() => cy.destroy());

/** Which elements a clearing function leaves without a style cache, starting with all cached. */
function cleared(fn: (this: Collection) => Collection, of: Collection): string[] {
  cy.elements().forEach((e) => void ((e as unknown as Cached)._private.styleCache = [1]));
  fn.call(of);
  return cy
    .elements()
    .filter((e) => (e as unknown as Cached)._private.styleCache === null)
    .map((e) => e.id())
    .sort();
}

function graph(compound: boolean) {
  cy = cytoscape({ headless: true, styleEnabled: true });
  const parent = (id: string) => (compound ? id : undefined);
  cy.add([
    { data: { id: 'g1' } },
    { data: { id: 'g2', parent: parent('g1') } },
    { data: { id: 'a1', parent: parent('g2') } },
    { data: { id: 'a2', parent: parent('g2') } },
    { data: { id: 'a3', parent: parent('g1') } },
    { data: { id: 'a4' } },
    { data: { id: 'a5' } },
    { data: { id: 'e1', source: 'a1', target: 'a4' } },
    { data: { id: 'e2', source: 'a2', target: 'a1' } },
    { data: { id: 'e3', source: 'a4', target: 'a5' } },
    { data: { id: 'e4', source: 'a3', target: 'a3' } },
  ]);
}

describe('the cheaper style-cache clearing', () => {
  for (const compound of [true, false]) {
    it(`clears what Cytoscape clears${compound ? ', in a drawing with compound nodes' : ''}`, () => {
      graph(compound);
      const original = (Object.getPrototypeOf(cy.collection()) as Proto).dirtyStyleCache;
      expect(original).not.toBe(dirtyStyleCache); // not patched yet in this file
      for (const selector of ['#a1', '#g1', '#g2', '#a4', '#e2', '#e4', '#a2, #a5', 'node', '*']) {
        const of = cy.$(selector);
        const expected = cleared(original, of);
        expect(expected.length, selector).toBeGreaterThan(0);
        expect(cleared(dirtyStyleCache, of), selector).toEqual(expected);
      }
    });
  }

  it('finds the same ancestors as Cytoscape, in the same order', () => {
    graph(true);
    const original = (Object.getPrototypeOf(cy.collection()) as Proto).parents;
    const cheap = cheapParents(original);
    const ids = (c: Collection) => c.map((e) => e.id());
    for (const selector of ['#a1', '#a3', '#g2', '#g1', '#a4', '#e1', '#a1, #a3', 'node']) {
      const of = cy.$(selector);
      expect(ids(cheap.call(of)), selector).toEqual(ids(original.call(of)));
      expect(ids(cheap.call(of, '#g1')), selector).toEqual(ids(original.call(of, '#g1')));
    }
    expect(ids(cheap.call(cy.$('#a1')))).toEqual(['g2', 'g1']);
  });

  for (const compound of [true, false]) {
    it(`gives every element the drawing depth Cytoscape gives${compound ? ' (compound)' : ''}`, () => {
      graph(compound);
      const original = (Object.getPrototypeOf(cy.collection()) as Proto).zDepth;
      const depths = (fn: Proto['zDepth']) =>
        cy.elements().map((e) => [e.id(), fn.call(e as unknown as Collection)]);
      expect(depths(zDepth)).toEqual(depths(original));
      expect(new Set(depths(original).map(([, d]) => d)).size).toBeGreaterThan(compound ? 2 : 0);
      expect(zDepth.call(cy.collection())).toBeUndefined();
    });
  }

  it('is put on every collection once', () => {
    graph(true);
    useCheapStyleCache(cy);
    useCheapStyleCache(cy);
    expect((Object.getPrototypeOf(cy.collection()) as Proto).dirtyStyleCache).toBe(dirtyStyleCache);
  });
});
