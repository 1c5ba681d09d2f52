// Issue 13 in a real browser: roles in bulk (the measures table's attribute filter selects the
// people, one role for all of them, one undo restores every one); the airlines GraphML opens at
// its own positions with the airports' names; and two versions of the example compared — the
// replaced coordinator and the changed ties drawn in their three looks, the legend saying colour
// and line style, the measures' changes in a table. Screenshots of the comparison at 1280×720
// and 1440×900: .tmp/screens/waves-compare-*.png (look at them).
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createExampleDocument } from '../../src/core/example/qic-example';
import { REPLACED, REPLACEMENT, exampleSecondWave } from '../helpers/waves';
import { SCREENS, file, useBrowser } from './fixture';

interface Doc {
  actors: {
    id: string;
    label?: string;
    role: string;
    attributes?: Record<string, unknown>;
    position?: { x: number; y: number };
  }[];
}
interface Hook {
  doc(): Doc;
  screenPosition(kind: string, id: string): { x: number; y: number } | null;
}
interface CompareHook {
  ready: boolean;
  drawn(): {
    nodes: { id: string; label: string; classes: string[] }[];
    edges: { id: string; classes: string[]; lineStyle: string; color: string }[];
  };
}
type HookWindow = { __leadnet?: Hook; __leadnetCompare?: CompareHook };

const app = useBrowser();
let page: Page;

const doc = () => page.evaluate(() => (window as unknown as HookWindow).__leadnet!.doc());
const text = async (selector: string) =>
  (await page.innerText(selector)).replace(/\s+/g, ' ').trim();

describe('roles in bulk', () => {
  it('selects the nurses from the measures table, makes them coordinators in one step, one undo restores them', async () => {
    page = await app.openApp();
    const before = await doc();
    const nurses = before.actors.filter((a) => a.attributes?.profession === 'nurse');
    expect(nurses.length).toBeGreaterThan(10);
    await page.click('[data-testid="toggle-measures"]');
    // The measures panel loads on first use (after the first paint, with other parts): its
    // choices are read once it shows them.
    const options = () =>
      page.$$eval('[data-testid="metrics-attribute"] option', (os) =>
        os.map((o) => [(o as HTMLOptionElement).value, o.textContent ?? '']),
      );
    await expect
      .poll(async () => (await options()).some(([, t]) => t!.startsWith('profession = nurse')))
      .toBe(true);
    const nurse = (await options()).find(([, t]) => t!.startsWith('profession = nurse'))!;
    expect(nurse[1]).toBe(`profession = nurse (${nurses.length})`);
    await page.selectOption('[data-testid="metrics-attribute"]', nurse[0]!);
    await page.click('[data-testid="metrics-select-these"]');
    expect(await text('[data-testid="inspector-name"]')).toBe(`${nurses.length} selected`);
    await page.selectOption('[data-testid="bulk-role"]', 'coordinator');
    await page.click('[data-testid="bulk-role-apply"]');
    await expect
      .poll(async () => (await doc()).actors.filter((a) => a.role === 'coordinator').length)
      .toBe(
        before.actors.filter(
          (a) => a.role === 'coordinator' || a.attributes?.profession === 'nurse',
        ).length,
      );
    const changed = nurses.filter((a) => a.role !== 'coordinator').length;
    expect(await page.getAttribute('[data-testid="undo"]', 'title')).toContain(
      `set role of ${changed} people to local coordinator`,
    );
    await page.click('[data-testid="undo"]');
    await expect
      .poll(async () => JSON.stringify((await doc()).actors))
      .toBe(JSON.stringify(before.actors));
  });
});

describe("a file's own positions", () => {
  it('opens the airlines GraphML at its x/y, named by the tooltip', async () => {
    page = await app.openApp();
    const airlines = readFileSync('test/fixtures/formats/airlines.graphml', 'utf8');
    await page.setInputFiles('[data-testid="open-input"]', [file('airlines.graphml', airlines)]);
    await page.waitForSelector('[data-testid="map-labelAttr"]');
    expect(await page.inputValue('[data-testid="map-labelAttr"]')).toBe('tooltip');
    await page.click('[data-testid="import-continue"]');
    await page.waitForSelector('[data-testid="import-report"]');
    await page.click('[data-testid="import-open"]');
    await page.waitForSelector('[data-testid="import-dialog"]', { state: 'hidden' });
    await expect.poll(async () => (await doc()).actors.length, { timeout: 20_000 }).toBe(30);
    const opened = await doc();
    // The file's own positions, read back from the open network: not a layout's.
    expect(opened.actors[0]).toMatchObject({
      label: 'Atlanta [Hartsfield-Jackson]',
      position: { x: -844.3, y: -336.4 },
    });
    expect(opened.actors.find((a) => a.id === '7')!.position).toEqual({ x: -1223.1, y: -474.5 });
    // And drawn there: Seattle (7) left of Boston (9) and above Miami (8).
    const at = (id: string) =>
      page.evaluate(
        (i) => (window as unknown as HookWindow).__leadnet!.screenPosition('actor', i),
        id,
      );
    const [seattle, boston, miami] = [await at('7'), await at('9'), await at('8')];
    expect(seattle!.x).toBeLessThan(boston!.x);
    expect(seattle!.y).toBeLessThan(miami!.y);
    expect(miami!.x).toBeGreaterThan(seattle!.x);
  });
});

