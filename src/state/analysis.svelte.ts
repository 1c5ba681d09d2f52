// Results from the analysis worker, each kept with the revision it was computed for; a result
// for an older revision than the newest request is dropped.
import type { NetworkSummary } from '../core/api';
import type { NetworkDocument, ParseResult } from '../core/document/types';
import { type AnalysisClient, type JobStatus, JobDropped } from '../services/analysis-client';

export class AnalysisStore {
  jobs = $state.raw<JobStatus[]>([]);
  summary = $state.raw<{ revision: number; value: NetworkSummary } | null>(null);
  error = $state<string | null>(null);
  readonly busy = $derived(this.jobs.length > 0);
  #requested = 0;
  #latest: { doc: NetworkDocument; revision: number } | null = null;
  readonly client: AnalysisClient;

  constructor(createClient: (onStatus: (jobs: JobStatus[]) => void) => AnalysisClient) {
    this.client = createClient((jobs) => (this.jobs = jobs));
  }

  /** Recomputes the network summary for this revision of the document. */
  async refresh(doc: NetworkDocument, revision: number): Promise<void> {
    this.#requested = revision;
    this.#latest = { doc, revision };
    try {
      const tagged = await this.client.run('summary', 'Computing the network summary', (remote) =>
        remote.summarize({ revision, doc }),
      );
      if (tagged.revision !== this.#requested) return;
      this.summary = { revision: tagged.revision, value: tagged.result };
      this.error = null;
    } catch (error) {
      if (error instanceof JobDropped) return;
      this.error = error instanceof Error ? error.message : String(error);
    }
  }

  /** Parses and validates a Leadnet JSON text in the worker. */
  parse(text: string): Promise<ParseResult> {
    return this.client.run(
      'parse',
      'Reading the file',
      (remote) => remote.parseDocument(text) as Promise<ParseResult>,
    );
  }

  /** Cancels what the worker is doing; the quick summary is then asked for again. */
  cancel(): void {
    this.client.cancelAll();
    if (this.#latest) void this.refresh(this.#latest.doc, this.#latest.revision);
  }
}
