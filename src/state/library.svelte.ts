// The library as the UI sees it: the saved networks, which one is open, whether it is saved,
// and the actions of the library panel. The work is done by services/storage/library/; this
// store mirrors its state into runes and ties it to the page's life (pagehide, hidden).
import { createExampleDocument } from '../core/example/qic-example';
import type { NetworkDocument } from '../core/document/types';
import type { Message } from '../core/messages';
import { type StorageReason, say } from '../services/messages';
import { IdbDocumentStorage } from '../services/storage/idb';
import { Journal, browserLocalStorage } from '../services/storage/journal';
import {
  Library,
  LibraryError,
  type LibraryOptions,
  type LibraryState,
  type SaveState,
} from '../services/storage/library';
import { MemoryDocumentStorage } from '../services/storage/memory';
import { browserTabs } from '../services/storage/tabs';
import type { DocumentStorage, KeyValueStorage, LibraryEntry } from '../services/storage/types';
import { DocumentStore } from './document.svelte';

export class LibraryStore {
  readonly store: DocumentStore;
  readonly #library: Library;
  entries = $state.raw<readonly LibraryEntry[]>([]);
  currentId = $state('');
  readOnly = $state(false);
  save = $state.raw<SaveState>({ kind: 'saved' });
  persisted = $state<boolean | null>(null);
  /** The last library message for the user (an action refused, the other tab not answering). */
  notice = $state.raw<Message | null>(null);
  journalNote = $state.raw<Message | null>(null);
  /** A library action is running (switching networks, say). */
  busy = $state(false);

  readonly current = $derived(this.entries.find((e) => e.id === this.currentId) ?? null);

  constructor(store: DocumentStore, options: Omit<LibraryOptions, 'onState'>) {
    this.store = store;
    this.#library = new Library(
      {
        get doc() {
          return store.doc;
        },
        load: (doc) => store.load(doc),
        setReadOnly: (readOnly) => (store.readOnly = readOnly),
        retitle: (title) => store.retitle(title),
        subscribe: (listener) => store.subscribe(listener),
      },
      { ...options, onState: (state) => this.#mirror(state) },
    );
  }

  /**
   * The app's storage: IndexedDB, the localStorage journal and the tab locks. Without
   * IndexedDB the app runs in memory and says that nothing is saved.
   */
  static create(): LibraryStore {
    let storage: DocumentStorage;
    let offReason: StorageReason | undefined;
    if (typeof indexedDB === 'undefined') {
      storage = new MemoryDocumentStorage();
      offReason = 'storage_private';
    } else {
      storage = new IdbDocumentStorage();
    }
    return new LibraryStore(new DocumentStore(createExampleDocument()), {
      storage,
      offReason,
      journal: new Journal(browserLocalStorage()),
      tabs: browserTabs(),
      prefs: { session: browserSessionStorage(), shared: browserLocalStorage() },
      createExample: createExampleDocument,
      requestPersist: async () => {
        const storageManager = navigator.storage;
        if (!storageManager?.persist) return null;
        if (await storageManager.persisted()) return true;
        return storageManager.persist();
      },
    });
  }

  /** Opens the last network and keeps the journal on every hide and close of the page. */
  async start(): Promise<void> {
    await this.#library.start();
    const hide = () => {
      this.#library.writeJournal();
      void this.#library.flush();
    };
    window.addEventListener('pagehide', () => this.#library.writeJournal());
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') hide();
    });
  }

  open(id: string) {
    return this.#act(() => this.#library.open(id));
  }
  openAsNew(doc: NetworkDocument, name: string) {
    return this.#act(() => this.#library.openAsNew(doc, name), true);
  }
  newFromExample() {
    return this.#act(() => this.#library.newFromExample());
  }
  rename(id: string, title: string) {
    return this.#act(() => this.#library.rename(id, title));
  }
  duplicate(id: string) {
    return this.#act(() => this.#library.duplicate(id));
  }
  remove(id: string) {
    return this.#act(() => this.#library.remove(id));
  }
  editHere() {
    return this.#act(() => this.#library.editHere());
  }
  openCopy() {
    return this.#act(() => this.#library.openCopy());
  }
  flush() {
    return this.#library.flush();
  }

  /** A saved network's document without opening it (to compare it); null when it cannot be read. */
  async readNetwork(id: string): Promise<NetworkDocument | null> {
    let doc: NetworkDocument | null = null;
    await this.#act(async () => {
      doc = await this.#library.read(id);
    });
    return doc;
  }

  /** Runs an action; a refusal becomes the notice (and is rethrown when the caller asks). */
  async #act(action: () => Promise<void>, rethrow = false): Promise<boolean> {
    this.busy = true;
    this.notice = null;
    try {
      await action();
      return true;
    } catch (error) {
      const messages =
        error instanceof LibraryError
          ? error.messages
          : [
              say('storage_action_failed', {
                reason: error instanceof Error ? error.message : String(error),
              }),
            ];
      this.notice = messages[0]!;
      if (rethrow) throw new LibraryError(messages);
      return false;
    } finally {
      this.busy = false;
    }
  }

  #mirror(state: LibraryState): void {
    this.entries = state.entries;
    this.currentId = state.currentId;
    this.readOnly = state.readOnly;
    this.save = state.save;
    this.persisted = state.persisted;
    if (state.notice) this.notice = state.notice;
    this.journalNote = state.journalNote;
  }
}

function browserSessionStorage(): KeyValueStorage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}
