// The autosave on its own (src/services/storage/library/autosave.ts) over one tab's session and
// an in-memory storage: what a failed save leaves behind for the next start, what other tabs
// are told, and that a read-only tab never writes.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { NetworkDocument } from '../../src/core/document/types';
import type { TabMessage } from '../../src/services/storage/tabs';
import { LibraryError } from '../../src/services/storage/library';
import { Autosave } from '../../src/services/storage/library/autosave';
import { unsavedMark } from '../../src/services/storage/library/prefs';
import { MemoryDocumentStorage } from '../../src/services/storage/memory';
import { MemoryTabHub } from '../../src/services/storage/tabs';
import {
  MapStorage,
  move,
  movedExample,
  positionOf,
  quotaError,
  sessionOn,
  storedNetwork,
} from '../helpers/storage';

/** One tab editing n1 (saved at 100), its autosave listening to the document. */
async function editingTab(readOnly = false) {
  const browser = {
    storage: new MemoryDocumentStorage(),
    local: new MapStorage(),
    hub: new MemoryTabHub(),
  };
  const session = new MapStorage();
  await browser.storage.write(storedNetwork('n1', 100));
  let clock = 1000;
  const tab = sessionOn(browser, { session, debounceMs: 500, now: () => (clock += 10) });
  const lock = readOnly ? null : await tab.tabs.acquire('n1', 0);
  tab.session.show((await browser.storage.read('n1'))!, lock, readOnly);
  const autosave = new Autosave(tab.session);
  tab.host.subscribe(() => autosave.changed());
  const heard: TabMessage[] = [];
  browser.hub.tab().onMessage((message) => heard.push(message));
  return { ...browser, ...tab, autosave, heard, prefs: { session, shared: browser.local } };
}

const storedDoc = async (storage: MemoryDocumentStorage) =>
  JSON.parse((await storage.read('n1'))!.json) as NetworkDocument;

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the autosave of one tab', () => {
  it('marks changes it could not save in both storages, and clears the marks once a save works', async () => {
    const tab = await editingTab();
    tab.storage.failure = quotaError();
    tab.host.edit(move(1));
    expect(await tab.autosave.writeNow()).toBe(false);
    expect(tab.session.save).toEqual({ kind: 'error', reason: 'storage_full' });
    const updated = tab.session.entryFor(tab.host.doc).updated;
    // This tab's reload reads the session's mark; a new tab reads the browser's.
    for (const prefs of [
      { session: tab.prefs.session, shared: null },
      { session: null, shared: tab.prefs.shared },
    ])
      expect(unsavedMark(prefs, 'n1')).toEqual({ at: updated, reason: 'storage_full' });

    tab.storage.failure = null;
    expect(await tab.autosave.writeNow()).toBe(true);
    expect(unsavedMark(tab.prefs, 'n1')).toBeNull();
    expect(positionOf(await storedDoc(tab.storage))).toEqual({ x: 1, y: -1 });
  });

  it('tells the other tabs what it saved, and clears only journals not newer than the save', async () => {
    const tab = await editingTab();
    tab.host.edit(move(2));
    const entry = tab.session.entryFor(tab.host.doc);
    tab.session.o.journal.write({
      entry: { ...entry, updated: entry.updated + 1 },
      json: JSON.stringify(movedExample(3)),
    });
    await tab.autosave.flush();
    await vi.advanceTimersByTimeAsync(0);
    expect(tab.heard).toContainEqual({ type: 'saved', id: 'n1', updated: entry.updated });
    expect(tab.session.o.journal.read('n1')).not.toBeNull(); // newer than what was saved
    tab.host.edit(move(4));
    await tab.autosave.flush();
    expect(tab.session.o.journal.read('n1')).toBeNull();
  });

  it('a read-only tab never writes, whatever it is asked', async () => {
    const tab = await editingTab(true);
    const writes = tab.storage.writes;
    expect(tab.host.edit(move(1))).toBe(false);
    tab.autosave.changed();
    await vi.advanceTimersByTimeAsync(1000);
    expect(await tab.autosave.flush()).toBe(true);
    await tab.autosave.saveBeforeLeaving();
    expect(tab.storage.writes).toBe(writes);
    expect(tab.session.save).toEqual({ kind: 'read-only' });
    expect(tab.heard).toEqual([]);
  });

  it("refuses to leave a network it cannot save, naming it and the storage's reason", async () => {
    const tab = await editingTab();
    tab.storage.failure = quotaError();
    tab.host.edit(move(5));
    const refusal = await tab.autosave.saveBeforeLeaving().catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(LibraryError);
    expect((refusal as LibraryError).messages).toEqual([
      {
        code: 'storage_not_switched',
        params: { title: tab.session.current!.title, reason: 'storage_full' },
      },
    ]);
    expect(positionOf(tab.host.doc)).toEqual({ x: 5, y: -5 });
  });
});
