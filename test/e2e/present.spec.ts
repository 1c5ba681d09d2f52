// Workshop mode in a real browser: projection mode hides the chrome and shows the example's
// story with labels readable from the back of a room (measured on screen at 1280×720 and
// 1920×1080), a large legend and a step counter; clicker keys and on-screen buttons walk the
// steps; a step's focus dims the rest; the what-if step shows its simulated week; steps are
// captured, renamed, reordered and deleted as undoable changes that survive a reload. Writes
// screenshots of every step at both sizes to .tmp/screens/present-*.png: look at them.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SCREENS, useBrowser } from './fixture';

interface Hook {
  doc(): { views: Record<string, unknown>[]; actors: { id: string }[] };
  labelPx(id: string): number | null;
  viewData(kind: string, id: string, key: string): unknown;
  screenPosition(kind: string, id: string): { x: number; y: number } | null;
  stepTransition(): number;
}
const hook = (page: Page) =>
  ({
    doc: () =>
      page.evaluate(() => (window as unknown as { __leadnet: Hook }).__leadnet.doc()) as Promise<
        ReturnType<Hook['doc']>
      >,
    labelPx: (id: string) =>
      page.evaluate((i) => (window as unknown as { __leadnet: Hook }).__leadnet.labelPx(i), id),
    data: (kind: string, id: string, key: string) =>
      page.evaluate(
        ([k, i, d]) => (window as unknown as { __leadnet: Hook }).__leadnet.viewData(k!, i!, d!),
        [kind, id, key],
      ),
    position: (kind: string, id: string) =>
      page.evaluate(
        ([k, i]) => (window as unknown as { __leadnet: Hook }).__leadnet.screenPosition(k!, i!),
        [kind, id],
      ),
  }) as const;

const app = useBrowser();
let page: Page;

const counter = () => page.textContent('[data-testid="present-counter"]');
const visible = (selector: string) => page.locator(selector).first().isVisible();

/** Waits until the step's animation (600 ms) and label sorting are over. */
const settle = () => page.waitForTimeout(1100);

const EXAMPLE_TITLES = [
  'The whole collaborative',
  'Distributed leadership on the orthopaedic ward',
  "The ward's support from management",
  'What if support is withdrawn?',
];

