// Screenshots of the app for looking at it: `npx tsx scripts/screenshot.ts URL OUT_PREFIX`.
// Takes 1280×720 (projector) and 1440×900 (laptop) views, with an actor selected in a second shot.
import { launchBrowser } from '../test/e2e/browser';

const [url = 'http://127.0.0.1:4173/', prefix = '.tmp/shot', layout] = process.argv.slice(2);
const browser = await launchBrowser();
try {
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
      { timeout: 20_000 },
    );
    if (layout) {
      await page.selectOption('[data-testid="layout-select"]', layout);
      await page.waitForFunction(
        () =>
          !document.querySelector('[data-testid="worker-status"]')?.textContent?.includes('layout'),
      );
    }
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${prefix}-${width}x${height}.png` });
    await page.close();
  }
} finally {
  await browser.close();
}
