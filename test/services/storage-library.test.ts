// The library and its autosave against an in-memory storage: a debounce that coalesces, a save
// before every switch, journal recovery that keeps the newer copy, a failing storage that never
// touches the document in memory, deletion of the open network, duplicate and odd titles and
// ids, and the hand-over between two tabs.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyCommand } from '../../src/core/commands';
import type { NetworkDocument } from '../../src/core/document/types';
import { createExampleDocument } from '../../src/core/example/qic-example';
import { Journal } from '../../src/services/storage/journal';
import {
  Library,
  LibraryError,
  type LibraryOptions,
  type LibraryState,
  READ_ONLY_NOTICE,
} from '../../src/services/storage/library';
import { MemoryDocumentStorage } from '../../src/services/storage/memory';
import { MemoryTabHub } from '../../src/services/storage/tabs';
import { serviceEnglishText } from '../../src/services/english';
import { danishText } from '../helpers/danish';
import { FakeHost, MapStorage, move, positionOf, quotaError } from '../helpers/storage';

interface Browser {
  storage: MemoryDocumentStorage;
  local: MapStorage;
  clock: { now: number };
  hub: MemoryTabHub;
}

function newBrowser(): Browser {
  return {
    storage: new MemoryDocumentStorage(),
    local: new MapStorage(),
    clock: { now: 1_000_000 },
    hub: new MemoryTabHub(),
  };
}

/** A tab of `browser`: a host and a started library. `reload` keeps the tab's session. */
async function openTab(
  browser: Browser,
  extra: Partial<LibraryOptions> & { session?: MapStorage } = {},
) {
  const host = new FakeHost();
  const states: LibraryState[] = [];
  const library = new Library(host, {
    storage: browser.storage,
    journal: new Journal(browser.local),
    tabs: browser.hub.tab(),
    prefs: { session: extra.session ?? new MapStorage(), shared: browser.local },
    createExample: createExampleDocument,
    debounceMs: 500,
    now: () => browser.clock.now,
    onState: (state) => states.push(state),
    ...extra,
  });
  // The start may wait (for a lock, or for storage that does not answer): let time pass.
  let started = false;
  const start = library.start().finally(() => (started = true));
  while (!started) await vi.advanceTimersByTimeAsync(100);
  await start;
  return { host, library, states };
}

/** The page is gone (reload, closed tab): its locks are released with it. */
function pageGone(browser: Browser) {
  browser.hub = new MemoryTabHub();
}

async function storedDoc(browser: Browser, id: string): Promise<NetworkDocument> {
  const saved = await browser.storage.read(id);
  return JSON.parse(saved!.json) as NetworkDocument;
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the first start', () => {
  it('saves the example as the first network of the library and opens it', async () => {
    const browser = newBrowser();
    const { host, library } = await openTab(browser);
    const entries = await browser.storage.list();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actors: 45, ties: 120 });
    expect(entries[0]!.title).toBe('Example: a regional patient-safety collaborative');
    expect(library.state.currentId).toBe(entries[0]!.id);
    expect(library.state.save).toEqual({ kind: 'saved' });
    expect(host.doc).toEqual(createExampleDocument());
    expect(browser.local.getItem('leadnet:open')).toBe(entries[0]!.id);
  });

  it('opens the last open network at the next start, not the example', async () => {
    const browser = newBrowser();
    const first = await openTab(browser);
    await first.library.openAsNew({ ...createExampleDocument(), meta: { title: 'Mine' } }, 'x');
    pageGone(browser);
    const second = await openTab(browser);
    expect(second.library.current!.title).toBe('Mine');
    expect(await browser.storage.list()).toHaveLength(2);
  });
});

