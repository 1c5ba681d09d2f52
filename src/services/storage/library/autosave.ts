// The autosave: every change of the open document is written after a short pause (edits within
// it make one write), and at once before another network replaces it. A failed write leaves the
// document in memory as it is, says why, and marks the changes so a later start can say they
// were not recovered; the next change (or flush) tries again.
import { type StorageReason, say } from '../../messages';
import { describeStorageError } from '../types';
import { clearUnsaved, markUnsaved } from './prefs';
import { refuse } from './refusals';
import type { LibrarySession } from './session';

export class Autosave {
  readonly #s: LibrarySession;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #persistAsked = false;

  constructor(session: LibrarySession) {
    this.#s = session;
  }

  /** After every change of the open document: save after the pause. */
  changed(): void {
    const s = this.#s;
    if (s.readOnly || !s.current) return;
    s.changedAt = Math.max(s.o.now(), s.changedAt + 1);
    this.#askPersistOnce();
    if (s.off) return;
    if (s.save.kind !== 'error') s.setSave({ kind: 'saving' });
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      void s.run(() => this.writeNow());
    }, s.o.debounceMs);
  }

  /** Forgets the pending save (the caller writes now, or the network is gone). */
  cancel(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  /** Writes what is not yet saved, now (before a switch, or when the page is hidden). */
  flush(): Promise<boolean> {
    this.cancel();
    return this.#s.run(() => this.writeNow());
  }

  /** Saves the open network before another one replaces it; refuses if that save fails. */
  async saveBeforeLeaving(): Promise<void> {
    this.cancel();
    if (!(await this.writeNow())) {
      throw refuse(
        say('storage_not_switched', {
          title: this.#s.current?.title ?? '',
          reason: this.whyNotSaved(),
        }),
      );
    }
  }

  /** Why the last write failed (as the save status says it). */
  whyNotSaved(): StorageReason {
    const save = this.#s.save;
    return save.kind === 'error' ? save.reason : 'storage_failed';
  }

  /** Writes the open document if it changed since the last save; false when that failed. */
  async writeNow(): Promise<boolean> {
    const s = this.#s;
    const current = s.current;
    if (!current || s.readOnly) return true;
    const doc = s.host.doc;
    if (doc === s.savedDoc) return true;
    const entry = s.entryFor(doc);
    s.setSave({ kind: 'saving' });
    try {
      await s.storage.write({ entry, json: JSON.stringify(doc) });
    } catch (error) {
      // The document in memory stays as it is; the next change (or flush) tries again.
      const reason = describeStorageError(error);
      markUnsaved(s.o.prefs, entry.id, { at: entry.updated, reason });
      s.setSave({ kind: 'error', reason });
      return false;
    }
    clearUnsaved(s.o.prefs, entry.id);
    s.savedDoc = doc;
    if (s.current?.id === entry.id) s.current = entry;
    s.list(entry);
    s.o.journal.clear(entry.id, entry.updated);
    if (!s.off) s.o.tabs.post({ type: 'saved', id: entry.id, updated: entry.updated });
    s.setSave(s.unsaved ? { kind: 'saving' } : { kind: 'saved' });
    return true;
  }

  #askPersistOnce(): void {
    const s = this.#s;
    if (this.#persistAsked || !s.o.requestPersist) return;
    this.#persistAsked = true;
    s.o.requestPersist().then(
      (granted) => {
        s.persisted = granted;
        s.emit();
      },
      () => undefined,
    );
  }
}
