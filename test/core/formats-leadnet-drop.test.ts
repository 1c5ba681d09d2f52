// Leadnet JSON with items that can be left out: refused with counts, or imported without them
// when the user says so — each one listed with its path.
import { describe, expect, it } from 'vitest';
import { importNetwork } from '../../src/core/formats';
import { englishLocation, englishText, jsonPath } from '../../src/core/messages';

const file = (value: unknown) => ({ name: 'net.json', text: JSON.stringify(value) });

const broken = {
  format: 'leadnet-network',
  version: 1,
  actors: [
    { id: 'a', role: 'member' },
    { id: 'b', role: 'member' },
    { id: 'a', role: 'manager' },
    { role: 'member' },
  ],
  ties: [
    { id: 't1', source: 'a', target: 'b', kind: 'leadership' },
    { id: 't2', source: 'a', target: 'ghost', kind: 'leadership' },
    { id: 't3', source: 'b', target: 'b', kind: 'leadership' },
    { id: 't4', source: 'b', target: 'a', kind: 'support', weight: 7 },
    { id: 't1', source: 'b', target: 'a', kind: 'leadership' },
    { id: 't6', source: 'a', target: 'b', kind: 'leadership' },
  ],
};

describe('Leadnet JSON with invalid items', () => {
  it('is refused with the errors and how many items importing anyway would drop', () => {
    const result = importNetwork(file(broken));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    // The schema's errors come first; the rules (ties[1].target …) are checked once it passes.
    expect(result.errors.map((e) => jsonPath(e.at?.path ?? []))).toEqual([
      'actors[3].id',
      'ties[3].weight',
    ]);
    expect(result.droppable).toEqual({ actors: 2, ties: 5, groups: 0 });
  });

  it('imports without them when asked, each refusal named with its path', () => {
    const result = importNetwork(file(broken), { dropInvalid: true });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.doc.actors.map((a) => [a.id, a.role])).toEqual([
      ['a', 'member'],
      ['b', 'member'],
    ]);
    expect(result.doc.ties.map((t) => t.id)).toEqual(['t1']);
    const refused = Object.fromEntries(
      result.report.refused.map((l) => [englishText(l.message), l.where.map(englishLocation)]),
    );
    expect(refused['tie to a missing actor: left out']).toEqual(['ties[1]']);
    expect(refused['self-tie: left out']).toEqual(['ties[2]']);
    expect(refused['weight not in (0, 1]: tie left out']).toEqual(['ties[3]']);
    expect(refused['duplicate tie id: the first one was kept']).toEqual(['ties[4]']);
    expect(refused['repeated tie of the same kind: the first one was kept']).toEqual(['ties[5]']);
    expect(refused['duplicate id: the first one was kept']).toEqual(['actors[2]']);
    expect(refused['missing id: left out']).toEqual(['actors[3]']);
    expect(result.report.kept).toEqual({ actors: 2, ties: 1, groups: 0 });
  });

  it('offers no drop when a problem cannot be left out (a group cycle)', () => {
    const cyclic = {
      ...broken,
      groups: [
        { id: 'g1', kind: 'team', parent: 'g2' },
        { id: 'g2', kind: 'team', parent: 'g1' },
      ],
    };
    const result = importNetwork(file(cyclic), { dropInvalid: true });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.droppable).toBeUndefined();
  });
});
