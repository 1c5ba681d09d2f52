// The one range pool (src/services/range-pool.ts) with stand-in workers: the shares come back in
// range order whatever the number of workers and the order they finish in, progress only grows,
// and a failure, a lost worker or a cancel stops the run (a cancel terminates the workers).
import { describe, expect, it } from 'vitest';
import { type Range, splitRange } from '../../src/core/ranges';
import { RangePoolCancelled, type RangeWorkers, runRangePool } from '../../src/services/range-pool';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** `count` stand-in workers named 0…count−1, counting how often they were terminated. */
function standIns(count: number, lost?: Promise<never>) {
  const pool = {
    remotes: Array.from({ length: count }, (_, k) => k),
    terminated: 0,
    terminate: () => {
      pool.terminated += 1;
    },
    lost,
  };
  return pool satisfies RangeWorkers<number>;
}

describe('runRangePool', () => {
  const ranges = splitRange(100, 9);

  it.each([1, 2, 3, 5, 80])('returns the shares in range order with %i workers', async (n) => {
    let calls = 0;
    const seen = new Set<number>();
    const progress: number[] = [];
    const shares = await runRangePool(
      standIns(n),
      ranges,
      async (worker, range: Range, onProgress) => {
        seen.add(worker);
        // Later calls answer sooner, so shares finish out of order.
        const wait = Math.max(0, 9 - calls++);
        onProgress(0.5);
        await sleep(wait);
        return Array.from({ length: range.to - range.from }, (_, i) => range.from + i);
      },
      { onProgress: (done) => progress.push(done) },
    );
    expect(shares.flat()).toEqual(Array.from({ length: 100 }, (_, i) => i));
    expect(seen.size).toBe(Math.min(n, ranges.length));
    expect(progress.at(-1)).toBe(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  it('resolves with nothing for no ranges, and refuses a pool without workers', async () => {
    expect(await runRangePool(standIns(2), [], async () => 1)).toEqual([]);
    await expect(runRangePool(standIns(0), ranges, async () => 1)).rejects.toThrow(/no workers/);
  });

  it('rejects when a range fails, and hands out no more ranges', async () => {
    const started: number[] = [];
    const run = runRangePool(standIns(1), ranges, async (_, range) => {
      started.push(range.from);
      if (started.length === 2) throw new Error('worker died');
      return range.from;
    });
    await expect(run).rejects.toThrow('worker died');
    await sleep(5);
    expect(started).toHaveLength(2);
  });

  it('rejects when a worker is lost, without waiting for its range', async () => {
    let lose!: (error: Error) => void;
    const lost = new Promise<never>((_, reject) => (lose = reject));
    const run = runRangePool(standIns(2, lost), ranges, () => new Promise<number>(() => {}));
    lose(new Error('thread pool: a worker stopped (exit code 1)'));
    await expect(run).rejects.toThrow(/exit code 1/);
  });

  it('cancels: terminates the workers, rejects at once, hands out nothing more', async () => {
    const controller = new AbortController();
    const workers = standIns(2);
    const started: number[] = [];
    const run = runRangePool(
      workers,
      ranges,
      (_, range) => {
        started.push(range.from);
        if (started.length === 3) controller.abort();
        // A terminated worker never answers: the run must not wait for it.
        return started.length <= 2 ? sleep(1).then(() => range.from) : new Promise(() => {});
      },
      { signal: controller.signal },
    );
    await expect(run).rejects.toBeInstanceOf(RangePoolCancelled);
    await sleep(5);
    expect(workers.terminated).toBe(1);
    expect(started).toHaveLength(3);

    const before = new AbortController();
    before.abort();
    const idle = standIns(1);
    await expect(
      runRangePool(idle, ranges, async () => 1, { signal: before.signal }),
    ).rejects.toBeInstanceOf(RangePoolCancelled);
    expect(idle.terminated).toBe(1);
  });
});
