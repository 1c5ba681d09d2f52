// Offline: after one visit the service worker has the whole build (the worker chunks and the
// hand-out shell included), so with the network off the app reloads, shows the saved network,
// lays it out, computes the measures and runs a what-if in its workers — and a new tab opens too;
// the other language (not in the first load) comes from the cache on a switch.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { serviceWorkerActive, useBrowser } from './fixture';

const app = useBrowser();

interface HookWindow {
  __leadnet?: { ready: boolean; doc(): { meta: { title?: string }; actors: { id: string }[] } };
  __leadnetLibrary?: { state(): { currentId: string; save: { kind: string } } };
}

/** The drawing and the library both ready. */
const READY = { library: true, timeout: 30_000 };

/** Opens the example under a title of the user's, as a new library entry (saved). */
async function openOwnNetwork(page: Page): Promise<void> {
  const example = JSON.parse(readFileSync('public/examples/qic-example.json', 'utf8'));
  example.meta.title = 'Offline workshop';
  await page.click('[data-testid="open"]');
  await page.fill('[data-testid="paste-text"]', JSON.stringify(example));
  await page.click('[data-testid="paste-read"]');
  await page.click('[data-testid="import-open"]');
  await page.waitForSelector('[data-testid="import-dialog"]', { state: 'hidden' });
  await expect
    .poll(() => page.evaluate(() => (window as HookWindow).__leadnetLibrary!.state().save.kind))
    .toBe('saved');
}

const title = (page: Page) =>
  page.evaluate(() => (window as HookWindow).__leadnet!.doc().meta.title);

const actorIds = (page: Page) =>
  page.evaluate(() =>
    (window as HookWindow)
      .__leadnet!.doc()
      .actors.map((a) => a.id)
      .sort(),
  );

describe('offline', () => {
  it('reloads with the network off and everything works from the cache; a new tab opens too', async () => {
    const context = await app.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await app.openApp({ context, ...READY });
    await openOwnNetwork(page);
    const saved = await actorIds(page);
    expect(await title(page)).toBe('Offline workshop');
    // The service worker has installed the whole precache and is active.
    await serviceWorkerActive(page);

    await context.setOffline(true);
    await page.reload();
    await app.waitReady(page, READY);
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    expect(await title(page)).toBe('Offline workshop');
    expect(await actorIds(page)).toEqual(saved);

    // A layout computed in the worker (its chunk comes from the cache).
    await page.selectOption('[data-testid="layout-select"]', 'hierarchy');
    // The measures.
    await page.click('[data-testid="toggle-measures"]');
    await expect
      .poll(() => page.locator('[data-testid="actor-table"] tbody tr').first().textContent(), {
        timeout: 20_000,
      })
      .not.toContain('…');
    expect(await page.locator('[data-testid="actor-table"] tbody tr').count()).toBe(saved.length);
    // A what-if run on the worker pool.
    await page.click('[data-testid="toggle-whatif"]');
    await page.fill('[data-testid="scenario-panel"] input[type="number"] >> nth=0', '20');
    await page.click('[data-testid="run-scenario"]');
    await page.locator('[data-testid="difference-table"]').waitFor({ timeout: 60_000 });

    // A second tab opened while offline.
    const second = await app.openApp({ context, ...READY });
    expect(await title(second)).toBe('Offline workshop');
    expect(await second.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await second.click('[data-testid="toggle-measures"]');
    await expect
      .poll(() => second.locator('[data-testid="actor-table"] tbody tr').first().textContent(), {
        timeout: 20_000,
      })
      .not.toContain('…');

    // The hand-out shell is in the cache too: a hand-out can be made offline.
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      (async () => {
        await page.click('[data-testid="export"]');
        await page.click('[data-testid="export-handout"]');
      })(),
    ]);
    expect(file.suggestedFilename()).toMatch(/\(hand-out\)\.html$/);
  });

  // The first load carries one language's messages: the other one comes from the cache on a
  // switch, and what the engine says (an import refusal) follows the language both ways.
  it('switches to Danish and back with the network off, the engine’s refusals too', async () => {
    const context = await app.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await app.openApp({ context, ...READY });
    await serviceWorkerActive(page);
    await context.setOffline(true);
    await page.reload();
    await app.waitReady(page, READY);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    const refusal = async () => {
      await page.setInputFiles('[data-testid="open-input"]', [
        { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"a": 1,]') },
      ]);
      const said = (await page.locator('[data-testid="open-errors"]').innerText()).trim();
      await page.click('[data-testid="import-dialog"] .actions button.primary');
      await expect.poll(() => page.isVisible('[data-testid="import-dialog"]')).toBe(false);
      return said;
    };

    await page.selectOption('[data-testid="language"]', 'da');
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('da');
    expect((await page.locator('[data-testid="open"]').innerText()).trim()).toBe('Åbn…');
    expect(await refusal()).toContain('ikke gyldig JSON: uventet');

    await page.selectOption('[data-testid="language"]', 'en');
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en');
    expect((await page.locator('[data-testid="open"]').innerText()).trim()).toBe('Open…');
    const english = await refusal();
    expect(english).toContain('not valid JSON: unexpected');
    expect(english).not.toContain('doc_json');
  });
});
