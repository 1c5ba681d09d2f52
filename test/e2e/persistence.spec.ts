// Keeping the user's work in a real browser (real IndexedDB, localStorage, Web Locks): K edits
// survive an immediate reload and a closed tab, a second tab is read-only until it asks to edit,
// a full storage is reported while the document and export keep working, and the library
// renames, duplicates, deletes and restores the example.
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { NetworkDocument } from '../../src/core/document/types';
import { createExampleDocument } from '../../src/core/example/qic-example';
import { DEFAULT_MODEL_PARAMETERS, PARAMETER_NAMES } from '../../src/core/simulation/parameters';
import { useBrowser } from './fixture';

interface LibraryHook {
  doc(): NetworkDocument;
  revision(): number;
  state(): {
    currentId: string;
    readOnly: boolean;
    save: { kind: string; reason?: string };
    entries: { id: string; title: string }[];
  };
}
interface GraphHook {
  ready: boolean;
  screenPosition(kind: string, id: string): { x: number; y: number } | null;
}
declare global {
  interface Window {
    __leadnetLibrary?: LibraryHook;
  }
}
type HookWindow = Window & { __leadnet?: GraphHook };

const READ_ONLY =
  'This network is open in another tab. Changes here are paused so neither tab overwrites the other.';

const app = useBrowser();
let context: BrowserContext;

async function newContext(): Promise<BrowserContext> {
  context = await app.newContext({ viewport: { width: 1280, height: 720 } });
  return context;
}

/** A new tab of the context, with the network drawn and the library ready. */
const openTab = (ctx: BrowserContext = context, init?: () => void): Promise<Page> =>
  app.openApp({ context: ctx, init, library: true });

const waitReady = (page: Page) => app.waitReady(page, { library: true });

const doc = (page: Page) => page.evaluate(() => window.__leadnetLibrary!.doc());
const state = (page: Page) => page.evaluate(() => window.__leadnetLibrary!.state());
const revision = (page: Page) => page.evaluate(() => window.__leadnetLibrary!.revision());
const positionIn = (d: NetworkDocument, id: string) => d.actors.find((a) => a.id === id)!.position;

/** Drags an actor by (dx, dy) screen pixels with the mouse, as a user would: one undo step. */
async function drag(page: Page, id: string, dx: number, dy: number): Promise<void> {
  await page.bringToFront(); // input to a tab in the background is slow, as it is for a user
  const at = await page.evaluate(
    (i) => (window as HookWindow).__leadnet!.screenPosition('actor', i),
    id,
  );
  const before = await revision(page);
  await page.mouse.move(at!.x, at!.y);
  await page.mouse.down();
  for (let i = 1; i <= 4; i += 1) await page.mouse.move(at!.x + (i * dx) / 4, at!.y + (i * dy) / 4);
  await page.mouse.up();
  await expect.poll(() => revision(page)).toBe(before + 1);
}

/** A value for a parameter inside its documented range and unlike its default. */
function parameterValue(name: string): number {
  const spec = DEFAULT_MODEL_PARAMETERS[name as keyof typeof DEFAULT_MODEL_PARAMETERS];
  return spec.range[0] !== spec.value ? spec.range[0] : spec.range[1];
}

async function setParameter(page: Page, name: string, value: number): Promise<void> {
  await page.bringToFront();
  const before = await revision(page);
  await page.fill(`[data-testid="parameter-${name}"]`, String(value));
  await page.press(`[data-testid="parameter-${name}"]`, 'Enter');
  await expect.poll(() => revision(page)).toBe(before + 1);
}

async function openModelCard(page: Page): Promise<void> {
  await page.click('[data-testid="toggle-whatif"]');
  await page.click('[data-testid="toggle-model-card"]');
  await page.waitForSelector('[data-testid="model-card"]');
}

const DRAGGED = [
  'team-ed-c',
  'team-ortho-c',
  'team-med-1',
  'team-homecare-2',
  'mgr-hospital',
  'regional-coordinator',
];
const PARAMETERS = PARAMETER_NAMES.slice(0, 6);
const K = DRAGGED.length + PARAMETERS.length;

