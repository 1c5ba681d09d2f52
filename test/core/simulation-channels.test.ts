// Separating the coordinator from what their post holds, and the model's documented choices:
// the post's support staying, the position-matched control, the switches that close each
// coordinator channel, the scope of the support gate, and what is assumed where no support is
// recorded ("not recorded" is not "none").
import { describe, expect, it } from 'vitest';
import type { NetworkDocument } from '../../src/core/document/types';
import { createExampleDocument } from '../../src/core/example/qic-example';
import { englishText } from '../../src/core/messages';
import { SimulationInputError, compileModel } from '../../src/core/simulation/model';
import {
  type SimulationResult,
  prepareSimulation,
  runReplicates,
  simulate,
} from '../../src/core/simulation/monte-carlo';
import { findPreset } from '../../src/core/simulation/presets';
import { makeDocument } from '../helpers/documents';

const example = createExampleDocument();
const RUNS = 100;
const ED = 'team-ed';
const withParameters = (doc: NetworkDocument, parameters: Record<string, number>) => ({
  ...doc,
  parameters: { ...doc.parameters, ...parameters },
});
const at52 = (r: SimulationResult, id: string, team = ED) =>
  r.scenarios[id]!.difference.teams[team]!.mean[52]!;

describe('the coordinator and the support their post holds', () => {
  it('keeping the post’s support shrinks the loss where the coordinator holds the only support tie', () => {
    // In the example the emergency department's only support tie is its coordinator's.
    expect(
      example.ties.filter((t) => t.kind === 'support' && t.source.startsWith('team-ed')),
    ).toEqual([expect.objectContaining({ source: 'team-ed-c' })]);
    const result = simulate(example, {
      runs: RUNS,
      scenarios: [
        findPreset('coordinator-leaves', example, { team: ED })!,
        findPreset('coordinator-leaves-support-stays', example, { team: ED })!,
      ],
    });
    const leaves = at52(result, 'coordinator-leaves');
    const stays = at52(result, 'coordinator-leaves-support-stays');
    expect(leaves).toBeLessThan(stays);
    expect(stays).toBeLessThan(0);
  });

  it('changes nothing where a member holds the support', () => {
    const moved: NetworkDocument = {
      ...example,
      ties: example.ties.map((t) =>
        t.kind === 'support' && t.source === 'team-ed-c' ? { ...t, source: 'team-ed-1' } : t,
      ),
    };
    const prepared = prepareSimulation(moved, {
      scenarios: [
        findPreset('coordinator-leaves', moved, { team: ED })!,
        findPreset('coordinator-leaves-support-stays', moved, { team: ED })!,
      ],
    });
    const { data } = runReplicates(prepared, 0, 20);
    expect(data[2]).toEqual(data[1]);
    expect(data[1]).not.toEqual(data[0]);
  });

  it('the matched control is the member whose leadership in- and out-degree are the coordinator’s', () => {
    // c: in 3, out 1. m1: in 3, out 1 (the match). m2: in 0, out 2. m3: in 1, out 2.
    const doc = makeDocument(
      [
        ['c', 'coordinator', 't'],
        ['m1', 'member', 't'],
        ['m2', 'member', 't'],
        ['m3', 'member', 't'],
      ],
      [
        ['m1', 'c', 'leadership'],
        ['m2', 'c', 'leadership'],
        ['m3', 'c', 'leadership'],
        ['c', 'm1', 'leadership'],
        ['m2', 'm1', 'leadership'],
        ['m3', 'm1', 'leadership'],
        ['m1', 'm3', 'leadership'],
      ],
      [{ id: 't', kind: 'team' }],
    );
    const model = compileModel(doc, findPreset('matched-member-leaves', doc, { team: 't' })!);
    const [intervention] = model.interventions;
    expect(intervention?.action).toBe('remove-actors');
    if (intervention?.action !== 'remove-actors') return;
    expect([...intervention.actors].map((i) => doc.actors[i]!.id)).toEqual(['m1']);
    expect(intervention.count).toBe(1);
  });
});

describe('switches that close each coordinator channel', () => {
  const run = (parameters: Record<string, number>) => {
    const doc = withParameters(example, parameters);
    return simulate(doc, {
      runs: RUNS,
      scenarios: [findPreset('coordinator-leaves-support-stays', doc, { team: ED })!],
    });
  };
  const on = run({});

  it.each([
    'coordinatorActivates',
    'coordinatorAlwaysActive',
    'coordinatorConsolidates',
    'coordinatorTransfers',
  ])('%s = 0 leaves less of the coordinator’s effect (support kept)', (name) => {
    const off = run({ [name]: 0 });
    expect(Math.abs(at52(off, 'coordinator-leaves-support-stays'))).toBeLessThan(
      Math.abs(at52(on, 'coordinator-leaves-support-stays')),
    );
  });

  it('with coordinatorAlwaysActive = 0 a coordinator is not active in every replicate', () => {
    const c = example.actors.findIndex((a) => a.id === 'team-ed-c');
    // At week 0 (before anyone can have left): always active, or active like a member.
    expect(on.baseline.actorActivity[c]![0]).toBe(1);
    const off = run({ coordinatorAlwaysActive: 0 });
    expect(off.baseline.actorActivity[c]![0]).toBeLessThan(0.5);
  });
});

