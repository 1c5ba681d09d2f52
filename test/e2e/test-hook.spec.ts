// The browser tests' hook (src/ui/graph/test-hook.ts) is loaded only where tests need it: in a
// browser driven by automation, as every spec's is, and never in a user's browser, where
// `navigator.webdriver` is false. CONTRIBUTING "The test hook".
import { type Browser, type Page, chromium } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import {
  type PageWatch,
  appUrl,
  expectCleanPage,
  findChromium,
  launchBrowser,
  watchPage,
} from './browser';

const HOOK_CHUNK = /\/assets\/test-hook-[\w-]+\.js$/;

let browser: Browser | undefined;
let page: Page | undefined;
let watch: PageWatch | undefined;

afterEach(async () => {
  expectCleanPage(watch);
  await page?.close();
  await browser?.close();
  browser = page = watch = undefined;
});
afterAll(async () => {
  await browser?.close();
});

/** Opens the app, noting every script it requests, and waits for the worker's summary. */
async function openApp(launched: Browser): Promise<{ scripts: string[] }> {
  browser = launched;
  page = await launched.newPage({ viewport: { width: 1280, height: 720 } });
  watch = watchPage(page, new URL(appUrl()).origin);
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.goto(appUrl());
  // The drawing is placed and the worker has answered: the hook would be on by now.
  await expect
    .poll(() => page!.textContent('[data-testid="summary-actors"]'), { timeout: 30_000 })
    .toBe('45');
  return { scripts };
}

describe('the test hook', () => {
  it('is loaded in a browser driven by automation, in its own file', async () => {
    const { scripts } = await openApp(await launchBrowser());
    expect(await page!.evaluate(() => navigator.webdriver)).toBe(true);
    await page!.waitForFunction(
      () => (window as unknown as { __leadnet?: { ready: boolean } }).__leadnet?.ready === true,
    );
    expect(scripts.filter((url) => HOOK_CHUNK.test(url))).toHaveLength(1);
    expect(await page!.evaluate(() => '__leadnetLibrary' in window)).toBe(true);
  });

  it("is never loaded in a user's browser", async () => {
    const { scripts } = await openApp(
      await chromium.launch({
        executablePath: findChromium(),
        headless: true,
        // What a browser nobody drives says: navigator.webdriver is false.
        args: ['--no-sandbox', '--disable-gpu', '--disable-blink-features=AutomationControlled'],
      }),
    );
    expect(await page!.evaluate(() => navigator.webdriver)).toBe(false);
    expect(await page!.evaluate(() => '__leadnet' in window)).toBe(false);
    expect(await page!.evaluate(() => '__leadnetLibrary' in window)).toBe(false);
    expect(scripts.filter((url) => HOOK_CHUNK.test(url))).toEqual([]);
  });
});
