// The measures in the browser: a sortable, searchable table with tooltips, node size and colour
// by a measure with the legend updated, the team profile card, CSV export, and the worker
// recomputing after a change.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createSyntheticNetwork } from '../../src/core/example/synthetic';
import { type PageWatch, launchBrowser, openLeadnet, expectCleanPage } from './browser';

let browser: Browser;
let page: Page;
let watch: PageWatch;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  expectCleanPage(watch);
  await page?.close();
});

async function openMeasures(width = 1440, height = 900): Promise<void> {
  ({ page, watch } = await openLeadnet(browser, { width, height }));
  await page.click('[data-testid="toggle-measures"]');
  // Measured values have replaced the placeholders.
  await expect
    .poll(() => page.locator('[data-testid="actor-table"] tbody tr').first().textContent(), {
      timeout: 20_000,
    })
    .not.toContain('…');
}

const columnValues = (testId: string, column: number) =>
  page.$$eval(
    `[data-testid="${testId}"] tbody tr`,
    (rows, c) => rows.map((r) => (r.children[c] as HTMLElement).textContent ?? ''),
    column,
  );

describe('the measures panel', () => {
  it('lists every person with every actor measure, sortable, with the meaning in a tooltip', async () => {
    await openMeasures();
    expect(await page.locator('[data-testid="actor-table"] tbody tr').count()).toBe(45);
    const header = page.locator('[data-testid="sort-inDegree"]');
    expect(await header.locator('xpath=..').getAttribute('title')).toMatch(/look to/i);
    await header.click(); // numeric columns sort highest first
    const names = await columnValues('actor-table', 0);
    // The regional coordinator is looked to by the six coordinators and both managers.
    expect(names[0]).toBe('Birgitte A.');
    const inDegrees = (await columnValues('actor-table', 3)).map(Number);
    expect(inDegrees).toEqual([...inDegrees].sort((a, b) => b - a));
    await header.click();
    expect((await columnValues('actor-table', 3)).map(Number)).toEqual([...inDegrees].reverse());
    const headers = await page.$$eval('[data-testid="actor-table"] thead th', (ths) => ths.length);
    expect(headers).toBeGreaterThanOrEqual(3 + 16);
  });

  it('searches by name and filters by role and group', async () => {
    await openMeasures();
    await page.fill('[data-testid="metrics-search"]', 'mette');
    expect(await columnValues('actor-table', 0)).toEqual(['Mette H.']);
    await page.fill('[data-testid="metrics-search"]', '');
    await page.selectOption('[data-testid="metrics-role"]', 'coordinator');
    expect(await page.locator('[data-testid="actor-table"] tbody tr').count()).toBe(6);
    await page.selectOption('[data-testid="metrics-group"]', 'org-municipality');
    expect((await columnValues('actor-table', 0)).sort()).toEqual([
      'Dorthe K.',
      'Gitte M.',
      'Karen T.',
    ]);
  });

  it('sizes and colours the nodes by a measure and explains it in the legend', async () => {
    await openMeasures();
    await page.selectOption('[data-testid="size-by"]', 'inDegree');
    await page.selectOption('[data-testid="color-by"]', 'pagerank');
    const legend =
      (await page.textContent('[data-testid="legend-measures"]'))?.replace(/\s+/g, ' ') ?? '';
    expect(legend).toContain('Size: In-degree');
    expect(legend).toContain('Colour: PageRank');
  });

  it("shows a team's profile beside the median of all teams, with a reading from the numbers", async () => {
    await openMeasures();
    await page.click('[data-testid="metrics-tab-group"]');
    await page.locator('[data-testid="group-table"] tbody tr', { hasText: 'Medical ward' }).click();
    await expect
      .poll(() => page.textContent('[data-testid="team-reading"]'))
      .toBe('Leadership is widely shared but not supported by management.');
    expect(await page.textContent('[data-testid="team-card"]')).toContain('Median of 6 teams');
  });

  it('exports the people table as CSV with the measures as columns', async () => {
    await openMeasures();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid="metrics-csv"]'),
    ]);
    const csv = readFileSync((await download.path())!, 'utf8');
    const [header, ...rows] = csv.trim().split(/\r\n/);
    expect(header).toMatch(/^id,label,role,group,inDegree,outDegree,/);
    expect(rows).toHaveLength(45);
    expect(download.suggestedFilename()).toMatch(/actors\.csv$/);
  });

  it('recomputes after a change of the tie kinds included', async () => {
    await openMeasures();
    await page.click('[data-testid="metrics-tab-network"]');
    const ties = () => page.locator('[data-testid="network-ties"] td').first().textContent();
    await expect.poll(ties).toBe('120');
    await page.getByLabel('Support', { exact: true }).uncheck();
    await expect.poll(ties).toBe('114');
  });

  it('cancels a long computation on a large network, and computes again on request', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'leadnet-metrics-')), 'large.json');
    const network = createSyntheticNetwork({ actors: 6000, seed: 4, positions: true });
    // Every fifth tie a support tie, so the kinds filter has something to change.
    const ties = network.ties.map((t, i) => (i % 5 === 0 ? { ...t, kind: 'support' } : t));
    writeFileSync(file, JSON.stringify({ ...network, ties }));
    await openMeasures();
    await page.setInputFiles('[data-testid="open-input"]', file);
    await page.click('[data-testid="import-open"]', { timeout: 30_000 });
    const status = () => page.textContent('[data-testid="metrics-panel"] [role="status"]');
    await expect
      .poll(() => page.textContent('[data-testid="metrics-truncated"]'), { timeout: 60_000 })
      .toContain('first 500 of 6000');
    await expect.poll(status, { timeout: 60_000 }).not.toContain('Computing');
    // Leaving out support ties starts a new computation; cancel it as a user would.
    await page.getByLabel('Support', { exact: true }).uncheck();
    await page.waitForFunction(
      () => {
        const panel = document.querySelector('[data-testid="metrics-panel"] [role="status"]');
        const cancel = [...(panel?.querySelectorAll('button') ?? [])].find(
          (b) => b.textContent?.trim() === 'Cancel',
        );
        if (!(cancel instanceof HTMLButtonElement)) return false;
        cancel.click();
        return true;
      },
      null,
      { timeout: 30_000, polling: 10 },
    );
    await expect.poll(status).toContain('Cancelled');
    await page
      .locator('[data-testid="metrics-panel"] [role="status"] button', { hasText: 'Compute' })
      .click();
    await expect.poll(status, { timeout: 60_000 }).not.toMatch(/Computing|Cancelled/);
    expect(await status()).not.toMatch(/fail|error/i);
    expect(await page.locator('[data-testid="actor-table"] tbody tr').count()).toBe(500);
    // Betweenness came from the worker pool on a network this size: highest first, a number.
    await page.click('[data-testid="sort-betweenness"]');
    const top = await page
      .locator('[data-testid="actor-table"] tbody tr')
      .first()
      .locator('td')
      .nth(6)
      .textContent();
    expect(Number(top)).toBeGreaterThan(0);
    await page.click('[data-testid="metrics-tab-network"]');
    const leadership = ties.filter((t) => t.kind === 'leadership').length;
    expect(await page.locator('[data-testid="network-ties"] td').first().textContent()).toBe(
      String(leadership),
    );
  });
});