describe('projection mode', () => {
  // 24 px at 1280×720 (readable from the back of a meeting room), 36 px at 1920×1080.
  for (const [width, height, least] of [
    [1280, 720, 22],
    [1920, 1080, 33],
  ] as const) {
    it(`at ${width}×${height}: chrome hidden, large labels and legend, every example step`, async () => {
      page = await app.openApp({ viewport: { width, height } });
      const h = hook(page);
      expect(await visible('[data-testid="present"]')).toBe(true);
      await page.keyboard.press('p');
      await expect.poll(counter).toBe('Step 1 of 4');
      // The chrome is gone: toolbar, side panel with inspector and legend, status bar.
      for (const chrome of [
        '[data-testid="present"]',
        'aside[aria-label]',
        '[data-testid="status"]',
      ])
        expect(await visible(chrome), chrome).toBe(false);
      const canvas = await page.locator('[data-testid="graph"]').boundingBox();
      expect(canvas!.width).toBeGreaterThan(width * 0.7);

      // High contrast: black text on white for the title, white on near-black below.
      const colours = await page.evaluate(() => {
        const style = (s: string) => getComputedStyle(document.querySelector(s)!);
        return {
          title: style('[data-testid="present-title"]').color,
          top: style('[data-testid="present-top"]').backgroundColor,
          counter: style('[data-testid="present-counter"]').color,
          legendText: style('[data-testid="present-legend"]').color,
          legendPx: parseFloat(style('[data-testid="present-legend"] li span').fontSize),
        };
      });
      expect(colours.title).toBe('rgb(0, 0, 0)');
      expect(colours.top).toBe('rgb(255, 255, 255)');
      expect(colours.counter).toBe('rgb(255, 255, 255)');
      expect(colours.legendText).toBe('rgb(0, 0, 0)');
      // The legend: large type, every role and tie kind and the direction in words.
      expect(colours.legendPx).toBeGreaterThanOrEqual(least * 0.75);
      const legend = (await page.textContent('[data-testid="present-legend"]')) ?? '';
      for (const text of ['Manager', 'Local coordinator', 'Team member', 'Leadership', 'Support'])
        expect(legend).toContain(text);
      expect(legend).toContain('A → B: A looks to B');
      const box = await page.locator('[data-testid="present-legend"]').boundingBox();
      expect(box!.width).toBeGreaterThanOrEqual(240);

      for (const [i, title] of EXAMPLE_TITLES.entries()) {
        await expect.poll(() => page.textContent('[data-testid="present-title"]')).toBe(title);
        if (i === 3)
          await expect
            .poll(() => page.textContent('[data-testid="present-status"]'), { timeout: 60_000 })
            .toContain('week 52');
        await settle();
        for (const id of ['team-ortho-c', 'mgr-hospital', 'team-ortho-2']) {
          const px = await h.labelPx(id);
          expect(px, `${id} at step ${i + 1}`).toBeGreaterThanOrEqual(least);
        }
        // No label shown is left covering another: those that would are hidden, and at least
        // the people the step is about keep theirs.
        if (i === 2) expect(await h.data('actor', 'mgr-hospital', 'labelHidden')).toBe(false);
        await page.screenshot({ path: `${SCREENS}/present-${width}x${height}-step${i + 1}.png` });
        await page.keyboard.press('ArrowRight');
      }
      await page.keyboard.press('Escape');
      await expect.poll(() => visible('[data-testid="present"]')).toBe(true);
      expect(await visible('[data-testid="present-counter"]')).toBe(false);
    });
  }

  it('walks the steps with clicker keys, arrows, Space, Home, End and the on-screen buttons', async () => {
    page = await app.openApp({ viewport: { width: 1280, height: 720 } });
    await page.click('[data-testid="present"]');
    await expect.poll(counter).toBe('Step 1 of 4');
    const steps: [string, string][] = [
      ['PageDown', 'Step 2 of 4'],
      ['ArrowRight', 'Step 3 of 4'],
      ['PageUp', 'Step 2 of 4'],
      ['End', 'Step 4 of 4'],
      ['ArrowRight', 'Step 4 of 4'], // the last step stays
      ['Home', 'Step 1 of 4'],
      ['ArrowLeft', 'Step 1 of 4'],
      [' ', 'Step 2 of 4'],
      ['ArrowLeft', 'Step 1 of 4'],
    ];
    for (const [key, expected] of steps) {
      await page.keyboard.press(key === ' ' ? 'Space' : key);
      await expect.poll(counter, { message: key }).toBe(expected);
    }
    await page.click('[data-testid="present-next"]');
    await expect.poll(counter).toBe('Step 2 of 4');
    await page.click('[data-testid="present-next"]');
    await expect.poll(counter).toBe('Step 3 of 4');
    await page.click('[data-testid="present-previous"]');
    await expect.poll(counter).toBe('Step 2 of 4');
    expect(await page.isDisabled('[data-testid="present-previous"]')).toBe(false);
    await page.click('[data-testid="present-exit"]');
    await expect.poll(() => visible('[data-testid="present"]')).toBe(true);
    // Walking through the story changed nothing in the network: there is nothing to undo.
    const h = hook(page);
    expect((await h.doc()).views).toHaveLength(4);
    expect(await page.isDisabled('[data-testid="undo"]')).toBe(true);
  });

  it("dims what is outside a step's focus, and brings everything back on leaving", async () => {
    page = await app.openApp({ viewport: { width: 1280, height: 720 } });
    const h = hook(page);
    const sample = ['team-ortho-1', 'team-ed-3', 'team-homecare-2', 'mgr-hospital', 'team-rehab-c'];
    const where = () => Promise.all(sample.map((id) => h.position('actor', id)));
    const before = await where();
    await page.keyboard.press('p');
    await expect.poll(counter).toBe('Step 1 of 4');
    await settle();
    expect(await h.data('actor', 'team-ed-1', 'dimmed')).toBe(false);
    await page.keyboard.press('ArrowRight'); // the orthopaedic ward's leadership
    await expect.poll(() => h.data('actor', 'team-ed-1', 'dimmed')).toBe(true);
    expect(await h.data('actor', 'team-ortho-1', 'dimmed')).toBe(false);
    expect(await h.data('actor', 'team-ortho-1', 'highlighted')).toBe(true);
    expect(await h.data('group', 'team-ortho', 'dimmed')).toBe(false);
    expect(await h.data('group', 'team-ed', 'dimmed')).toBe(true);
    // Leadership inside the ward is in focus; the ward's support from management is not.
    expect(await h.data('tie', 'leadership-team-ortho-1-team-ortho-2', 'highlighted')).toBe(true);
    expect(await h.data('tie', 'support-team-ortho-c-mgr-hospital', 'dimmed')).toBe(true);
    await page.keyboard.press('ArrowRight'); // its manager's support
    await expect
      .poll(() => h.data('tie', 'support-team-ortho-c-mgr-hospital', 'highlighted'))
      .toBe(true);
    expect(await h.data('tie', 'leadership-team-ortho-1-team-ortho-2', 'dimmed')).toBe(true);
    expect(await h.data('actor', 'mgr-hospital', 'dimmed')).toBe(false);
    expect(await h.data('actor', 'mgr-municipality', 'dimmed')).toBe(true);
    // A click selects a person: their ties are drawn thick and their name is said, no hover.
    await settle();
    const at = await h.position('actor', 'mgr-hospital');
    await page.mouse.click(at!.x, at!.y);
    await expect
      .poll(() => page.textContent('[data-testid="present-selected"]'))
      .toContain('Henrik Q.');
    expect(await h.data('tie', 'support-team-ortho-c-mgr-hospital', 'selectedTie')).toBe(true);
    await page.keyboard.press('Escape'); // clears the selection, and leaves
    await expect.poll(() => h.data('actor', 'team-ed-1', 'dimmed')).toBe(false);
    expect(await visible('[data-testid="present-counter"]')).toBe(false);
    // The drawing is the document's again (the steps drew the hierarchy layout), fitted as before.
    await page.waitForTimeout(300);
    // (A selected person's thicker border changes the fit by a few px; a layout left behind
    // would move people by hundreds.)
    const after = await where();
    const moved = after.map((p, i) => Math.hypot(p!.x - before[i]!.x, p!.y - before[i]!.y));
    expect(Math.max(...moved)).toBeLessThan(30);
  });

  // Whether a step glides or jumps is read from the transition the canvas was given and from where
  // people end, not from a time limit or frames sampled on a busy machine.
  it('glides between steps, and jumps at once when reduced motion is asked for', async () => {
    page = await app.openApp({ viewport: { width: 1280, height: 720 } });
    const h = hook(page);
    const at = () => h.position('actor', 'team-ortho-1');
    const transition = () =>
      page.evaluate(() => (window as unknown as { __leadnet: Hook }).__leadnet.stepTransition());
    await page.keyboard.press('p');
    await settle();
    const first = await at();
    await page.keyboard.press('ArrowRight');
    await expect.poll(transition).toBe(600);
    await settle();
    const second = await at();
    expect(Math.hypot(first!.x - second!.x, first!.y - second!.y)).toBeGreaterThan(50);

    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.keyboard.press('ArrowLeft');
    await settle();
    expect(await transition()).toBe(0);
    const back = await at();
    expect(Math.hypot(back!.x - first!.x, back!.y - first!.y)).toBeLessThan(15); // the fit may differ by a few px
    await page.keyboard.press('ArrowRight');
    await settle();
    expect(await transition()).toBe(0);
    const again = await at();
    expect(Math.hypot(again!.x - second!.x, again!.y - second!.y)).toBeLessThan(15); // the fit may differ by a few px
  });

  it('shows the what-if step at its week once the simulation has run in the worker', async () => {
    page = await app.openApp({ viewport: { width: 1280, height: 720 } });
    const h = hook(page);
    await page.keyboard.press('p');
    await page.keyboard.press('End');
    await expect.poll(counter).toBe('Step 4 of 4');
    await expect
      .poll(() => page.textContent('[data-testid="present-status"]'), { timeout: 60_000 })
      .toContain('Simulated: week 52');
    // Support was withdrawn at week 26: at week 52 the support ties are gone (faded).
    expect(await h.data('tie', 'support-team-ortho-c-mgr-hospital', 'absent')).toBe(true);
    expect(await h.data('tie', 'leadership-team-ortho-1-team-ortho-2', 'absent')).toBe(false);
    expect(await h.data('group', 'team-ortho', 'progressFill')).toMatch(/^rgb/);
    expect(await page.textContent('[data-testid="present-legend"]')).toContain(
      'simulated progress',
    );
    // The step in the What if…? workspace: its chart beside the network, every number simulated.
    await page.waitForSelector('[data-testid="present-figure"] [data-testid="progress-chart"] svg');
    expect(await page.textContent('[data-testid="present-figure"] h2')).toBe(
      'Management withdraws support at week 26 — All teams',
    );
    expect(await page.textContent('[data-testid="present-difference"]')).toMatch(
      /^\s*Week 52: -\d+\.\d points against the baseline \(simulated\)\s*$/,
    );
    const axis = await page.$$eval('[data-testid="present-figure"] svg text', (ts) =>
      ts.map((t) => t.textContent ?? ''),
    );
    expect(axis).toContain('↑ Experienced progress (simulated)');
    expect(axis).toContain('week 52'); // the step's week, ruled on the chart
    // Side by side: the network keeps most of the width, the chart does not cover it.
    const [canvas, figure] = await Promise.all([
      page.locator('[data-testid="graph"]').boundingBox(),
      page.locator('[data-testid="present-figure"]').boundingBox(),
    ]);
    expect(canvas!.x + canvas!.width).toBeLessThanOrEqual(figure!.x + 1);
    expect(canvas!.width).toBeGreaterThan(figure!.width);
    await page.screenshot({ path: `${SCREENS}/present-1280x720-scenario-step.png` });
    // Back to a step without a scenario: the network as it is, with no chart.
    await page.keyboard.press('Home');
    await page.waitForSelector('[data-testid="present-figure"]', { state: 'detached' });
    await expect
      .poll(() => h.data('tie', 'support-team-ortho-c-mgr-hospital', 'absent'))
      .toBe(false);
    await page.keyboard.press('Escape');
    await expect.poll(() => h.data('group', 'team-ortho', 'progressFill')).toBeNull();
  });
});

