// What-if runs: the chosen scenario against the baseline, computed in a worker of its own, with
// progress, cancel, and the result kept with the network and the revision it was run for
// (result-standing.ts: another network clears it, an edit greys it).
import type { NetworkDocument } from '../core/document/types';
import type { SimulationResult } from '../core/simulation/monte-carlo';
import type { Scenario } from '../core/simulation/scenarios';
import type { UnrecordedSupport } from '../core/simulation/model';
import { proxy } from 'comlink';
import type { AnalysisClient, JobStatus } from '../services/analysis-client';
import { say } from '../services/messages';
import { type ClientFactory, WorkerPool } from '../services/worker-pool';
import { runRangePool } from '../services/range-pool';
import { splitRange } from '../core/ranges';
import { type JobError, jobFailure } from './job-failure';
import { type ResultOrigin, type ResultStanding, resultStanding } from './result-standing';

/** What to assume for a team whose support from management is not recorded (issue 10). */
export type SupportAssumption = UnrecordedSupport;

export interface RunSettings {
  /** A preset id, or the id of a scenario saved in the document. */
  scenario: string;
  /** The team a one-team preset acts on (a group id), or null for the preset's default. */
  team: string | null;
  runs: number;
  weeks: number;
  seed: number;
  unrecordedSupport: SupportAssumption;
}

export interface RunResult extends ResultOrigin {
  settings: RunSettings;
  /** The scenario as it was run (a preset built for its team, or the saved one), if known. */
  scenario: Scenario | null;
  value: SimulationResult;
}

export class SimulationStore {
  result = $state.raw<RunResult | null>(null);
  jobs = $state.raw<JobStatus[]>([]);
  /** Why the last run failed: the engine's messages, or an unexpected error's text. */
  error = $state.raw<JobError | null>(null);
  cancelled = $state(false);
  settings = $state<RunSettings>({
    scenario: 'support-withdrawn-26',
    team: null,
    runs: 200,
    weeks: 78,
    seed: 1,
    unrecordedSupport: { assume: 'none' },
  });
  readonly busy = $derived(this.jobs.length > 0);
  /** The week shown on the network (the animation), or null to draw the network as it is. */
  week = $state<number | null>(null);
  readonly client: AnalysisClient;

  readonly #pool: WorkerPool;
  readonly #network: () => string;

  /**
   * `poolSize`: workers the replicates are spread over, this store's own included. `network`
   * names the open network (the library entry): a result run on another is never shown.
   */
  constructor(createClient: ClientFactory, poolSize = 1, network: () => string = () => '') {
    this.#pool = new WorkerPool(createClient, (jobs) => (this.jobs = jobs), poolSize);
    this.client = this.#pool.client;
    this.#network = network;
  }

  /** Whether the result is for this network as it is (see result-standing.ts). */
  standing(doc: NetworkDocument, revision: number): ResultStanding {
    return resultStanding(this.result, doc, revision, this.#network());
  }

  /** The result when it is for this network as it is, else null. */
  currentResult(doc: NetworkDocument, revision: number): RunResult | null {
    return this.standing(doc, revision) === 'current' ? this.result : null;
  }

  /** Drops the result, the week shown and any error (another network was opened). */
  forget(): void {
    this.result = null;
    this.week = null;
    this.error = null;
    this.cancelled = false;
  }

  /**
   * Runs `scenario` (a preset id or a saved scenario's id; by default the chosen one) against
   * the baseline on `doc`; a one-team preset acts on `team` (null: the preset's default team).
   */
  async run(
    doc: NetworkDocument,
    revision: number,
    scenario: string = this.settings.scenario,
    team: string | null = this.settings.team,
  ): Promise<void> {
    const settings = { ...($state.snapshot(this.settings) as RunSettings), scenario, team };
    const network = this.#network();
    this.cancelled = false;
    this.error = null;
    try {
      const request = {
        revision,
        doc,
        scenarios: [scenario],
        runs: settings.runs,
        weeks: settings.weeks,
        seed: settings.seed,
        ...(team === null ? {} : { team }),
        unrecordedSupport: settings.unrecordedSupport,
      };
      const tagged = await this.client.run(
        'simulation',
        say('job_simulation', {}),
        async (remote, onProgress) => {
          // A run count the engine refuses goes to it whole: its refusal says why.
          if (!Number.isInteger(settings.runs) || settings.runs < 1)
            return remote.simulate(request, onProgress);
          // Replicates in contiguous ranges, one per worker; the merge orders them by replicate,
          // so the numbers are the same whatever the pool size.
          const workers = this.#pool.rangeWorkers(remote);
          const batches = await runRangePool(
            workers,
            splitRange(settings.runs, workers.remotes.length),
            (worker, { from, to }, progress) =>
              worker.simulateRange(request, from, to, proxy(progress)),
            { onProgress },
          );
          return remote.summarizeSimulation(
            request,
            batches.map((b) => b.result),
          );
        },
      );
      this.result = {
        revision: tagged.revision,
        network,
        doc,
        scenarioId: scenario,
        settings,
        scenario:
          savedScenario(doc, scenario) ??
          // The presets (with their English texts) load with the first run, not with the page.
          (await import('../core/simulation/presets')).findPreset(
            scenario,
            doc,
            team === null ? {} : { team },
          ) ??
          null,
        value: tagged.result,
      };
      this.week = null;
    } catch (error) {
      const failure = jobFailure(error);
      if (failure === 'cancelled') this.cancelled = true;
      else if (failure !== 'dropped') this.error = failure;
    }
  }

  cancel(): void {
    this.#pool.cancel();
  }
}

/** A scenario saved in the document under this id, as data (validated by the worker). */
function savedScenario(doc: NetworkDocument, id: string): Scenario | null {
  const found = doc.scenarios.find(
    (s) => typeof s === 'object' && s !== null && (s as { id?: unknown }).id === id,
  );
  return (found as Scenario | undefined) ?? null;
}
