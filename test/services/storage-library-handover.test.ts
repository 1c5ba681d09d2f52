// The tab hand-over on its own (src/services/storage/library/handover.ts): two or three tabs of
// one browser on a shared in-memory storage and lock hub. The editing tab's autosave is a stand-in
// that saves (or fails to) on request, so each answer of the protocol is seen by itself.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StorageReason } from '../../src/services/messages';
import { type HandOverSave, TabHandover } from '../../src/services/storage/library/handover';
import { MemoryDocumentStorage } from '../../src/services/storage/memory';
import { MemoryTabHub } from '../../src/services/storage/tabs';
import { MapStorage, movedExample, positionOf, sessionOn, storedNetwork } from '../helpers/storage';

const WAIT = 1000;

function newBrowser() {
  return { storage: new MemoryDocumentStorage(), local: new MapStorage(), hub: new MemoryTabHub() };
}

/** A tab showing network n1 (saved at 100), with a hand-over whose save does `save`. */
async function tabOn(
  browser: ReturnType<typeof newBrowser>,
  editing: boolean,
  save: { ok: boolean; reason?: StorageReason; before?: () => Promise<void> } = { ok: true },
) {
  const tab = sessionOn(browser, { handOverWaitMs: WAIT });
  const saved = (await browser.storage.read('n1'))!;
  const lock = editing ? await tab.tabs.acquire('n1', 0) : null;
  tab.session.show(saved, lock, !editing);
  const autosave: HandOverSave & { saves: number; cancels: number } = {
    saves: 0,
    cancels: 0,
    cancel() {
      this.cancels += 1;
    },
    async writeNow() {
      this.saves += 1;
      await save.before?.();
      return save.ok;
    },
    whyNotSaved: () => save.reason ?? 'storage_failed',
  };
  const lists = { refreshed: 0 };
  const handover = new TabHandover(tab.session, autosave, {
    refreshList: async () => void (lists.refreshed += 1),
  });
  return { ...tab, handover, autosave, lists };
}

async function browserWithN1() {
  const browser = newBrowser();
  await browser.storage.write(storedNetwork('n1', 100));
  return browser;
}

/** Runs `editHere` while the fake clock lets the wait pass. */
async function editHere(tab: Awaited<ReturnType<typeof tabOn>>) {
  const asked = tab.handover.editHere();
  await vi.advanceTimersByTimeAsync(WAIT);
  await asked;
}

const notices = (states: { notice: unknown }[]) => states.map((s) => s.notice).filter(Boolean);

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('"Edit here instead"', () => {
  it('the editing tab saves, lets go and turns read-only; the asking tab edits its saved copy', async () => {
    const browser = await browserWithN1();
    // A's pending edit is written when B asks: B must show it.
    const a = await tabOn(browser, true, {
      ok: true,
      before: () => browser.storage.write(storedNetwork('n1', 200, movedExample(3))),
    });
    const b = await tabOn(browser, false);
    expect(b.session.readOnly).toBe(true);

    await editHere(b);

    expect(a.autosave.cancels).toBe(1); // the debounce does not write after letting go
    expect(a.autosave.saves).toBe(1);
    expect(a.session.readOnly).toBe(true);
    expect(a.host.readOnly).toBe(true);
    expect(a.session.lock).toBeNull();
    expect(a.session.save).toEqual({ kind: 'read-only' });
    expect(b.session.readOnly).toBe(false);
    expect(b.host.readOnly).toBe(false);
    expect(b.session.save).toEqual({ kind: 'saved' });
    expect(positionOf(b.host.doc)).toEqual({ x: 3, y: -3 });
    expect(notices(b.states)).toEqual([]);
    // B holds the lock now: no third tab can take it.
    expect(await browser.hub.tab().acquire('n1', 0)).toBeNull();
  });

  it('an editing tab that cannot save keeps the network, and the asking tab is told why', async () => {
    const browser = await browserWithN1();
    const a = await tabOn(browser, true, { ok: false, reason: 'storage_full' });
    const b = await tabOn(browser, false);

    await editHere(b);

    expect(a.session.readOnly).toBe(false);
    expect(a.session.lock).not.toBeNull();
    expect(b.session.readOnly).toBe(true);
    expect(notices(b.states)).toEqual([
      { code: 'storage_other_tab_kept', params: { reason: 'storage_full' } },
    ]);
  });

  it('a tab that never answers: after the wait, says the other tab did not let go', async () => {
    const browser = await browserWithN1();
    const silent = await browser.hub.tab().acquire('n1', 0); // holds the lock, hears nothing
    const b = await tabOn(browser, false);
    const asked = b.handover.editHere();
    await vi.advanceTimersByTimeAsync(10);
    // While B waits, a refusal meant for another tab arrives: it is not B's answer.
    const other = browser.hub.tab();
    other.post({ type: 'release-refused', id: 'n1', to: other.tabId, reason: 'storage_full' });
    await vi.advanceTimersByTimeAsync(WAIT);
    await asked;

    expect(b.session.readOnly).toBe(true);
    expect(notices(b.states)).toEqual([{ code: 'storage_other_tab_silent', params: {} }]);
    silent!.release();
  });
});

describe("the other tabs' notices", () => {
  it('a read-only tab shows each copy the editing tab saved; an editing tab does not reload', async () => {
    const browser = await browserWithN1();
    const a = await tabOn(browser, true);
    const b = await tabOn(browser, false);
    const loads = { a: a.host.loads, b: b.host.loads };
    await browser.storage.write(storedNetwork('n1', 200, movedExample(6)));
    browser.hub.tab().post({ type: 'saved', id: 'n1', updated: 200 });
    await vi.advanceTimersByTimeAsync(0);

    expect(b.host.loads).toBe(loads.b + 1);
    expect(positionOf(b.host.doc)).toEqual({ x: 6, y: -6 });
    expect(b.session.readOnly).toBe(true);
    expect(a.host.loads).toBe(loads.a);
    expect([a.lists.refreshed, b.lists.refreshed]).toEqual([1, 1]);
  });

  it('only the tab editing that network answers a request to let go', async () => {
    const browser = await browserWithN1();
    const a = await tabOn(browser, true);
    const b = await tabOn(browser, false);
    const asker = browser.hub.tab();
    asker.post({ type: 'release-request', id: 'n2', from: asker.tabId });
    await vi.advanceTimersByTimeAsync(0);
    expect(a.autosave.saves).toBe(0);
    expect(a.session.readOnly).toBe(false);
    // B, read-only on n1, has nothing to let go; A answers the request for n1.
    asker.post({ type: 'release-request', id: 'n1', from: asker.tabId });
    await vi.advanceTimersByTimeAsync(0);
    expect(b.autosave.saves).toBe(0);
    expect(a.autosave.saves).toBe(1);
    expect(a.session.readOnly).toBe(true);
  });
});
