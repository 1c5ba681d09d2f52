// The CLI's sensitivity runs on worker threads (src/cli/threads.ts), as the app's run on Web
// Workers: contiguous ranges of design points, one per thread, joined back in point order, so
// the numbers are the same bytes whatever the number of threads (each point's runs have their
// own seeds, DESIGN §5.7).
import {
  type SensitivityPlan,
  type SensitivityRange,
  type SensitivityRequest,
  concatRanges,
  runSensitivityRange,
} from '../core/sensitivity/run';
import { splitRange } from '../core/ranges';
import { runRangePool } from '../services/range-pool';
import { ThreadPool, defaultPoolSize } from './threads';

/**
 * Below this many simulated runs (design points × runs per point) one thread is faster: a thread
 * takes about a second to start (tsx and the engine load in each), a run about 0.4 ms.
 */
export const POOL_MIN_RUNS = 5000;

/** The threads a run of `plan` uses: `threads` when given, else by POOL_MIN_RUNS. */
export function sensitivityThreads(plan: SensitivityPlan, threads?: number): number {
  if (threads !== undefined) return threads;
  return plan.points * plan.runs >= POOL_MIN_RUNS ? defaultPoolSize() : 1;
}

/**
 * Design points [from, to) of `plan` on `threads` worker threads (1: on this thread), stopped
 * after; the same bytes as runSensitivityRange(plan, from, to).
 */
export async function runSensitivityOnThreads(
  plan: SensitivityPlan,
  request: SensitivityRequest,
  from: number,
  to: number,
  threads: number,
): Promise<SensitivityRange> {
  const ranges = splitRange(to - from, Math.max(1, threads)).map((r) => ({
    from: from + r.from,
    to: from + r.to,
  }));
  if (ranges.length <= 1) return runSensitivityRange(plan, from, to);
  const pool = new ThreadPool(ranges.length);
  try {
    const parts = await runRangePool(pool, ranges, (worker, range) =>
      worker.sensitivityRange(request, range.from, range.to),
    );
    return concatRanges(parts);
  } finally {
    await pool.close();
  }
}
