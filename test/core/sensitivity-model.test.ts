// Sensitivity analysis of the model (DESIGN §5.7): exact zeros where the model has nothing to
// respond with, the same numbers however the design points are split, any point re-run by
// `simulate` with the point's parameters, and bad input refused with a message that says where.
import { describe, expect, it } from 'vitest';
import type { NetworkDocument } from '../../src/core/document/types';
import { createAnalysisApi } from '../../src/core/api';
import { createExampleDocument } from '../../src/core/example/qic-example';
import { MessageError } from '../../src/core/messages/error';
import { englishText } from '../../src/core/messages/english';
import { SENSITIVITY_PARAMETERS } from '../../src/core/sensitivity/factors';
import { resultSentences } from '../../src/core/sensitivity/sentences';
import type { MorrisParameter, SensitivityRequest } from '../../src/core/sensitivity/run';
import {
  analyseSensitivity,
  joinRanges,
  planSensitivity,
  pointParameters,
  runSensitivityRange,
  sensitivity,
} from '../../src/core/sensitivity/run';

const example = createExampleDocument();

/** The example cut down to the orthopaedic team, its managers and the regional coordinator. */
function oneTeam(): NetworkDocument {
  const keep = new Set(
    example.actors
      .filter((a) => a.group === 'team-ortho' || a.role === 'manager' || a.role !== 'member')
      .filter((a) => a.role !== 'coordinator' || a.group === 'team-ortho')
      .map((a) => a.id),
  );
  return {
    ...example,
    groups: example.groups.filter((g) => g.kind !== 'team' || g.id === 'team-ortho'),
    actors: example.actors.filter((a) => keep.has(a.id)),
    ties: example.ties.filter((t) => keep.has(t.source) && keep.has(t.target)),
    views: [],
  };
}

const messages = (fn: () => unknown): string[] => {
  try {
    fn();
  } catch (error) {
    if (error instanceof MessageError) return error.messages.map((m) => englishText(m));
    throw error;
  }
  throw new Error('expected a refusal');
};

