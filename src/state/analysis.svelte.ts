// Results from the analysis worker, each kept with the revision it was computed for; a result
// for an older revision than the newest request is dropped, and a failure clears the summary.
import type { NetworkSummary } from '../core/api';
import type { NetworkDocument, ParseResult } from '../core/document/types';
import type {
  ExportFormat,
  ExportOptions,
  ExportResult,
  ImportOptions,
  ImportResult,
  ImportSource,
  InspectResult,
} from '../core/formats/types';
import { type AnalysisClient, type JobStatus, JobDropped } from '../services/analysis-client';
import { say } from '../services/messages';

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
      const tagged = await this.client.run('summary', say('job_summary', {}), (remote) =>
        remote.summarize({ revision, doc }),
      );
      if (tagged.revision !== this.#requested) return;
      this.summary = { revision: tagged.revision, value: tagged.result };
      this.error = null;
    } catch (error) {
      if (error instanceof JobDropped || revision !== this.#requested) return;
      // The figures on screen are for an older network: never leave them under "(updating…)".
      this.summary = null;
      this.error = error instanceof Error ? error.message : String(error);
    }
  }

  /** Parses and validates a Leadnet JSON text in the worker. */
  parse(text: string): Promise<ParseResult> {
    return this.client.run(
      'parse',
      say('job_reading_file', {}),
      (remote) => remote.parseDocument(text) as Promise<ParseResult>,
    );
  }

  /** Finds a file's format and the attributes it offers, in the worker (the mapping step). */
  inspectImport(source: ImportSource, options?: ImportOptions): Promise<InspectResult> {
    return this.client.run(
      'import',
      say('job_reading', { name: source.name }),
      (remote) => remote.inspectImport(source, options) as Promise<InspectResult>,
    );
  }

  /** Reads, maps and checks a file in the worker; a newer import supersedes an older one. */
  importNetwork(source: ImportSource, options?: ImportOptions): Promise<ImportResult> {
    return this.client.run(
      'import',
      say('job_reading', { name: source.name }),
      (remote) => remote.importNetwork(source, options) as Promise<ImportResult>,
    );
  }

  /** Writes the document in a file format, in the worker. */
  exportNetwork(
    doc: NetworkDocument,
    format: ExportFormat,
    options?: ExportOptions,
  ): Promise<ExportResult> {
    return this.client.run(
      'export',
      say('job_writing', { format }),
      (remote) => remote.exportNetwork(doc, format, options) as Promise<ExportResult>,
    );
  }

  /** Cancels what the worker is doing; the quick summary is then asked for again. */
  cancel(): void {
    this.client.cancelAll();
    if (this.#latest) void this.refresh(this.#latest.doc, this.#latest.revision);
  }
}
