// The measures of the open document, computed in their own worker after every change that
// touches the network's structure (a drag does not), with stale results dropped and a way to
// cancel. Also what the user chose to show: tie kinds included, and a measure for node size
// and colour.
import type { NetworkDocument } from '../core/document/types';
import { sameStructure } from '../core/document/structure';
import type { MetricsResult } from '../core/metrics/types';
import { type AnalysisClient, type JobStatus, JobDropped } from '../services/analysis-client';

export class MetricsStore {
  result = $state.raw<{ revision: number; value: MetricsResult } | null>(null);
  jobs = $state.raw<JobStatus[]>([]);
  error = $state<string | null>(null);
  cancelled = $state(false);
  /** Tie kinds included in the measures; empty means all. */
  kinds = $state.raw<string[]>([]);
  /** Actor measure shown as node size / node colour; null for none (colour: by role). */
  sizeBy = $state<string | null>(null);
  colorBy = $state<string | null>(null);
  readonly busy = $derived(this.jobs.length > 0);
  readonly client: AnalysisClient;
  #latest: { doc: NetworkDocument; revision: number; kinds: string[] } | null = null;
  #computedFor: { doc: NetworkDocument; kinds: string[] } | null = null;

  constructor(createClient: (onStatus: (jobs: JobStatus[]) => void) => AnalysisClient) {
    this.client = createClient((jobs) => (this.jobs = jobs));
  }

  /** Recomputes for this revision, unless only positions changed since the last result. */
  async refresh(
    doc: NetworkDocument,
    revision: number,
    kinds: string[] = this.kinds,
  ): Promise<void> {
    this.#latest = { doc, revision, kinds };
    const done = this.#computedFor;
    if (done && this.result && done.kinds === kinds && sameStructure(done.doc, doc)) {
      this.result = { revision, value: this.result.value };
      return;
    }
    this.cancelled = false;
    try {
      const tagged = await this.client.run(
        'metrics',
        'Computing the measures',
        (remote, onProgress) => remote.metrics({ revision, doc, kinds }, onProgress),
      );
      if (tagged.revision !== this.#latest.revision) return;
      this.result = { revision: tagged.revision, value: tagged.result };
      this.#computedFor = { doc, kinds };
      this.error = tagged.result.errors.length
        ? `Some measures failed: ${tagged.result.errors.map((e) => `${e.metric}: ${e.message}`).join('; ')}`
        : null;
    } catch (error) {
      if (error instanceof JobDropped) {
        if (error.reason === 'cancelled') this.cancelled = true;
        return;
      }
      this.error = error instanceof Error ? error.message : String(error);
    }
  }

  /** Recomputes the latest request again (after a cancel). */
  retry(): void {
    if (this.#latest)
      void this.refresh(this.#latest.doc, this.#latest.revision, this.#latest.kinds);
  }

  setKinds(kinds: string[]): void {
    this.kinds = kinds;
    if (this.#latest) void this.refresh(this.#latest.doc, this.#latest.revision, kinds);
  }

  cancel(): void {
    this.client.cancelAll();
  }
}
