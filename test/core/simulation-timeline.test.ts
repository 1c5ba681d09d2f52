// What the animated network fades at a week: removed ties from their week on, a departed
// coordinator until the vacancy is filled, and the ties of absent actors.
import { describe, expect, it } from 'vitest';
import { createExampleDocument } from '../../src/core/example/qic-example';
import { findPreset } from '../../src/core/simulation/presets';
import { absentAt } from '../../src/core/simulation/timeline';

const doc = createExampleDocument();

describe('absentAt', () => {
  it('removes the support ties from week 26 on, and nothing before', () => {
    const scenario = findPreset('support-withdrawn-26')!;
    expect(absentAt(doc, scenario, 25).ties.size).toBe(0);
    const at26 = absentAt(doc, scenario, 26);
    expect([...at26.ties].sort()).toEqual(
      doc.ties
        .filter((t) => t.kind === 'support')
        .map((t) => t.id)
        .sort(),
    );
    expect(at26.actors.size).toBe(0);
  });

  it('takes a coordinator away with her ties until the post is filled', () => {
    const scenario = findPreset('coordinator-replaced', doc, { team: 'team-ortho', week: 20 })!;
    expect(absentAt(doc, scenario, 19).actors.size).toBe(0);
    const away = absentAt(doc, scenario, 20);
    expect([...away.actors]).toEqual(['team-ortho-c']);
    const hers = doc.ties
      .filter((t) => t.source === 'team-ortho-c' || t.target === 'team-ortho-c')
      .map((t) => t.id);
    expect([...away.ties].sort()).toEqual(hers.sort());
    expect(absentAt(doc, scenario, 32).actors.size).toBe(0);
  });
});
