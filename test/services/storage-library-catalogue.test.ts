// The catalogue on its own (src/services/storage/library/catalogue.ts): which network a start
// tries first, and opening a stored network — passed over when unreadable, read-only (and its
// journal left to the editing tab) when another tab holds it.
import { describe, expect, it } from 'vitest';
import { createExampleDocument } from '../../src/core/example/qic-example';
import { Autosave } from '../../src/services/storage/library/autosave';
import { Catalogue } from '../../src/services/storage/library/catalogue';
import { rememberOpen } from '../../src/services/storage/library/prefs';
import { JournalRecovery } from '../../src/services/storage/library/recovery';
import { sortEntries } from '../../src/services/storage/library/session';
import { MemoryDocumentStorage } from '../../src/services/storage/memory';
import { MemoryTabHub } from '../../src/services/storage/tabs';
import { MapStorage, movedExample, positionOf, sessionOn, storedNetwork } from '../helpers/storage';

function catalogueOn(browser: ReturnType<typeof newBrowser>, session = new MapStorage()) {
  const tab = sessionOn(browser, { session });
  const autosave = new Autosave(tab.session);
  const catalogue = new Catalogue(tab.session, autosave, new JournalRecovery(tab.session));
  return { ...tab, catalogue };
}

function newBrowser() {
  return { storage: new MemoryDocumentStorage(), local: new MapStorage(), hub: new MemoryTabHub() };
}

describe('the networks a start tries', () => {
  it("this tab's last network first, then the browser's, then the newest; deleted ones skipped", async () => {
    const browser = newBrowser();
    for (const [id, updated] of [
      ['old', 10],
      ['new', 30],
      ['mine', 20],
      ['theirs', 15],
    ] as const)
      await browser.storage.write(storedNetwork(id, updated));
    const session = new MapStorage();
    rememberOpen({ session: null, shared: browser.local }, 'theirs', true);
    rememberOpen({ session, shared: null }, 'mine', true);
    const tab = catalogueOn(browser, session);
    tab.session.entries = sortEntries(await browser.storage.list());
    expect(tab.catalogue.startCandidates()).toEqual(['mine', 'theirs', 'new', 'old']);

    rememberOpen({ session, shared: null }, 'deleted', true);
    expect(tab.catalogue.startCandidates()).toEqual(['theirs', 'new', 'mine', 'old']);
  });
});

describe('opening a stored network', () => {
  it('passes over a copy that is not a network, and lets its lock go', async () => {
    const browser = newBrowser();
    await browser.storage.write({ ...storedNetwork('n1', 10), json: '{"actors": 3}' });
    const tab = catalogueOn(browser);
    expect(await tab.catalogue.openStored('n1', 0)).toBe(false);
    expect(tab.session.current).toBeNull();
    expect(await browser.hub.tab().acquire('n1', 0)).not.toBeNull();
  });

  it("opens read-only when another tab holds it, leaving that tab's journal alone", async () => {
    const browser = newBrowser();
    await browser.storage.write(storedNetwork('n1', 100));
    const editing = await browser.hub.tab().acquire('n1', 0);
    const tab = catalogueOn(browser);
    tab.session.o.journal.write(storedNetwork('n1', 150, movedExample(2)));
    expect(await tab.catalogue.openStored('n1', 0)).toBe(true);
    expect(tab.session.readOnly).toBe(true);
    expect(tab.host.readOnly).toBe(true);
    expect(tab.host.doc).toEqual(createExampleDocument());
    expect(tab.session.o.journal.read('n1')).not.toBeNull();
    editing!.release();

    // Once free, the next open takes it for editing, with the journal's newer copy.
    const next = catalogueOn(browser);
    expect(await next.catalogue.openStored('n1', 0)).toBe(true);
    expect(next.session.readOnly).toBe(false);
    expect(positionOf(next.host.doc)).toEqual({ x: 2, y: -2 });
  });
});
