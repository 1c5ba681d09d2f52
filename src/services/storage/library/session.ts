// The open network as every job of the library shares it: which network is open, whether this
// tab edits it, how far it is saved, the list, and the one queue that runs library operations
// one after another (saves, switches, renames and deletes wait for each other, so a switch never
// races a save). The jobs (catalogue, autosave, recovery, hand-over) change it; only this file
// tells the app (`onState`).
import type { NetworkDocument } from '../../../core/document/types';
import type { Message } from '../../../core/messages';
import type { StorageReason } from '../../messages';
import { MemoryDocumentStorage } from '../memory';
import type { DocumentLock } from '../tabs';
import type { DocumentStorage, LibraryEntry, SavedNetwork } from '../types';
import { rememberOpen } from './prefs';
import { parseStored } from './refusals';
import type { DocumentHost, LibraryOptions, LibraryState, SaveState } from './types';

/** The options with every default filled in. */
export type SessionOptions = Required<
  Omit<LibraryOptions, 'offReason' | 'requestPersist' | 'onState'>
> &
  LibraryOptions;

export class LibrarySession {
  readonly o: SessionOptions;
  readonly host: DocumentHost;
  /** The real storage, or an in-memory one once it failed (`off` then says why). */
  storage: DocumentStorage;
  off: StorageReason | null;
  entries: LibraryEntry[] = [];
  current: LibraryEntry | null = null;
  lock: DocumentLock | null = null;
  readOnly = false;
  save: SaveState = { kind: 'saved' };
  persisted: boolean | null = null;
  notice: Message | null = null;
  journalNote: Message | null = null;
  /** The document as last saved or loaded: the open one is unsaved when it is another object. */
  savedDoc: NetworkDocument | null = null;
  /** When the open document last changed (monotonic, so journals and saves compare). */
  changedAt = 0;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(host: DocumentHost, options: LibraryOptions) {
    this.o = {
      debounceMs: 600,
      startTimeoutMs: 3000,
      startLockWaitMs: 600,
      handOverWaitMs: 5000,
      now: Date.now,
      newId: () => globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random()}`,
      ...options,
    };
    this.host = host;
    this.storage = options.storage;
    this.off = options.offReason ?? null;
    if (this.off) this.save = { kind: 'off', reason: this.off };
  }

  get state(): LibraryState {
    return {
      entries: this.entries,
      currentId: this.current?.id ?? '',
      readOnly: this.readOnly,
      save: this.save,
      persisted: this.persisted,
      notice: this.notice,
      journalNote: this.journalNote,
    };
  }

  /** Whether the open document has changes not yet in storage. */
  get unsaved(): boolean {
    return this.savedDoc !== this.host.doc;
  }

  /** The open network's entry as it would be saved with `doc`. */
  entryFor(doc: NetworkDocument): LibraryEntry {
    const current = this.current!;
    return {
      ...current,
      title: doc.meta.title || current.title,
      updated: Math.max(this.changedAt, current.updated),
      actors: doc.actors.length,
      ties: doc.ties.length,
    };
  }

  /** Puts an entry in the list (replacing its older self), newest change first. */
  list(entry: LibraryEntry): void {
    this.entries = sortEntries([entry, ...this.entries.filter((e) => e.id !== entry.id)]);
  }

  /** Makes a network the open one (the previous lock must be released by the caller). */
  show(saved: SavedNetwork, lock: DocumentLock | null, readOnly: boolean): void {
    if (this.lock && this.lock !== lock) this.lock.release();
    this.lock = lock;
    this.current = saved.entry;
    this.readOnly = readOnly;
    this.changedAt = Math.max(this.changedAt, saved.entry.updated);
    this.host.setReadOnly(readOnly);
    this.host.load(parseStored(saved.json));
    this.savedDoc = this.host.doc;
    this.list(saved.entry);
    this.setSave(readOnly ? { kind: 'read-only' } : { kind: 'saved' });
    rememberOpen(this.o.prefs, saved.entry.id, !this.readOnly);
    this.emit();
  }

  /** Storage failed or did not answer: the rest of the session runs in memory, saying so. */
  goOff(reason: StorageReason): void {
    this.off = reason;
    this.storage = new MemoryDocumentStorage();
    this.entries = [];
    this.setSave({ kind: 'off', reason });
  }

  setSave(save: SaveState): void {
    // Without real storage the library still works for the session, but nothing is saved.
    this.save = this.off ? { kind: 'off', reason: this.off } : save;
    this.emit();
  }

  emit(): void {
    this.o.onState?.(this.state);
    this.notice = null; // a notice is said once
  }

  /** Runs library operations one after another; a failed one does not stop the next. */
  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.#queue.then(task);
    this.#queue = result.catch(() => undefined);
    return result;
  }
}

export function sortEntries(entries: LibraryEntry[]): LibraryEntry[] {
  return entries.slice().sort((a, b) => b.updated - a.updated || a.title.localeCompare(b.title));
}
