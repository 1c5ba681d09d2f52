// The simulation and sensitivity stores on the range pool, in Node: plain-value stand-ins for the
// runes (as in analysis-store.test.ts) and analysis API objects standing in for the workers. The
// numbers are the engine's one-worker numbers whatever the pool size; a cancel replaces every
// worker; a run count the engine refuses comes back as the engine's own message.
/// <reference types="vite/client" />
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createAnalysisApi } from '../../src/core/api';
import { createExampleDocument } from '../../src/core/example/qic-example';
import type { AnalysisClient } from '../../src/services/analysis-client';
import type * as SimulationModule from '../../src/state/simulation.svelte';
import type * as SensitivityModule from '../../src/state/sensitivity.svelte';

vi.mock('../../workers/analysis.worker.ts?worker', () => ({ default: class {} }));

let SimulationStore: typeof SimulationModule.SimulationStore;
let SensitivityStore: typeof SensitivityModule.SensitivityStore;

beforeAll(async () => {
  const plain = Object.assign(<T>(value: T) => value, {
    raw: <T>(value: T) => value,
    snapshot: <T>(value: T) => structuredClone(value),
  });
  Object.assign(globalThis, { $state: plain, $derived: plain });
  ({ SimulationStore } = await import('../../src/state/simulation.svelte'));
  ({ SensitivityStore } = await import('../../src/state/sensitivity.svelte'));
});

const api = createAnalysisApi();
const doc = createExampleDocument();

/** Clients whose remote is an API object; each counts the ranges it ran and its restarts. */
function clients() {
  const made: { ranges: number; restarts: number }[] = [];
  const factory = () => {
    const counts = { ranges: 0, restarts: 0 };
    made.push(counts);
    const remote = {
      ...api,
      simulateRange: (...args: Parameters<typeof api.simulateRange>) => {
        counts.ranges += 1;
        return api.simulateRange(...args);
      },
      sensitivityRange: (...args: Parameters<typeof api.sensitivityRange>) => {
        counts.ranges += 1;
        return api.sensitivityRange(...args);
      },
    };
    return {
      remote,
      run: (_kind: string, _label: unknown, job: (r: unknown, p: () => void) => unknown) =>
        job(remote, () => {}),
      cancelAll: () => {},
      restart: () => (counts.restarts += 1),
    } as unknown as AnalysisClient;
  };
  return { factory, made };
}

describe('the simulation store on the range pool', () => {
  it.each([1, 2, 3])('gives the one-worker numbers on %i workers', async (size) => {
    const { factory, made } = clients();
    const store = new SimulationStore(factory, size);
    store.settings.runs = 5;
    store.settings.weeks = 20;
    await store.run(doc, 7, 'support-withdrawn-26', null);
    expect(store.error).toBeNull();
    const whole = api.simulate({
      revision: 7,
      doc,
      scenarios: ['support-withdrawn-26'],
      runs: 5,
      weeks: 20,
      seed: store.settings.seed,
      unrecordedSupport: { assume: 'none' },
    });
    expect(store.result!.value).toEqual(whole.result);
    expect(made.filter((c) => c.ranges > 0)).toHaveLength(size);

    store.cancel();
    expect(made.slice(1).every((c) => c.restarts === 1)).toBe(true);
  });

  it('says the engine’s refusal for a run count it refuses', async () => {
    const store = new SimulationStore(clients().factory, 2);
    store.settings.runs = 2.5;
    await store.run(doc, 1, 'support-withdrawn-26', null);
    expect(store.result).toBeNull();
    expect(store.error!.messages!.map((m) => m.code)).toEqual(['sim_runs_too_few']);
  });
});

describe('the sensitivity store on the range pool', () => {
  it.each([1, 3])('gives the one-worker result on %i workers', async (size) => {
    const store = new SensitivityStore(clients().factory, size);
    store.settings.trajectories = 2;
    store.settings.runs = 2;
    await store.run(doc, 3, 'support-withdrawn-26', null, { assume: 'none' });
    expect(store.error).toBeNull();
    const request = { doc, ...store.result!.request };
    const points = api.sensitivityPoints(request);
    const whole = api.sensitivityAnalyse(request, [api.sensitivityRange(request, 0, points)]);
    expect(store.result!.value).toEqual(whole);
    expect(store.progress).toBe(1);
  });
});
