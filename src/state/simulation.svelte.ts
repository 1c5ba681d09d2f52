// What-if runs: the chosen scenario against the baseline, computed in a worker of its own, with
// progress, cancel, and the result kept with the revision it was run for.
import type { NetworkDocument } from '../core/document/types';
import type { SimulationResult } from '../core/simulation/monte-carlo';
import { type AnalysisClient, type JobStatus, JobDropped } from '../services/analysis-client';

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
  error = $state<string | null>(null);
  cancelled = $state(false);
  settings = $state<RunSettings>({
    scenario: 'support-withdrawn-26',
    runs: 200,
    weeks: 78,
    seed: 1,
  });
  readonly busy = $derived(this.jobs.length > 0);
  readonly client: AnalysisClient;

  constructor(createClient: (onStatus: (jobs: JobStatus[]) => void) => AnalysisClient) {
    this.client = createClient((jobs) => (this.jobs = jobs));
  }

  async run(doc: NetworkDocument, revision: number): Promise<void> {
    const settings = { ...this.settings };
    this.cancelled = false;
    this.error = null;
    try {
      const tagged = await this.client.run(
        'simulation',
        'Simulating progress',
        (remote, onProgress) =>
          remote.simulate(
            {
              revision,
              doc,
              scenarios: [settings.scenario],
              runs: settings.runs,
              weeks: settings.weeks,
              seed: settings.seed,
            },
            onProgress,
          ),
      );
      this.result = { revision: tagged.revision, settings, value: tagged.result };
    } catch (error) {
      if (error instanceof JobDropped) {
        if (error.reason === 'cancelled') this.cancelled = true;
        return;
      }
      this.error = error instanceof Error ? error.message : String(error);
    }
  }

  cancel(): void {
    this.client.cancelAll();
  }
}
