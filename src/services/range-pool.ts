// One pool for work cut into ranges — betweenness and closeness over source actors, replicates of
// a simulation, design points of a sensitivity run — on several workers: Web Workers in the page
// (WorkerPool in worker-pool.ts), worker threads in the CLI (src/cli/threads.ts, comlink's Node
// adapter). Each worker takes the next range when done with its last, so a slow range does not
// hold the others up; the shares come back in range order, so what is merged from them does not
// depend on how many workers there were. Framework-free and DOM-free: the CLI imports it too.
import type { Range } from '../core/ranges';

export type { Range };

/** The workers a run goes over, and how to stop them all. */
export interface RangeWorkers<W> {
  readonly remotes: readonly W[];
  /** Stops every worker at once, whatever it is doing (a cancel). */
  terminate(): void;
  /** Rejects when a worker is lost (it crashed or exited): its range would never come back. */
  readonly lost?: Promise<never>;
}

/** A run stopped by its signal; its workers were terminated. */
export class RangePoolCancelled extends Error {
  override name = 'RangePoolCancelled';
  constructor() {
    super('range pool: cancelled');
  }
}

export interface RangePoolOptions {
  /** Called as ranges progress, with the share of all units done, 0…1 (never going back). */
  onProgress?: (done: number) => void;
  /** Aborting it terminates the workers and rejects the run with RangePoolCancelled. */
  signal?: AbortSignal;
}

/** Runs one range on one worker; `onProgress` takes the share of the range done, 0…1. */
export type RangeJob<W, R> = (
  worker: W,
  range: Range,
  onProgress: (done: number) => void,
) => Promise<R>;

/**
 * Runs `job` on every range over the workers and resolves with the results in range order. A
 * failing range rejects the run at once (ranges still out are not waited for, none more is
 * handed out); so does a lost worker and a cancel, which also terminates the workers.
 */
export function runRangePool<W, R>(
  workers: RangeWorkers<W>,
  ranges: readonly Range[],
  job: RangeJob<W, R>,
  options: RangePoolOptions = {},
): Promise<R[]> {
  const { onProgress, signal } = options;
  if (workers.remotes.length === 0)
    return Promise.reject(new RangeError('range pool: no workers to run on'));
  const total = ranges.reduce((sum, r) => sum + (r.to - r.from), 0);
  const done = ranges.map(() => 0);
  const results: R[] = new Array<R>(ranges.length);
  let next = 0;
  let stopped = false;
  let reported = 0;
  const report = () => {
    const share = total > 0 ? done.reduce((a, b) => a + b, 0) / total : 1;
    if (share < reported) return;
    reported = share;
    onProgress?.(share);
  };
  return new Promise<R[]>((resolve, reject) => {
    const finish = (error?: unknown) => {
      if (stopped) return;
      stopped = true;
      signal?.removeEventListener('abort', abort);
      if (error === undefined) resolve(results);
      else reject(error);
    };
    const abort = () => {
      if (stopped) return;
      workers.terminate();
      finish(new RangePoolCancelled());
    };
    if (signal?.aborted) return abort();
    signal?.addEventListener('abort', abort, { once: true });
    workers.lost?.catch((error: unknown) => finish(error));
    const drive = async (worker: W) => {
      while (!stopped && next < ranges.length) {
        const k = next++;
        const range = ranges[k]!;
        const size = range.to - range.from;
        const result = await job(worker, range, (share) => {
          if (stopped) return;
          done[k] = Math.min(1, Math.max(0, share)) * size;
          report();
        });
        if (stopped) return;
        results[k] = result;
        done[k] = size;
        report();
      }
    };
    Promise.all(workers.remotes.map(drive)).then(
      () => finish(),
      (error: unknown) => finish(error ?? new Error('range pool: a range failed')),
    );
  });
}
