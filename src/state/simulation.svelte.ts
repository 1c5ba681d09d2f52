// What-if runs: the chosen scenario against the baseline, computed in a worker of its own, with
// progress, cancel, and the result kept with the revision it was run for.
import type { NetworkDocument } from '../core/document/types';
import { type Message, messagesOf } from '../core/messages';
import type { SimulationResult } from '../core/simulation/monte-carlo';
import { proxy } from 'comlink';
import { type AnalysisClient, type JobStatus, JobDropped } from '../services/analysis-client';
import { say } from '../services/messages';
import { type ClientFactory, WorkerPool } from '../services/worker-pool';

export interface RunSettings {
  /** A preset id, or the id of a scenario saved in the document. */
  scenario: string;
  runs: number;
  weeks: number;
  seed: number;
}

export class SimulationStore {
  result = $state.raw<{ revision: number; settings: RunSettings; value: SimulationResult } | null>(
    null,
  );
  jobs = $state.raw<JobStatus[]>([]);
  /** Why the last run failed: the engine's messages, or an unexpected error's text. */
  error = $state.raw<{ messages?: readonly Message[]; text: string } | null>(null);
  cancelled = $state(false);
  settings = $state<RunSettings>({
    scenario: 'support-withdrawn-26',
    runs: 200,
    weeks: 78,
    seed: 1,
  });
  readonly busy = $derived(this.jobs.length > 0);
  /** The week shown on the network (the animation), or null to draw the network as it is. */
  week = $state<number | null>(null);
  readonly client: AnalysisClient;

  readonly #pool: WorkerPool;

  /** `poolSize`: workers the replicates are spread over, this store's own included. */
  constructor(createClient: ClientFactory, poolSize = 1) {
    this.#pool = new WorkerPool(createClient, (jobs) => (this.jobs = jobs), poolSize);
    this.client = this.#pool.client;
  }

  async run(doc: NetworkDocument, revision: number): Promise<void> {
    const settings = { ...this.settings };
    this.cancelled = false;
    this.error = null;
    try {
      const request = {
        revision,
        doc,
        scenarios: [settings.scenario],
        runs: settings.runs,
        weeks: settings.weeks,
        seed: settings.seed,
      };
      const tagged = await this.client.run(
        'simulation',
        say('job_simulation', {}),
        async (remote, onProgress) => {
          // Replicates in contiguous ranges over the pool; the merge orders them by replicate, so
          // the numbers are the same whatever the pool size.
          const remotes = [remote, ...this.#pool.helpers()].slice(0, Math.max(1, settings.runs));
          const share = Math.ceil(settings.runs / remotes.length);
          const done = remotes.map(() => 0);
          const batches = await Promise.all(
            remotes.map((worker, k) => {
              const from = Math.min(settings.runs, k * share);
              const to = Math.min(settings.runs, from + share);
              const progress = proxy((d: number) => {
                done[k] = d * (to - from);
                onProgress(done.reduce((x, y) => x + y, 0) / Math.max(1, settings.runs));
              });
              return worker.simulateRange(request, from, to, progress);
            }),
          );
          return remote.summarizeSimulation(
            request,
            batches.map((b) => b.result),
          );
        },
      );
      this.result = { revision: tagged.revision, settings, value: tagged.result };
      this.week = null;
    } catch (error) {
      if (error instanceof JobDropped) {
        if (error.reason === 'cancelled') this.cancelled = true;
        return;
      }
      this.error = {
        messages: messagesOf(error),
        text: error instanceof Error ? error.message : String(error),
      };
    }
  }

  cancel(): void {
    this.#pool.cancel();
  }
}
