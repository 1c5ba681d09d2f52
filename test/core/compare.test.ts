// Comparing two networks (issue 13): two versions of the example — a coordinator replaced, five
// ties changed — report exactly those changes; people match by label when the ids differ (with
// a match report), ambiguous labels match nobody; measures change per person, group and
// network with null kept null; a community number is never subtracted.
import { describe, expect, it } from 'vitest';
import { compareNetworks } from '../../src/core/compare';
import { createExampleDocument } from '../../src/core/example/qic-example';
import { englishText } from '../../src/core/messages';
import { danishText } from '../helpers/danish';
import { makeDocument } from '../helpers/documents';
import {
  ADDED_TIES,
  REMOVED_TIES,
  REPLACED,
  REPLACEMENT,
  REPLACEMENT_TIES,
  exampleSecondWave,
} from '../helpers/waves';

const first = createExampleDocument();
const second = exampleSecondWave(first);
const ends = (t: { source: string; target: string; kind: string }) =>
  `${t.source} → ${t.target} (${t.kind})`;

describe('compare: two versions of the example', () => {
  const result = compareNetworks(first, second);

  it('reports the coordinator who left and the one who joined, and no one else', () => {
    expect(result.match.by).toBe('id');
    expect(result.actors).toEqual({ joined: [REPLACEMENT], left: [REPLACED] });
    expect(result.match.actors).toBe(44);
    expect(englishText(result.match.notes[0]!)).toBe(
      'people matched by id: 44 of 45 before and 45 after',
    );
  });

  it('reports exactly the ties that changed: his 11 and 3 removed, her 6 and 2 added', () => {
    const his = first.ties.filter((t) => t.source === REPLACED.id || t.target === REPLACED.id);
    expect(his).toHaveLength(11);
    expect(result.ties.removed.map((t) => t.id).sort()).toEqual(
      [...his.map((t) => t.id), ...REMOVED_TIES].sort(),
    );
    expect(result.ties.added.map(ends)).toEqual([...REPLACEMENT_TIES, ...ADDED_TIES].map(ends));
    expect(result.ties.kept).toBe(120 - 14);
    expect(result.ties.reweighted).toEqual([]);
  });

  it("gives every measure's change, per person, team and network", () => {
    const { network, groups, actors } = result.measures;
    expect(network.ties).toEqual({ before: 120, after: 114, change: -6 });
    expect(network.actors).toEqual({ before: 45, after: 45, change: 0 });
    // Sofie N. joined: no value before, so no change — null, not her value and not 0.
    expect(actors[REPLACEMENT.id]!.inDegree).toEqual({ before: null, after: 4, change: null });
    // Lars W. left: his row is kept by his id, with nothing after.
    expect(actors[REPLACED.id]!.inDegree).toEqual({ before: 7, after: null, change: null });
    // team-ed-5 looked to Lars W. and team-ed-1 (the example), and does not look to Sofie N.
    expect(actors['team-ed-5']!.outDegree).toEqual({ before: 2, after: 1, change: -1 });
    // team-ed-1 looked to Lars W. and looks to Sofie N.: the same out-degree.
    expect(actors['team-ed-1']!.outDegree!.change).toBe(0);
    expect(groups['team-ed']!.actors).toEqual({ before: 8, after: 8, change: 0 });
    const support = groups['team-ed']!.supportLevel!;
    expect([support.before, support.after]).toEqual([0.7, 0.6]);
    expect(support.change).toBeCloseTo(-0.1, 12);
    // A community is a label: shown both sides, never subtracted.
    expect(actors['team-ed-1']!.community!.change).toBeNull();
    expect(actors['team-ed-1']!.community!.before).not.toBeNull();
  });

  it('reports the same people and ties when the networks share no id (matched by label)', () => {
    const renamed = {
      ...second,
      actors: second.actors.map((a) => ({ ...a, id: `w2-${a.id}` })),
      ties: second.ties.map((t) => ({ ...t, source: `w2-${t.source}`, target: `w2-${t.target}` })),
    };
    const byLabel = compareNetworks(first, renamed);
    expect(byLabel.match.by).toBe('label');
    expect(byLabel.actors.left).toEqual([REPLACED]);
    expect(byLabel.actors.joined).toEqual([
      { id: `w2-${REPLACEMENT.id}`, label: REPLACEMENT.label },
    ]);
    expect(byLabel.ties.added).toHaveLength(8);
    expect(byLabel.ties.removed).toHaveLength(14);
    expect(byLabel.ties.kept).toBe(106);
    expect(englishText(byLabel.match.notes[0]!)).toBe(
      "the networks share no person's id: people matched by label, 44 of 45 before and 45 after",
    );
    expect(danishText(byLabel.match.notes[0]!)).toContain('matchet efter navn');
  });
});

describe('compare: matching by label', () => {
  it('matches no one whose label is held twice, and says so; unlabelled people neither', () => {
    const before = makeDocument([
      ['a', 'member'],
      ['b', 'member'],
      ['c', 'member'],
    ]);
    const after = makeDocument([
      ['x', 'member'],
      ['y', 'member'],
      ['z', 'member'],
    ]);
    const label = (doc: typeof before, labels: (string | undefined)[]) => ({
      ...doc,
      actors: doc.actors.map((a, i) => (labels[i] ? { ...a, label: labels[i] } : a)),
    });
    const result = compareNetworks(
      label(before, ['Anna', 'Bo', 'Bo']),
      label(after, ['Anna', 'Bo', undefined]),
    );
    expect(result.match.by).toBe('label');
    expect(result.pairs.actors).toEqual({ x: 'a' });
    expect(result.match.notes.slice(1).map((n) => englishText(n))).toEqual([
      '"Bo" is the label of 2 people in one network: not matched by label',
      '1 people without a label could not be matched by label',
    ]);
  });

  it('says when nobody is in both networks', () => {
    const result = compareNetworks(
      makeDocument([['a', 'member']]),
      makeDocument([['b', 'member']]),
      {
        match: 'id',
      },
    );
    expect(result.actors).toEqual({
      joined: [{ id: 'b', label: null }],
      left: [{ id: 'a', label: null }],
    });
    expect(englishText(result.match.notes[0]!)).toBe(
      'no person is in both networks: everyone left and everyone joined',
    );
  });

  it('reports a kept tie whose weight changed, and keeps an undefined measure null', () => {
    const before = makeDocument(
      [
        ['a', 'member', 'g'],
        ['b', 'member', 'g'],
      ],
      [['a', 'b', 'leadership', 0.5]],
      [{ id: 'g', kind: 'team' }],
    );
    const after = makeDocument(
      [
        ['a', 'member', 'g'],
        ['b', 'member', 'g'],
      ],
      [['a', 'b', 'leadership', 0.8]],
      [{ id: 'g', kind: 'team' }],
    );
    const result = compareNetworks(before, after);
    expect(result.ties.kept).toBe(1);
    expect(result.ties.reweighted).toEqual([
      { id: 't0', source: 'a', target: 'b', kind: 'leadership', weight: 0.8, before: 0.5 },
    ]);
    // No coordinator on either side: coordinator dependence is undefined, and so is its change.
    expect(result.measures.groups.g!.coordinatorDependence).toEqual({
      before: null,
      after: null,
      change: null,
    });
  });
});
