// `npm run bench -- browser`: what a person feels in the browser, in Debian's Chromium over the
// production build (`npm run build` first). For each moment, the main thread's longest task and
// its total blocking time (the sum of every task's time over 50 ms), and the wall time as a ratio
// to the first load of the example measured in the same run — these machines are shared and
// noisy, so the ratios compare; the milliseconds only say where we stand. Moments: the first
// load (the example, 45 people), opening generated networks of 600, 2,000 and 5,000 people
// (until the layout has placed everyone), panning and zooming the example and the 5,000 (frames
// per second while moving, the longest frame with the one after it stops), opening one team of
// the 5,000 with a click, a 200-run What if…? on the example, and issue 12's Morris screening of
// one scenario on the example (every parameter with a range, r = 20, 50 runs per setting) on the
// app's workers, beside the same screening in this Node process on one core (the CLI's engine).
// BENCH_DIST=dir measures another build (say, main's, to compare in one sitting);
// BENCH_OPEN_ONLY=1 stops after panning and zooming the 5,000.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Page, chromium } from 'playwright-core';
import { startPreview } from '../scripts/preview-server';
import { framesText, panAndZoom } from './pan-zoom';
import { createExampleDocument } from '../src/core/example/qic-example';
import { overviewApplies } from '../src/core/layout/overview-size';
import { createSyntheticNetwork } from '../src/core/example/synthetic';
import { sensitivity } from '../src/core/sensitivity/run';

const CHROMIUM = process.env.CHROME_PATH ?? '/usr/lib/chromium/chromium';
if (!existsSync(CHROMIUM))
  throw new Error(`bench browser: no Chromium at ${CHROMIUM} (apt-get install -y chromium)`);

interface Blocking {
  wall: number;
  longest: number;
  blocking: number;
}

/** Forgets the long tasks so far (the init script's observer keeps recording). */
const recordLongTasks = (page: Page) =>
  page.evaluate(() => {
    (window as unknown as { benchTasks: number[] }).benchTasks = [];
  });

async function longTasks(page: Page): Promise<Omit<Blocking, 'wall'>> {
  const tasks = await page.evaluate(
    () => (window as unknown as { benchTasks: number[] }).benchTasks,
  );
  return {
    longest: Math.max(0, ...tasks),
    blocking: tasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0),
  };
}

const placed = (page: Page) =>
  page.evaluate(() => {
    const hook = (window as unknown as { __leadnet?: { placement(): { atOrigin: number } } })
      .__leadnet;
    return hook ? hook.placement().atOrigin : -1;
  });

/** Resolves once the page has drawn 10 frames in a row without a long gap (nothing left queued). */
const settled = (page: Page) =>
  page.evaluate(`new Promise((resolve) => {
    let calm = 0;
    let last = performance.now();
    const tick = (t) => {
      calm = t - last < 100 ? calm + 1 : 0;
      last = t;
      if (calm >= 10) resolve(true);
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })`);

async function until(check: () => Promise<boolean>, limit = 120_000): Promise<void> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > limit) throw new Error('bench browser: gave up waiting');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Pans and zooms (pan-zoom.ts) and adds the row: its frames, its long tasks. */
async function panAndZoomRow(page: Page, name: string): Promise<void> {
  await recordLongTasks(page);
  const frames = await panAndZoom(page);
  rows.push([name, { wall: frames.wall, ...(await longTasks(page)) }, framesText(frames)]);
}

/** A click on the largest folded disc (the overview opens it), until the drawing has settled. */
async function openOneGroup(page: Page, name: string): Promise<void> {
  await settled(page);
  const at = await page.evaluate(() => {
    const hook = (
      window as unknown as {
        __leadnet: {
          overview(): { discs: { id: string; members: number; folded: boolean }[] };
          ringPoint(id: string): { x: number; y: number } | null;
        };
      }
    ).__leadnet;
    const largest = hook
      .overview()
      .discs.filter((d) => d.folded)
      .sort((a, b) => b.members - a.members)[0];
    return largest ? hook.ringPoint(largest.id) : null;
  });
  if (!at) throw new Error('bench browser: no folded disc to open');
  await recordLongTasks(page);
  const start = Date.now();
  await page.mouse.click(at.x, at.y);
  await until(
    async () => (await page.getAttribute('[data-testid="graph"]', 'aria-busy')) === 'false',
  );
  await settled(page);
  rows.push([name, { wall: Date.now() - start, ...(await longTasks(page)) }]);
}

const server = await startPreview(process.env.BENCH_DIST ?? 'dist');
const { url } = server;
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
const dir = mkdtempSync(join(tmpdir(), 'leadnet-bench-'));
const rows: [string, Blocking, string?][] = [];

async function freshPage(width = 1440, height = 900): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { benchTasks: number[] };
    w.benchTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.benchTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  return page;
}