/**
 * K edits: six drags and six model parameters, each checked to be one new revision. Returns
 * what each edit left in the document, to compare after the reload or the reopening.
 */
async function makeKEdits(page: Page) {
  for (const [i, id] of DRAGGED.entries()) await drag(page, id, 30 + 5 * i, 20 - 8 * i);
  await openModelCard(page);
  for (const name of PARAMETERS) await setParameter(page, name, parameterValue(name));
  const after = await doc(page);
  return {
    positions: DRAGGED.map((id) => positionIn(after, id)),
    parameters: PARAMETERS.map((name) => after.parameters[name]),
  };
}

/** How many of the K edits the document holds. */
function editsBack(d: NetworkDocument, expected: Awaited<ReturnType<typeof makeKEdits>>): number {
  let kept = 0;
  DRAGGED.forEach((id, i) => {
    const p = positionIn(d, id);
    if (p && p.x === expected.positions[i]!.x && p.y === expected.positions[i]!.y) kept += 1;
  });
  PARAMETERS.forEach((name, i) => {
    if (d.parameters[name] === expected.parameters[i]) kept += 1;
  });
  return kept;
}

describe('nothing is lost', () => {
  it(`brings back all ${K} edits after an immediate reload (the journal, not the debounce)`, async () => {
    await newContext();
    const page = await openTab();
    await expect.poll(() => page.textContent('[data-testid="save-status"]')).toContain('Saved');
    const expected = await makeKEdits(page);
    // Straight away, while the debounced save of the last edit is still waiting.
    const statusAtReload = await page.textContent('[data-testid="save-status"]');
    await page.reload();
    await waitReady(page);
    const kept = editsBack(await doc(page), expected);
    console.info(`reload: ${kept}/${K} edits back (status at reload: ${statusAtReload?.trim()})`);
    expect(kept).toBe(K);
    expect(await page.textContent('[data-testid="save-status"]')).toContain('Saved');
    // The recovered copy is in IndexedDB now: a second reload still has it, and no journal is left.
    const journals = await page.evaluate(() =>
      Object.keys(localStorage).filter((k) => k.startsWith('leadnet:journal:')),
    );
    expect(journals).toEqual([]);
    await page.reload();
    await waitReady(page);
    expect(editsBack(await doc(page), expected)).toBe(K);
  });

  it(`brings back all ${K} edits after the tab is closed and a new one opened`, async () => {
    await newContext();
    const page = await openTab();
    const id = (await state(page)).currentId;
    const expected = await makeKEdits(page);
    await Promise.all([page.waitForEvent('close'), page.close({ runBeforeUnload: true })]);
    const again = await openTab();
    expect((await state(again)).currentId).toBe(id);
    const kept = editsBack(await doc(again), expected);
    console.info(`close and reopen: ${kept}/${K} edits back`);
    expect(kept).toBe(K);
    expect((await state(again)).readOnly).toBe(false);
  });
});

