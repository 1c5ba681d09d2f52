// Journal recovery: the synchronous journal written when the page is hidden or closed, brought
// back at the next start (a journal newer than the saved copy wins, is saved and cleared), and
// the notice, said once, when changes that could not be saved were not recovered either.
import { type StorageReason, say } from '../../messages';
import type { Journal } from '../journal';
import type { TabCoordinator } from '../tabs';
import {
  type DocumentStorage,
  type LibraryEntry,
  type SavedNetwork,
  describeStorageError,
} from '../types';
import { clearUnsaved, markUnsaved, unsavedMark } from './prefs';
import { parseStored } from './refusals';
import type { LibrarySession } from './session';

/** Where a journal is recovered from and to. */
export interface RecoveryPlaces {
  readonly storage: DocumentStorage;
  readonly journal: Journal;
}

/**
 * The copy to show: the saved one, or the journal's when it is newer. `failed` says why the
 * journal's newer copy could not be saved (it is shown, and stays unsaved); null when it was.
 */
export interface Recovered {
  readonly network: SavedNetwork;
  readonly failed: StorageReason | null;
}

/** The stored copy, or the journal's if it is newer (then saved, and the journal cleared). */
export async function recoverJournal(
  { storage, journal }: RecoveryPlaces,
  saved: SavedNetwork,
): Promise<Recovered> {
  const record = journal.read(saved.entry.id);
  if (!record) return { network: saved, failed: null };
  if (record.entry.updated <= saved.entry.updated) {
    journal.clear(saved.entry.id, saved.entry.updated);
    return { network: saved, failed: null };
  }
  const recovered = {
    entry: { ...record.entry, id: saved.entry.id, created: saved.entry.created },
    json: record.json,
  };
  try {
    parseStored(recovered.json);
  } catch {
    return { network: saved, failed: null }; // a torn journal: the saved copy stands
  }
  try {
    await storage.write(recovered);
  } catch (error) {
    return { network: recovered, failed: describeStorageError(error) };
  }
  journal.clear(saved.entry.id, recovered.entry.updated);
  return { network: recovered, failed: null };
}

/** Every journal whose network no tab has open: the newer copy goes to storage. */
export async function recoverJournals(
  places: RecoveryPlaces & { readonly tabs: TabCoordinator },
): Promise<void> {
  const { storage, journal, tabs } = places;
  for (const record of journal.all()) {
    const lock = await tabs.acquire(record.entry.id, 0);
    if (!lock) continue; // its tab is alive and will save it
    try {
      const saved = await storage.read(record.entry.id);
      if (saved) await recoverJournal(places, saved);
      else {
        await storage.write(record);
        journal.clear(record.entry.id);
      }
    } catch {
      // The journal stays for the next start; the open network reports its own save errors.
    } finally {
      lock.release();
    }
  }
}

/** The journal of the open network: written when the page goes, read when a network opens. */
export class JournalRecovery {
  readonly #s: LibrarySession;

  constructor(session: LibrarySession) {
    this.#s = session;
  }

  /** Every journal left by a reload or a closed tab, at the start. */
  recoverAll(): Promise<void> {
    const s = this.#s;
    return recoverJournals({ storage: s.storage, journal: s.o.journal, tabs: s.o.tabs });
  }

  /** The copy of `saved` to open, with its journal's newer changes (see recoverJournal). */
  recover(saved: SavedNetwork): Promise<Recovered> {
    return recoverJournal({ storage: this.#s.storage, journal: this.#s.o.journal }, saved);
  }

  /**
   * The synchronous journal, for `pagehide` and a hidden page: the one write that survives a
   * reload or a closed tab. Only an editing tab with unsaved changes writes one.
   */
  write(): void {
    const s = this.#s;
    if (s.off || s.readOnly || !s.current || !s.unsaved) return;
    const doc = s.host.doc;
    const result = s.o.journal.write({ entry: s.entryFor(doc), json: JSON.stringify(doc) });
    s.journalNote = result.ok ? null : say('storage_journal_failed', { reason: result.reason });
    if (result.ok) return;
    // Neither copy holds these changes: the next start says they were not recovered.
    markUnsaved(s.o.prefs, s.current.id, {
      at: s.entryFor(doc).updated,
      reason: s.save.kind === 'error' ? s.save.reason : result.reason,
    });
    s.emit();
  }

  /**
   * After opening a network: when changes made to it later than the copy opened could not be
   * saved (storage full) and no journal brought them back, say so — once — rather than a plain
   * "Saved".
   */
  sayNotRecovered(opened: LibraryEntry): void {
    const s = this.#s;
    const mark = unsavedMark(s.o.prefs, opened.id);
    if (!mark) return;
    clearUnsaved(s.o.prefs, opened.id);
    if (mark.at <= opened.updated) return; // the copy opened has them (a journal recovered them)
    s.notice = say('storage_not_recovered', { title: opened.title, reason: mark.reason });
    s.emit();
  }
}
