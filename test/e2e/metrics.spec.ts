// The measures in the browser: a sortable, searchable table with tooltips, node size and colour
// by a measure with the legend updated, the team profile card (its reading, Leadnet's
// conventions, the distributed leadership index with its parts, unrecorded support) in English
// and Danish, CSV export, the E-I index's basis, and the worker recomputing after a change.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createSyntheticNetwork } from '../../src/core/example/synthetic';
import { useBrowser } from './fixture';

const app = useBrowser();
let page: Page;

async function openMeasures(width = 1440, height = 900, danish = false): Promise<void> {
  // A Danish browser: the app follows its language on a first visit.
  page = await app.openApp({ viewport: { width, height }, ...(danish ? { locale: 'da-DK' } : {}) });
  await page.click('[data-testid="toggle-measures"]');
  // Measured values have replaced the placeholders.
  await expect
    .poll(() => page.locator('[data-testid="actor-table"] tbody tr').first().textContent(), {
      timeout: 20_000,
    })
    .not.toContain('…');
}

const text = (testId: string) => page.textContent(`[data-testid="${testId}"]`);

/** Opens a team's card from the teams table; its reading is there once the measures are. */
async function openTeam(label: string): Promise<void> {
  await page.click('[data-testid="metrics-tab-group"]');
  await page.locator('[data-testid="group-table"] tbody tr', { hasText: label }).click();
  await page.waitForSelector('[data-testid="team-reading"]');
}

