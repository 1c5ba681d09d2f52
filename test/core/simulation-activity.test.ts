// Each person's activity over the weeks, as the animated network shows it: a share of
// replicates in [0, 1], the same whatever the replicate split, and 1 for a present coordinator.
import { describe, expect, it } from 'vitest';
import { createAnalysisApi } from '../../src/core/api';
import { createExampleDocument } from '../../src/core/example/qic-example';

const api = createAnalysisApi();
const doc = createExampleDocument();
const request = {
  revision: 1,
  doc,
  scenarios: ['coordinator-leaves'],
  runs: 12,
  seed: 3,
  weeks: 30,
};

describe('actor activity', () => {
  it('is a share of replicates per person and week, identical whatever the split', () => {
    const whole = api.simulate(request).result;
    const parts = [0, 5, 9].map(
      (from, k, all) => api.simulateRange(request, from, all[k + 1] ?? 12).result,
    );
    const merged = api.summarizeSimulation(request, parts).result;
    expect(merged.baseline.actorActivity).toEqual(whole.baseline.actorActivity);
    const activity = whole.baseline.actorActivity;
    expect(activity).toHaveLength(doc.actors.length);
    for (const weeks of activity) {
      if (weeks === null) continue;
      expect(weeks).toHaveLength(31);
      for (const share of weeks) expect(share >= 0 && share <= 1).toBe(true);
    }
  });

  it('keeps a present coordinator active, and shows the departed one inactive', () => {
    const result = api.simulate(request).result;
    const ortho = doc.actors.findIndex((a) => a.id === 'team-ortho-c');
    const ed = doc.actors.findIndex((a) => a.id === 'team-ed-c');
    expect(result.baseline.actorActivity[ortho]![0]).toBe(1);
    const scenario = Object.values(result.scenarios)[0]!;
    expect(scenario.actorActivity[ortho]![29]).toBe(0); // the preset's coordinator has left by week 29
    expect(scenario.actorActivity[ed]![29]).toBe(1);
  });

  it('is null, not a number, for the people outside the teams (the model has no activity for them)', () => {
    const result = api.simulate(request).result;
    const outside = doc.actors.flatMap((a, i) =>
      a.role === 'manager' || a.role === 'regional-coordinator' ? [i] : [],
    );
    expect(outside.length).toBeGreaterThan(0);
    for (const run of [result.baseline, ...Object.values(result.scenarios)])
      doc.actors.forEach((a, i) => {
        if (outside.includes(i)) expect(run.actorActivity[i], a.id).toBeNull();
        else expect(run.actorActivity[i], a.id).toHaveLength(31);
      });
  });
});
