// "Which assumptions matter?" runs: a Morris screening of the chosen scenario, its design points
// spread over a pool of workers of its own, with progress and time left, and a cancel that
// replaces every worker at once (none is left running). The result is the engine's, the same as
// `leadnet sensitivity` gives for the same settings and seed, whatever the pool size.
import { proxy } from 'comlink';
import type { NetworkDocument } from '../core/document/types';
import type {
  SensitivityOutput,
  SensitivityRequest,
  SensitivityResult,
} from '../core/sensitivity/run';
import type { UnrecordedSupport } from '../core/simulation/model';
import type { AnalysisClient, JobStatus } from '../services/analysis-client';
import { say } from '../services/messages';
import { type ClientFactory, WorkerPool } from '../services/worker-pool';
import { runRangePool } from '../services/range-pool';
import { splitRange } from '../core/ranges';
import { type JobError, jobFailure } from './job-failure';

export interface SensitivitySettings {
  output: SensitivityOutput;
  trajectories: number;
  runs: number;
  seed: number;
}

export interface SensitivityRun {
  /** The network (library entry) and revision it was run for. */
  network: string;
  revision: number;
  scenario: string;
  team: string | null;
  request: Omit<SensitivityRequest, 'doc'>;
  value: SensitivityResult;
}

export class SensitivityStore {
  result = $state.raw<SensitivityRun | null>(null);
  jobs = $state.raw<JobStatus[]>([]);
  error = $state.raw<JobError | null>(null);
  cancelled = $state(false);
  /** 0…1 while running, and the seconds left by the pace so far (null before any progress). */
  progress = $state(0);
  secondsLeft = $state<number | null>(null);
  settings = $state<SensitivitySettings>({
    output: 'difference',
    trajectories: 20,
    runs: 50,
    seed: 1,
  });
  readonly busy = $derived(this.jobs.length > 0);
  readonly client: AnalysisClient;
  readonly #pool: WorkerPool;
  readonly #network: () => string;

  constructor(createClient: ClientFactory, poolSize = 1, network: () => string = () => '') {
    this.#pool = new WorkerPool(createClient, (jobs) => (this.jobs = jobs), poolSize);
    this.client = this.#pool.client;
    this.#network = network;
  }

  /** The result when it is for this network as it is, else null. */
  currentResult(revision: number): SensitivityRun | null {
    const r = this.result;
    return r && r.network === this.#network() && r.revision === revision ? r : null;
  }

  /** Screens every parameter with a documented range for `scenario` (its team for a preset). */
  async run(
    doc: NetworkDocument,
    revision: number,
    scenario: string,
    team: string | null,
    unrecordedSupport: UnrecordedSupport,
  ): Promise<void> {
    const settings = $state.snapshot(this.settings) as SensitivitySettings;
    const network = this.#network();
    this.cancelled = false;
    this.error = null;
    this.progress = 0;
    this.secondsLeft = null;
    const options: Omit<SensitivityRequest, 'doc'> = {
      scenarios: [scenario],
      method: 'morris',
      output: settings.output,
      trajectories: settings.trajectories,
      runs: settings.runs,
      seed: settings.seed,
      ...(team === null ? {} : { team }),
      unrecordedSupport,
    };
    const request: SensitivityRequest = { doc, ...options };
    const started = performance.now();
    try {
      const value = await this.client.run(
        'sensitivity',
        say('job_sensitivity', {}),
        async (remote, onProgress) => {
          const points = await remote.sensitivityPoints(request);
          // Contiguous ranges of design points, one per worker; the analysis joins them in point
          // order, so the numbers are the same whatever the pool size.
          const workers = this.#pool.rangeWorkers(remote);
          const ranges = await runRangePool(
            workers,
            splitRange(points, workers.remotes.length),
            (worker, { from, to }, progress) =>
              worker.sensitivityRange(request, from, to, proxy(progress)),
            {
              onProgress: (p) => {
                onProgress(p);
                this.progress = p;
                const elapsed = (performance.now() - started) / 1000;
                this.secondsLeft = p > 0 ? Math.max(0, (elapsed * (1 - p)) / p) : null;
              },
            },
          );
          return remote.sensitivityAnalyse(request, ranges);
        },
      );
      this.result = { network, revision, scenario, team, request: options, value };
    } catch (error) {
      const failure = jobFailure(error);
      if (failure === 'cancelled') this.cancelled = true;
      else if (failure !== 'dropped') this.error = failure;
    }
  }

  /** Stops the run at once: every worker of the pool is replaced. */
  cancel(): void {
    this.#pool.cancel();
  }
}