/** The team card's row labels, in order. */
const rowLabels = () =>
  page.$$eval('[data-testid="team-card"] tbody th', (ths) => ths.map((th) => th.textContent));

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
    for (const [width, height] of [
      [1280, 720],
      [1440, 900],
    ] as const) {
      await openMeasures(width, height);
      await openTeam('Medical ward');
      // The ward has no support tie recorded. It read "… but not supported by management",
      // which was wrong: unrecorded is unknown, not none.
      expect(await text('team-reading')).toBe(
        'Leadership is widely shared; support from management is not recorded.',
      );
      expect(await text('team-card')).toContain('Median of 6 teams');
      expect(await text('team-supportLevel')).toContain('not recorded');
      expect(await text('team-conventions')).toContain(
        'The thresholds are Leadnet’s conventions for a first reading, not norms',
      );
      const rules = await text('team-rules');
      expect(rules).toContain('a member is looked to by 2.8 colleagues on average');
      expect(rules).toContain('density 57 % in a team of 6');
      // The distributed leadership index, its parts D and Z right under it, and how they make it.
      expect(await rowLabels()).toEqual(
        expect.arrayContaining([
          'Distributed leadership index',
          'Valued density (D)',
          'Weighted centralization (Z)',
        ]),
      );
      const labels = await rowLabels();
      const at = labels.indexOf('Distributed leadership index');
      expect(labels.slice(at, at + 3)).toEqual([
        'Distributed leadership index',
        'Valued density (D)',
        'Weighted centralization (Z)',
      ]);
      expect(await text('team-index-parts')).toBe('= D · (1 − ζ · Z) = 0.367 · (1 − 0.5 · 0.352)');
      expect(await text('team-distributedLeadership')).toContain('0.302');
      // The measures table has the index and its parts side by side too.
      const columns = await page.$$eval(
        '[data-testid="group-table"] thead button[data-testid^="sort-"]',
        (buttons) => buttons.map((b) => (b as HTMLElement).dataset.testid),
      );
      expect(columns.slice(-3)).toEqual([
        'sort-distributedLeadership',
        'sort-valuedDensity',
        'sort-inStrengthCentralization',
      ]);
      await page.click('[data-testid="team-card"] summary');
      await page.locator('[data-testid="team-index-parts"]').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `.tmp/screens/metrics-team-card-en-${width}x${height}.png` });
      app.expectClean();
      await page.context().close();
    }
    await openMeasures();
    await openTeam('Emergency department');
    // Freeman centralization is concentration on one person (it read "on a few people").
    expect(await text('team-reading')).toBe(
      'Leadership is concentrated on one person but supported by management. 71 % of the routes between its members run through the coordinator.',
    );
  });

  it('reads a team in Danish with no English measure text', async () => {
    for (const [width, height] of [
      [1280, 720],
      [1440, 900],
    ] as const) {
      await openMeasures(width, height, true);
      await openTeam('Medical ward');
      expect(await text('team-reading')).toBe(
        'Ledelsen i teamet er bredt delt; støtte fra lederne er ikke registreret.',
      );
      await page.click('[data-testid="team-card"] summary');
      // The card's words, and the measures' meanings in the rows' tooltips, all Danish.
      const card = (await text('team-card')) ?? '';
      const tooltips = await page.$$eval('[data-testid="team-card"] tr[title]', (rows) =>
        rows.map((r) => r.getAttribute('title') ?? '').join('\n'),
      );
      for (const words of [card, tooltips])
        expect(words).not.toMatch(
          /\b(the|and|of|how|when|leadership|management|support|shared|density|measure|median|actors|reciprocity|index)\b/i,
        );
      expect(card).toContain('Indeks for distribueret ledelse');
      expect(card).toContain('ikke registreret');
      expect(card).toContain('Leadnets egne konventioner');
      expect(await text('team-index-parts')).toBe('= D · (1 − ζ · Z) = 0,367 · (1 − 0,5 · 0,352)');
      // The table's column tooltips: meaning, settings and source in Danish.
      const header = await page
        .locator('[data-testid="sort-distributedLeadership"]')
        .locator('xpath=..')
        .getAttribute('title');
      expect(header).toMatch(/^D · \(1 − ζ·Z\): hvor stærkt medlemmerne/);
      expect(header).toContain('Indstilling: zeta = 0,5 (');
      expect(header).toContain('Kilde: Leadnets eget indeks');
      await page.locator('[data-testid="team-index-parts"]').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `.tmp/screens/metrics-team-card-da-${width}x${height}.png` });
      app.expectClean();
      await page.context().close();
    }
  });

  it('names the tie kinds a team is read on when they are not leadership ties', async () => {
    await openMeasures();
    await page.getByLabel('Leadership', { exact: true }).uncheck();
    await openTeam('Orthopaedic ward');
    // No tie of the other kinds inside a team: the reading is about them, and says so.
    await expect
      .poll(() => text('team-reading'))
      .toBe(
        'The team’s ties (\u2068Coordination\u2069, \u2068Reporting\u2069, and \u2068Support\u2069) are sparse but supported by management.',
      );
  });

  it('says how the network’s E-I index was counted when the network has no teams', async () => {
    // Two wards (groups, not teams): a → b inside ward 1, b → c across: E-I (1 − 1)/2 = 0.
    const file = 'test/fixtures/wards-network.json';
    await openMeasures();
    await page.setInputFiles('[data-testid="open-input"]', file);
    await page.click('[data-testid="import-open"]', { timeout: 30_000 });
    await page.click('[data-testid="metrics-tab-network"]');
    await expect
      .poll(() => text('ei-basis'), { timeout: 20_000 })
      .toBe('Counted by each person’s own group: the network has no teams.');
    expect(await page.locator('[data-testid="network-eiIndex"] td').first().textContent()).toBe(
      '0',
    );
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

  // Waits are long (a 6,000-person network on a shared machine); nothing here asserts a speed.
  it('cancels a long computation on a large network, and computes again on request', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'leadnet-metrics-')), 'large.json');
    const network = createSyntheticNetwork({ actors: 6000, seed: 4, positions: true });
    // Every fifth tie a support tie, so the kinds filter has something to change.
    const ties = network.ties.map((t, i) => (i % 5 === 0 ? { ...t, kind: 'support' } : t));
    writeFileSync(file, JSON.stringify({ ...network, ties }));
    await openMeasures();
    await page.setInputFiles('[data-testid="open-input"]', file);
    // Parsing 6,000 people in the worker takes a while on a busy machine: wait for the button, then
    // click it in the page (Playwright's click also waits for the main thread to draw).
    await page.locator('[data-testid="import-open"]').waitFor({ timeout: 120_000 });
    await page.evaluate(() =>
      (document.querySelector('[data-testid="import-open"]') as HTMLButtonElement).click(),
    );
    const status = () => page.textContent('[data-testid="metrics-panel"] [role="status"]');
    await expect
      .poll(() => page.textContent('[data-testid="metrics-truncated"]'), { timeout: 120_000 })
      .toContain('first 500 of 6000');
    await expect.poll(status, { timeout: 120_000 }).not.toContain('Computing');
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
    await expect.poll(status, { timeout: 120_000 }).not.toMatch(/Computing|Cancelled/);
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
  }, 300_000);
});
