// What every browser spec sets up, in one place: `useBrowser()` launches Chromium for the spec
// file and closes it after; each page it gives is watched and lives in a fresh browser profile
// (a new context: empty localStorage, IndexedDB and service workers) unless a test asks for
// another tab of one it has; after each test every page's watch is asserted clean (no console
// error, no request to another origin, no CSP violation) and every profile is closed.
//
//   const app = useBrowser();
//   let page: Page;
//   it('…', async () => {
//     page = await app.openApp({ viewport: { width: 1280, height: 720 }, lang: 'da' });
//     …
//   });
import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { type PageWatch, appUrl, expectCleanPage, launchBrowser, watchPage } from './browser';

/** Where the specs write the screenshots a person looks at. */
export const SCREENS = '.tmp/screens';

export interface Viewport {
  width: number;
  height: number;
}

export interface PageOptions {
  /** 1440×900 unless given. */
  viewport?: Viewport;
  /** The browser's own language, e.g. 'da-DK' (a first visit follows it). */
  locale?: string;
  /** More for the new profile: offline, permissions, a phone's isMobile and hasTouch… */
  contextOptions?: BrowserContextOptions;
  /** Another tab of this profile instead of a fresh one (the viewport and locale are its own). */
  context?: BrowserContext;
  /** A script that runs in the page before its own (Playwright's addInitScript). */
  init?: () => void;
  /** The origin the watch allows requests to: the app's unless given; 'file://' for a file. */
  origin?: string;
}

export interface ReadyOptions {
  /** Wait for the library (autosave, the tab hand-over) as well as the drawing. */
  library?: boolean;
  /** 20 s unless given. */
  timeout?: number;
}

export interface OpenOptions extends PageOptions, ReadyOptions {
  /** Choose this language in the app's language menu once it is ready. */
  lang?: 'da' | 'en';
}

export interface BrowserFixture {
  /** The spec file's browser (launched before its first test). */
  readonly browser: Browser;
  /** A fresh profile, closed after the test. */
  newContext(options?: PageOptions): Promise<BrowserContext>;
  /** A watched page that has not gone anywhere yet. */
  newPage(options?: PageOptions): Promise<Page>;
  /** A watched page with the app loaded and ready (the example drawn, its layout placed). */
  openApp(options?: OpenOptions): Promise<Page>;
  /** Waits until the app in `page` is ready: after a goto of one's own, a reload. */
  waitReady(page: Page, options?: ReadyOptions): Promise<void>;
  /** What the watch of `page` has recorded so far (a test that makes a violation on purpose). */
  watchOf(page: Page): PageWatch;
  /** Asserts now what is asserted after each test: every page of the test so far is clean. */
  expectClean(): void;
}

type ReadyWindow = Window & { __leadnet?: { ready: boolean }; __leadnetLibrary?: unknown };

/**
 * Registers the hooks of a browser spec file and returns what its tests open pages with.
 * `args` are more Chromium switches (a fake camera, say).
 */
export function useBrowser(options: { args?: string[] } = {}): BrowserFixture {
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  const watches = new Map<Page, PageWatch>();

  beforeAll(async () => {
    mkdirSync(SCREENS, { recursive: true });
    browser = await launchBrowser(options.args);
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    try {
      fixture.expectClean();
    } finally {
      watches.clear();
      for (const context of contexts.splice(0)) await context.close();
    }
  });

  const fixture: BrowserFixture = {
    get browser() {
      if (!browser) throw new Error('useBrowser: the browser is launched in beforeAll');
      return browser;
    },
    async newContext(opts = {}) {
      const context = await fixture.browser.newContext({
        viewport: opts.viewport ?? { width: 1440, height: 900 },
        acceptDownloads: true,
        ...(opts.locale ? { locale: opts.locale } : {}),
        ...opts.contextOptions,
      });
      contexts.push(context);
      return context;
    },
    async newPage(opts = {}) {
      const context = opts.context ?? (await fixture.newContext(opts));
      const page = await context.newPage();
      if (opts.init) await page.addInitScript(opts.init);
      watches.set(page, watchPage(page, opts.origin ?? new URL(appUrl()).origin));
      return page;
    },
    async openApp(opts = {}) {
      const page = await fixture.newPage(opts);
      await page.goto(appUrl());
      await fixture.waitReady(page, opts);
      if (opts.lang) {
        await page.selectOption('[data-testid="language"]', opts.lang);
        await expect.poll(() => page.getAttribute('html', 'lang')).toBe(opts.lang);
      }
      return page;
    },
    async waitReady(page, opts = {}) {
      await page.waitForFunction(
        (library) => {
          const w = window as ReadyWindow;
          return w.__leadnet?.ready === true && (!library || !!w.__leadnetLibrary);
        },
        opts.library ?? false,
        { timeout: opts.timeout ?? 20_000 },
      );
    },
    watchOf(page) {
      const watch = watches.get(page);
      if (!watch)
        throw new Error('useBrowser: this page was not opened by the fixture in this test');
      return watch;
    },
    expectClean() {
      for (const watch of watches.values()) expectCleanPage(watch);
    },
  };
  return fixture;
}

/** A file for `setInputFiles`: the Open dialog's input, an import of roles. */
export const file = (name: string, content: string, mimeType = 'text/plain') => ({
  name,
  mimeType,
  buffer: Buffer.from(content, 'utf8'),
});

/** Waits until the service worker has installed the whole precache and is active. */
export async function serviceWorkerActive(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (registration.active?.state !== 'activated')
      await new Promise<void>((resolve) =>
        registration.active!.addEventListener('statechange', () => resolve()),
      );
  });
}