describe('sensitivity of the model', () => {
  it('support-removed at output level: μ* = 0 for every parameter exactly (P ≡ 0)', () => {
    const result = sensitivity({
      doc: example,
      scenarios: ['support-removed'],
      output: 'level',
      trajectories: 2,
      runs: 2,
    });
    const target = result.results['support-removed']!;
    expect(Object.keys(target.parameters)).toEqual([...SENSITIVITY_PARAMETERS]);
    for (const [name, p] of Object.entries(target.parameters)) {
      const m = p as MorrisParameter;
      expect(m.muStar, name).toBe(0);
      expect(m.mu, name).toBe(0);
      expect(m.sigma, name).toBe(0);
    }
    expect(target.points.mean.every((v) => v === 0)).toBe(true);
    expect(target.robustness).toBeNull();
  });

  it('a one-team network: μ*(τₓ) = 0 exactly (no team to transfer from), other effects not', () => {
    const doc = oneTeam();
    expect(doc.groups.filter((g) => g.kind === 'team')).toHaveLength(1);
    const result = sensitivity({
      doc,
      scenarios: ['coordinator-leaves'],
      trajectories: 3,
      runs: 4,
    });
    const target = result.results['coordinator-leaves']!;
    expect((target.parameters.tauX as MorrisParameter).muStar).toBe(0);
    expect((target.parameters.alpha as MorrisParameter).muStar).toBeGreaterThan(0);
  });

  it('gives the same result however the design points are split, in any order', () => {
    const request: SensitivityRequest = {
      doc: example,
      scenarios: ['coordinator-leaves', 'support-withdrawn-26'],
      parameters: ['alpha', 'chi0', 'tauX', 'lambda'],
      trajectories: 3,
      runs: 3,
      week: 40,
    };
    const plan = planSensitivity(request);
    expect(plan.points).toBe(3 * 5 + 1);
    const whole = analyseSensitivity(plan, joinRanges(plan, [runSensitivityRange(plan, 0, 16)]));
    const parts = [
      runSensitivityRange(plan, 9, 16),
      runSensitivityRange(plan, 0, 4),
      runSensitivityRange(plan, 4, 9),
    ];
    const split = analyseSensitivity(plan, joinRanges(plan, parts));
    expect(JSON.stringify(split)).toBe(JSON.stringify(whole));
    expect(() => joinRanges(plan, parts.slice(1))).toThrow(/points 9 to 16/);
    // Another seed: other numbers.
    const other = sensitivity({ ...request, seed: 2 });
    expect(JSON.stringify(other.results)).not.toBe(JSON.stringify(whole.results));
  });

  it('re-runs any design point with simulate: the point’s parameters, seed and runs', () => {
    const request: SensitivityRequest = {
      doc: example,
      scenarios: ['support-withdrawn-26'],
      parameters: ['alpha', 'deltaE', 'lambda'],
      trajectories: 2,
      runs: 4,
      seed: 7,
    };
    const result = sensitivity(request);
    const plan = planSensitivity(request);
    const api = createAnalysisApi();
    for (const j of [2, plan.points - 1]) {
      const parameters = pointParameters(plan, j);
      expect(result.matrix[j]).toEqual(
        plan.factors.map(
          (f) =>
            parameters[f.name] ?? example.parameters[f.name] ?? plan.provenance.parameters[f.name],
        ),
      );
      const { result: run } = api.simulate({
        revision: 0,
        doc: example,
        scenarios: ['support-withdrawn-26'],
        runs: 4,
        seed: 7,
        parameters,
      });
      const difference = run.scenarios['support-withdrawn-26']!.difference.overall;
      expect(result.results['support-withdrawn-26']!.points.mean[j]).toBe(difference.mean[52]);
      expect(result.results['support-withdrawn-26']!.points.se[j]).toBe(difference.se[52]);
      if (j < plan.points - 1) expect(run.provenance.set).toEqual(parameters);
      else expect(run.provenance.set).toBeUndefined();
    }
  });

  it('says how robust a scenario’s direction is over the design points', () => {
    const result = sensitivity({
      doc: example,
      scenarios: ['support-removed'],
      parameters: ['alpha', 'chi0'],
      trajectories: 4,
      runs: 6,
    });
    const r = result.results['support-removed']!.robustness!;
    expect(r.implied).toBe('lower');
    expect(r.reference.mean).toBeLessThan(-2 * r.reference.se);
    expect(r.points).toBe(12);
    expect(r.lower + r.higher + r.unclear).toBe(12);
    expect(r.share).toBe(r.lower / 12);
    expect(result.matrix).toHaveLength(13);
    // Said in sentences, the parameters by their labels, most influential first.
    const label = (name: string) => (name === 'alpha' ? 'α' : 'χ₀');
    const text = resultSentences(result.results['support-removed']!, 'No support', label).map((m) =>
      englishText(m),
    );
    const [first, second] = result.results['support-removed']!.ranking.map(label);
    expect(text).toEqual([
      r.lower === 12
        ? '"No support" lowered simulated progress at every one of 12 parameter settings (beyond 2 standard errors).'
        : `"No support" lowered simulated progress beyond 2 standard errors at ${r.lower} of 12 parameter settings; it raised it at ${r.higher}, and at ${r.unclear} the difference was within the noise.`,
      `Its size depends most on "${first}" and "${second}".`,
    ]);
  });

  it('Sobol indices of the model on a few parameters, with intervals and a noise share', () => {
    const result = sensitivity({
      doc: example,
      scenarios: ['support-removed'],
      method: 'sobol',
      parameters: ['alpha', { name: 'chi0', range: [0.02, 0.05] }],
      samples: 8,
      runs: 2,
    });
    const target = result.results['support-removed']!;
    expect(result.matrix).toHaveLength(8 * 4 + 1);
    expect(Object.keys(target.parameters)).toEqual(['alpha', 'chi0']);
    expect(target.noiseShare).not.toBeNull();
    expect(result.factors[1]).toEqual({
      name: 'chi0',
      range: [0.02, 0.05],
      scale: 'linear',
      integer: false,
    });
    for (const row of result.matrix.slice(0, -1)) {
      expect(row[1]).toBeGreaterThanOrEqual(0.02);
      expect(row[1]).toBeLessThanOrEqual(0.05);
    }
  });

  it('refuses bad input with a message that says what and where', () => {
    const base = { doc: example, scenarios: ['support-removed'] };
    expect(messages(() => planSensitivity({ ...base, parameters: ['supportGatesAll'] }))).toEqual([
      'parameters[0]: supportGatesAll has no documented range to vary over: it is a switch or the horizon, a choice of the run (compare its settings in What if…? instead)',
    ]);
    expect(
      messages(() => planSensitivity({ ...base, parameters: ['weeks', { name: 'nope' }] })),
    ).toEqual([
      expect.stringMatching(/^parameters\[0\]: weeks has no documented range/),
      expect.stringMatching(/^parameters\[1\]: unknown model parameter "nope"/),
    ]);
    expect(
      messages(() =>
        planSensitivity({ ...base, parameters: [{ name: 'alpha', range: [0.1, 1.5] }] }),
      ),
    ).toEqual([
      'parameters[0].range: the range of alpha, [0.1, 1.5], goes outside its hard bounds [0, 1]',
    ]);
    expect(
      messages(() =>
        planSensitivity({ ...base, parameters: [{ name: 'alpha', range: [0.2, 0.1] }] }),
      ),
    ).toEqual([expect.stringMatching(/range of alpha, \[0.2, 0.1\], is empty/)]);
    expect(messages(() => planSensitivity({ doc: example }))).toEqual([
      expect.stringMatching(/^scenarios: /),
    ]);
    expect(messages(() => planSensitivity({ ...base, levels: 5 }))).toEqual([
      expect.stringMatching(/^levels: /),
    ]);
    expect(messages(() => planSensitivity({ ...base, week: 79 }))).toEqual([
      expect.stringMatching(/^week: /),
    ]);
    expect(messages(() => planSensitivity({ ...base, runs: 1 }))).toEqual([
      expect.stringMatching(/^runs: /),
    ]);
    expect(messages(() => planSensitivity({ ...base, outputTeam: 'nope' }))).toEqual([
      expect.stringMatching(/^outputTeam: /),
    ]);
  });
});
