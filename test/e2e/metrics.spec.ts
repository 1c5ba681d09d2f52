// The measures in the browser: a sortable, searchable table with tooltips, node size and colour
// by a measure with the legend updated, the team profile card, CSV export, and the worker
// recomputing after a change.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type PageWatch, appUrl, launchBrowser, watchPage } from './browser';

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
  expect(watch.errors, 'console errors').toEqual([]);
  expect(watch.foreignRequests, 'requests to other origins').toEqual([]);
  await page?.close();
});

async function openMeasures(width = 1440, height = 900): Promise<void> {
  page = await browser.newPage({ viewport: { width, height }, acceptDownloads: true });
  watch = watchPage(page, new URL(appUrl()).origin);
  await page.goto(appUrl());
  await page.waitForFunction(
    () => (window as unknown as { __leadnet?: { ready: boolean } }).__leadnet?.ready === true,
    null,
    {
      timeout: 20_000,
    },
  );
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
});