describe('the story panel', () => {
  it('captures a step, renames, reorders and deletes it, undoes each, and keeps it after a reload', async () => {
    page = await app.openApp({ viewport: { width: 1440, height: 900 } });
    const h = hook(page);
    await page.click('[data-testid="toggle-story"]');
    await expect.poll(() => page.locator('[data-testid="story-step"]').count()).toBe(4);
    await page.screenshot({ path: `${SCREENS}/present-story-panel-1440x900.png` });
    const ids = async () => (await h.doc()).views.map((v) => v.id);

    // Select a person, then capture the screen: the selection becomes the step's focus.
    const at = await h.position('actor', 'team-ed-c');
    await page.mouse.click(at!.x, at!.y);
    await page.click('[data-testid="story-add"]');
    await expect.poll(() => page.locator('[data-testid="story-step"]').count()).toBe(5);
    const added = (await h.doc()).views[4]!;
    expect(added).toMatchObject({
      title: 'Step 5',
      layout: 'force',
      focus: { actors: ['team-ed-c'] },
    });
    expect((added.positions as unknown[]).length).toBe(45);
    expect(added.viewport).toMatchObject({ x1: expect.any(Number), y2: expect.any(Number) });
    const newId = added.id as string;

    // Rename: one undo step.
    const title = page.locator('[data-testid="story-title"]').nth(4);
    await title.fill('The emergency department');
    await title.press('Tab');
    await expect.poll(async () => (await h.doc()).views[4]!.title).toBe('The emergency department');
    await page.click('[data-testid="undo"]');
    await expect.poll(async () => (await h.doc()).views[4]!.title).toBe('Step 5');
    await page.click('[data-testid="redo"]');
    await expect.poll(async () => (await h.doc()).views[4]!.title).toBe('The emergency department');

    // Move it up: one undo step.
    await page.locator('[data-testid="story-up"]').nth(4).click();
    await expect.poll(async () => (await ids())[3]).toBe(newId);
    await page.click('[data-testid="undo"]');
    await expect.poll(async () => (await ids())[4]).toBe(newId);
    await page.locator('[data-testid="story-up"]').nth(4).click();
    await expect.poll(async () => (await ids())[3]).toBe(newId);

    // Delete it: undo brings it back in its place, title and all.
    await page.locator('[data-testid="story-delete"]').nth(3).click();
    await expect.poll(ids).not.toContain(newId);
    await page.click('[data-testid="undo"]');
    await expect.poll(async () => (await ids())[3]).toBe(newId);
    expect((await h.doc()).views[3]!.title).toBe('The emergency department');

    // Presenting from it shows it with its focus.
    await page.locator('[data-testid="story-present-from"]').nth(3).click();
    await expect.poll(counter).toBe('Step 4 of 5');
    expect(await page.textContent('[data-testid="present-title"]')).toBe(
      'The emergency department',
    );
    await expect.poll(() => h.data('actor', 'team-ortho-1', 'dimmed')).toBe(true);
    expect(await h.data('actor', 'team-ed-c', 'dimmed')).toBe(false);
    await page.keyboard.press('Escape');

    // The story is saved with the network: after a reload it is there, in its order.
    await expect.poll(() => page.textContent('[data-testid="save-status"]')).toContain('Saved');
    const before = await ids();
    await page.reload();
    await page.waitForFunction(
      () => (window as unknown as { __leadnet?: { ready: boolean } }).__leadnet?.ready === true,
    );
    expect(await ids()).toEqual(before);
    expect((await h.doc()).views[3]!.title).toBe('The emergency department');
  });
});
