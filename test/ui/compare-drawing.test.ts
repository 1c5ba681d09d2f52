// The comparison drawn as one network (issue 13): the later network's people and ties, the
// person who left beside those they were tied to, removed ties joined to them, and each tie
// in exactly one of the three looks.
import { describe, expect, it } from 'vitest';
import { compareNetworks } from '../../src/core/compare';
import { createExampleDocument } from '../../src/core/example/qic-example';
import {
  CHANGE_LOOKS,
  comparisonElements,
  leftActorElementId,
} from '../../src/ui/compare/compare-drawing';
import { REPLACED, REPLACEMENT, exampleSecondWave } from '../helpers/waves';

describe('comparisonElements', () => {
  const first = createExampleDocument();
  const placedFirst = {
    ...first,
    actors: first.actors.map((a, i) => ({ ...a, position: { x: 10 * i, y: 5 * i } })),
  };
  const second = exampleSecondWave(placedFirst);
  const comparison = compareNetworks(placedFirst, second);
  const { elements, counts } = comparisonElements(placedFirst, second, comparison);
  const edges = elements.filter((e) => e.data.source !== undefined);

  it('draws every tie once, in exactly one look', () => {
    expect(counts).toEqual({ kept: 106, added: 8, removed: 14 });
    const looks = edges.map((e) => String(e.classes).match(/cmp-(kept|added|removed)/g));
    expect(looks.every((l) => l?.length === 1)).toBe(true);
    expect(edges).toHaveLength(128);
  });

  it('draws the person who left, by their label, with their removed ties ending on them', () => {
    const left = elements.find((e) => e.data.id === leftActorElementId(REPLACED.id))!;
    expect(left.data.label).toBe(REPLACED.label);
    expect(left.classes).toContain('cmp-left');
    expect(left.data.parent).toBe('g:team-ed');
    const his = edges.filter(
      (e) => e.data.target === left.data.id || e.data.source === left.data.id,
    );
    expect(his).toHaveLength(11);
    expect(his.every((e) => String(e.classes).includes('cmp-removed'))).toBe(true);
    const joined = elements.find((e) => e.data.id === `a:${REPLACEMENT.id}`)!;
    expect(joined.classes).toContain('cmp-joined');
  });

  it('keeps the later positions, and tells the looks apart by colour and by line style', () => {
    const kept = elements.find((e) => e.data.id === 'a:team-ed-1')!;
    expect(kept.position).toEqual(second.actors.find((a) => a.id === 'team-ed-1')!.position);
    const styles = Object.values(CHANGE_LOOKS);
    expect(new Set(styles.map((s) => s.color)).size).toBe(3);
    expect(new Set(styles.map((s) => s.line)).size).toBe(3);
  });
});
