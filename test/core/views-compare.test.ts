// A story step that shows a comparison (issue 13): the step keeps what the earlier network had
// (the person who left, the ties removed) and what is new, reads back as saved, and rebuilds
// the same comparison — compareNetworks on the rebuilt earlier network gives exactly the
// stored changes. Steps without `compare` read as before; a malformed one is refused at its path.
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../src/core/commands';
import { comparisonFromStep, comparisonSnapshot, compareNetworks } from '../../src/core/compare';
import { createExampleDocument } from '../../src/core/example/qic-example';
import { englishText } from '../../src/core/messages';
import { parseStep } from '../../src/core/views/step';
import { REPLACED, REPLACEMENT, exampleSecondWave } from '../helpers/waves';

const first = createExampleDocument();
const second = exampleSecondWave(first);
const comparison = compareNetworks(first, second);
const snapshot = comparisonSnapshot(first, second, comparison, 'Wave 1');

describe('a comparison in a story step', () => {
  it('keeps who left and joined and the ties that changed, in the open network’s ids', () => {
    expect(snapshot.joined).toEqual([REPLACEMENT.id]);
    expect(snapshot.left).toEqual([
      { id: REPLACED.id, label: REPLACED.label, role: 'coordinator', group: 'team-ed' },
    ]);
    expect(snapshot.added).toHaveLength(8);
    expect(snapshot.removed).toHaveLength(14);
  });

  it('is saved and read back as a step, and rebuilds exactly the same changes', () => {
    const step = { id: 'waves', title: 'What changed since wave 1', compare: snapshot };
    const saved = applyCommand(second, { type: 'views/save', view: step }).doc;
    const read = parseStep(saved.views[saved.views.length - 1]);
    if (!read.ok) throw new Error(read.errors.map((e) => englishText(e)).join('\n'));
    expect(read.step.compare).toEqual(snapshot);
    const { before, comparison: rebuilt } = comparisonFromStep(second, read.step.compare!);
    expect(rebuilt.actors).toEqual(comparison.actors);
    expect(rebuilt.ties.added).toEqual(comparison.ties.added);
    expect(rebuilt.ties.kept).toBe(106);
    const again = compareNetworks(before, second);
    expect(again.actors).toEqual(comparison.actors);
    expect(again.ties.added.map((t) => t.id)).toEqual(comparison.ties.added.map((t) => t.id));
    const ends = (list: { source: string; target: string; kind: string }[]) =>
      list.map((t) => `${t.source} ${t.target} ${t.kind}`).sort();
    expect(ends(again.ties.removed)).toEqual(ends(comparison.ties.removed));
    expect(again.ties.kept).toBe(106);
  });

  it('gives a person who left an id the open network does not use', () => {
    const renamed = {
      ...second,
      actors: second.actors.map((a) => (a.id === REPLACEMENT.id ? { ...a, id: REPLACED.id } : a)),
      ties: second.ties.map((t) => ({
        ...t,
        source: t.source === REPLACEMENT.id ? REPLACED.id : t.source,
        target: t.target === REPLACEMENT.id ? REPLACED.id : t.target,
      })),
    };
    // Same id, another person: matched by label it is a leaver and a joiner.
    const byLabel = compareNetworks(first, renamed, { match: 'label' });
    const kept = comparisonSnapshot(first, renamed, byLabel, 'Wave 1');
    expect(kept.left.map((p) => p.id)).toEqual([`left-1:${REPLACED.id}`]);
    expect(kept.removed.filter((t) => t.target === `left-1:${REPLACED.id}`)).toHaveLength(7);
  });

  it('leaves older steps as they were, and refuses a malformed comparison at its path', () => {
    expect(parseStep({ id: 's', title: 'Old step' })).toMatchObject({ ok: true });
    const bad = parseStep({ id: 's', title: 'x', compare: { ...snapshot, added: [3] } }, [
      'views',
      0,
    ]);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(englishText(bad.errors[0]!)).toMatch(/^views\[0\]\.compare\.added\[0\]/);
  });
});
