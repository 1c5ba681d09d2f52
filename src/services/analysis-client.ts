// The client of the analysis worker: one call per job kind, each tagged with the document
// revision. A newer job of the same kind supersedes an older one (its result is dropped), and
// any job can be cancelled: the worker is terminated, its pending promise rejected and a fresh
// worker started.
import { type Remote, proxy, releaseProxy, wrap } from 'comlink';
import type { Message } from '../core/messages';
import type { WorkerApi } from '../../workers/worker-api';
import AnalysisWorker from '../../workers/analysis.worker.ts?worker';

/** Raised for a job that was cancelled or superseded; callers ignore it. */
export class JobDropped extends Error {
  override name = 'JobDropped';
  constructor(
    readonly kind: string,
    readonly reason: 'superseded' | 'cancelled' | 'closed',
  ) {
    super(`${kind}: ${reason}`);
  }
}

export interface JobStatus {
  kind: string;
  /** What the job does, said by the status bar in the user's language. */
  label: Message;
  /** 0…1 when the job reports progress. */
  progress: number | null;
}

export interface AnalysisClientOptions {
  /** Called whenever the set of running jobs changes. */
  onStatus?: (jobs: JobStatus[]) => void;
  /** Creates the worker (tests and the single-file build may pass their own). */
  createWorker?: () => Worker;
}

interface Running {
  id: number;
  status: JobStatus;
  reject: (error: Error) => void;
}

export class AnalysisClient {
  #worker!: Worker;
  #remote!: Remote<WorkerApi>;
  #running = new Map<string, Running>();
  #nextId = 1;
  readonly #options: AnalysisClientOptions;

  constructor(options: AnalysisClientOptions = {}) {
    this.#options = options;
    this.#start();
  }

  #start() {
    this.#worker = this.#options.createWorker?.() ?? new AnalysisWorker();
    this.#remote = wrap<WorkerApi>(this.#worker);
  }

  get remote(): Remote<WorkerApi> {
    return this.#remote;
  }

  /**
   * Runs one job of a kind. A job of the same kind still running is superseded: its result
   * will be dropped (it rejects with JobDropped).
   */
  async run<T>(
    kind: string,
    label: Message,
    job: (remote: Remote<WorkerApi>, onProgress: (done: number) => void) => Promise<T>,
  ): Promise<T> {
    this.#running.get(kind)?.reject(new JobDropped(kind, 'superseded'));
    const id = this.#nextId++;
    const status: JobStatus = { kind, label, progress: null };
    let rejectJob!: (error: Error) => void;
    const dropped = new Promise<never>((_, reject) => (rejectJob = reject));
    this.#running.set(kind, { id, status, reject: rejectJob });
    this.#notify();
    const onProgress = proxy((done: number) => {
      if (this.#running.get(kind)?.id !== id) return;
      status.progress = done;
      this.#notify();
    });
    try {
      return await Promise.race([job(this.#remote, onProgress), dropped]);
    } finally {
      if (this.#running.get(kind)?.id === id) {
        this.#running.delete(kind);
        this.#notify();
      }
    }
  }

  /** Cancels every running job: the worker is replaced, so long synchronous work stops at once. */
  cancelAll(): void {
    if (this.#running.size === 0) return;
    this.restart();
  }

  /**
   * Replaces the worker whatever it is doing, rejecting the jobs run through this client.
   * For a worker used directly through `remote` (a pool helper), this is how to stop it.
   */
  restart(): void {
    const jobs = [...this.#running.values()];
    this.#running.clear();
    this.#remote[releaseProxy]();
    this.#worker.terminate();
    for (const job of jobs) job.reject(new JobDropped(job.status.kind, 'cancelled'));
    this.#start();
    this.#notify();
  }

  dispose(): void {
    for (const job of this.#running.values()) job.reject(new JobDropped(job.status.kind, 'closed'));
    this.#running.clear();
    this.#remote[releaseProxy]();
    this.#worker.terminate();
  }

  #notify() {
    this.#options.onStatus?.([...this.#running.values()].map((r) => ({ ...r.status })));
  }
}
