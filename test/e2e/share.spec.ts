// Sharing without a server. A share link carries the network in its fragment: it opens through
// the import report as a new network, leaves the address bar, and a damaged link changes nothing;
// a large network is refused with the way out. The hand-out file opens from disk with no network
// at all, under its own CSP, presents the story by keyboard, and its worker computes.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSyntheticNetwork } from '../../src/core/example/synthetic';
import { exportLeadnet } from '../../src/core/formats/leadnet';
import { buildHandout, handoutFileName } from '../../src/share/handout';
import { makeHandout } from '../../scripts/handout';
import { appUrl } from './browser';
import { type OpenOptions, useBrowser } from './fixture';

const WARNING =
  'This link contains the names and ties in this network. Anyone with the link can see them. The link is not sent to any server by Leadnet, but where you paste it (e-mail, chat) may keep a copy.';
const OUT = resolve('.tmp/e2e-handout');
const shell = () =>
  readFileSync(`${process.env.LEADNET_E2E_DIST ?? 'dist'}/handout-shell.html`, 'utf8');

const app = useBrowser();

interface Doc {
  meta: { title?: string };
  actors: unknown[];
  ties: unknown[];
  groups: unknown[];
  views?: { title: string }[];
}
interface HookWindow {
  __leadnet?: { ready: boolean; doc(): Doc };
  __leadnetLibrary?: { state(): { currentId: string; entries: unknown[] } };
}

beforeAll(() => {
  mkdirSync(OUT, { recursive: true });
});

const VIEWPORT = { width: 1280, height: 720 };
const waitReady = (page: Page) => app.waitReady(page, { timeout: 30_000 });
/** The app at 1280×720 in a fresh profile. */
const openApp = (options: Omit<OpenOptions, 'viewport' | 'timeout'> = {}) =>
  app.openApp({ viewport: VIEWPORT, timeout: 30_000, ...options });

const docOf = (page: Page) => page.evaluate(() => (window as HookWindow).__leadnet!.doc());
const libraryOf = (page: Page) =>
  page.evaluate(() => (window as HookWindow).__leadnetLibrary!.state());

async function exportItem(page: Page, id: string): Promise<void> {
  await page.click('[data-testid="export"]');
  await page.click(`[data-testid="export-${id}"]`);
}

async function shareLink(page: Page): Promise<string> {
  await exportItem(page, 'share-link');
  await page.locator('[data-testid="share-url"]').waitFor();
  return page.inputValue('[data-testid="share-url"]');
}

describe('share link', () => {
  it('shows the link with its size and the warning, copies it, and opens it as a new network', async () => {
    const page = await openApp({
      contextOptions: { permissions: ['clipboard-read', 'clipboard-write'] },
    });
    const shared = await docOf(page);
    const url = await shareLink(page);
    expect(url.startsWith(`${appUrl()}#doc=`)).toBe(true);
    expect(await page.textContent('[data-testid="share-warning"]')).toBe(WARNING);
    const size = (await page.textContent('[data-testid="share-size"]')) ?? '';
    expect(size).toContain(`${url.length - url.indexOf('#')} characters`);
    expect(size).toContain('of at most 32 KB');
    await page.click('[data-testid="share-copy"]');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
    await page.close();

    // Someone opens the link (here: the same browser, after the first tab was closed).
    const other = await app.newPage({ context: page.context() });
    await other.goto(url);
    await waitReady(other);
    const before = await libraryOf(other);
    await other.locator('[data-testid="import-report"]').waitFor();
    // Out of the address bar at once: a reload must not import it again.
    expect(other.url()).toBe(appUrl());
    // Nothing has changed before the user says so.
    expect((await libraryOf(other)).currentId).toBe(before.currentId);
    await other.click('[data-testid="import-open"]');
    await other.waitForSelector('[data-testid="import-dialog"]', { state: 'hidden' });
    // The library lists the new network once its storage has answered (asynchronous: the full
    // suite once read the list a moment before).
    await expect
      .poll(async () => (await libraryOf(other)).entries.length)
      .toBe(before.entries.length + 1);
    const after = await libraryOf(other);
    expect(after.currentId).not.toBe(before.currentId);
    const opened = await docOf(other);
    for (const part of ['actors', 'ties', 'groups', 'views'] as const)
      expect(opened[part], part).toEqual(shared[part]);

    await other.reload();
    await waitReady(other);
    expect(await other.locator('[data-testid="import-dialog"]').isVisible()).toBe(false);
    expect((await libraryOf(other)).entries.length).toBe(after.entries.length);
  });

  it('refuses a network too large for a link and says to send the file', async () => {
    const page = await openApp();
    const synthetic = createSyntheticNetwork({ actors: 1500, seed: 7, positions: true });
    const large = { ...synthetic, meta: { ...synthetic.meta, title: 'Large region' } };
    await page.click('[data-testid="open"]');
    await page.setInputFiles('[data-testid="open-input"]', {
      name: 'large.json',
      mimeType: 'application/json',
      buffer: Buffer.from(exportLeadnet(large)),
    });
    await page.click('[data-testid="import-open"]', { timeout: 30_000 });
    await page.waitForSelector('[data-testid="import-dialog"]', { state: 'hidden' });
    await expect.poll(async () => (await docOf(page)).meta.title).toBe('Large region');
    await exportItem(page, 'share-link');
    const refusal = page.locator('[data-testid="share-too-large"]');
    await refusal.waitFor();
    expect(await refusal.textContent()).toMatch(
      /a link holds at most 32 KB|far longer than the 32 KB/,
    );
    expect(await page.textContent('[data-testid="share-dialog"]')).toContain(
      'Export → Leadnet JSON',
    );
    expect(await page.locator('[data-testid="share-url"]').count()).toBe(0);
  });

  it('a damaged or altered link gets a clear message and changes nothing', async () => {
    const page = await openApp();
    const url = await shareLink(page);
    await page.click('[data-testid="share-close"]');
    const before = await libraryOf(page);
    const at = url.length - 40;
    const tampered = url.slice(0, at) + (url[at] === 'A' ? 'B' : 'A') + url.slice(at + 1);
    for (const bad of [tampered, url.slice(0, url.length - 100)]) {
      await page.goto(bad); // a fragment change: the open tab reads it without reloading
      const problem = page.locator('[data-testid="link-problem"]');
      await problem.waitFor();
      expect(await problem.textContent()).toMatch(/damaged|changed|cut off/);
      expect(await problem.textContent()).toContain('Nothing in your networks was changed.');
      expect(page.url()).toBe(appUrl());
      await page.keyboard.press('Escape');
      await problem.waitFor({ state: 'hidden' });
    }
    expect(await page.locator('[data-testid="import-dialog"]').isVisible()).toBe(false);
    expect(await libraryOf(page)).toEqual(before);
  });
});

