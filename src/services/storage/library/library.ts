// The saved-networks library and the autosave of the open network, free of Svelte and of the
// browser's globals so it runs in Node against an in-memory storage. This class is the face of
// its jobs: the catalogue, the autosave, journal recovery and the tab hand-over share one
// session (session.ts), whose queue runs one operation at a time.
import type { NetworkDocument } from '../../../core/document/types';
import { describeStorageError, type LibraryEntry } from '../types';
import { Autosave } from './autosave';
import { Catalogue, EXAMPLE_TITLE } from './catalogue';
import { TabHandover } from './handover';
import { JournalRecovery } from './recovery';
import { LibrarySession, sortEntries } from './session';
import type { DocumentHost, LibraryOptions, LibraryState } from './types';

export class Library {
  readonly #s: LibrarySession;
  readonly #autosave: Autosave;
  readonly #recovery: JournalRecovery;
  readonly #catalogue: Catalogue;
  readonly #handover: TabHandover;

  constructor(host: DocumentHost, options: LibraryOptions) {
    this.#s = new LibrarySession(host, options);
    this.#autosave = new Autosave(this.#s);
    this.#recovery = new JournalRecovery(this.#s);
    this.#catalogue = new Catalogue(this.#s, this.#autosave, this.#recovery);
    host.subscribe(() => this.#autosave.changed());
    this.#handover = new TabHandover(this.#s, this.#autosave, this.#catalogue);
  }

  get state(): LibraryState {
    return this.#s.state;
  }

  /** The open network's entry (title, counts), or null before the start. */
  get current(): LibraryEntry | null {
    return this.#s.current;
  }

  /** Whether the open document has changes not yet in storage. */
  get unsaved(): boolean {
    return this.#s.unsaved;
  }

  /**
   * Opens the last open network (or the example on a first visit), after recovering every
   * journal left by a reload or a closed tab. Storage that fails or does not answer in time
   * leaves the app running in memory, saying that nothing is saved.
   */
  start(): Promise<void> {
    const s = this.#s;
    return s.run(async () => {
      if (!s.off) {
        try {
          await withTimeout(this.#recovery.recoverAll(), s.o.startTimeoutMs);
          s.entries = sortEntries(await withTimeout(s.storage.list(), s.o.startTimeoutMs));
        } catch (error) {
          s.goOff(
            error instanceof TimeoutError ? 'storage_no_answer' : describeStorageError(error),
          );
        }
      }
      for (const id of this.#catalogue.startCandidates()) {
        if (await this.#catalogue.openStored(id, s.o.startLockWaitMs)) return;
      }
      await this.#catalogue.createAndOpen(s.o.createExample(), EXAMPLE_TITLE);
    });
  }

  /** Writes what is not yet saved, now (before a switch, or when the page is hidden). */
  flush(): Promise<boolean> {
    return this.#autosave.flush();
  }

  /**
   * The synchronous journal, for `pagehide` and a hidden page: the one write that survives a
   * reload or a closed tab. Only an editing tab with unsaved changes writes one.
   */
  writeJournal(): void {
    this.#recovery.write();
  }

  open(id: string): Promise<void> {
    return this.#catalogue.open(id);
  }

  /** Saves the open network, then adds `doc` to the library as a new network and opens it. */
  openAsNew(doc: NetworkDocument, name: string): Promise<void> {
    return this.#catalogue.openAsNew(doc, name);
  }

  newFromExample(): Promise<void> {
    return this.#catalogue.newFromExample();
  }

  rename(id: string, title: string): Promise<void> {
    return this.#catalogue.rename(id, title);
  }

  /** Adds a copy of a saved network (the open one as it is now) and opens it. */
  duplicate(id: string): Promise<void> {
    return this.#catalogue.duplicate(id);
  }

  /** A saved network's document without opening it; the open network as it is now. */
  read(id: string): Promise<NetworkDocument> {
    return this.#catalogue.read(id);
  }

  /** "Open a copy" from a read-only tab: the network as shown, as a new network of its own. */
  openCopy(): Promise<void> {
    return this.#catalogue.duplicate(this.#s.current?.id ?? '');
  }

  /** Deletes a saved network; the open one is replaced by the newest other (or the example). */
  remove(id: string): Promise<void> {
    return this.#catalogue.remove(id);
  }

  /** "Edit here instead": the editing tab saves and lets go, and this tab takes over. */
  editHere(): Promise<void> {
    return this.#handover.editHere();
  }
}

class TimeoutError extends Error {}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new TimeoutError()), ms);
    }),
  ]);
}
