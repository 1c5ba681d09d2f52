// The overview's geometry without Cytoscape (src/ui/graph/overview-geometry.ts): which discs'
// names are drawn, whom a drawing leaves out, the box round what is drawn, sizes for a zoom.
import { describe, expect, it } from 'vitest';
import { documentOf as doc, nestedTeams } from '../helpers/documents';
import {
  DISC_NAME_PX,
  RIM_PX,
  boundsOf,
  discSizes,
  labelBox,
  omittedPeople,
  placeDiscNames,
  wrapLines,
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

describe('a name’s lines and box', () => {
  // Every character 0.5 of the size wide, a space too: "Team 103 (10)" at 10 px is 65 px.
  const half = (text: string) => text.length * 0.5;

  it('wraps as Cytoscape does: words while the line fits, a long word alone', () => {
    expect(wrapLines('Team 103 (10)', 10, 100, half)).toEqual({ lines: 1, widest: 65 });
    // At 50 px "Team 103" (40) fits, "(10)" goes below.
    expect(wrapLines('Team 103 (10)', 10, 50, half)).toEqual({ lines: 2, widest: 40 });
    expect(wrapLines('Rehabilitationscenteret (9)', 10, 50, half)).toEqual({
      lines: 2,
      widest: 115,
    });
    expect(wrapLines('', 10, 50, half)).toEqual({ lines: 1, widest: 0 });
  });

  it('covers every line, centred on the disc or below a person', () => {
    const box = labelBox({ x: 0, y: 0 }, 'Team 103 (10)', 10, 50, 0, half);
    expect(box.x2 - box.x1).toBeCloseTo(40 + 2 * 1.5);
    expect(box.y2 - box.y1).toBeCloseTo(2 * 12.5 + 2 * 1.5);
    expect((box.y1 + box.y2) / 2).toBeCloseTo(0);
    expect(labelBox({ x: 0, y: 0 }, 'Ann', 10, 50, 20, half).y1).toBe(20);
  });

  it('leaves out the smaller disc’s name when wrapping makes two names meet', () => {
    const named = (id: string, y: number, members: number, textMax: number) => ({
      id,
      at: { x: 0, y },
      label: 'Team 103 (10)',
      members,
      folded: true,
      textMax,
    });
    const place = (textMax: number) =>
      placeDiscNames([named('a', 0, 9, textMax), named('b', 25, 10, textMax)], 1, half).hidden;
    // At 14 px the name is 91 px: on one line (22 px tall with its margin) the two are clear…
    expect([...place(100)]).toEqual([]);
    // …wrapped at 60 px it is two lines (39 px tall): the smaller disc's name is left out.
    expect([...place(60)]).toEqual(['a']);
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
