// Finding and launching a system Chromium for the browser tests. Never downloads a browser: with
// none installed it fails at once and names the install command.
import { existsSync } from 'node:fs';
import { type Browser, type Page, chromium } from 'playwright-core';
import { expect } from 'vitest';

const CANDIDATES = [
  '/usr/lib/chromium/chromium', // Debian's binary behind the /usr/bin/chromium wrapper
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export function findChromium(
  candidates: readonly string[] = CANDIDATES,
  override: string | undefined = process.env.CHROME_PATH,
): string {
  if (override) {
    if (!existsSync(override))
      throw new Error(`CHROME_PATH is set to ${override}, but there is no file there.`);
    return override;
  }
  const found = candidates.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      'No Chromium or Chrome found for the browser tests. Install one with `apt-get install -y chromium` (Debian/Ubuntu), or set CHROME_PATH to a Chrome binary.',
    );
  }
  return found;
}

/** Launches headless Chromium; `extraArgs` add switches (a fake camera, say). */
export function launchBrowser(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...extraArgs,
    ],
  });
}

/** The URL of the app under test, set by the global setup. */
export function appUrl(): string {
  const url = process.env.LEADNET_E2E_URL;
  if (!url)
    throw new Error(
      'LEADNET_E2E_URL is not set: run the browser tests through vitest.e2e.config.ts',
    );
  return url;
}

export interface PageWatch {
  errors: string[];
  foreignRequests: string[];
  /** Content-Security-Policy violations: the page's events and Chromium's "Refused to …" lines. */
  cspViolations: string[];
}

/** The console prefix of violations reported by the listener the watch installs in the page. */
const CSP_PREFIX = '[leadnet:csp-violation] ';

/**
 * Reports every `securitypolicyviolation` event of the page to the console, where the watch
 * reads it. Runs before the page's own scripts, in every document of the page.
 */
function reportCspViolations(prefix: string): void {
  document.addEventListener('securitypolicyviolation', (event) => {
    const where = event.sourceFile ? ` at ${event.sourceFile}:${event.lineNumber}` : '';
    console.warn(
      `${prefix}${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'}${where}: ${event.sample}`,
    );
  });
}

/**
 * Records console errors, uncaught exceptions, every request to another origin and every CSP
 * violation. `origin` is the app's own; for a page opened from disk pass 'file://'.
 */
export function watchPage(page: Page, origin: string): PageWatch {
  const watch: PageWatch = { errors: [], foreignRequests: [], cspViolations: [] };
  // Sent before the caller's goto: Playwright applies a page's commands in order.
  void page.addInitScript(reportCspViolations, CSP_PREFIX);
  page.on('console', (message) => {
    const text = message.text();
    if (text.startsWith(CSP_PREFIX)) watch.cspViolations.push(text.slice(CSP_PREFIX.length));
    // Chromium's own lines: "Refused to load …" and "Applying inline style violates …".
    else if (/Content Security Policy directive/i.test(text)) watch.cspViolations.push(text);
    if (message.type() === 'error') watch.errors.push(text);
  });
  page.on('pageerror', (error) => watch.errors.push(`uncaught: ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (origin === 'file://' ? !url.startsWith('file://') : new URL(url).origin !== origin)
      watch.foreignRequests.push(url);
  });
  return watch;
}

/**
 * What every browser test asserts after each test: no console error, no request to another
 * origin, no Content-Security-Policy violation (the violations first: their lines say more than
 * the console errors they also cause).
 */
export function expectCleanPage(watch: PageWatch | undefined): void {
  if (!watch) return;
  expect(watch.cspViolations, 'Content-Security-Policy violations').toEqual([]);
  expect(watch.errors, 'console errors').toEqual([]);
  expect(watch.foreignRequests, 'requests to other origins').toEqual([]);
}
