// The import dialog's state machine without the DOM: start → reading → mapping (a foreign file,
// with a live preview) → report, or failed. The worker's calls come in as ImportWorker, so Node
// tests give fakes; ImportDialog.svelte shows a session and keeps only focus and the <dialog>.
// Each start or close makes every result of an earlier read stale: a file chosen again while
// the first is still read wins, whichever answer arrives last.
import type { NetworkDocument } from '../../core/document/types';
import { FORMAT_MESSAGES } from '../../core/formats/messages';
import {
  IMPORT_LIMITS,
  type ImportMapping,
  type ImportOptions,
  type ImportResult,
  type ImportSource,
  type InspectResult,
  type Inspection,
} from '../../core/formats/types';
import type { Message } from '../../core/messages';
import { JobDropped } from '../../services/analysis-client';
import { isolate, messageText } from '../engine-text';
import { m } from '../i18n-plain';
import {
  type ReadFile,
  type TableRole,
  assignRoles,
  baseName,
  buildSource,
  capLines,
  formatBytes,
  isZip,
  sizeProblems,
  unzipNetworkFiles,
} from './import-files';
import { initialMapping } from './mapping-preview';

export type ImportStep = 'start' | 'reading' | 'failed' | 'mapping' | 'report';

/** How long the preview waits after a change of the mapping before it asks the worker. */
export const PREVIEW_DELAY_MS = 250;

/** What the session reads of a picked, dropped or pasted file (a browser `File` is one). */
export interface PickedFile {
  readonly name: string;
  readonly size: number;
  text(): Promise<string>;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** The worker's side of an import (the analysis store in the app, fakes in tests). */
export interface ImportWorker {
  inspectImport(source: ImportSource): Promise<InspectResult>;
  importNetwork(source: ImportSource, options: ImportOptions): Promise<ImportResult>;
  /** Whether an import job is still running (closing the dialog while reading stops it). */
  importRunning(): boolean;
  /** Stops the worker's jobs: a running one then rejects with JobDropped('cancelled'). */
  cancelJobs(): void;
}

export interface ImportSessionOptions {
  worker: ImportWorker;
  /** Opens an accepted import (as a new network, keeping the current one). */
  onOpen: (doc: NetworkDocument, name: string) => void | Promise<void>;
  /** A line for the status bar (a cancelled read). */
  onMessage?: (message: string) => void;
}

/** Why a file could not be opened: a heading, and the UI's own words or the engine's messages. */
export interface ImportFailure {
  title: () => string;
  lines: (string | Message)[];
}

const names = (list: readonly { name: string }[]) => list.map((f) => isolate(f.name)).join(', ');
const lineText = (line: string | Message) => (typeof line === 'string' ? line : messageText(line));

export class ImportSession {
  step = $state<ImportStep>('start');
  /** Whether the dialog is shown. */
  visible = $state(false);
  failure = $state.raw<ImportFailure | null>(null);
  files = $state.raw<ReadFile[]>([]);
  source = $state.raw<ImportSource | null>(null);
  inspection = $state.raw<Inspection | null>(null);
  mapping = $state.raw<ImportMapping>({});
  /** The import as it would be with the current mapping, invalid items dropped. */
  preview = $state.raw<ImportResult | null>(null);
  previewBusy = $state(false);
  /** The import as the user gets it (the report step). */
  result = $state.raw<ImportResult | null>(null);
  #busy = $state.raw<() => string>(() => '');
  /** Each start or close makes results of earlier reads stale. */
  #generation = 0;
  #previewTimer: ReturnType<typeof setTimeout> | undefined;
  #previewRequest = 0;
  readonly #options: ImportSessionOptions;

  constructor(options: ImportSessionOptions) {
    this.#options = options;
  }

  /** What the worker is doing, in the UI's language ("Reading ties.csv…"). */
  get busyLabel(): string {
    return this.#busy();
  }

  /** The file names, isolated: one ending in U+202E cannot turn the dialog's text. */
  get title(): string {
    return this.source ? isolate(this.source.name) : names(this.files);
  }