describe('two versions of the example compared', () => {
  for (const [width, height] of [
    [1280, 720],
    [1440, 900],
  ] as const) {
    it(`draws the replaced coordinator and the changed ties at ${width}×${height}`, async () => {
      page = await app.openApp({ viewport: { width, height } });
      const second = exampleSecondWave(createExampleDocument());
      await page.setInputFiles('[data-testid="open-input"]', [
        file('wave-2.json', JSON.stringify(second), 'application/json'),
      ]);
      await page.waitForSelector('[data-testid="import-report"]');
      await page.click('[data-testid="import-open"]');
      await page.waitForSelector('[data-testid="import-dialog"]', { state: 'hidden' });
      await expect
        .poll(async () => (await doc()).actors.some((a) => a.id === REPLACEMENT.id), {
          timeout: 20_000,
        })
        .toBe(true);
      await page.click('[data-testid="library"]');
      await page.waitForSelector('[data-testid="library-compare"]');
      // The example is the one entry that is not open: compare it (earlier) with wave 2 (open).
      expect(await page.$$('[data-testid="library-compare"]')).toHaveLength(1);
      await page.click('[data-testid="library-compare"]');
      await page.waitForFunction(
        () => (window as unknown as HookWindow).__leadnetCompare?.ready === true,
        null,
        { timeout: 20_000 },
      );
      const drawn = await page.evaluate(() =>
        (window as unknown as HookWindow).__leadnetCompare!.drawn(),
      );
      const withClass = (c: string) => drawn.edges.filter((e) => e.classes.includes(c));
      expect(withClass('cmp-added')).toHaveLength(8);
      expect(withClass('cmp-removed')).toHaveLength(14);
      expect(withClass('cmp-kept')).toHaveLength(106);
      // Colour AND line style tell them apart.
      const look = (c: string) => [
        ...new Set(withClass(c).map((e) => `${e.lineStyle} ${e.color}`)),
      ];
      expect(look('cmp-added')).toEqual(['dashed rgb(0,114,178)']);
      expect(look('cmp-removed')).toEqual(['dotted rgb(213,94,0)']);
      expect(look('cmp-kept')).toEqual(['solid rgb(140,140,140)']);
      const node = (label: string) => drawn.nodes.find((n) => n.label === label)!;
      expect(node(REPLACED.label).classes).toContain('cmp-left');
      expect(node(REPLACEMENT.label).classes).toContain('cmp-joined');
      expect(drawn.nodes.filter((n) => n.classes.includes('cmp-left'))).toHaveLength(1);
      expect(drawn.nodes.filter((n) => n.classes.includes('cmp-joined'))).toHaveLength(1);
      expect(await text('[data-testid="compare-ties"]')).toBe(
        'Ties: 8 added, 14 removed, 106 kept.',
      );
      expect(await text('[data-testid="compare-joined"]')).toBe(`Joined (1): ${REPLACEMENT.label}`);
      expect(await text('[data-testid="compare-left"]')).toBe(`Left (1): ${REPLACED.label}`);
      const legend = await text('[data-testid="compare-legend"]');
      expect(legend).toContain('Tie added — blue, dashed line');
      expect(legend).toContain('Tie removed — orange, dotted line');
      expect(legend).toContain('Tie in both — grey, solid line');
      // Her in-degree: nothing before, 4 after, no change — never 0.
      expect(await text(`[data-testid="compare-row-${REPLACEMENT.id}"]`)).toBe(
        `${REPLACEMENT.label} (joined) — 4 —`,
      );
      await page.screenshot({ path: `${SCREENS}/waves-compare-${width}x${height}.png` });
      await page.click('[data-testid="compare-tab-network"]');
      expect(await text('[data-testid="compare-row-ties"]')).toMatch(/ 120 114 −?-?6$/);
      if (width !== 1280) return;
      // A story step that shows the comparison: one undo step, presented beside the network.
      const steps = (await doc()) as unknown as { views: unknown[] };
      await page.click('[data-testid="compare-add-step"]');
      await expect
        .poll(async () => ((await doc()) as unknown as { views: unknown[] }).views.length)
        .toBe(steps.views.length + 1);
      await page.click('[data-testid="compare-close"]');
      await page.waitForSelector('[data-testid="compare-panel"]', { state: 'detached' });
      await page.click('[data-testid="present"]');
      await page.waitForSelector('[data-testid="present-counter"]');
      await page.keyboard.press('End');
      await page.waitForSelector('[data-testid="present-compare"]');
      expect(await text('[data-testid="present-title"]')).toContain('What changed since');
      expect(await text('[data-testid="present-compare-counts"]')).toBe(
        `Ties: 8 added, 14 removed, 106 kept. Joined (1): ${REPLACEMENT.label} · Left (1): ${REPLACED.label}`,
      );
      await page.waitForFunction(
        () => (window as unknown as HookWindow).__leadnetCompare?.ready === true,
      );
      const shown = await page.evaluate(() =>
        (window as unknown as HookWindow).__leadnetCompare!.drawn(),
      );
      expect(shown.edges.filter((e) => e.classes.includes('cmp-removed'))).toHaveLength(14);
      expect(shown.edges.filter((e) => e.classes.includes('cmp-added'))).toHaveLength(8);
      await page.screenshot({ path: `${SCREENS}/waves-compare-step-${width}x${height}.png` });
    });
  }
});
