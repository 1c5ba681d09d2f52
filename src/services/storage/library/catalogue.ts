// The catalogue: the saved networks and the actions of the library panel — open, import as a
// new network, rename, duplicate, delete — and opening a stored network (for editing when its
// lock is free, else read-only). Every action saves the open network first and runs in the
// session's queue; a refused one changes nothing.
import type { NetworkDocument } from '../../../core/document/types';
import { say } from '../../messages';
import type { LibraryEntry, SavedNetwork } from '../types';
import type { Autosave } from './autosave';
import { rememberedOpen } from './prefs';
import type { JournalRecovery, Recovered } from './recovery';
import { READ_ONLY_NOTICE, parseStored, refuse } from './refusals';
import { type LibrarySession, sortEntries } from './session';

export const EXAMPLE_TITLE = 'Example collaborative';

export class Catalogue {
  readonly #s: LibrarySession;
  readonly #autosave: Autosave;
  readonly #recovery: JournalRecovery;

  constructor(session: LibrarySession, autosave: Autosave, recovery: JournalRecovery) {
    this.#s = session;
    this.#autosave = autosave;
    this.#recovery = recovery;
  }

  open(id: string): Promise<void> {
    return this.#s.run(async () => {
      if (id === this.#s.current?.id) return;
      await this.#autosave.saveBeforeLeaving();
      if (!(await this.openStored(id, 0))) throw refuse(say('storage_gone', {}));
    });
  }

  /** Saves the open network, then adds `doc` to the library as a new network and opens it. */
  openAsNew(doc: NetworkDocument, name: string): Promise<void> {
    return this.#s.run(async () => {
      await this.#autosave.saveBeforeLeaving();
      await this.createAndOpen(doc, name);
    });
  }

  newFromExample(): Promise<void> {
    return this.openAsNew(this.#s.o.createExample(), EXAMPLE_TITLE);
  }

  rename(id: string, title: string): Promise<void> {
    const s = this.#s;
    const clean = title.trim();
    return s.run(async () => {
      if (!clean) throw refuse(say('storage_needs_name', {}));
      if (id === s.current?.id) {
        if (s.readOnly) throw refuse(READ_ONLY_NOTICE);
        s.current = { ...s.current, title: clean };
        s.host.retitle(clean); // a change: the save below writes it with the entry
        await this.#autosave.writeNow();
      } else {
        await this.#withOthersLock(id, async () => {
          const saved = await s.storage.read(id);
          if (!saved) throw refuse(say('storage_gone', {}));
          const doc = parseStored(saved.json);
          await s.storage.write({
            entry: { ...saved.entry, title: clean },
            json: JSON.stringify({ ...doc, meta: { ...doc.meta, title: clean } }),
          });
        });
      }
      await this.listChanged();
    });
  }

  /** Adds a copy of a saved network (the open one as it is now) and opens it. */
  duplicate(id: string): Promise<void> {
    const s = this.#s;
    return s.run(async () => {
      let doc: NetworkDocument;
      let title: string;
      if (id === s.current?.id) {
        doc = s.host.doc;
        title = s.current.title;
      } else {
        const saved = await s.storage.read(id);
        if (!saved) throw refuse(say('storage_gone', {}));
        doc = parseStored(saved.json);
        title = saved.entry.title;
      }
      const copyTitle = `${title} (copy)`;
      await this.#autosave.saveBeforeLeaving();
      await this.createAndOpen({ ...doc, meta: { ...doc.meta, title: copyTitle } }, copyTitle);
    });
  }

  /**
   * A saved network's document, read without opening it (to compare it with the open one);
   * the open network as it is now.
   */
  async read(id: string): Promise<NetworkDocument> {
    const s = this.#s;
    if (id === s.current?.id) return s.host.doc;
    const saved = await s.storage.read(id);
    if (!saved) throw refuse(say('storage_gone', {}));
    return parseStored(saved.json);
  }

  /**
   * Deletes a saved network. Deleting the open one opens the most recently changed other
   * network, or a fresh example when none is left. A network another tab edits is kept.
   */
  remove(id: string): Promise<void> {
    const s = this.#s;
    return s.run(async () => {
      if (id === s.current?.id) {
        if (s.readOnly) throw refuse(READ_ONLY_NOTICE);
        this.#autosave.cancel();
        await s.storage.remove(id);
        s.o.journal.clear(id);
        s.lock?.release();
        s.lock = null;
        s.current = null;
        s.savedDoc = null;
        s.entries = s.entries.filter((e) => e.id !== id);
        let opened = false;
        for (const other of s.entries) {
          if ((opened = await this.openStored(other.id, 0, true))) break;
        }
        if (!opened) await this.createAndOpen(s.o.createExample(), EXAMPLE_TITLE);
      } else {
        await this.#withOthersLock(id, async () => {
          await s.storage.remove(id);
          s.o.journal.clear(id);
        });
      }
      await this.listChanged();
    });
  }

  /** Opens a stored network, for editing if its lock is free, else read-only. */
  async openStored(id: string, lockWaitMs: number, requireLock = false): Promise<boolean> {
    const s = this.#s;
    const lock = s.off ? null : await s.o.tabs.acquire(id, lockWaitMs);
    if (!lock && requireLock && !s.off) return false;
    let saved: SavedNetwork | null;
    let recovered: Recovered | null = null;
    try {
      saved = await s.storage.read(id);
      if (saved && lock) {
        recovered = await this.#recovery.recover(saved);
        saved = recovered.network;
      }
      if (saved) parseStored(saved.json); // unreadable: try the next one
    } catch {
      saved = null;
    }
    if (!saved) {
      lock?.release();
      return false;
    }
    s.show(saved, lock, !lock && !s.off);
    if (lock) this.#recovery.sayNotRecovered(saved.entry);
    if (recovered?.failed) {
      // The journal's newer copy is shown but could not be stored: it stays unsaved (and the
      // journal stays) until a save succeeds.
      s.savedDoc = null;
      s.setSave({ kind: 'error', reason: recovered.failed });
    }
    return true;
  }

  /** Adds `doc` as a new network, opens it for editing and saves it. */
  async createAndOpen(doc: NetworkDocument, name: string): Promise<void> {
    const s = this.#s;
    const title = doc.meta.title || name || 'Untitled network';
    const now = Math.max(s.o.now(), s.changedAt + 1);
    const entry: LibraryEntry = {
      id: s.o.newId(),
      title,
      created: now,
      updated: now,
      actors: doc.actors.length,
      ties: doc.ties.length,
    };
    const lock = s.off ? null : await s.o.tabs.acquire(entry.id, 0);
    const json = JSON.stringify(doc);
    // Shown even if the write fails: the document is in memory, and the status says not saved.
    s.show({ entry, json }, lock, false);
    s.savedDoc = null; // unsaved until written
    s.changedAt = now;
    await this.#autosave.writeNow();
    await this.listChanged();
  }

  /** The networks to try at the start: the last open ones first, then the newest. */
  startCandidates(): string[] {
    const entries = this.#s.entries;
    const ids = [...rememberedOpen(this.#s.o.prefs), ...entries.map((e) => e.id)];
    const known = new Set(entries.map((e) => e.id));
    return [...new Set(ids)].filter((id): id is string => id !== null && known.has(id));
  }

  /** Reads the list again (another tab changed it); the open network stays in it. */
  async refreshList(): Promise<void> {
    const s = this.#s;
    try {
      const listed = await s.storage.list();
      const current = s.current;
      s.entries = sortEntries(
        current && !listed.some((e) => e.id === current.id) && !s.readOnly
          ? [current, ...listed]
          : listed,
      );
      s.emit();
    } catch {
      // keep the list as it was
    }
  }

  /** After an entry was added, renamed or deleted: tells the other tabs, and lists it here. */
  async listChanged(): Promise<void> {
    if (!this.#s.off) this.#s.o.tabs.post({ type: 'library-changed' });
    await this.refreshList();
  }

  async #withOthersLock(id: string, task: () => Promise<void>): Promise<void> {
    const s = this.#s;
    const lock = s.off ? { release() {} } : await s.o.tabs.acquire(id, 0);
    if (!lock) throw refuse(say('storage_open_elsewhere', {}));
    try {
      await task();
    } finally {
      lock.release();
    }
  }
}