  /** The name the document gets when it is opened. */
  get networkName(): string {
    const result = this.result;
    return result?.ok ? result.doc.meta.title || baseName(this.source?.name ?? 'network') : '';
  }

  get failureTitle(): string {
    return this.failure?.title() ?? '';
  }

  /** The failure's lines as shown: at most 20, and how many more. */
  get failureLines(): { shown: string[]; more: number } {
    return capLines((this.failure?.lines ?? []).map(lineText));
  }

  /** A refused import's errors as shown, each with where it is in the file. */
  get errorLines(): { shown: string[]; more: number } {
    const result = this.result;
    return result && !result.ok ? capLines(result.errors.map(lineText)) : { shown: [], more: 0 };
  }

  /** The first step: choose files, or paste. */
  start(): void {
    this.#reset();
    this.visible = true;
  }

  /** Reads picked or dropped files: sizes first (nothing is read when one is too large). */
  async openFiles(list: readonly PickedFile[]): Promise<void> {
    if (list.length === 0) return;
    this.#reset();
    const gen = this.#generation;
    const problems = sizeProblems(list);
    if (problems.length)
      return this.#fail(() => m.work_io_could_not_open({ names: names(list) }), problems);
    this.step = 'reading';
    this.#busy = () => m.work_io_reading({ names: names(list) });
    this.visible = true;
    const read: ReadFile[] = [];
    for (const file of list) {
      if (isZip(file.name)) {
        const unpacked = unzipNetworkFiles(file.name, new Uint8Array(await file.arrayBuffer()));
        if (!Array.isArray(unpacked)) {
          if (gen === this.#generation)
            this.#fail(
              () => m.work_io_could_not_open({ names: isolate(file.name) }),
              unpacked.ok ? [] : unpacked.errors,
            );
          return;
        }
        read.push(...unpacked);
      } else read.push({ name: file.name, text: await file.text() });
    }
    if (gen !== this.#generation) return;
    this.files = assignRoles(read);
    await this.#inspect(gen);
  }

  /** Reads pasted text as a file. */
  async openText(text: string, name: string = m.work_io_pasted_text()): Promise<void> {
    this.#reset();
    const gen = this.#generation;
    if (!text.trim())
      return this.#fail(() => m.work_io_nothing_to_open(), [m.work_io_paste_empty()]);
    const size = new Blob([text]).size;
    if (size > IMPORT_LIMITS.bytes)
      return this.#fail(
        () => m.work_io_could_not_open({ names: isolate(name) }),
        [
          m.work_io_text_too_large({
            name,
            size: formatBytes(size),
            limit: formatBytes(IMPORT_LIMITS.bytes),
          }),
        ],
      );
    this.files = [{ name, text }];
    this.visible = true;
    await this.#inspect(gen);
  }

  /** A new pick in the mapping; the preview follows after a pause in the changes. */
  changeMapping(next: ImportMapping): void {
    this.mapping = next;
    this.previewBusy = true;
    clearTimeout(this.#previewTimer);
    this.#previewTimer = setTimeout(() => void this.#runPreview(), PREVIEW_DELAY_MS);
  }

  /** Which table a CSV file is (ties, people, groups): the files are read again. */
  changeRole(index: number, role: TableRole): Promise<void> {
    this.files = this.files.map((f, i) => (i === index ? { ...f, role } : f));
    return this.#inspect(this.#generation);
  }

  /** The import as the user will get it: refused when invalid. */
  check(): Promise<void> {
    return this.#runImport(this.#generation, false);
  }

  /** The import with the invalid items left out (the report offered it). */
  checkDropping(): Promise<void> {
    return this.#runImport(this.#generation, true);
  }

  backToMapping(): void {
    if (this.inspection?.needsMapping) this.step = 'mapping';
  }

  /** Opens the network of the report, and closes. */
  async accept(): Promise<void> {
    const result = this.result;
    if (!result?.ok) return;
    const name = this.networkName;
    this.#hide();
    await this.#options.onOpen(result.doc, name);
  }

  /** Cancel while the worker reads: the read rejects as cancelled, and the dialog closes. */
  cancelReading(): void {
    this.#options.worker.cancelJobs();
  }

  /** The dialog closes (Cancel, Close, Escape): a read still running is stopped. */
  close(): void {
    if (this.step === 'reading' && this.#options.worker.importRunning())
      this.#options.worker.cancelJobs();
    this.#hide();
  }

  #hide() {
    this.visible = false;
    this.#reset();
  }

  #reset() {
    this.#generation++;
    clearTimeout(this.#previewTimer);
    this.step = 'start';
    this.failure = null;
    this.files = [];
    this.source = null;
    this.inspection = null;
    this.preview = null;
    this.previewBusy = false;
    this.result = null;
    this.mapping = {};
  }

  #fail(title: () => string, lines: (string | Message)[]) {
    this.failure = { title, lines };
    this.step = 'failed';
    this.visible = true;
  }