describe('the autosave', () => {
  it('coalesces edits within the debounce into one write holding all of them', async () => {
    const browser = newBrowser();
    const { host, library } = await openTab(browser);
    const writesBefore = browser.storage.writes;
    for (let i = 1; i <= 5; i += 1) {
      host.edit(move(i));
      await vi.advanceTimersByTimeAsync(100); // each edit restarts the 500 ms wait
    }
    expect(browser.storage.writes).toBe(writesBefore);
    expect(library.state.save.kind).toBe('saving');
    await vi.advanceTimersByTimeAsync(500);
    expect(browser.storage.writes).toBe(writesBefore + 1);
    expect(library.state.save.kind).toBe('saved');
    expect(positionOf(await storedDoc(browser, library.state.currentId))).toEqual({ x: 5, y: -5 });
  });

  it('writes the pending edit before switching to another network, without waiting', async () => {
    const browser = newBrowser();
    const { host, library } = await openTab(browser);
    const firstId = library.state.currentId;
    host.edit(move(7));
    await library.newFromExample(); // no timer advanced: the switch itself saves first
    expect(library.state.currentId).not.toBe(firstId);
    expect(positionOf(await storedDoc(browser, firstId))).toEqual({ x: 7, y: -7 });
    // The new network starts from the example, with nothing of the previous one's edits.
    expect(positionOf(host.doc)).toEqual(positionOf(createExampleDocument()));
    await library.open(firstId);
    expect(positionOf(host.doc)).toEqual({ x: 7, y: -7 });
  });

  it('records when the saved version changed, and the counts, in the entry', async () => {
    const browser = newBrowser();
    const { host, library } = await openTab(browser);
    browser.clock.now += 60_000;
    host.edit(move(1));
    await library.flush();
    const entry = (await browser.storage.list())[0]!;
    expect(entry.updated).toBe(browser.clock.now);
    expect(entry.created).toBe(browser.clock.now - 60_000);
  });

  it('asks once for persistent storage, after the first edit', async () => {
    const browser = newBrowser();
    const requestPersist = vi.fn(async () => false);
    const { host, library } = await openTab(browser, { requestPersist });
    expect(requestPersist).not.toHaveBeenCalled();
    host.edit(move(1));
    host.edit(move(2));
    await vi.advanceTimersByTimeAsync(0);
    expect(requestPersist).toHaveBeenCalledTimes(1);
    expect(library.state.persisted).toBe(false);
  });
});

describe('the journal', () => {
  it('brings back edits made after the last save when the page reloads before the debounce', async () => {
    const browser = newBrowser();
    const session = new MapStorage();
    const first = await openTab(browser, { session });
    const id = first.library.state.currentId;
    const K = 12;
    for (let i = 1; i <= K; i += 1) {
      browser.clock.now += 10;
      first.host.edit(move(i));
    }
    first.library.writeJournal(); // pagehide: synchronous; the IndexedDB write never started
    expect(positionOf(await storedDoc(browser, id))).toEqual(positionOf(createExampleDocument()));
    pageGone(browser);
    const second = await openTab(browser, { session });
    expect(second.library.state.currentId).toBe(id);
    expect(positionOf(second.host.doc)).toEqual({ x: K, y: -K });
    // The newer copy is now the saved one, and the journal is gone.
    expect(positionOf(await storedDoc(browser, id))).toEqual({ x: K, y: -K });
    expect([...browser.local.map.keys()].filter((k) => k.includes('journal'))).toEqual([]);
  });

  it('ignores a journal older than the saved copy, and clears it', async () => {
    const browser = newBrowser();
    const first = await openTab(browser);
    const id = first.library.state.currentId;
    browser.clock.now += 10;
    first.host.edit(move(1));
    first.library.writeJournal();
    browser.clock.now += 10;
    first.host.edit(move(2)); // a later edit, saved: the journal is older than the saved copy
    await first.library.flush();
    // flush clears journals it supersedes; put the stale one back as a crash might leave it
    browser.local.setItem(
      `leadnet:journal:${id}`,
      JSON.stringify({
        entry: { ...first.library.current!, updated: first.library.current!.updated - 5 },
        json: JSON.stringify(applyCommand(createExampleDocument(), move(1)).doc),
      }),
    );
    pageGone(browser);
    const second = await openTab(browser);
    expect(positionOf(second.host.doc)).toEqual({ x: 2, y: -2 });
    expect(browser.local.getItem(`leadnet:journal:${id}`)).toBeNull();
  });

  it('ignores a torn journal and opens the saved copy', async () => {
    const browser = newBrowser();
    const first = await openTab(browser);
    const id = first.library.state.currentId;
    browser.local.setItem(`leadnet:journal:${id}`, '{"entry": {"id": "' + id);
    pageGone(browser);
    const second = await openTab(browser);
    expect(second.host.doc).toEqual(createExampleDocument());
  });

  it('recovers the journal of a network that was never saved (storage was full)', async () => {
    const browser = newBrowser();
    browser.storage.failure = quotaError();
    const first = await openTab(browser);
    first.host.edit(move(3));
    first.library.writeJournal();
    const id = first.library.state.currentId;
    pageGone(browser);
    browser.storage.failure = null;
    const second = await openTab(browser);
    expect(second.library.state.currentId).toBe(id);
    expect(positionOf(second.host.doc)).toEqual({ x: 3, y: -3 });
  });

  it('reports a journal too large for localStorage instead of throwing', async () => {
    const browser = newBrowser();
    const { host, library } = await openTab(browser);
    browser.local.full = true;
    host.edit(move(1));
    expect(() => library.writeJournal()).not.toThrow();
    expect(library.state.journalNote).toEqual({
      code: 'storage_journal_failed',
      params: { reason: 'storage_full' },
    });
    expect(serviceEnglishText(library.state.journalNote!)).toBe(
      "The quick backup on closing could not be written (this browser's storage for Leadnet is full); the regular save is the only copy.",
    );
    // The regular save still happens.
    await library.flush();
    expect(positionOf(await storedDoc(browser, library.state.currentId))).toEqual({ x: 1, y: -1 });
  });

  it('writes no journal when everything is saved', async () => {
    const browser = newBrowser();
    const { library } = await openTab(browser);
    library.writeJournal();
    expect([...browser.local.map.keys()].some((k) => k.includes('journal'))).toBe(false);
  });
});

