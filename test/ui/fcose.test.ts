// fcose, the page's layout for small networks: the same network is laid out the same way every
// time (a reload, a second tab, a workshop's projector show the picture the coordinator saw), and
// the browser's own Math.random is given back after the run.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { createExampleDocument } from '../../src/core/example/qic-example';
import { createStylesheet } from '../../src/ui/graph/stylesheet';
import { syncDocument } from '../../src/ui/graph/sync';
import { fcoseMoves, withSeededRandom } from '../../src/ui/graph/fcose';

function layOut(rerun?: number) {
  const cy = cytoscape({ headless: true, styleEnabled: true, style: createStylesheet() });
  syncDocument(cy, createExampleDocument());
  try {
    return fcoseMoves(cy, rerun);
  } finally {
    cy.destroy();
  }
}

describe('fcose in the page', () => {
  it('lays out the example the same way every time, and anew when run again', () => {
    const first = layOut();
    const second = layOut();
    expect(first.length).toBe(createExampleDocument().actors.length);
    expect(second).toEqual(first);
    const again = layOut(1);
    expect(again).not.toEqual(first);
    expect(layOut(1)).toEqual(again);
  });

  it('gives Math.random back after the run, also when the run throws', () => {
    const own = Math.random;
    expect(withSeededRandom(1, () => [Math.random(), Math.random()])).toEqual(
      withSeededRandom(1, () => [Math.random(), Math.random()]),
    );
    expect(Math.random).toBe(own);
    expect(() =>
      withSeededRandom(1, () => {
        throw new Error('layout failed');
      }),
    ).toThrow('layout failed');
    expect(Math.random).toBe(own);
  });
});
