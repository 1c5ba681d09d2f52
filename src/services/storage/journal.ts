// The synchronous journal: the open network written to localStorage when the page is hidden or
// closed. An IndexedDB write started in `pagehide` is lost on reload (STACK.md: 0/10 edits
// kept); a synchronous localStorage write is not (10/10). At the next start a journal newer
// than the saved copy wins, is saved to IndexedDB and cleared.
import type { StorageReason } from '../messages';
import { describeStorageError, type KeyValueStorage, type LibraryEntry } from './types';

const PREFIX = 'leadnet:journal:';

/** One journal: the library entry as it would be saved, and the document's JSON. */
export interface JournalRecord {
  readonly entry: LibraryEntry;
  readonly json: string;
}

export type JournalWrite = { ok: true } | { ok: false; reason: StorageReason };

export class Journal {
  constructor(private readonly storage: KeyValueStorage | null) {}

  /** Writes synchronously; a full localStorage is reported, never thrown. */
  write(record: JournalRecord): JournalWrite {
    if (!this.storage) return { ok: false, reason: 'storage_no_local' };
    try {
      this.storage.setItem(PREFIX + record.entry.id, JSON.stringify(record));
      return { ok: true };
    } catch (error) {
      return { ok: false, reason: describeStorageError(error) };
    }
  }

  read(id: string): JournalRecord | null {
    return this.#parse(this.#get(PREFIX + id));
  }

  /** Every journal left behind, whatever network it belongs to. */
  all(): JournalRecord[] {
    if (!this.storage) return [];
    const keys: string[] = [];
    for (let i = 0; i < this.storage.length; i += 1) {
      const key = this.storage.key(i);
      if (key?.startsWith(PREFIX)) keys.push(key);
    }
    return keys.map((key) => this.#parse(this.#get(key))).filter((r) => r !== null);
  }

  /** Clears the journal of `id`, or only if it is not newer than `upTo` (a save just made). */
  clear(id: string, upTo = Infinity): void {
    const record = this.read(id);
    if (record && record.entry.updated > upTo) return;
    try {
      this.storage?.removeItem(PREFIX + id);
    } catch {
      // nothing to do: a journal that stays is recovered (or found older) at the next start
    }
  }

  #get(key: string): string | null {
    try {
      return this.storage?.getItem(key) ?? null;
    } catch {
      return null;
    }
  }

  #parse(text: string | null): JournalRecord | null {
    if (!text) return null;
    try {
      const value = JSON.parse(text) as Partial<JournalRecord>;
      const entry = value.entry;
      if (
        !entry ||
        typeof entry.id !== 'string' ||
        typeof entry.updated !== 'number' ||
        typeof value.json !== 'string'
      )
        return null;
      return { entry, json: value.json };
    } catch {
      return null; // a torn or foreign value: ignored, as if there were none
    }
  }
}

/** localStorage when the browser lets us use it (it throws in some private modes). */
export function browserLocalStorage(): KeyValueStorage | null {
  try {
    const storage = globalThis.localStorage;
    return storage ?? null;
  } catch {
    return null;
  }
}