try {
  // The first load of the example: the baseline.
  const runs = 3;
  const first: Blocking[] = [];
  for (let i = 0; i < runs; i += 1) {
    const page = await freshPage();
    const start = Date.now();
    await page.goto(url);
    await until(async () => (await page.textContent('[data-testid="summary-actors"]')) === '45');
    await until(async () => (await placed(page)) === 0);
    first.push({ wall: Date.now() - start, ...(await longTasks(page)) });
    await page.context().close();
  }
  first.sort((a, b) => a.wall - b.wall);
  const baseline = first[Math.floor(runs / 2)]!;
  rows.push(['first load, example (45 people)', baseline]);
  {
    const page = await freshPage();
    await page.goto(url);
    await until(async () => (await page.textContent('[data-testid="summary-actors"]')) === '45');
    await until(async () => (await placed(page)) === 0);
    await settled(page);
    await panAndZoomRow(page, 'pan and zoom, example (45 people)');
    await page.context().close();
  }

  for (const actors of [600, 2000, 5000]) {
    const file = join(dir, `n${actors}.json`);
    writeFileSync(file, JSON.stringify(createSyntheticNetwork({ actors, seed: 7 })));
    const page = await freshPage();
    await page.goto(url);
    await until(async () => (await page.textContent('[data-testid="summary-actors"]')) === '45');
    await recordLongTasks(page);
    const start = Date.now();
    await page.setInputFiles('[data-testid="open-input"]', file);
    await page.locator('[data-testid="import-open"]').waitFor({ timeout: 120_000 });
    await page.evaluate(() =>
      (document.querySelector('[data-testid="import-open"]') as HTMLButtonElement).click(),
    );
    await until(
      async () => (await page.textContent('[data-testid="summary-actors"]')) === String(actors),
    );
    await until(async () => (await placed(page)) === 0);
    // Above 300 people the network opens as an overview (docs/overview.md): open means shown,
    // the drawing filled in and its bundles added (they come a frame at a time).
    if (overviewApplies(actors)) {
      await page.locator('[data-testid="overview"]').waitFor({ timeout: 120_000 });
      await until(
        async () => (await page.getAttribute('[data-testid="graph"]', 'aria-busy')) === 'false',
      );
      await settled(page);
    }
    rows.push([
      `open ${actors.toLocaleString('en')} people`,
      { wall: Date.now() - start, ...(await longTasks(page)) },
    ]);

    if (actors === 5000) {
      await panAndZoomRow(page, 'pan and zoom 5,000 people');
      await openOneGroup(page, 'open one team of the 5,000');
    }
    await page.context().close();
  }

  if (!process.env.BENCH_OPEN_ONLY) {
    // A What if…? on the example: the replicates run in workers.
    const page = await freshPage();
    await page.goto(url);
    await until(async () => (await page.textContent('[data-testid="summary-actors"]')) === '45');
    await page.click('[data-testid="toggle-whatif"]');
    await page.locator('[data-testid="run-scenario"]').waitFor();
    await recordLongTasks(page);
    const start = Date.now();
    await page.click('[data-testid="run-scenario"]');
    await page.locator('[data-testid="difference-table"]').waitFor({ timeout: 120_000 });
    rows.push([
      'What if…?, default runs, example',
      { wall: Date.now() - start, ...(await longTasks(page)) },
    ]);

    // "Which assumptions matter?": the default screening (r = 20, 50 runs) of "No management
    // support" on the app's workers, until its chart is drawn.
    await page.selectOption('[data-testid="scenario-select"]', 'support-removed');
    await page.click('[data-testid="tab-assumptions"]');
    await page.locator('[data-testid="assumptions-run"]').waitFor();
    await recordLongTasks(page);
    const morrisStart = Date.now();
    await page.click('[data-testid="assumptions-run"]');
    await page.locator('[data-testid="assumptions-chart"] svg').waitFor({ timeout: 1_800_000 });
    const morrisWall = Date.now() - morrisStart;
    const points = await page.textContent('[data-testid="assumptions-result"] .meta');
    rows.push([
      'Morris, r = 20, 50 runs, example',
      { wall: morrisWall, ...(await longTasks(page)) },
      `${(morrisWall / 1000).toFixed(1)} s (issue 12: ≤ 20 s); ${points?.trim() ?? ''}`,
    ]);
    await page.context().close();
    // The same screening in Node, in this process, on one core.
    const nodeStart = Date.now();
    sensitivity({
      doc: createExampleDocument(),
      scenarios: ['support-removed'],
      method: 'morris',
      output: 'difference',
      trajectories: 20,
      runs: 50,
      seed: 1,
    });
    const nodeWall = Date.now() - nodeStart;
    console.log(
      `\nMorris screening, r = 20, 50 runs, example: Chromium (the app's workers) ${(morrisWall / 1000).toFixed(1)} s, Node on one core ${(nodeWall / 1000).toFixed(1)} s — Chromium ÷ Node ${(morrisWall / nodeWall).toFixed(2)}`,
    );
  }

  console.log(
    `\nChromium ${browser.version()}, software rendering; wall time as a ratio to the first load of the example (${baseline.wall} ms) in this run`,
  );
  for (const [what, b, extra] of rows) {
    console.log(
      `${what.padEnd(36)} ${(b.wall / baseline.wall).toFixed(2).padStart(6)}×  longest task ${b.longest.toFixed(0).padStart(5)} ms  blocking ${b.blocking.toFixed(0).padStart(6)} ms${extra ? `  ${extra}` : ''}`,
    );
  }
} finally {
  await browser.close();
  server.stop();
}
