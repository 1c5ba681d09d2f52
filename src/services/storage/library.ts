// The saved-networks library and the autosave of the open network, free of Svelte and of the
// browser's globals so it runs in Node against an in-memory storage. One operation at a time:
// saves, switches, renames and deletes wait for each other, so a switch never races a save.
import type { NetworkDocument } from '../../core/document/types';
import type { Message } from '../../core/messages';
import { type StorageReason, say, serviceEnglishText } from '../messages';
import type { Journal } from './journal';
import { MemoryDocumentStorage } from './memory';
import type { DocumentLock, TabCoordinator, TabMessage } from './tabs';
import {
  describeStorageError,
  type DocumentStorage,
  type KeyValueStorage,
  type LibraryEntry,
  type SavedNetwork,
} from './types';

/** The open network as the library sees it: the document store, reduced to what it needs. */
export interface DocumentHost {
  readonly doc: NetworkDocument;
  /** Shows another document with a fresh undo history. */
  load(doc: NetworkDocument): void;
  /** A read-only host refuses every edit. */
  setReadOnly(readOnly: boolean): void;
  /** Changes the title of the open document (a rename from the library; no undo step). */
  retitle(title: string): void;
  /** Called after every change of the document (not after load). */
  subscribe(listener: () => void): () => void;
}

export type SaveState =
  | { kind: 'saved' }
  | { kind: 'saving' }
  /** A save failed: the document in memory is intact, the saved copy is older. */
  | { kind: 'error'; reason: StorageReason }
  /** There is no storage this session: nothing is saved at all. */
  | { kind: 'off'; reason: StorageReason }
  /** Another tab edits this network; this one shows it and never writes. */
  | { kind: 'read-only' };

export interface LibraryState {
  /** Newest change first. */
  readonly entries: readonly LibraryEntry[];
  readonly currentId: string;
  readonly readOnly: boolean;
  readonly save: SaveState;
  /** Whether the browser agreed to keep the storage (null: not asked yet, or not supported). */
  readonly persisted: boolean | null;
  /** A note for the user about the last library action (or why it was refused). */
  readonly notice: Message | null;
  /** Set when the journal could not be written (for instance, localStorage is full). */
  readonly journalNote: Message | null;
}

export interface LibraryOptions {
  storage: DocumentStorage;
  journal: Journal;
  tabs: TabCoordinator;
  /** Remembers the last open network: `session` for this tab (survives a reload), `shared` for a new tab. */
  prefs: { session: KeyValueStorage | null; shared: KeyValueStorage | null };
  createExample: () => NetworkDocument;
  /** Why there is no real storage this session; `storage` is then an in-memory one. */
  offReason?: StorageReason;
  debounceMs?: number;
  /** How long the start waits for storage before giving up on it. */
  startTimeoutMs?: number;
  /** How long a started tab waits for the lock a reloaded page is still letting go of. */
  startLockWaitMs?: number;
  /** How long "Edit here instead" waits for the other tab to let go. */
  handOverWaitMs?: number;
  now?: () => number;
  newId?: () => string;
  /** Asks the browser to keep the storage (navigator.storage.persist); once, after the first edit. */
  requestPersist?: () => Promise<boolean | null>;
  onState?: (state: LibraryState) => void;
}

export const READ_ONLY_NOTICE: Message = say('storage_read_only', {});

const OPEN_KEY = 'leadnet:open';
const EXAMPLE_TITLE = 'Example collaborative';

/** Thrown (and shown) when a library action cannot be done; nothing was changed. */
export class LibraryError extends Error {
  override name = 'LibraryError';
  constructor(readonly messages: readonly Message[]) {
    super(messages.map(serviceEnglishText).join('\n'));
  }
}

const refuse = (message: Message) => new LibraryError([message]);

