// Screenshots of big files opened through the app's Open dialog (issue 14, point 3): each file at
// 1280×720 and 1440×900, as it opens (the overview) and with its first group opened.
// `npx tsx scripts/overview-shots.ts URL [--layout=NAME] FILE…` (serve a build with `vite
// preview`); PNGs go to .tmp/screens/overview-<file>[-NAME]-<size>[-open].png. With --layout the
// layout is chosen in the menu after opening (e.g. --layout=communities).
import { basename } from 'node:path';
import { launchBrowser } from '../test/e2e/browser';

const [url = 'http://127.0.0.1:4173/', ...rest] = process.argv.slice(2);
const layout = rest.find((a) => a.startsWith('--layout='))?.slice('--layout='.length);
const files = rest.filter((a) => !a.startsWith('--layout='));
const browser = await launchBrowser();
try {
  for (const file of files) {
    for (const [width, height] of [
      [1280, 720],
      [1440, 900],
    ] as const) {
      const page = await browser.newPage({ viewport: { width, height } });
      page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
      await page.goto(url);
      await page.waitForFunction(
        () => (window as unknown as { __leadnet?: { ready: boolean } }).__leadnet?.ready === true,
        null,
        { timeout: 30_000 },
      );
      await page.setInputFiles('[data-testid="open-input"]', file);
      await page.waitForSelector('[data-testid="import-continue"], [data-testid="import-open"]', {
        timeout: 120_000,
      });
      if (await page.$('[data-testid="import-continue"]')) {
        await page.click('[data-testid="import-continue"]');
        await page.waitForSelector('[data-testid="import-open"]', { timeout: 120_000 });
      }
      await page.click('[data-testid="import-open"]', { timeout: 120_000 });
      await page.waitForSelector('[data-testid="overview"]', { timeout: 120_000 });
      if (layout) {
        await page.selectOption('[data-testid="layout-select"]', layout);
        await page.waitForFunction(
          () =>
            !document
              .querySelector('[data-testid="worker-status"]')
              ?.textContent?.includes('layout'),
          null,
          { timeout: 120_000 },
        );
      }
      await page.waitForTimeout(1500);
      const name = basename(file).replace(/\.\w+$/, '') + (layout ? `-${layout}` : '');
      const prefix = `.tmp/screens/overview-${name}-${width}x${height}`;
      await page.screenshot({ path: `${prefix}.png` });
      // Open the first group: click its disc.
      const at = await page.evaluate(() =>
        (
          window as unknown as {
            __leadnet: { elementScreenPosition(id: string): { x: number; y: number } | null };
          }
        ).__leadnet.elementScreenPosition('ov:g:0'),
      );
      if (at) {
        await page.mouse.click(at.x, at.y);
        await page.waitForTimeout(1000);
        await page.screenshot({ path: `${prefix}-open.png` });
      }
      console.log(prefix, await page.textContent('[data-testid="overview"]'));
      await page.close();
    }
  }
} finally {
  await browser.close();
}
