// The comparison store and the status line (issue 13's comparison is a worker job like the
// others): its running job is shown, and Cancel stops it at once — no result, no error, the
// panel still open — while a late answer of the cancelled job is ignored. Plain-value stand-ins
// for the runes and a fake client, as in analysis-store.test.ts.
/// <reference types="vite/client" />
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createExampleDocument } from '../../src/core/example/qic-example';
import {
  type AnalysisClient,
  JobDropped,
  type JobStatus,
} from '../../src/services/analysis-client';
import type * as CompareModule from '../../src/state/compare.svelte';
import type * as StatusModule from '../../src/state/status.svelte';

vi.mock('../../workers/analysis.worker.ts?worker', () => ({ default: class {} }));

let CompareStore: typeof CompareModule.CompareStore;
let StatusStore: typeof StatusModule.StatusStore;

beforeAll(async () => {
  const plain = Object.assign(<T>(value: T) => value, { raw: <T>(value: T) => value });
  Object.assign(globalThis, { $state: plain, $derived: plain });
  ({ CompareStore } = await import('../../src/state/compare.svelte'));
  ({ StatusStore } = await import('../../src/state/status.svelte'));
});

/** A client whose compare job waits for the test, and says its jobs as the real one does. */
function fakeClient(onStatus: (jobs: JobStatus[]) => void) {
  const pending: { resolve: (value: unknown) => void; reject: (error: Error) => void }[] = [];
  const cancelAll = vi.fn(() => {
    for (const p of pending.splice(0)) p.reject(new JobDropped('compare', 'cancelled'));
    onStatus([]);
  });
  const client = {
    run: (kind: string) => {
      onStatus([{ kind } as unknown as JobStatus]);
      return new Promise((resolve, reject) => pending.push({ resolve, reject }));
    },
    cancelAll,
  } as unknown as AnalysisClient;
  return { client, pending, cancelAll };
}

describe('a comparison on the status line', () => {
  it('is shown as a running job, and Cancel stops it with no result and no error', async () => {
    let fake!: ReturnType<typeof fakeClient>;
    const compare = new CompareStore((onStatus) => (fake = fakeClient(onStatus)).client);
    const status = new StatusStore([compare], () => '');
    const doc = createExampleDocument();
    const before = { title: 'Baseline', doc };
    const after = { title: 'Follow-up', doc };
    const running = compare.compare(before, after);
    expect(status.busy).toBe(true);
    expect(status.jobs).toHaveLength(1);
    expect(compare.busy).toBe(true);

    const late = fake.pending[0]!;
    status.cancel();
    await running;
    expect(fake.cancelAll).toHaveBeenCalledTimes(1);
    expect(status.busy).toBe(false);
    expect(compare.busy).toBe(false);
    expect(compare.result).toBeNull();
    expect(compare.error).toBeNull();
    expect(compare.before).toBe(before); // the panel keeps the two networks
    // The cancelled job's answer, should it still come, is not shown.
    late.resolve({ revision: 1, result: { unexpected: true } });
    await Promise.resolve();
    expect(compare.result).toBeNull();
  });
});