describe('a failing storage', () => {
  it('keeps the document in memory, says why it is not saved, and saves once storage works', async () => {
    const browser = newBrowser();
    const { host, library } = await openTab(browser);
    const id = library.state.currentId;
    browser.storage.failure = quotaError();
    host.edit(move(1));
    await vi.advanceTimersByTimeAsync(600);
    expect(library.state.save).toEqual({ kind: 'error', reason: 'storage_full' });
    expect(positionOf(host.doc)).toEqual({ x: 1, y: -1 });
    host.edit(move(2));
    await vi.advanceTimersByTimeAsync(600);
    expect(library.state.save.kind).toBe('error');
    expect(positionOf(host.doc)).toEqual({ x: 2, y: -2 });
    browser.storage.failure = null;
    host.edit(move(3));
    await vi.advanceTimersByTimeAsync(600);
    expect(library.state.save).toEqual({ kind: 'saved' });
    expect(positionOf(await storedDoc(browser, id))).toEqual({ x: 3, y: -3 });
  });

  it('refuses to switch networks while the open one cannot be saved, changing nothing', async () => {
    const browser = newBrowser();
    const { host, library } = await openTab(browser);
    const id = library.state.currentId;
    browser.storage.failure = new Error('disk on fire');
    host.edit(move(4));
    await expect(library.newFromExample()).rejects.toThrow(LibraryError);
    // The browser's own (English, technical) words are not passed on: the reason is ours.
    const refusal = await library.newFromExample().catch((e: LibraryError) => e.messages);
    expect(refusal).toEqual([
      {
        code: 'storage_not_switched',
        params: {
          title: 'Example: a regional patient-safety collaborative',
          reason: 'storage_failed',
        },
      },
    ]);
    expect(danishText(refusal![0]!)).toBe(
      'Dine ændringer af \u2068Example: a regional patient-safety collaborative\u2069 kunne ikke gemmes (browserens lager nægtede at gemme). Eksportér dem først; der er ikke skiftet netværk.',
    );
    expect(library.state.currentId).toBe(id);
    expect(positionOf(host.doc)).toEqual({ x: 4, y: -4 });
  });

  it('runs in memory, saying so, when storage does not answer at the start', async () => {
    const browser = newBrowser();
    const never = new Promise<never>(() => undefined);
    browser.storage.list = () => never;
    browser.storage.read = () => never;
    const { host, library } = await openTab(browser, { startTimeoutMs: 1000 });
    expect(library.state.save).toEqual({ kind: 'off', reason: 'storage_no_answer' });
    expect(host.doc).toEqual(createExampleDocument());
    expect(host.edit(move(1))).toBe(true);
    await library.newFromExample(); // the library still works for the session
    expect(library.state.entries).toHaveLength(2);
  });
});

