// The library's contract with the app: the open network as the library sees it (the document
// store, reduced), the state it reports, and the options it is built with.
import type { NetworkDocument } from '../../../core/document/types';
import type { Message } from '../../../core/messages';
import type { StorageReason } from '../../messages';
import type { Journal } from '../journal';
import type { TabCoordinator } from '../tabs';
import type { DocumentStorage, KeyValueStorage, LibraryEntry } from '../types';

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

/** Remembers the last open network: `session` for this tab (survives a reload), `shared` for a new tab. */
export interface LibraryPrefs {
  session: KeyValueStorage | null;
  shared: KeyValueStorage | null;
}

export interface LibraryOptions {
  storage: DocumentStorage;
  journal: Journal;
  tabs: TabCoordinator;
  prefs: LibraryPrefs;
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
