// The CLI's workers: node:worker_threads, each exposing the analysis API through comlink's Node
// adapter, so the CLI runs ranges (src/services/range-pool.ts) the way the page does on Web
// Workers. Terminate the pool when done: a live thread keeps the process running.
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { type Remote, releaseProxy, wrap } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import type { PathApi } from '../../workers/path-api';
import type { WorkerApi } from '../../workers/worker-api';
import type { RangeWorkers } from '../services/range-pool';

/** Threads for the pool: the machine's, at most 4. */
export function defaultPoolSize(): number {
  return Math.max(1, Math.min(availableParallelism(), 4));
}

/** What a thread runs: the whole analysis API, or only the path kernel (it starts faster). */
export const THREAD_ENTRIES = {
  analysis: fileURLToPath(new URL('./analysis-thread.ts', import.meta.url)),
  paths: fileURLToPath(new URL('./path-thread.ts', import.meta.url)),
};

interface ThreadApis {
  analysis: WorkerApi;
  paths: PathApi;
}

/**
 * The thread's entry is TypeScript, and in Node 20 a worker ignores the tsx hooks of its parent
 * (`--import tsx` in execArgv included): the thread registers tsx's require hook itself, then
 * loads the entry. Works the same under `tsx` (the CLI) and under vitest.
 */
function bootCode(entry: string): string {
  const tsx = createRequire(import.meta.url).resolve('tsx/cjs/api');
  return `require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(entry)});`;
}

/**
 * Worker threads running one entry's API (`analysis` by default); `lost` rejects when a thread
 * fails or stops unasked.
 */
export class ThreadPool<E extends keyof ThreadApis = 'analysis'> implements RangeWorkers<
  Remote<ThreadApis[E]>
> {
  readonly remotes: Remote<ThreadApis[E]>[];
  readonly lost: Promise<never>;
  /** Resolves when every thread has exited (after `terminate`, or on its own). */
  readonly exited: Promise<void>;
  readonly threads: readonly Worker[];
  #running: number;
  #stopping = false;

  constructor(size: number, entry: E = 'analysis' as E) {
    let lose!: (error: Error) => void;
    this.lost = new Promise<never>((_, reject) => (lose = reject));
    this.lost.catch(() => {}); // told to whoever races it; never an unhandled rejection
    const threads = Array.from(
      { length: Math.max(1, size) },
      () => new Worker(bootCode(THREAD_ENTRIES[entry]), { eval: true, execArgv: [] }),
    );
    this.threads = threads;
    this.#running = threads.length;
    const exits = threads.map(
      (thread) =>
        new Promise<void>((resolve) => {
          thread.on('error', (error) =>
            lose(new Error(`thread pool: a worker failed: ${error.message}`)),
          );
          thread.on('exit', (code) => {
            this.#running -= 1;
            if (!this.#stopping)
              lose(new Error(`thread pool: a worker stopped (exit code ${code})`));
            resolve();
          });
        }),
    );
    this.exited = Promise.all(exits).then(() => {});
    this.remotes = threads.map((thread) => wrap<ThreadApis[E]>(nodeEndpoint(thread)));
  }

  /** Threads not yet exited. */
  get running(): number {
    return this.#running;
  }

  /** Stops every thread at once, whatever it is doing; their pending calls never settle. */
  terminate(): void {
    if (this.#stopping) return;
    this.#stopping = true;
    for (const remote of this.remotes) remote[releaseProxy]();
    for (const thread of this.threads) void thread.terminate();
  }

  /** Terminates the threads and waits until every one has exited. */
  async close(): Promise<void> {
    this.terminate();
    await this.exited;
  }
}
