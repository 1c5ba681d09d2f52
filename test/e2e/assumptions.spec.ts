// "Which assumptions matter?" in the browser (issue 12): a Morris screening of the chosen scenario
// runs on the worker pool with progress, draws the μ* chart and says the direction's robustness
// in sentences, exports the very JSON `leadnet sensitivity` prints for the same settings and seed,
// and a cancel stops it at once with every worker that ran it terminated. Screenshots at
// 1280×720 and 1440×900: .tmp/screens/assumptions-*.png.
import { readFileSync } from 'node:fs';
import type { Page, Worker } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, describeFindings } from './axe';
import { run as cli } from '../../src/cli/main';
import { EXAMPLE } from '../helpers/cli';
import { SCREENS, useBrowser } from './fixture';

const app = useBrowser();
let page: Page;

async function openAssumptions(viewport = { width: 1440, height: 900 }): Promise<void> {
  page = await app.openApp({ viewport });
  await page.click('[data-testid="toggle-whatif"]');
  await page.waitForSelector('[data-testid="scenario-panel"]');
  await page.selectOption('[data-testid="scenario-select"]', 'support-removed');
  await page.click('[data-testid="tab-assumptions"]');
  await page.waitForSelector('[data-testid="assumptions"]');
}

function cliJson(...args: string[]): string {
  const out: string[] = [];
  const code = cli(args, { stdout: (t) => out.push(t), stderr: () => {} });
  expect(code).toBe(0);
  return out.join('\n');
}

describe('Which assumptions matter?', () => {
  it('screens the scenario on the workers: chart, sentences, and the CLI’s JSON for the same seed', async () => {
    for (const viewport of [
      { width: 1280, height: 720 },
      { width: 1440, height: 900 },
    ]) {
      await openAssumptions(viewport);
      await page.fill('[data-testid="assumptions-trajectories"]', '3');
      await page.fill('[data-testid="assumptions-runs"]', '6');
      await page.click('[data-testid="assumptions-run"]');
      await page.waitForSelector('[data-testid="assumptions-chart"] svg', { timeout: 120_000 });
      // The labels are isolated for bidirectional text (U+2068 … U+2069).
      const sentences = (await page.innerText('[data-testid="assumptions-sentences"]')).replace(
        /[\u2068\u2069]/g,
        '',
      );
      expect(sentences).toMatch(
        /^“No management support” lowered simulated progress (at every one of|beyond 2 standard errors at \d+ of) 75 parameter settings/,
      );
      expect(sentences).toMatch(/Its size depends most on .+ and .+\./);
      expect(await page.innerText('[data-testid="assumptions-result"]')).toContain(
        '75 parameter settings × 6 runs, seed 1; simulated.',
      );
      await page.screenshot({
        path: `${SCREENS}/assumptions-${viewport.width}x${viewport.height}.png`,
      });
      if (viewport.width === 1440) {
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.click('[data-testid="assumptions-export-json"]'),
        ]);
        const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
        const command = JSON.parse(
          cliJson(
            'sensitivity',
            EXAMPLE,
            '--scenario',
            'support-removed',
            '--trajectories',
            '3',
            '--runs',
            '6',
            '--seed',
            '1',
          ),
        );
        // The same result as the command line for the same settings and seed, every number to the
        // bit; only the network's fingerprint differs (the app's open copy has been through its
        // own revisions — the status bar says revision 2 — so it is not the file's bytes).
        expect(exported.provenance.document.sha256).toMatch(/^[0-9a-f]{64}$/);
        for (const json of [exported, command]) delete json.provenance.document.sha256;
        expect(JSON.stringify(exported, null, 2)).toBe(JSON.stringify(command, null, 2));

        // The numbers behind the chart, one row per parameter in the ranking's order, each μ*
        // the result's own (three significant digits), σ and whether it is told from noise.
        await page.click('[data-testid="assumptions-result"] details summary');
        const target = Object.values(exported.results)[0] as {
          ranking: string[];
          parameters: Record<string, { muStar: number; sigma: number | null; aboveNoise: boolean }>;
        };
        const rows = await page.$$eval('[data-testid="assumptions-table"] tbody tr', (trs) =>
          trs.map((tr) => [...tr.children].map((c) => (c as HTMLElement).innerText)),
        );
        expect(rows).toHaveLength(target.ranking.length);
        const three = new Intl.NumberFormat('en', { maximumSignificantDigits: 3 }).format;
        target.ranking.forEach((name, i) => {
          const p = target.parameters[name]!;
          expect(rows[i]![2]).toBe(three(p.muStar));
          expect(rows[i]![4]).toBe(p.sigma === null ? 'undefined' : three(p.sigma));
          expect(rows[i]![5]).toBe(p.aboveNoise ? 'yes' : 'no');
          // The parameter's name with its symbol, e.g. "Complexity (κ)", never its id.
          expect(rows[i]![0]).toMatch(/^\S.* \(.+\)$/);
          expect(rows[i]![0]).not.toBe(name);
        });

        // axe-core: the tab with its result, chart and open table has no serious or critical
        // WCAG A/AA violation.
        const findings = await axeViolations(page, '[data-testid="assumptions"]');
        expect(describeFindings(findings)).toBe('');
      }
      await page.close();
    }
  });

  it('cancels at once: no worker that ran the screening is left running', async () => {
    await openAssumptions();
    await page.click('[data-testid="assumptions-run"]');
    await expect
      .poll(() => page.textContent('[data-testid="assumptions-progress"]'), { timeout: 60_000 })
      .toMatch(/% done · about \d+ s left/);
    await page.click('[data-testid="assumptions-cancel"]');
    await expect
      .poll(() => page.textContent('[data-testid="assumptions-cancelled"]'), { timeout: 2000 })
      .toBe('Cancelled: no worker is left running.');
    // Every worker of the page answers: none is still busy with the screening (a busy worker
    // answers only when its share of design points is done, many seconds later).
    // A worker terminated by the cancel may still be listed as it closes: it runs nothing.
    const answers = async (w: Worker) =>
      Promise.race([
        w.evaluate(() => 'idle').catch(() => 'closed'),
        new Promise((resolve) => setTimeout(() => resolve('busy'), 5000)),
      ]);
    const states = await Promise.all(page.workers().map(answers));
    expect(states.length).toBeGreaterThan(0);
    expect(states.filter((s) => s === 'busy')).toEqual([]);
    expect(await page.locator('[data-testid="assumptions-result"]').count()).toBe(0);
  });
});