  /** Runs a worker job for this read; null when it was cancelled, failed or made stale. */
  async #inWorker<T>(gen: number, job: () => Promise<T>): Promise<T | null> {
    try {
      const value = await job();
      return gen === this.#generation ? value : null;
    } catch (error) {
      if (gen !== this.#generation) return null;
      if (error instanceof JobDropped) {
        if (error.reason === 'cancelled') {
          this.#hide();
          this.#options.onMessage?.(m.work_io_read_cancelled());
        }
        return null;
      }
      const title = this.title;
      this.#fail(
        () => m.work_io_could_not_open({ names: title }),
        [error instanceof Error ? error.message : String(error)],
      );
      return null;
    }
  }

  async #inspect(gen: number) {
    const files = this.files;
    const built = buildSource(files);
    if (!built.ok)
      return this.#fail(() => m.work_io_could_not_open({ names: names(files) }), built.errors);
    const source = built.source;
    this.source = source;
    this.step = 'reading';
    this.#busy = () => m.work_io_reading({ names: isolate(source.name) });
    const inspected = await this.#inWorker(gen, () => this.#options.worker.inspectImport(source));
    if (!inspected) return;
    if (!inspected.ok)
      return this.#fail(
        () => m.work_io_could_not_open({ names: isolate(source.name) }),
        inspected.errors,
      );
    this.inspection = inspected.inspection;
    if (!inspected.inspection.needsMapping) return this.#runImport(gen, false);
    this.mapping = initialMapping(inspected.inspection);
    this.step = 'mapping';
    void this.#runPreview();
  }

  #importOptions(dropInvalid: boolean): ImportOptions {
    return {
      format: this.inspection?.format,
      ...(this.inspection?.needsMapping ? { mapping: this.mapping } : {}),
      dropInvalid,
    };
  }

  async #runPreview() {
    const gen = this.#generation;
    const request = ++this.#previewRequest;
    this.previewBusy = true;
    const source = this.source!;
    try {
      const value = await this.#options.worker.importNetwork(source, this.#importOptions(true));
      if (gen === this.#generation && request === this.#previewRequest) this.preview = value;
    } catch (error) {
      if (error instanceof JobDropped || gen !== this.#generation) return;
      if (request === this.#previewRequest)
        this.preview = {
          ok: false,
          errors: [
            FORMAT_MESSAGES.say(
              'fmt_unreadable',
              { reason: error instanceof Error ? error.message : String(error) },
              { file: source.name },
            ),
          ],
        };
    } finally {
      if (request === this.#previewRequest) this.previewBusy = false;
    }
  }

  async #runImport(gen: number, dropInvalid: boolean) {
    clearTimeout(this.#previewTimer);
    const source = this.source!;
    this.step = 'reading';
    this.#busy = dropInvalid
      ? () => m.work_io_importing_dropping()
      : () => m.work_io_checking({ name: isolate(source.name) });
    const options = this.#importOptions(dropInvalid);
    const value = await this.#inWorker(gen, () =>
      this.#options.worker.importNetwork(source, options),
    );
    if (!value) return;
    this.result = value;
    this.step = 'report';
  }
}
