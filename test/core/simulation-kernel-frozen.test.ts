// The fast kernel (issue 12) gives the same bytes as the kernel it replaced, frozen in
// bench/kernel-before/: every series of every replicate and the activity counts, for several seeds,
// on the built-in example with every preset and on a generated twelve-team network whose teams
// share coordination links (direct and through two regional coordinators), with scenarios that
// add, remove and re-weight those links mid-run, high turnover, and every switch flipped. This
// is what lets MODEL_VERSION stay, and it guards any later speed work.
import { describe, expect, it } from 'vitest';
import { runReplicates as frozenReplicates } from '../../bench/kernel-before/replicates';
import type { NetworkDocument } from '../../src/core/document/types';
import { createExampleDocument } from '../../src/core/example/qic-example';
import { createSyntheticNetwork } from '../../src/core/example/synthetic';
import type { UnrecordedSupport } from '../../src/core/simulation/model';
import { prepareSimulation, runReplicates } from '../../src/core/simulation/monte-carlo';
import { presetScenarios } from '../../src/core/simulation/presets';
import type { Scenario } from '../../src/core/simulation/scenario-schema';

/**
 * Twelve teams of ten (coordinator first) and two regional coordinators: r0 linked to the
 * coordinators of teams 0–5, r1 to those of teams 4–11 (teams 4 and 5 are linked through both),
 * direct coordinator links 0–2, 3–9 and 7→10, support from eight teams to one manager.
 */
function sharedLinksNetwork(): NetworkDocument {
  const doc = createSyntheticNetwork({ actors: 120, seed: 9 });
  const co = (id: string, source: string, target: string, weight: number) => ({
    id,
    source,
    target,
    kind: 'coordination',
    weight,
  });
  const ties = [
    ...Array.from({ length: 6 }, (_, k) => co(`a${k}`, `p${k * 10}`, 'r0', 0.4 + k / 10)),
    ...Array.from({ length: 8 }, (_, k) => co(`b${k}`, 'r1', `p${(k + 4) * 10}`, 0.3 + k / 12)),
    co('c0', 'p0', 'p20', 0.9),
    co('c1', 'p90', 'p30', 0.35),
    co('c2', 'p70', 'p100', 0.6),
    ...Array.from({ length: 8 }, (_, k) => ({
      id: `s${k}`,
      source: `p${k * 10 + (k % 3)}`,
      target: 'boss',
      kind: 'support',
      weight: 0.4 + k / 20,
    })),
  ];
  return {
    ...doc,
    actors: [
      ...doc.actors,
      { id: 'r0', role: 'regional-coordinator' },
      { id: 'r1', role: 'regional-coordinator' },
      { id: 'boss', role: 'manager' },
    ],
    ties: [...doc.ties, ...ties],
    // Much more turnover and transfer than the defaults, so that events and paths change often.
    parameters: { h: 0.02, hc: 0.03, v: 3, vc: 4, tauX: 0.2 },
  };
}

const SHARED_SCENARIOS: Scenario[] = [
  {
    id: 'links-change',
    label: 'Links change mid-run',
    interventions: [
      { week: 10, action: 'remove-ties', ties: { ids: ['c0', 'a2', 'b5'] } },
      {
        week: 20,
        action: 'add-ties',
        from: { ids: ['p50', 'p60'] },
        to: { ids: ['p110', 'r0'] },
        kind: 'coordination',
        weight: 0.7,
      },
      {
        week: 30,
        action: 'remove-actors',
        actors: { role: 'regional-coordinator' },
        count: 1,
        vacancyWeeks: 5,
      },
      { week: 40, action: 'set-parameter', name: 'coordinatorTransfers', value: 0 },
      { week: 45, action: 'set-parameter', name: 'qicWeeks', value: 50 },
    ],
  },
  {
    id: 'switches',
    label: 'Switches and support',
    interventions: [
      { week: 0, action: 'set-parameter', name: 'coordinatorActivates', value: 0 },
      { week: 0, action: 'set-parameter', name: 'coordinatorAlwaysActive', value: 0 },
      { week: 5, action: 'set-parameter', name: 'supportGatesAll', value: 0 },
      { week: 8, action: 'set-support', groups: { ids: ['team-3', 'team-11'] }, level: 0.2 },
      { week: 12, action: 'turnover-burst', actors: { role: 'coordinator' }, fraction: 0.5 },
      {
        week: 15,
        action: 'remove-actors',
        actors: { role: 'coordinator' },
        count: 3,
        vacancyWeeks: 2,
        keepSupport: true,
      },
      { week: 25, action: 'set-parameter', name: 'coordinatorConsolidates', value: 0 },
    ],
  },
];

/** Where two arrays first differ, as bytes (Object.is: −0 is not 0), or null when they are the same. */
function firstDifference(a: Float64Array, b: Float64Array): string | null {
  if (a.length !== b.length) return `length ${a.length} vs ${b.length}`;
  for (let i = 0; i < a.length; i += 1)
    if (!Object.is(a[i], b[i])) return `[${i}]: ${a[i]} vs ${b[i]}`;
  return null;
}

/** Every series and every activity count of the two kernels, compared as bytes. */
function expectSameBytes(
  doc: NetworkDocument,
  scenarios: Scenario[],
  seed: number,
  unrecordedSupport: UnrecordedSupport,
  runs: number,
) {
  const prepared = prepareSimulation(doc, { scenarios, seed, unrecordedSupport });
  // Two ranges, so a state reused from an earlier replicate is covered too.
  for (const [from, to] of [
    [0, runs],
    [3, 3 + runs],
  ] as const) {
    const now = runReplicates(prepared, from, to);
    const before = frozenReplicates(prepared, from, to);
    expect(now.data.length).toBe(scenarios.length + 1);
    prepared.models.forEach((_, mi) => {
      expect(firstDifference(now.data[mi]!, before.data[mi]!)).toBeNull();
      expect(firstDifference(now.activity[mi]!, before.activity[mi]!)).toBeNull();
    });
  }
}

describe('the fast kernel gives the frozen kernel’s bytes', () => {
  it.each([1, 17, 2 ** 40 + 3])('on the built-in example with every preset, seed %s', (seed) => {
    const doc = createExampleDocument();
    expectSameBytes(doc, presetScenarios(doc), seed, { assume: 'none' }, 4);
  });

  it.each([2, 99])('on a twelve-team network with shared coordination links, seed %s', (seed) => {
    const doc = sharedLinksNetwork();
    expectSameBytes(
      doc,
      [...SHARED_SCENARIOS, ...presetScenarios(doc)],
      seed,
      { assume: 'median' },
      3,
    );
  });

  it('with every switch off from the start and supportGatesAll 0', () => {
    const shared = sharedLinksNetwork();
    const doc: NetworkDocument = {
      ...shared,
      parameters: {
        ...shared.parameters,
        coordinatorActivates: 0,
        coordinatorAlwaysActive: 0,
        coordinatorConsolidates: 0,
        coordinatorTransfers: 0,
        supportGatesAll: 0,
      },
    };
    expectSameBytes(doc, SHARED_SCENARIOS, 5, { assume: 'value', value: 0.3 }, 3);
  });
});