describe('library actions', () => {
  it('deleting the open network opens the most recently changed other one', async () => {
    const browser = newBrowser();
    const { host, library } = await openTab(browser);
    const exampleId = library.state.currentId;
    browser.clock.now += 1000;
    await library.openAsNew({ ...createExampleDocument(), meta: { title: 'Second' } }, 'x');
    const secondId = library.state.currentId;
    host.edit(move(9));
    browser.local.setItem(`leadnet:journal:${secondId}`, 'left over');
    await library.remove(secondId);
    expect(library.state.currentId).toBe(exampleId);
    expect((await browser.storage.list()).map((e) => e.id)).toEqual([exampleId]);
    expect(browser.local.getItem(`leadnet:journal:${secondId}`)).toBeNull();
    expect(host.doc).toEqual(createExampleDocument());
  });

  it('deleting the last network opens a fresh example, so the library is never empty', async () => {
    const browser = newBrowser();
    const { host, library } = await openTab(browser);
    const id = library.state.currentId;
    host.edit(move(1));
    await library.remove(id);
    const entries = await browser.storage.list();
    expect(entries).toHaveLength(1);
    expect(entries[0]!.id).not.toBe(id);
    expect(host.doc).toEqual(createExampleDocument());
    // The example can always be restored.
    await library.newFromExample();
    expect(await browser.storage.list()).toHaveLength(2);
  });

  it('keeps networks with the same title apart', async () => {
    const browser = newBrowser();
    const { library } = await openTab(browser);
    const first = library.state.currentId;
    await library.duplicate(first);
    await library.duplicate(first);
    const entries = await browser.storage.list();
    expect(entries).toHaveLength(3);
    expect(new Set(entries.map((e) => e.id)).size).toBe(3);
    const copyTitle = 'Example: a regional patient-safety collaborative (copy)';
    expect(entries.filter((e) => e.title === copyTitle)).toHaveLength(2);
    const copies = entries.filter((e) => e.title === copyTitle);
    await library.rename(copies[0]!.id, 'Same');
    await library.rename(copies[1]!.id, 'Same');
    const after = await browser.storage.list();
    expect(after.filter((e) => e.title === 'Same')).toHaveLength(2);
    expect((await storedDoc(browser, copies[0]!.id)).meta.title).toBe('Same');
  });

  it('duplicates the open network as it is in memory, edits included', async () => {
    const browser = newBrowser();
    const { host, library } = await openTab(browser);
    const original = library.state.currentId;
    host.edit(move(5));
    await library.duplicate(original);
    expect(library.state.currentId).not.toBe(original);
    expect(positionOf(host.doc)).toEqual({ x: 5, y: -5 });
    expect(positionOf(await storedDoc(browser, original))).toEqual({ x: 5, y: -5 });
  });

  it.each([
    '__proto__',
    'constructor',
    'toString',
    '  spaced  out  ',
    '🧪 Ærø – “test”',
    'a'.repeat(300),
  ])('renames to %j and keeps it through storage and a restart', async (title) => {
    const browser = newBrowser();
    const first = await openTab(browser);
    const id = first.library.state.currentId;
    await first.library.rename(id, title);
    expect(first.host.doc.meta.title).toBe(title.trim());
    pageGone(browser);
    const second = await openTab(browser);
    expect(second.library.current!.title).toBe(title.trim());
    expect(second.host.doc.meta.title).toBe(title.trim());
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'Same')).toBe(false);
  });

  it('refuses an empty name', async () => {
    const browser = newBrowser();
    const { library } = await openTab(browser);
    await expect(library.rename(library.state.currentId, '   ')).rejects.toThrow(
      'A network needs a name.',
    );
  });

  it.each(['__proto__', 'constructor', 'a b', '💥', 'hasOwnProperty'])(
    'works with the library id %j',
    async (id) => {
      const browser = newBrowser();
      const ids = [id, `${id}-2`];
      const { host, library } = await openTab(browser, { newId: () => ids.shift()! });
      expect(library.state.currentId).toBe(id);
      host.edit(move(1));
      library.writeJournal();
      await library.newFromExample();
      expect(library.state.currentId).toBe(`${id}-2`);
      await library.open(id);
      expect(positionOf(host.doc)).toEqual({ x: 1, y: -1 });
      expect((await browser.storage.list()).map((e) => e.id).sort()).toEqual(
        [id, `${id}-2`].sort(),
      );
      expect({}.constructor).toBe(Object); // nothing landed on Object.prototype
    },
  );

  it('imports a document as a new network titled from the file name when it has no title', async () => {
    const browser = newBrowser();
    const { host, library } = await openTab(browser);
    const doc = { ...createExampleDocument(), meta: {} };
    await library.openAsNew(doc, 'workshop notes');
    expect(library.current!.title).toBe('workshop notes');
    expect(host.doc).toEqual(doc); // the document itself is not changed
    expect(await browser.storage.list()).toHaveLength(2);
  });
});

