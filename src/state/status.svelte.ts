// The status line (src/ui/panels/StatusBar.svelte): the last thing said to the user, whether it
// reports a problem, and which worker jobs run, with one way to cancel them all. Components say
// things through the app context (src/ui/app-context.ts); nothing here touches the DOM, so the
// store is tested in Node (test/state/status-store.test.ts).
import type { Message } from '../core/messages';
import type { JobStatus } from '../services/analysis-client';

/**
 * What the status line says: the UI's own words (already in the shown language), the engine's
 * messages, or words made of both (a function, called again when the language changes). The
 * last two are said again in the language shown when it changes.
 */
export type StatusWords = string | readonly Message[] | (() => string);

/** `info`: what was done; `problem`: what was refused or failed (nothing changed). */
export type StatusKind = 'info' | 'problem';

/** A store whose worker jobs the status line shows and cancels (analysis, metrics, …). */
export interface JobSource {
  readonly jobs: readonly JobStatus[];
  cancel(): void;
}

export class StatusStore {
  #said = $state.raw<{ words: StatusWords; kind: StatusKind }>({ words: '', kind: 'info' });
  readonly #sources: readonly JobSource[];
  readonly #format: (messages: readonly Message[]) => string;

  /**
   * @param sources the stores whose jobs are shown, in the order the line names them.
   * @param format says the engine's messages in the shown language (src/ui/engine-text.ts).
   */
  constructor(sources: readonly JobSource[], format: (messages: readonly Message[]) => string) {
    this.#sources = sources;
    this.#format = format;
  }

  /** Says `words` on the status line, replacing what was said before. */
  readonly say = (words: StatusWords, kind: StatusKind = 'info'): void => {
    this.#said = { words, kind };
  };

  /** Says what was refused or failed: the engine's messages, or the UI's words. */
  readonly problem = (words: StatusWords): void => this.say(words, 'problem');

  /** The line's text in the language shown now ('' when nothing was said). */
  get text(): string {
    const { words } = this.#said;
    if (typeof words === 'string') return words;
    if (typeof words === 'function') return words();
    return this.#format(words);
  }

  get kind(): StatusKind {
    return this.#said.kind;
  }

  /** Every running job, the first source's first. */
  get jobs(): JobStatus[] {
    return this.#sources.flatMap((source) => source.jobs);
  }

  /** The job the line names (the first); the others are counted. */
  get job(): JobStatus | undefined {
    return this.jobs[0];
  }

  get busy(): boolean {
    return this.#sources.some((source) => source.jobs.length > 0);
  }

  /** Cancels every running job of every source. */
  readonly cancel = (): void => {
    for (const source of this.#sources) source.cancel();
  };
}