export class Library {
  readonly #o: Required<Omit<LibraryOptions, 'offReason' | 'requestPersist' | 'onState'>> &
    LibraryOptions;
  #host: DocumentHost;
  #storage: DocumentStorage;
  #off: StorageReason | null;
  #entries: LibraryEntry[] = [];
  #current: LibraryEntry | null = null;
  #lock: DocumentLock | null = null;
  #readOnly = false;
  #save: SaveState = { kind: 'saved' };
  #persisted: boolean | null = null;
  #persistAsked = false;
  #notice: Message | null = null;
  #journalNote: Message | null = null;
  /** The document as last saved or loaded: the open one is unsaved when it is another object. */
  #savedDoc: NetworkDocument | null = null;
  /** When the open document last changed (monotonic, so journals and saves compare). */
  #changedAt = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(host: DocumentHost, options: LibraryOptions) {
    this.#o = {
      debounceMs: 600,
      startTimeoutMs: 3000,
      startLockWaitMs: 600,
      handOverWaitMs: 5000,
      now: Date.now,
      newId: () => globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random()}`,
      ...options,
    };
    this.#host = host;
    this.#storage = options.storage;
    this.#off = options.offReason ?? null;
    if (this.#off) this.#save = { kind: 'off', reason: this.#off };
    host.subscribe(() => this.#changed());
    options.tabs.onMessage((message) => void this.#onMessage(message));
  }

  get state(): LibraryState {
    return {
      entries: this.#entries,
      currentId: this.#current?.id ?? '',
      readOnly: this.#readOnly,
      save: this.#save,
      persisted: this.#persisted,
      notice: this.#notice,
      journalNote: this.#journalNote,
    };
  }

  /** The open network's entry (title, counts), or null before the start. */
  get current(): LibraryEntry | null {
    return this.#current;
  }

  /** Whether the open document has changes not yet in storage. */
  get unsaved(): boolean {
    return this.#savedDoc !== this.#host.doc;
  }

  /**
   * Opens the last open network (or the example on a first visit), after recovering every
   * journal left by a reload or a closed tab. Storage that fails or does not answer in time
   * leaves the app running in memory, saying that nothing is saved.
   */
  start(): Promise<void> {
    return this.#run(async () => {
      if (!this.#off) {
        try {
          await withTimeout(this.#recoverJournals(), this.#o.startTimeoutMs);
          this.#entries = sortEntries(
            await withTimeout(this.#storage.list(), this.#o.startTimeoutMs),
          );
        } catch (error) {
          this.#goOff(
            error instanceof TimeoutError ? 'storage_no_answer' : describeStorageError(error),
          );
        }
      }
      for (const id of this.#startCandidates()) {
        if (await this.#openStored(id, this.#o.startLockWaitMs)) return;
      }
      await this.#createAndOpen(this.#o.createExample(), EXAMPLE_TITLE);
    });
  }

  /** Writes what is not yet saved, now (before a switch, or when the page is hidden). */
  flush(): Promise<boolean> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    return this.#run(() => this.#writeNow());
  }

  /**
   * The synchronous journal, for `pagehide` and a hidden page: the one write that survives a
   * reload or a closed tab. Only an editing tab with unsaved changes writes one.
   */
  writeJournal(): void {
    if (this.#off || this.#readOnly || !this.#current || !this.unsaved) return;
    const doc = this.#host.doc;
    const result = this.#o.journal.write({
      entry: this.#entryFor(doc),
      json: JSON.stringify(doc),
    });
    this.#journalNote = result.ok ? null : say('storage_journal_failed', { reason: result.reason });
    if (!result.ok) this.#emit();
  }

  open(id: string): Promise<void> {
    return this.#run(async () => {
      if (id === this.#current?.id) return;
      await this.#leaveCurrent();
      if (!(await this.#openStored(id, 0))) throw refuse(say('storage_gone', {}));
    });
  }

  /** Saves the open network, then adds `doc` to the library as a new network and opens it. */
  openAsNew(doc: NetworkDocument, name: string): Promise<void> {
    return this.#run(async () => {
      await this.#leaveCurrent();
      await this.#createAndOpen(doc, name);
    });
  }

  newFromExample(): Promise<void> {
    return this.openAsNew(this.#o.createExample(), EXAMPLE_TITLE);
  }

  rename(id: string, title: string): Promise<void> {
    const clean = title.trim();
    return this.#run(async () => {
      if (!clean) throw refuse(say('storage_needs_name', {}));
      if (id === this.#current?.id) {
        if (this.#readOnly) throw refuse(READ_ONLY_NOTICE);
        this.#current = { ...this.#current, title: clean };
        this.#host.retitle(clean); // a change: the save below writes it with the entry
        await this.#writeNow();
      } else {
        await this.#withOthersLock(id, async () => {
          const saved = await this.#storage.read(id);
          if (!saved) throw refuse(say('storage_gone', {}));
          const doc = parseStored(saved.json);
          await this.#storage.write({
            entry: { ...saved.entry, title: clean },
            json: JSON.stringify({ ...doc, meta: { ...doc.meta, title: clean } }),
          });
        });
      }
      await this.#listChanged();
    });
  }

  /** Adds a copy of a saved network (the open one as it is now) and opens it. */
  duplicate(id: string): Promise<void> {
    return this.#run(async () => {
      let doc: NetworkDocument;
      let title: string;
      if (id === this.#current?.id) {
        doc = this.#host.doc;
        title = this.#current.title;
      } else {
        const saved = await this.#storage.read(id);
        if (!saved) throw refuse(say('storage_gone', {}));
        doc = parseStored(saved.json);
        title = saved.entry.title;
      }
      const copyTitle = `${title} (copy)`;
      await this.#leaveCurrent();
      await this.#createAndOpen({ ...doc, meta: { ...doc.meta, title: copyTitle } }, copyTitle);
    });
  }

  /** "Open a copy" from a read-only tab: the network as shown, as a new network of its own. */
  openCopy(): Promise<void> {
    return this.duplicate(this.#current?.id ?? '');
  }

  /**
   * Deletes a saved network. Deleting the open one opens the most recently changed other
   * network, or a fresh example when none is left. A network another tab edits is kept.
   */
  remove(id: string): Promise<void> {
    return this.#run(async () => {
      if (id === this.#current?.id) {
        if (this.#readOnly) throw refuse(READ_ONLY_NOTICE);
        clearTimeout(this.#timer);
        await this.#storage.remove(id);
        this.#o.journal.clear(id);
        this.#lock?.release();
        this.#lock = null;
        this.#current = null;
        this.#savedDoc = null;
        this.#entries = this.#entries.filter((e) => e.id !== id);
        let opened = false;
        for (const other of this.#entries) {
          if ((opened = await this.#openStored(other.id, 0, true))) break;
        }
        if (!opened) await this.#createAndOpen(this.#o.createExample(), EXAMPLE_TITLE);
      } else {
        await this.#withOthersLock(id, async () => {
          await this.#storage.remove(id);
          this.#o.journal.clear(id);
        });
      }
      await this.#listChanged();
    });
  }

  /**
   * "Edit here instead": asks the editing tab to save and let go, then takes the network over,
   * reloading its latest saved copy.
   */
  editHere(): Promise<void> {
    return this.#run(async () => {
      const entry = this.#current;
      if (!entry || !this.#readOnly) return;
      let refused: StorageReason | null = null;
      const onRefused = (message: TabMessage) => {
        if (
          message.type === 'release-refused' &&
          message.id === entry.id &&
          message.to === this.#o.tabs.tabId
        )
          refused = message.reason;
      };
      this.#refusalListener = onRefused;
      this.#o.tabs.post({ type: 'release-request', id: entry.id, from: this.#o.tabs.tabId });
      const lock = await this.#o.tabs.acquire(entry.id, this.#o.handOverWaitMs);
      this.#refusalListener = null;
      if (!lock) {
        this.#notice = refused
          ? say('storage_other_tab_kept', { reason: refused })
          : say('storage_other_tab_silent', {});
        this.#emit();
        return;
      }
      const saved = await this.#storage.read(entry.id).catch(() => null);
      if (!saved) {
        lock.release();
        this.#notice = say('storage_gone', {});
        this.#emit();
        return;
      }
      this.#show(saved, lock, false);
      this.#notice = null;
      this.#emit();
    });
  }

  #refusalListener: ((message: TabMessage) => void) | null = null;

  // ---- the autosave ----

  #changed(): void {
    if (this.#readOnly || !this.#current) return;
    this.#changedAt = Math.max(this.#o.now(), this.#changedAt + 1);
    this.#askPersistOnce();
    if (this.#off) return;
    if (this.#save.kind !== 'error') this.#setSave({ kind: 'saving' });
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      void this.#run(() => this.#writeNow());
    }, this.#o.debounceMs);
  }

  /** Writes the open document if it changed since the last save; false when that failed. */
  async #writeNow(): Promise<boolean> {
    const current = this.#current;
    if (!current || this.#readOnly) return true;
    const doc = this.#host.doc;
    if (doc === this.#savedDoc) return true;
    const entry = this.#entryFor(doc);
    this.#setSave({ kind: 'saving' });
    try {
      await this.#storage.write({ entry, json: JSON.stringify(doc) });
    } catch (error) {
      // The document in memory stays as it is; the next change (or flush) tries again.
      this.#setSave({ kind: 'error', reason: describeStorageError(error) });
      return false;
    }
    this.#savedDoc = doc;
    if (this.#current?.id === entry.id) this.#current = entry;
    this.#entries = sortEntries([entry, ...this.#entries.filter((e) => e.id !== entry.id)]);
    this.#o.journal.clear(entry.id, entry.updated);
    if (!this.#off) this.#o.tabs.post({ type: 'saved', id: entry.id, updated: entry.updated });
    this.#setSave(this.unsaved ? { kind: 'saving' } : { kind: 'saved' });
    return true;
  }

  #entryFor(doc: NetworkDocument): LibraryEntry {
    const current = this.#current!;
    return {
      ...current,
      title: doc.meta.title || current.title,
      updated: Math.max(this.#changedAt, current.updated),
      actors: doc.actors.length,
      ties: doc.ties.length,
    };
  }

  #askPersistOnce(): void {
    if (this.#persistAsked || !this.#o.requestPersist) return;
    this.#persistAsked = true;
    this.#o.requestPersist().then(
      (granted) => {
        this.#persisted = granted;
        this.#emit();
      },
      () => undefined,
    );
  }

  // ---- opening and leaving ----

  /** Saves the open network before another one replaces it; refuses if that save fails. */
  async #leaveCurrent(): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (!(await this.#writeNow())) {
      const reason = this.#save.kind === 'error' ? this.#save.reason : 'storage_failed';
      throw refuse(say('storage_not_switched', { title: this.#current?.title ?? '', reason }));
    }
  }

  /** Opens a stored network, for editing if its lock is free, else read-only. */
  async #openStored(id: string, lockWaitMs: number, requireLock = false): Promise<boolean> {
    const lock = this.#off ? null : await this.#o.tabs.acquire(id, lockWaitMs);
    if (!lock && requireLock && !this.#off) return false;
    let saved: SavedNetwork | null;
    let unsavedJournal = false;
    try {
      saved = await this.#storage.read(id);
      if (saved && lock) {
        const recovered = await this.#recoverJournal(saved);
        saved = recovered.network;
        unsavedJournal = !recovered.written;
      }
      if (saved) parseStored(saved.json); // unreadable: try the next one
    } catch {
      saved = null;
    }
    if (!saved) {
      lock?.release();
      return false;
    }
    this.#show(saved, lock, !lock && !this.#off);
    if (unsavedJournal) {
      // The journal's newer copy is shown but could not be stored: it stays unsaved (and the
      // journal stays) until a save succeeds.
      this.#savedDoc = null;
      this.#setSave({ kind: 'error', reason: this.#recoveryError });
    }
    return true;
  }

  #recoveryError: StorageReason = 'storage_failed';

  /** Makes a network the open one (the previous lock must be released by the caller). */
  #show(saved: SavedNetwork, lock: DocumentLock | null, readOnly: boolean): void {
    if (this.#lock && this.#lock !== lock) this.#lock.release();
    this.#lock = lock;
    this.#current = saved.entry;
    this.#readOnly = readOnly;
    this.#changedAt = Math.max(this.#changedAt, saved.entry.updated);
    this.#host.setReadOnly(readOnly);
    this.#host.load(parseStored(saved.json));
    this.#savedDoc = this.#host.doc;
    this.#entries = sortEntries([
      saved.entry,
      ...this.#entries.filter((e) => e.id !== saved.entry.id),
    ]);
    this.#setSave(readOnly ? { kind: 'read-only' } : { kind: 'saved' });
    this.#remember(saved.entry.id);
    this.#emit();
  }

  async #createAndOpen(doc: NetworkDocument, name: string): Promise<void> {
    const title = doc.meta.title || name || 'Untitled network';
    const now = Math.max(this.#o.now(), this.#changedAt + 1);
    const entry: LibraryEntry = {
      id: this.#o.newId(),
      title,
      created: now,
      updated: now,
      actors: doc.actors.length,
      ties: doc.ties.length,
    };
    const lock = this.#off ? null : await this.#o.tabs.acquire(entry.id, 0);
    const json = JSON.stringify(doc);
    // Shown even if the write fails: the document is in memory, and the status says not saved.
    this.#show({ entry, json }, lock, false);
    this.#savedDoc = null; // unsaved until written
    this.#changedAt = now;
    await this.#writeNow();
    await this.#listChanged();
  }

  async #withOthersLock(id: string, task: () => Promise<void>): Promise<void> {
    const lock = this.#off ? { release() {} } : await this.#o.tabs.acquire(id, 0);
    if (!lock) throw refuse(say('storage_open_elsewhere', {}));
    try {
      await task();
    } finally {
      lock.release();
    }
  }

  // ---- journals ----

  /** Every journal whose network no tab has open: the newer copy goes to storage. */
  async #recoverJournals(): Promise<void> {
    for (const record of this.#o.journal.all()) {
      const lock = await this.#o.tabs.acquire(record.entry.id, 0);
      if (!lock) continue; // its tab is alive and will save it
      try {
        const saved = await this.#storage.read(record.entry.id);
        if (saved) await this.#recoverJournal(saved);
        else {
          await this.#storage.write(record);
          this.#o.journal.clear(record.entry.id);
        }
      } catch {
        // The journal stays for the next start; the open network reports its own save errors.
      } finally {
        lock.release();
      }
    }
  }

  /** The stored copy, or the journal's if it is newer (then saved, and the journal cleared). */
  async #recoverJournal(saved: SavedNetwork): Promise<{ network: SavedNetwork; written: boolean }> {
    const record = this.#o.journal.read(saved.entry.id);
    if (!record) return { network: saved, written: true };
    if (record.entry.updated <= saved.entry.updated) {
      this.#o.journal.clear(saved.entry.id, saved.entry.updated);
      return { network: saved, written: true };
    }
    const recovered = {
      entry: { ...record.entry, id: saved.entry.id, created: saved.entry.created },
      json: record.json,
    };
    try {
      parseStored(recovered.json);
    } catch {
      return { network: saved, written: true }; // a torn journal: the saved copy stands
    }
    try {
      await this.#storage.write(recovered);
    } catch (error) {
      this.#recoveryError = describeStorageError(error);
      return { network: recovered, written: false };
    }
    this.#o.journal.clear(saved.entry.id, recovered.entry.updated);
    return { network: recovered, written: true };
  }

  // ---- other tabs ----

  async #onMessage(message: TabMessage): Promise<void> {
    this.#refusalListener?.(message);
    switch (message.type) {
      case 'saved':
        if (message.id === this.#current?.id && this.#readOnly) {
          await this.#run(async () => {
            if (message.id !== this.#current?.id || !this.#readOnly) return;
            const saved = await this.#storage.read(message.id).catch(() => null);
            if (saved) this.#show(saved, null, true);
          });
        }
        await this.#refreshList();
        return;
      case 'library-changed':
        await this.#refreshList();
        return;
      case 'release-request':
        if (message.id !== this.#current?.id || this.#readOnly) return;
        await this.#run(async () => {
          if (message.id !== this.#current?.id || this.#readOnly) return;
          clearTimeout(this.#timer);
          if (!(await this.#writeNow())) {
            const reason = this.#save.kind === 'error' ? this.#save.reason : 'storage_failed';
            this.#o.tabs.post({
              type: 'release-refused',
              id: message.id,
              to: message.from,
              reason,
            });
            return;
          }
          this.#readOnly = true;
          this.#host.setReadOnly(true);
          this.#lock?.release();
          this.#lock = null;
          this.#setSave({ kind: 'read-only' });
        });
        return;
      case 'release-refused':
        return;
    }
  }

  async #refreshList(): Promise<void> {
    try {
      const listed = await this.#storage.list();
      const current = this.#current;
      this.#entries = sortEntries(
        current && !listed.some((e) => e.id === current.id) && !this.#readOnly
          ? [current, ...listed]
          : listed,
      );
      this.#emit();
    } catch {
      // keep the list as it was
    }
  }

  async #listChanged(): Promise<void> {
    if (!this.#off) this.#o.tabs.post({ type: 'library-changed' });
    await this.#refreshList();
  }

  // ---- small helpers ----

  #startCandidates(): string[] {
    const remembered = [
      safeGet(this.#o.prefs.session, OPEN_KEY),
      safeGet(this.#o.prefs.shared, OPEN_KEY),
    ];
    const ids = [...remembered, ...this.#entries.map((e) => e.id)];
    const known = new Set(this.#entries.map((e) => e.id));
    return [...new Set(ids)].filter((id): id is string => id !== null && known.has(id));
  }

  #remember(id: string): void {
    safeSet(this.#o.prefs.session, OPEN_KEY, id);
    if (!this.#readOnly) safeSet(this.#o.prefs.shared, OPEN_KEY, id);
  }

  #goOff(reason: StorageReason): void {
    this.#off = reason;
    this.#storage = new MemoryDocumentStorage();
    this.#entries = [];
    this.#setSave({ kind: 'off', reason });
  }

  #setSave(save: SaveState): void {
    // Without real storage the library still works for the session, but nothing is saved.
    this.#save = this.#off ? { kind: 'off', reason: this.#off } : save;
    this.#emit();
  }

  #emit(): void {
    this.#o.onState?.(this.state);
    this.#notice = null; // a notice is said once
  }

  /** Runs library operations one after another; a failed one does not stop the next. */
  #run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.#queue.then(task);
    this.#queue = result.catch(() => undefined);
    return result;
  }
}

/** A stored document: our own JSON, checked for its shape rather than fully validated. */
export function parseStored(json: string): NetworkDocument {
  let value: NetworkDocument;
  try {
    value = JSON.parse(json) as NetworkDocument;
  } catch {
    throw refuse(say('storage_not_a_network', {}));
  }
  if (
    typeof value !== 'object' ||
    value === null ||
    !Array.isArray(value.actors) ||
    !Array.isArray(value.ties) ||
    !Array.isArray(value.groups) ||
    typeof value.meta !== 'object'
  )
    throw refuse(say('storage_not_a_network', {}));
  return value;
}

function sortEntries(entries: LibraryEntry[]): LibraryEntry[] {
  return entries.slice().sort((a, b) => b.updated - a.updated || a.title.localeCompare(b.title));
}

function safeGet(storage: KeyValueStorage | null, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function safeSet(storage: KeyValueStorage | null, key: string, value: string): void {
  try {
    storage?.setItem(key, value);
  } catch {
    // only a preference: the next start opens the most recent network instead
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
