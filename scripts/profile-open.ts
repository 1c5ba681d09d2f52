// Where the main thread's time goes while a big network opens: `npx tsx scripts/profile-open.ts
// [actors | file.gexf] [dist]` opens a generated network (default 5,000 people) or a file through
// the app's import, in Debian's Chromium over a build (default `dist`; an unminified build,
// `npx vite build --minify false --outDir DIR`, names the functions), with the DevTools
// protocol's sampling profiler on. Prints the long tasks, then the functions with the most self
// time and the most total time. With PROFILE_PAN=1 it profiles two seconds of panning and zooming
// the opened network instead (as the bench does), and prints the frames drawn; PROFILE_OPEN_ALL=1
// opens every group of the overview first.
// A development aid; `npm run bench -- browser` measures.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { chromium } from 'playwright-core';
import { createSyntheticNetwork } from '../src/core/example/synthetic';
import { framesText, panAndZoom } from '../bench/pan-zoom';
import { startPreview } from './preview-server';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const what = process.argv[2] ?? '5000';
const dist = process.argv[3] ?? 'dist';
const CHROMIUM = process.env.CHROME_PATH ?? '/usr/lib/chromium/chromium';
let file = what;
let actors: number | null = null;
if (/^\d+$/.test(what)) {
  actors = Number(what);
  file = join(mkdtempSync(join(tmpdir(), 'leadnet-profile-')), `n${actors}.json`);
  writeFileSync(file, JSON.stringify(createSyntheticNetwork({ actors, seed: 7 })));
} else if (!existsSync(file)) throw new Error(`profile-open: no file ${file}`);

const server = await startPreview(dist);
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
try {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { benchTasks: [number, number][] };
    w.benchTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.benchTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(server.url);
  await page.waitForFunction(
    () => document.querySelector('[data-testid="summary-actors"]')?.textContent === '45',
  );
  await page.waitForTimeout(500);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await page.evaluate(() => ((window as unknown as { benchTasks: unknown[] }).benchTasks = []));
  const pan = !!process.env.PROFILE_PAN;
  let t0 = await page.evaluate(() => performance.now());
  if (!pan) await cdp.send('Profiler.start');
  await page.setInputFiles('[data-testid="open-input"]', file);
  await page.locator('[data-testid="import-open"]').waitFor({ timeout: 120_000 });
  await page.evaluate(() =>
    (document.querySelector('[data-testid="import-open"]') as HTMLButtonElement).click(),
  );
  const count = String(actors ?? '');
  await page.waitForFunction(
    (n) => {
      const shown = document.querySelector('[data-testid="summary-actors"]')?.textContent;
      const hook = (window as unknown as { __leadnet?: { placement(): { atOrigin: number } } })
        .__leadnet;
      return (n ? shown === n : shown !== '45') && hook?.placement().atOrigin === 0;
    },
    count,
    { timeout: 120_000, polling: 100 },
  );
  await page.waitForTimeout(1500);
  if (pan) {
    if (process.env.PROFILE_OPEN_ALL) {
      // Everyone drawn: the overview's "Open all", then a wait for the drawing to fill in.
      await page.getByRole('button', { name: 'Open all' }).click();
      await page.waitForTimeout(8000);
    }
    await page.evaluate(() => ((window as unknown as { benchTasks: unknown[] }).benchTasks = []));
    t0 = await page.evaluate(() => performance.now());
    await cdp.send('Profiler.start');
    console.log(`pan and zoom: ${framesText(await panAndZoom(page))}`);
  }
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
  if (process.env.PROFILE_OUT) writeFileSync(process.env.PROFILE_OUT, JSON.stringify(profile));
  const tasks = await page.evaluate(
    () => (window as unknown as { benchTasks: [number, number][] }).benchTasks,
  );
  console.log(`${actors ?? basename(file)}: long tasks (start after the click, duration), ms`);
  for (const [start, d] of tasks) console.log(`  +${(start - t0).toFixed(0)}  ${d.toFixed(0)}`);

  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (n: ProfileNode) =>
    `${n.callFrame.functionName || '(anonymous)'} ${basename(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const node = byId.get(id)!;
    if (['(idle)', '(program)', '(garbage collector)'].includes(node.callFrame.functionName)) {
      self.set(node.callFrame.functionName, (self.get(node.callFrame.functionName) ?? 0) + dt);
      return;
    }
    self.set(name(node), (self.get(name(node)) ?? 0) + dt);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const key = name(byId.get(at)!);
      if (seen.has(key)) continue;
      seen.add(key);
      total.set(key, (total.get(key) ?? 0) + dt);
    }
  });
  const top = (map: Map<string, number>, k: number) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, k)
      .map(([key, ms]) => `  ${ms.toFixed(0).padStart(6)} ms  ${key}`)
      .join('\n');
  console.log(`\nself time\n${top(self, 40)}\n\ntotal time\n${top(total, 70)}`);

  // The bursts of work (samples between idle spells) over 150 ms, each with what it spent most in.
  let burst: { ms: number; total: Map<string, number> } = { ms: 0, total: new Map() };
  let idle = 0;
  const bursts: (typeof burst)[] = [];
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const node = byId.get(id)!;
    if (node.callFrame.functionName === '(idle)') {
      idle += dt;
      if (idle > 4 && burst.ms > 0) {
        bursts.push(burst);
        burst = { ms: 0, total: new Map() };
      }
      return;
    }
    idle = 0;
    burst.ms += dt;
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const key = name(byId.get(at)!);
      if (seen.has(key)) continue;
      seen.add(key);
      burst.total.set(key, (burst.total.get(key) ?? 0) + dt);
    }
  });
  bursts.push(burst);
  for (const b of bursts.filter((b) => b.ms > 150))
    console.log(`\nburst of ${b.ms.toFixed(0)} ms\n${top(b.total, 25)}`);
} finally {
  await browser.close();
  server.stop();
}
