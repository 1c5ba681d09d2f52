// The measures of the open document, computed in their own worker after every change that
// touches the network's structure (a drag does not), with stale results dropped and a way to
// cancel. Also what the user chose to show: tie kinds included, and a measure for node size
// and colour.
import type { NetworkDocument } from '../core/document/types';
import { sameStructure } from '../core/document/structure';
import type { MetricsResult } from '../core/metrics/types';
import { type AnalysisClient, type JobStatus, JobDropped } from '../services/analysis-client';
import { say } from '../services/messages';
import { type ClientFactory, WorkerPool } from '../services/worker-pool';
import { proxy } from 'comlink';

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

  readonly #pool: WorkerPool;

  /** `poolSize`: workers for betweenness and closeness on large networks, this one included. */
  constructor(createClient: ClientFactory, poolSize = 1) {
    this.#pool = new WorkerPool(createClient, (jobs) => (this.jobs = jobs), poolSize);
    this.client = this.#pool.client;
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
        say('job_measures', {}),
        async (remote, onProgress) => {
          // The pool's sums (and Brandes' kernel) load with the first measures, not the page.
          const { computePathMetricsOnWorkers, usesPathPool } =
            await import('../services/path-pool');
          if (!usesPathPool(this.#pool.size, doc.actors.length, doc.ties.length))
            return remote.metrics({ revision, doc, kinds }, onProgress);
          // Betweenness and closeness, the costly part, over all pool workers; the rest in one.
          const { result: graph } = await remote.compactGraph({ revision, doc, kinds });
          const paths = await computePathMetricsOnWorkers(this.#pool.rangeWorkers(remote), graph, {
            onProgress: (done: number) => onProgress(0.8 * done),
          });
          // A callback crosses to the worker only as a comlink proxy.
          const rest = proxy((done: number) => onProgress(0.8 + 0.2 * done));
          return remote.metrics({ revision, doc, kinds, paths }, rest);
        },
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
    this.#pool.cancel();
  }
}
