// Inputs and moments that once broke the app, in a real browser: the network summary of a
// 9,000-actor directed path and a 50,000-actor cycle (generated here) — a recursive
// strong-components search failed on them and left the previous network's figures on screen —
// and a drag followed by a reload at the instant of the mouse-up, which lost the drag when the
// move was committed after the event.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import type { NetworkDocument } from '../../src/core/document/types';
import { chainDocument } from '../helpers/long-chains';
import { useBrowser } from './fixture';

interface Hook {
  ready: boolean;
  screenPosition(kind: string, id: string): { x: number; y: number } | null;
}
type HookWindow = Window & {
  __leadnet?: Hook;
  __leadnetLibrary?: { doc(): NetworkDocument; revision(): number };
};

const app = useBrowser();
let page: Page;
const dir = mkdtempSync(join(tmpdir(), 'leadnet-e2e-hardening-'));

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** The drawing and the library (autosave) both ready. */
const READY = { library: true, timeout: 30_000 };

async function openApp(): Promise<void> {
  page = await app.openApp({ viewport: { width: 1280, height: 720 }, ...READY });
}

const text = async (testId: string) =>
  ((await page.textContent(`[data-testid="${testId}"]`)) ?? '').trim();

describe('the network summary of a long chain', () => {
  it.each([
    ['a directed path of 9,000 actors', 9_000, false],
    ['a directed cycle of 50,000 actors', 50_000, true],
  ])('shows %s with its components', { timeout: 600_000 }, async (_name, n, cycle) => {
    const file = join(dir, `chain-${n}.json`);
    // Positions given, so the app draws the file as it is and runs no layout.
    writeFileSync(file, JSON.stringify(chainDocument(n, { cycle, positions: true })));
    await openApp();
    await expect.poll(() => text('summary-actors')).toBe('45'); // the example first
    await page.setInputFiles('[data-testid="open-input"]', file);
    // Clicked in the page: drawing 100,000 elements holds the main thread for a while, and
    // Playwright's click would wait for it to answer after the click.
    await page.waitForSelector('[data-testid="import-open"]', { timeout: 120_000 });
    await page.$eval('[data-testid="import-open"]', (button) => (button as HTMLElement).click());
    await expect.poll(() => text('summary-actors'), { timeout: 400_000 }).toBe(String(n));
    expect(await text('summary-ties')).toBe(String(cycle ? n : n - 1));
    expect(await text('summary-strong')).toBe(String(cycle ? 1 : n));
    expect(await text('summary-components')).toBe('1');
    const heading = await text('summary');
    expect(heading).not.toMatch(/updating|failed/i);
    expect(await page.locator('[data-testid="summary"] [role="alert"]').count()).toBe(0);
  });
});

describe('a drag followed at once by a reload', () => {
  const doc = () => page.evaluate(() => (window as HookWindow).__leadnetLibrary!.doc());
  const at = (id: string) =>
    page.evaluate((i) => (window as HookWindow).__leadnet!.screenPosition('actor', i), id);

  it('is kept, every time', { timeout: 300_000 }, async () => {
    await openApp();
    await expect.poll(() => text('save-status')).toContain('Saved');
    const ids = [
      'team-ed-c',
      'team-ortho-c',
      'team-med-1',
      'mgr-hospital',
      'team-homecare-2',
      'regional-coordinator',
    ];
    for (const [round, id] of ids.entries()) {
      const before = (await doc()).actors.find((a) => a.id === id)!.position!;
      const start = (await at(id))!;
      await page.mouse.move(start.x, start.y);
      await page.mouse.down();
      for (let i = 1; i <= 4; i += 1) await page.mouse.move(start.x + i * 10, start.y + i * 6);
      await page.mouse.up();
      // The reload starts as soon as the browser has delivered the mouse-up, not a moment later.
      await page.reload();
      await app.waitReady(page, READY);
      const after = (await doc()).actors.find((a) => a.id === id)!.position!;
      expect(
        { round, dx: Math.sign(after.x - before.x), dy: Math.sign(after.y - before.y) },
        `drag ${round + 1} of ${ids.length} (${id}) after the reload`,
      ).toEqual({ round, dx: 1, dy: 1 });
    }
  });
});