describe('two tabs on one network', () => {
  it('makes the second tab read-only with a banner until it asks to edit here', async () => {
    await newContext();
    const first = await openTab();
    const second = await openTab();
    expect((await state(second)).currentId).toBe((await state(first)).currentId);
    expect(await first.isVisible('[data-testid="read-only-banner"]')).toBe(false);
    await expect
      .poll(() => second.textContent('[data-testid="read-only-banner"]'))
      .toContain(READ_ONLY);

    // An edit in the read-only tab is refused with the message, and changes nothing.
    const before = await doc(second);
    await second.bringToFront();
    await openModelCard(second);
    await second.fill('[data-testid="parameter-chi0"]', '0.08');
    await second.press('[data-testid="parameter-chi0"]', 'Enter');
    await expect
      .poll(() => second.textContent('[data-testid="model-card"] [role="alert"]'))
      .toContain('This network is open in another tab');
    expect(await doc(second)).toEqual(before);

    // The editing tab's saves reach the read-only tab.
    await drag(first, 'team-ed-c', 60, 40);
    const moved = positionIn(await doc(first), 'team-ed-c');
    await expect
      .poll(async () => positionIn(await doc(second), 'team-ed-c'), { timeout: 5000 })
      .toEqual(moved);

    // "Edit here instead": the first tab saves, lets go and shows the banner; the second edits.
    await drag(first, 'team-ortho-c', -50, 30); // not yet saved when the second tab asks
    const latest = positionIn(await doc(first), 'team-ortho-c');
    await second.click('[data-testid="edit-here"]');
    await expect.poll(() => second.isVisible('[data-testid="read-only-banner"]')).toBe(false);
    await expect.poll(() => first.isVisible('[data-testid="read-only-banner"]')).toBe(true);
    expect(positionIn(await doc(second), 'team-ortho-c')).toEqual(latest);
    await setParameter(second, 'chi0', 0.1);
    expect((await doc(second)).parameters.chi0).toBe(0.1);
    // The first tab, read-only now, shows the second tab's saved change…
    await expect.poll(async () => (await doc(first)).parameters.chi0, { timeout: 5000 }).toBe(0.1);
    // …and a drag there moves nothing: not the document, not the dot (the view may pan).
    const firstDoc = await doc(first);
    const offset = () =>
      first.evaluate(() => {
        const hook = (window as HookWindow).__leadnet!;
        const a = hook.screenPosition('actor', 'team-med-1')!;
        const b = hook.screenPosition('actor', 'team-ortho-c')!;
        return { dx: Math.round(a.x - b.x), dy: Math.round(a.y - b.y) };
      });
    const still = await offset();
    const at = await first.evaluate(() =>
      (window as HookWindow).__leadnet!.screenPosition('actor', 'team-med-1'),
    );
    await first.bringToFront();
    await first.mouse.move(at!.x, at!.y);
    await first.mouse.down();
    for (let i = 1; i <= 4; i += 1) await first.mouse.move(at!.x + i * 10, at!.y + i * 10);
    await first.mouse.up();
    expect(await offset()).toEqual(still);
    expect(await doc(first)).toEqual(firstDoc);
  });

  it('opens a copy from the read-only tab', async () => {
    await newContext();
    const first = await openTab();
    const second = await openTab();
    await second.click('[data-testid="open-copy"]');
    await expect.poll(() => second.isVisible('[data-testid="read-only-banner"]')).toBe(false);
    const s = await state(second);
    expect(s.currentId).not.toBe((await state(first)).currentId);
    expect(s.entries).toHaveLength(2);
    await drag(second, 'team-ed-c', 40, 40);
  });
});

describe('a full storage', () => {
  it('says the network is not saved, keeps the document in memory, and export still works', async () => {
    await newContext();
    const page = await openTab(context, () => {
      // Every IndexedDB write fails as it does when the origin's quota is used up.
      IDBObjectStore.prototype.put = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await expect
      .poll(() => page.textContent('[data-testid="save-status"]'))
      .toContain("Not saved: this browser's storage for Leadnet is full — export to keep a copy");
    await drag(page, 'team-ed-c', 50, 30);
    await drag(page, 'team-ortho-c', -40, 20);
    await page.waitForTimeout(900); // past the debounce: the save was tried and failed
    expect(await page.textContent('[data-testid="save-status"]')).toContain('Not saved');
    const inMemory = await doc(page);
    expect(inMemory.actors).toHaveLength(45);
    const example = createExampleDocument();
    for (const id of ['team-ed-c', 'team-ortho-c'])
      expect(positionIn(inMemory, id)).not.toEqual(positionIn(example, id));
    // Export: the measures as CSV.
    await page.click('[data-testid="toggle-measures"]');
    await expect
      .poll(() => page.isEnabled('[data-testid="metrics-csv"]'), { timeout: 20_000 })
      .toBe(true);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid="metrics-csv"]'),
    ]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.trim().split(/\r\n/)).toHaveLength(46); // a header and the 45 actors
  });
});

