// A store's own analysis worker plus helper workers for work split into ranges (betweenness
// sources, simulation replicates, design points: range-pool.ts). The first client reports status;
// cancel stops them all.
import type { Remote } from 'comlink';
import type { WorkerApi } from '../../workers/worker-api';
import type { AnalysisClient, JobStatus } from './analysis-client';
import type { RangeWorkers } from './range-pool';

export type ClientFactory = (onStatus: (jobs: JobStatus[]) => void) => AnalysisClient;

export class WorkerPool {
  readonly client: AnalysisClient;
  readonly size: number;
  readonly #create: ClientFactory;
  #helpers: AnalysisClient[] = [];

  /** `size`: workers in all, the status-reporting one included; helpers start on first use. */
  constructor(create: ClientFactory, onStatus: (jobs: JobStatus[]) => void, size = 1) {
    this.#create = create;
    this.size = Math.max(1, size);
    this.client = create(onStatus);
  }

  /** The remotes of the helper workers (not the main one), started when first asked for. */
  helpers(): Remote<WorkerApi>[] {
    while (this.#helpers.length < this.size - 1) this.#helpers.push(this.#create(() => {}));
    return this.#helpers.map((c) => c.remote);
  }

  /**
   * The workers for a range pool: `main` (the remote a job of the main client was given) and the
   * helpers; terminating them cancels the pool's work as `cancel` does.
   */
  rangeWorkers(main: Remote<WorkerApi>): RangeWorkers<Remote<WorkerApi>> {
    return { remotes: [main, ...this.helpers()], terminate: () => this.cancel() };
  }

  /** Cancels the main worker's jobs and replaces every helper, whatever it is doing. */
  cancel(): void {
    this.client.cancelAll();
    for (const helper of this.#helpers) helper.restart();
  }
}
