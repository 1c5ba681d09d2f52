// The analysis store's summary after a failure, in Node: plain-value stand-ins for the runes
// (as in document-store.test.ts) and a fake client whose jobs resolve or fail on demand.
// vite/client declares the store's `?worker` import, which the test replaces with a stub.
/// <reference types="vite/client" />
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { NetworkSummary } from '../../src/core/api';
import { createExampleDocument } from '../../src/core/example/qic-example';
import type { AnalysisClient } from '../../src/services/analysis-client';
import type * as AnalysisModule from '../../src/state/analysis.svelte';

vi.mock('../../workers/analysis.worker.ts?worker', () => ({ default: class {} }));

let AnalysisStore: typeof AnalysisModule.AnalysisStore;

beforeAll(async () => {
  const plain = Object.assign(<T>(value: T) => value, { raw: <T>(value: T) => value });
  Object.assign(globalThis, { $state: plain, $derived: plain });
  ({ AnalysisStore } = await import('../../src/state/analysis.svelte'));
});

/** A client whose summary jobs wait until the test settles them, in the order asked. */
function fakeClient() {
  const pending: { resolve: (value: unknown) => void; reject: (error: Error) => void }[] = [];
  const client = {
    run: () => new Promise((resolve, reject) => pending.push({ resolve, reject })),
  } as unknown as AnalysisClient;
  return { client, pending };
}

const summaryOf = (actors: number) => ({ actors }) as NetworkSummary;

/** A store showing the summary of revision 1 (27 actors), and its client's pending jobs. */
async function storeShowingFirst() {
  const { client, pending } = fakeClient();
  const store = new AnalysisStore(() => client);
  const doc = createExampleDocument();
  const first = store.refresh(doc, 1);
  pending[0]!.resolve({ revision: 1, result: summaryOf(27) });
  await first;
  expect(store.summary).toEqual({ revision: 1, value: summaryOf(27) });
  return { store, pending, doc };
}

describe('the network summary after a failed analysis', () => {
  it('shows no figures of the previous network, only the error', async () => {
    const { store, pending, doc } = await storeShowingFirst();
    const second = store.refresh(doc, 2);
    pending[1]!.reject(new RangeError('Maximum call stack size exceeded'));
    await second;
    expect(store.summary).toBeNull();
    expect(store.error).toBe('Maximum call stack size exceeded');

    // The next network's figures replace the error.
    const third = store.refresh(doc, 3);
    pending[2]!.resolve({ revision: 3, result: summaryOf(9) });
    await third;
    expect(store.summary).toEqual({ revision: 3, value: summaryOf(9) });
    expect(store.error).toBeNull();
  });

  it('ignores the failure of a request a newer one has replaced', async () => {
    const { store, pending, doc } = await storeShowingFirst();
    const older = store.refresh(doc, 2);
    const newer = store.refresh(doc, 3);
    pending[1]!.reject(new Error('stale failure'));
    await older;
    expect(store.error).toBeNull();
    expect(store.summary?.revision).toBe(1);
    pending[2]!.resolve({ revision: 3, result: summaryOf(9) });
    await newer;
    expect(store.summary).toEqual({ revision: 3, value: summaryOf(9) });
  });
});