/** A page in a fresh profile with the network off, for a file on disk: only file:// may be requested. */
const offlineFilePage = () =>
  app.newPage({ viewport: VIEWPORT, contextOptions: { offline: true }, origin: 'file://' });

/** Opens a hand-out file from disk with the network off. */
async function openHandout(path: string): Promise<Page> {
  const page = await offlineFilePage();
  await page.goto(pathToFileURL(path).href);
  await waitReady(page);
  return page;
}

const stepTitle = (page: Page) => page.textContent('[data-testid="present-title"]');

describe('hand-out file', () => {
  it('opens from disk offline, presents the story by keyboard, and its worker computes', async () => {
    const example = readFileSync('public/examples/qic-example.json', 'utf8');
    const path = `${OUT}/example.html`;
    writeFileSync(path, makeHandout(shell(), 'qic-example.json', example));
    const page = await openHandout(path);
    const steps = JSON.parse(example).views.map((v: { title: string }) => v.title);
    expect(steps.length).toBeGreaterThanOrEqual(3);
    // Its own policy, with hashes; nothing 'self'.
    const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    expect(policy).toMatch(/script-src 'sha256-[^']+';/);
    expect(policy).toContain('worker-src blob:');
    // Presenting from the first step; the keys of a keyboard and a clicker walk through it.
    await expect.poll(() => stepTitle(page)).toBe(steps[0]);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => stepTitle(page)).toBe(steps[1]);
    await page.keyboard.press('PageDown');
    await expect.poll(() => stepTitle(page)).toBe(steps[2]);
    await page.keyboard.press('PageUp');
    await expect.poll(() => stepTitle(page)).toBe(steps[1]);
    await page.keyboard.press('Escape');
    await page.locator('[data-testid="present-title"]').waitFor({ state: 'hidden' });
    // Read-only: no library, no import, no export, no editing.
    expect(await page.textContent('[data-testid="handout-badge"]')).toContain('read-only');
    for (const id of ['library', 'open', 'export', 'undo'])
      expect(await page.locator(`[data-testid="${id}"]`).count(), id).toBe(0);
    // Undo from the keyboard is refused with the hand-out's own reason: there is no other tab.
    await page.keyboard.press('Control+z');
    await expect
      .poll(() => page.textContent('[data-testid="status"]'))
      .toContain('A hand-out only shows its network');
    expect(await page.textContent('[data-testid="status"]')).not.toContain('another tab');
    // The measures, computed in the inline worker.
    await page.click('[data-testid="toggle-measures"]');
    await expect
      .poll(() => page.locator('[data-testid="actor-table"] tbody tr').first().textContent(), {
        timeout: 30_000,
      })
      .not.toContain('…');
    expect(await page.locator('[data-testid="actor-table"] tbody tr').count()).toBe(
      JSON.parse(example).actors.length,
    );
    // The model card says where the ODD description is, instead of a link to nothing on disk.
    await page.click('[data-testid="toggle-whatif"]');
    await page.click('[data-testid="toggle-model-card"]');
    expect(await page.textContent('[data-testid="model-odd-handout"]')).toContain('model/ODD.md');
    expect(await page.locator('[data-testid="model-card"] a[href="model/ODD.md"]').count()).toBe(0);
  });

  it('is made in the browser from the Export menu, the same file as in Node, and opens', async () => {
    const page = await openApp();
    const doc = await docOf(page);
    const [file] = await Promise.all([page.waitForEvent('download'), exportItem(page, 'handout')]);
    expect(file.suggestedFilename()).toBe(handoutFileName(doc.meta.title));
    const html = readFileSync((await file.path())!, 'utf8');
    expect(html).toBe(buildHandout(shell(), exportLeadnet(doc as never), doc.meta.title!));
    const path = `${OUT}/from-browser.html`;
    writeFileSync(path, html);
    const opened = await openHandout(path);
    await expect.poll(() => stepTitle(opened)).toBe(doc.views![0]!.title);
  });

  it('a hand-out whose network was altered is refused with the reason', async () => {
    const example = JSON.parse(readFileSync('public/examples/qic-example.json', 'utf8'));
    example.ties[0].target = 'nobody';
    const path = `${OUT}/broken.html`;
    writeFileSync(path, buildHandout(shell(), JSON.stringify(example), 'Broken'));
    const page = await offlineFilePage();
    await page.goto(pathToFileURL(path).href);
    const problem = page.locator('[role="alert"]');
    await problem.waitFor({ timeout: 30_000 });
    expect(await problem.textContent()).toContain('This hand-out cannot be shown');
    expect(await problem.textContent()).toContain('nobody');
  });
});
