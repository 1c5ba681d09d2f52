// The overview's geometry without Cytoscape (src/ui/graph/overview-geometry.ts): which discs'
// names are drawn, whom a drawing leaves out, the box round what is drawn, sizes for a zoom.
import { describe, expect, it } from 'vitest';
import { documentOf as doc, nestedTeams } from '../helpers/documents';
import {
  DISC_NAME_PX,
  RIM_PX,
  boundsOf,
  discSizes,
  omittedPeople,
  placeDiscNames,
} from '../../src/ui/graph/overview-geometry';

describe('placing the discs’ names', () => {
  const disc = (id: string, x: number, members: number, folded = true) => ({
    id,
    at: { x, y: 0 },
    label: 'a name of twenty ch.',
    members,
    folded,
    textMax: 1000,
  });

  it('draws the larger disc’s name where two would cover each other, and both when apart', () => {
    // 20 characters at 14 px: about 160 px wide at zoom 1.
    const close = placeDiscNames([disc('small', 0, 3), disc('big', 50, 30)], 1);
    expect([...close.hidden]).toEqual(['small']);
    expect(close.boxes).toHaveLength(1);
    const apart = placeDiscNames([disc('small', 0, 3), disc('big', 500, 30)], 1);
    expect(apart.hidden.size).toBe(0);
    // Zoomed out 4×, the same discs are 4× closer on screen: their names meet again.
    expect([...placeDiscNames([disc('small', 0, 3), disc('big', 500, 30)], 0.25).hidden]).toEqual([
      'small',
    ]);
  });

  it('never names an open ring among the folded (its name is drawn at its top)', () => {
    const { hidden, boxes } = placeDiscNames([disc('open', 0, 50, false), disc('f', 10, 3)], 1);
    expect(hidden.size).toBe(0);
    expect(boxes).toHaveLength(1);
  });
});

describe('sizes for a zoom', () => {
  it('keep names and the ring’s rim the same on screen at any zoom', () => {
    for (const zoom of [0.1, 0.5, 2]) {
      const open = discSizes(100, true, zoom);
      expect(open.fontPx * zoom).toBeCloseTo(DISC_NAME_PX);
      expect((open.ring - 100) * zoom).toBeCloseTo(2 * RIM_PX);
      expect(discSizes(100, false, zoom).ring).toBe(100);
    }
  });
});

describe('whom a drawing leaves out', () => {
  const network = nestedTeams();

  it('leaves out a box once everyone in it is, its parent only when all below it are', () => {
    const half = omittedPeople(network, (id) => id === 'a');
    expect([...half.actors]).toEqual(['a']);
    expect(half.groups.size).toBe(0); // b is still drawn in t1
    const one = omittedPeople(network, (id) => id === 'a' || id === 'b');
    expect([...one.groups]).toEqual(['t1']);
    const both = omittedPeople(network, (id) => id !== 'm');
    expect([...both.groups].sort()).toEqual(['org', 't1', 't2']);
    // A group with no one in it is drawn as without an overview.
    expect(both.groups.has('empty')).toBe(false);
  });

  it('ends on groups that are their own ancestors (an unchecked file)', () => {
    const looped = doc({
      groups: [
        { id: 'x', kind: 'team', parent: 'y' },
        { id: 'y', kind: 'team', parent: 'x' },
      ],
      actors: [{ id: 'a', role: 'member', group: 'x' }],
    });
    expect([...omittedPeople(looped, () => true).groups].sort()).toEqual(['x', 'y']);
  });
});

describe('the box round what is drawn', () => {
  it('holds every disc and person (with a shape’s room), or is null with nothing', () => {
    expect(boundsOf([], [])).toBeNull();
    expect(boundsOf([{ x: 0, y: 0, r: 10 }], [{ x: 100, y: 50 }])).toEqual({
      x1: -10,
      y1: -10,
      x2: 117,
      y2: 67,
    });
  });
});
