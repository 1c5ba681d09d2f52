// The Content-Security-Policy in the browser: the production page carries the strict policy (a
// <meta> and the preview server's header), Cytoscape's injected style is allowed by the hash of
// the text the running page really has, the page watch of every browser test does catch a
// violation, and a tour of the app's views and exports makes none.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appHeaderPolicy, appPolicy, sha256Source } from '../../scripts/csp';
import { appUrl } from './browser';
import { useBrowser } from './fixture';

const app = useBrowser();
let page: Page;

const policyMeta = () => page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');

/** Waits for a download started by `click` and returns its file name. */
async function download(click: () => Promise<void>): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return file.suggestedFilename();
}

async function exportItem(id: string): Promise<void> {
  await page.click('[data-testid="export"]');
  await page.click(`[data-testid="export-${id}"]`);
}

describe('the Content-Security-Policy', () => {
  it('is delivered as a <meta> in the built page and as a header by the preview server', async () => {
    page = await app.openApp();
    expect(await policyMeta()).toBe(appPolicy());
    const response = await fetch(appUrl());
    expect(response.headers.get('content-security-policy')).toBe(appHeaderPolicy());
    expect(appHeaderPolicy()).toContain("frame-ancestors 'none'");
  });

  it("allows Cytoscape's injected <style> by the hash of the text the page really has", async () => {
    page = await app.openApp();
    const injected = await page.evaluate(
      () => document.getElementById('__________cytoscape_stylesheet')?.textContent ?? null,
    );
    expect(injected).not.toBeNull();
    // Computed here from what the browser shows, not from the build's own reading of the source:
    // a cytoscape upgrade that changes the text fails this test.
    expect(await policyMeta()).toContain(sha256Source(injected!));
  });

  it('is enforced, and the page watch of every browser test reports a violation', async () => {
    page = await app.openApp();
    // An inline script the page would add is refused (and so is eval: no 'unsafe-eval').
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.head.append(script);
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(ran).toBe(false);
    const watch = app.watchOf(page);
    await page.evaluate(() => {
      const box = document.createElement('div');
      box.setAttribute('style', 'color: red');
      document.body.append(box);
    });
    await expect.poll(() => watch.cspViolations.join('\n')).toMatch(/style-src/);
    expect(watch.cspViolations.join('\n')).toMatch(/script-src/);
    // Both were made on purpose: what is left must be nothing.
    watch.cspViolations.length = 0;
    watch.errors = watch.errors.filter((e) => !/Content Security Policy/i.test(e));
  });

  it('a tour of every view and export makes no violation', async () => {
    page = await app.openApp();
    // The measures, sized and coloured by a measure.
    await page.click('[data-testid="toggle-measures"]');
    await expect
      .poll(() => page.locator('[data-testid="actor-table"] tbody tr').first().textContent(), {
        timeout: 20_000,
      })
      .not.toContain('…');
    await page.selectOption('[data-testid="size-by"]', { index: 1 });
    // What if…?: a run, its chart, the chart as SVG and PNG.
    await page.click('[data-testid="toggle-whatif"]');
    await page.fill('[data-testid="scenario-panel"] input[type="number"] >> nth=0', '20');
    await page.click('[data-testid="run-scenario"]');
    await page.locator('[data-testid="difference-table"]').waitFor({ timeout: 60_000 });
    await page.locator('[data-testid="progress-chart"] svg').first().waitFor();
    for (const [item, ending] of [
      ['chart-svg', /\.svg$/],
      ['chart-png', /\.png$/],
    ] as const) {
      await page.click('[data-testid="ws-export"]'); // the What if…? panel's Export menu
      expect(await download(() => page.click(`[data-testid="${item}"]`))).toMatch(ending);
    }
    // The drawing and the network as files.
    expect(await download(() => exportItem('png-1'))).toMatch(/\.png$/);
    expect(await download(() => exportItem('svg'))).toMatch(/\.svg$/);
    expect(await download(() => exportItem('leadnet'))).toMatch(/\.json$/);
    expect(
      await download(async () => {
        await exportItem('csv');
        // CSV cannot carry everything: the app says what before saving.
        await page.click('[data-testid="export-confirm"]');
      }),
    ).toMatch(/\.zip$/);
    // Every layout.
    for (const option of await page.$$eval('[data-testid="layout-select"] option', (os) =>
      os.map((o) => (o as HTMLOptionElement).value),
    )) {
      await page.selectOption('[data-testid="layout-select"]', option);
      await page.waitForTimeout(300);
    }
    // The share dialog, the hand-out, the library and the import dialog.
    await exportItem('share-link');
    await page.locator('[data-testid="share-url"]').waitFor();
    await page.click('[data-testid="share-close"]');
    expect(await download(() => exportItem('handout'))).toMatch(/\.html$/);
    await page.click('[data-testid="library"]');
    await page.locator('[data-testid="library-dialog"]').waitFor();
    await page.keyboard.press('Escape');
    await page.click('[data-testid="open"]');
    await page.fill('[data-testid="paste-text"]', 'source,target\nAnna,Ben');
    await page.click('[data-testid="paste-read"]');
    await page.waitForSelector('[data-testid="import-continue"], [data-testid="import-report"]');
    await page.keyboard.press('Escape');
    await page.waitForTimeout(500); // a late violation (a style set after a task) is reported
  });
});
