// Two networks compared in the app (issue 13): the earlier one (a library entry) against the
// open one, computed in the analysis worker — matching, ties and every measure's change never run
// on the main thread. A newer comparison supersedes an older one; closing drops the result.
import type { Comparison } from '../core/compare';
import type { NetworkDocument } from '../core/document/types';
import { messagesOf } from '../core/messages/error';
import { type AnalysisClient, JobDropped, type JobStatus } from '../services/analysis-client';
import { say } from '../services/messages';

export interface ComparedNetwork {
  title: string;
  doc: NetworkDocument;
}

export class CompareStore {
  /** The earlier network, and the later one as it was when compared. */
  before = $state.raw<ComparedNetwork | null>(null);
  after = $state.raw<ComparedNetwork | null>(null);
  result = $state.raw<Comparison | null>(null);
  busy = $state(false);
  /** Why the comparison failed, in the user's words (messages when the engine gave codes). */
  error = $state.raw<unknown>(null);
  readonly open = $derived(this.before !== null);
  /** The comparison running in the worker, for the status line (which can cancel it). */
  jobs = $state.raw<JobStatus[]>([]);
  #request = 0;
  private readonly client: AnalysisClient;

  constructor(createClient: (onStatus: (jobs: JobStatus[]) => void) => AnalysisClient) {
    this.client = createClient((jobs) => (this.jobs = jobs));
  }

  async compare(before: ComparedNetwork, after: ComparedNetwork): Promise<void> {
    const request = ++this.#request;
    this.before = before;
    this.after = after;
    this.result = null;
    this.error = null;
    this.busy = true;
    try {
      const tagged = await this.client.run('compare', say('job_compare', {}), (remote) =>
        remote.compare({ revision: request, before: before.doc, after: after.doc }),
      );
      if (tagged.revision === this.#request) this.result = tagged.result;
    } catch (error) {
      if (error instanceof JobDropped || request !== this.#request) return;
      this.error = messagesOf(error) ?? (error instanceof Error ? error.message : String(error));
    } finally {
      if (request === this.#request) this.busy = false;
    }
  }

  /**
   * Stops the comparison at once (the status line's Cancel): the worker is replaced, the panel
   * stays open with the networks and no result.
   */
  cancel(): void {
    this.#request += 1;
    this.client.cancelAll();
    this.busy = false;
  }

  close(): void {
    this.#request += 1;
    this.client.cancelAll();
    this.before = null;
    this.after = null;
    this.result = null;
    this.error = null;
    this.busy = false;
  }
}