describe('a storage that fills up', () => {
  it('after a reload, says which changes were not recovered instead of a plain "Saved"', async () => {
    await newContext();
    const page = await openTab();
    await expect.poll(() => page.textContent('[data-testid="save-status"]')).toContain('Saved');
    const before = await doc(page);
    // From now on the storage is full: every IndexedDB write and every localStorage write fails
    // (this tab's sessionStorage has its own quota), in this page and after the reload.
    const full = () => {
      const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      IDBObjectStore.prototype.put = function () {
        throw quota();
      };
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
        if (this === window.localStorage) throw quota();
        setItem.call(this, key, value);
      };
    };
    await page.addInitScript(full);
    await page.evaluate(full);
    await drag(page, 'team-ed-c', 60, 40);
    await expect
      .poll(() => page.textContent('[data-testid="save-status"]'))
      .toContain("Not saved: this browser's storage for Leadnet is full");
    expect(positionIn(await doc(page), 'team-ed-c')).not.toEqual(positionIn(before, 'team-ed-c'));

    await page.reload();
    await waitReady(page);
    // The drag is gone, as "Not saved" warned; the status line says so.
    expect(positionIn(await doc(page), 'team-ed-c')).toEqual(positionIn(before, 'team-ed-c'));
    await expect
      .poll(() => page.textContent('[data-testid="status"]'))
      .toContain(
        "The latest changes to \u2068Example: a regional patient-safety collaborative\u2069 could not be saved (this browser's storage for Leadnet is full) and were not recovered: this is the network as it was last saved.",
      );
    await page.screenshot({ path: '.tmp/screens/persistence-not-recovered.png' });
  });
});

describe('the library', () => {
  it('renames, duplicates, deletes and restores the example, and keeps the list over a reload', async () => {
    await newContext();
    const page = await openTab();
    await page.click('[data-testid="library"]');
    await page.waitForSelector('[data-testid="library-dialog"]');
    const titles = () => page.locator('[data-testid="library-title"]').allTextContents();
    expect(await titles()).toEqual(['Example: a regional patient-safety collaborative']);
    expect(await page.textContent('[data-testid="library-entry"]')).toContain(
      '45 actors · 120 ties',
    );

    // Rename the open network: the list, the header and the document follow.
    await page.click('[data-testid="library-rename"]');
    await page.fill('[data-testid="library-rename-input"]', '__proto__ workshop ✓');
    await page.click('[data-testid="library-rename-save"]');
    await expect.poll(titles).toEqual(['__proto__ workshop ✓']);
    expect(await page.textContent('header h1')).toContain('__proto__ workshop ✓');
    expect((await doc(page)).meta.title).toBe('__proto__ workshop ✓');

    // Duplicate: a second entry, opened.
    const originalId = (await state(page)).currentId;
    await page.click('[data-testid="library-duplicate"]');
    await expect
      .poll(async () => (await titles()).sort())
      .toEqual(['__proto__ workshop ✓', '__proto__ workshop ✓ (copy)'].sort());
    const copyId = (await state(page)).currentId;
    expect(copyId).not.toBe(originalId);

    // Delete the open copy, confirming: the original opens again.
    const copyRow = page.locator('[data-testid="library-entry"]', { hasText: '(copy)' });
    await copyRow.locator('[data-testid="library-delete"]').click();
    await expect.poll(() => copyRow.textContent()).toContain('This cannot be undone');
    await copyRow.locator('[data-testid="library-confirm-delete"]').click();
    await expect.poll(titles).toEqual(['__proto__ workshop ✓']);
    expect((await state(page)).currentId).toBe(originalId);

    // New from example: the example is back beside the renamed network.
    await page.click('[data-testid="library-new-example"]');
    await expect.poll(() => page.isVisible('[data-testid="library-dialog"]')).toBe(false);
    expect((await doc(page)).meta.title).toBe('Example: a regional patient-safety collaborative');

    await page.reload();
    await waitReady(page);
    const entries = (await state(page)).entries.map((e) => e.title).sort();
    expect(entries).toEqual(
      ['Example: a regional patient-safety collaborative', '__proto__ workshop ✓'].sort(),
    );
  });
});