describe('two tabs on one network', () => {
  it('opens the second read-only, refreshes it on every save, and hands editing over on request', async () => {
    const browser = newBrowser();
    const a = await openTab(browser);
    const b = await openTab(browser);
    const id = a.library.state.currentId;
    expect(b.library.state.currentId).toBe(id);
    expect(a.library.state.readOnly).toBe(false);
    expect(b.library.state.readOnly).toBe(true);
    expect(b.library.state.save).toEqual({ kind: 'read-only' });
    expect(b.host.edit(move(1))).toBe(false);
    // A read-only tab never writes: no journal, no save.
    b.library.writeJournal();
    expect(browser.local.getItem(`leadnet:journal:${id}`)).toBeNull();

    a.host.edit(move(2));
    await vi.advanceTimersByTimeAsync(600);
    expect(positionOf(b.host.doc)).toEqual({ x: 2, y: -2 });

    a.host.edit(move(3)); // not yet saved when B asks: A saves it before letting go
    const handOver = b.library.editHere();
    await vi.advanceTimersByTimeAsync(10);
    await handOver;
    expect(b.library.state.readOnly).toBe(false);
    expect(a.library.state.readOnly).toBe(true);
    expect(a.host.readOnly).toBe(true);
    expect(positionOf(b.host.doc)).toEqual({ x: 3, y: -3 });
    expect(b.host.edit(move(4))).toBe(true);
    expect(a.host.edit(move(5))).toBe(false);
    await vi.advanceTimersByTimeAsync(600);
    expect(positionOf(a.host.doc)).toEqual({ x: 4, y: -4 });
  });

  it('opens a copy from the read-only tab as a network of its own', async () => {
    const browser = newBrowser();
    const a = await openTab(browser);
    const b = await openTab(browser);
    await b.library.openCopy();
    expect(b.library.state.readOnly).toBe(false);
    expect(b.library.state.currentId).not.toBe(a.library.state.currentId);
    expect(b.host.edit(move(1))).toBe(true);
  });

  it('refuses to rename or delete a network another tab edits', async () => {
    const browser = newBrowser();
    const a = await openTab(browser);
    const b = await openTab(browser);
    await b.library.openCopy();
    const id = a.library.state.currentId;
    await expect(b.library.rename(id, 'Mine now')).rejects.toThrow('open in another tab');
    await expect(b.library.remove(id)).rejects.toThrow('open in another tab');
    expect(await browser.storage.read(id)).not.toBeNull();
  });

  it('tells the read-only tab why the editing tab kept the network when it cannot save', async () => {
    const browser = newBrowser();
    const a = await openTab(browser);
    const b = await openTab(browser, { handOverWaitMs: 1000 });
    browser.storage.failure = quotaError();
    a.host.edit(move(1));
    const handOver = b.library.editHere();
    await vi.advanceTimersByTimeAsync(1000);
    await handOver;
    expect(b.library.state.readOnly).toBe(true);
    expect(a.library.state.readOnly).toBe(false);
    // The reason crossed from the other tab as data, said here in this tab's language.
    expect(b.states.at(-1)!.notice).toEqual({
      code: 'storage_other_tab_kept',
      params: { reason: 'storage_full' },
    });
    expect(serviceEnglishText(READ_ONLY_NOTICE)).toMatch(/^This network is open in another tab/);
  });
});