describe('the scope of the support gate', () => {
  const removed = (gatesAll: number) => {
    const doc = withParameters(example, { supportGatesAll: gatesAll });
    return simulate(doc, { runs: RUNS, scenarios: [findPreset('support-removed', doc)!] });
  };

  it('G = 1 (the default) gates all experienced progress: without support it stays 0', () => {
    const result = removed(1);
    expect(Math.max(...result.scenarios['support-removed']!.overall.mean)).toBe(0);
  });

  it('G = 0 gates only distributed leadership: without support progress is lower, not 0', () => {
    const result = removed(0);
    const without = result.scenarios['support-removed']!;
    expect(without.overall.mean[52]).toBeGreaterThan(0);
    expect(without.difference.overall.mean[52]).toBeLessThan(0);
    expect(without.difference.overall.ci95.upper[52]).toBeLessThan(0);
  });
});

describe('support not recorded', () => {
  const med = example.groups.findIndex((g) => g.id === 'team-med');
  const k = (model: ReturnType<typeof compileModel>) => model.teamIds.indexOf('team-med');

  it('assumes none, the median of the recorded teams, or a given level — and says so', () => {
    const none = compileModel(example);
    expect(none.assumedSupport[k(none)]).toBe(0);
    expect(none.warnings.map((w) => englishText(w))).toContain(
      `groups[${med}]: management support is not recorded for "Medical ward": the run assumes none there (not a finding: choose what to assume)`,
    );
    // Recorded: ortho 0.9, ED 0.7, home care 0.6, rehab 0.8, nursing home 0.3 → median 0.7.
    const median = compileModel(example, undefined, { unrecordedSupport: { assume: 'median' } });
    expect(median.assumedSupport[k(median)]).toBe(0.7);
    expect([...median.assumedSupport].filter((v) => v > 0)).toEqual([0.7]);
    expect(englishText(median.warnings[0]!)).toMatch(
      /not recorded for "Medical ward": the run assumes a support level of 0\.7 there/,
    );
    const value = compileModel(example, undefined, {
      unrecordedSupport: { assume: 'value', value: 0.25 },
    });
    expect(value.assumedSupport[k(value)]).toBe(0.25);
  });

  it('names every unrecorded team in one warning, by label', () => {
    const doc: NetworkDocument = {
      ...example,
      ties: example.ties.filter((t) => !(t.kind === 'support' && t.source.startsWith('team-ed'))),
    };
    const warnings = compileModel(doc).warnings.map((w) => englishText(w));
    expect(warnings.filter((w) => /not recorded/.test(w))).toEqual([
      'management support is not recorded for "Emergency department" and "Medical ward": the run assumes none there (not a finding: choose what to assume)',
    ]);
  });

  it('is withdrawn with the support ties, and gives simulated progress where it is assumed', () => {
    const options = { runs: 20, unrecordedSupport: { assume: 'median' } as const };
    const result = simulate(example, {
      ...options,
      scenarios: [findPreset('support-removed', example)!],
    });
    expect(result.baseline.teams['team-med']!.mean[52]).toBeGreaterThan(0);
    expect(Math.max(...result.scenarios['support-removed']!.teams['team-med']!.mean)).toBe(0);
    expect(result.provenance.unrecordedSupport).toEqual({
      assume: 'median',
      teams: ['team-med'],
      level: 0.7,
    });
    const leadership = compileModel(
      example,
      {
        id: 'x',
        label: 'x',
        interventions: [{ week: 0, action: 'remove-ties', ties: { kind: 'leadership' } }],
      },
      { unrecordedSupport: { assume: 'median' } },
    );
    const iv = leadership.interventions[0]!;
    expect(iv.action === 'remove-ties' && iv.clearAssumed.length).toBe(0);
  });

  it('refuses a median with nothing recorded, and a level outside 0–1, saying where', () => {
    const bare = { ...example, ties: example.ties.filter((t) => t.kind !== 'support') };
    expect(() =>
      compileModel(bare, undefined, { unrecordedSupport: { assume: 'median' } }),
    ).toThrow(/unrecordedSupport\.assume: no team has management support recorded/);
    expect(() =>
      compileModel(example, undefined, { unrecordedSupport: { assume: 'value', value: 1.5 } }),
    ).toThrow(SimulationInputError);
  });
});