describe('the journal store', () => {
  it('round-trips a record and clears only journals not newer than a save', () => {
    const local = new MapStorage();
    const journal = new Journal(local);
    const entry = { id: 'x', title: 't', created: 1, updated: 10, actors: 0, ties: 0 };
    expect(journal.write({ entry, json: '{}' })).toEqual({ ok: true });
    expect(journal.read('x')).toEqual({ entry, json: '{}' });
    journal.clear('x', 9);
    expect(journal.read('x')).not.toBeNull();
    journal.clear('x', 10);
    expect(journal.read('x')).toBeNull();
  });

  it('works without localStorage at all', () => {
    const journal = new Journal(null);
    expect(journal.write({ entry: { id: 'x' } as never, json: '' }).ok).toBe(false);
    expect(journal.all()).toEqual([]);
  });
});

describe('changes the storage could not keep', () => {
  const notRecovered = (states: LibraryState[]) =>
    states.map((s) => s.notice).filter((n) => n?.code === 'storage_not_recovered');

  it('after a reload with storage full, says the latest changes were not recovered — once', async () => {
    const browser = newBrowser();
    const session = new MapStorage();
    const first = await openTab(browser, { session });
    const id = first.library.state.currentId;
    const title = first.library.current!.title;
    browser.storage.failure = quotaError();
    browser.local.full = true;
    browser.clock.now += 5000;
    first.host.edit(move(1));
    await vi.advanceTimersByTimeAsync(600);
    expect(first.library.state.save).toEqual({ kind: 'error', reason: 'storage_full' });
    first.library.writeJournal(); // localStorage is full too: no journal
    expect(first.library.state.journalNote?.code).toBe('storage_journal_failed');

    pageGone(browser);
    const second = await openTab(browser, { session });
    expect(second.library.state.currentId).toBe(id);
    // The edit is gone, as the "Not saved" status warned…
    expect(positionOf(second.host.doc)).toEqual(positionOf(createExampleDocument()));
    expect(second.library.state.save).toEqual({ kind: 'saved' });
    // …and the start says so, rather than a plain "Saved".
    const said = notRecovered(second.states);
    expect(said).toEqual([
      { code: 'storage_not_recovered', params: { title, reason: 'storage_full' } },
    ]);
    expect(serviceEnglishText(said[0]!)).toBe(
      `The latest changes to "${title}" could not be saved (this browser's storage for Leadnet is full) and were not recovered: this is the network as it was last saved.`,
    );
    expect(danishText(said[0]!)).toMatch(/blev ikke genskabt/);

    // Said once: the next reload has nothing new to report.
    pageGone(browser);
    const third = await openTab(browser, { session });
    expect(notRecovered(third.states)).toEqual([]);
  });

  it('also after the tab was closed, when only localStorage could keep the mark', async () => {
    const browser = newBrowser();
    const first = await openTab(browser);
    browser.storage.failure = quotaError();
    first.host.edit(move(1));
    await vi.advanceTimersByTimeAsync(600);
    pageGone(browser);
    browser.storage.failure = null;
    const second = await openTab(browser); // a new tab: a new session storage
    expect(notRecovered(second.states)).toHaveLength(1);
  });

  it('says nothing when the journal brought the changes back', async () => {
    const browser = newBrowser();
    const session = new MapStorage();
    const first = await openTab(browser, { session });
    browser.storage.failure = quotaError();
    first.host.edit(move(2));
    await vi.advanceTimersByTimeAsync(600);
    first.library.writeJournal();
    pageGone(browser);
    const second = await openTab(browser, { session });
    expect(positionOf(second.host.doc)).toEqual({ x: 2, y: -2 });
    expect(notRecovered(second.states)).toEqual([]);
  });

  it('says nothing once a later save succeeded', async () => {
    const browser = newBrowser();
    const session = new MapStorage();
    const first = await openTab(browser, { session });
    browser.storage.failure = quotaError();
    first.host.edit(move(1));
    await vi.advanceTimersByTimeAsync(600);
    browser.storage.failure = null;
    first.host.edit(move(2));
    await vi.advanceTimersByTimeAsync(600);
    expect(first.library.state.save).toEqual({ kind: 'saved' });
    pageGone(browser);
    const second = await openTab(browser, { session });
    expect(positionOf(second.host.doc)).toEqual({ x: 2, y: -2 });
    expect(notRecovered(second.states)).toEqual([]);
  });
});
