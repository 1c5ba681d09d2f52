// The app in a real browser: the example renders readably with a legend and a live worker,
// the inspector opens on a click, gestures are undoable commands, layouts run, files open,
// and nothing is requested from any other origin.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createSyntheticNetwork } from '../../src/core/example/synthetic';
import { useBrowser } from './fixture';

interface Hook {
  ready: boolean;
  screenPosition(kind: string, id: string): { x: number; y: number } | null;
  screenBox(id: string): { x1: number; y1: number; x2: number; y2: number } | null;
  labelPx(id: string): number | null;
  placement(): { actors: number; atOrigin: number };
  doc(): { actors: { id: string; position?: { x: number; y: number } }[] };
}
declare global {
  interface Window {
    __leadnet?: Hook;
  }
}

const app = useBrowser();
let page: Page;

async function openApp(width = 1280, height = 720): Promise<void> {
  page = await app.openApp({ viewport: { width, height } });
}

const position = (kind: string, id: string) =>
  page.evaluate(([k, i]) => window.__leadnet!.screenPosition(k!, i!), [kind, id]);
/** An actor's position in the open document (drawn or not). */
const docPosition = (id: string) =>
  page.evaluate(
    (i) => window.__leadnet!.doc().actors.find((a) => a.id === i)?.position ?? null,
    id,
  );

describe('the example collaborative', () => {
  it('renders every actor placed, with a worker-computed summary and status', async () => {
    await openApp();
    const placement = await page.evaluate(() => window.__leadnet!.placement());
    expect(placement.actors).toBe(45);
    expect(placement.atOrigin).toBeLessThan(2);
    await expect.poll(() => page.textContent('[data-testid="summary-actors"]')).toBe('45');
    expect(await page.textContent('[data-testid="summary-ties"]')).toBe('120');
    await expect
      .poll(() => page.textContent('[data-testid="worker-status"]'))
      .toContain('Worker: ready');
  });

  it('shows a legend that explains roles, tie kinds and the arrow direction in words', async () => {
    await openApp();
    const legend = ((await page.textContent('[data-testid="legend"]')) ?? '').replace(/\s+/g, ' ');
    for (const text of [
      'Manager',
      'Regional coordinator',
      'Local coordinator',
      'Team member',
      'Leadership',
      'Support',
      'Coordination',
      'Reporting',
    ]) {
      expect(legend).toContain(text);
    }
    expect(legend).toContain('influence flows against the arrow');
    expect(await page.isVisible('[data-testid="legend"]')).toBe(true);
  });

  it('keeps actor labels readable at projector size (at least 12 px on screen)', async () => {
    await openApp(1280, 720);
    // Labels are resized on the frame after a zoom: poll for a few frames.
    await expect
      .poll(() => page.evaluate(() => window.__leadnet!.labelPx('team-ortho-3')), { timeout: 3000 })
      .toBeGreaterThanOrEqual(12);
  });

  it('lays out the example the same way in every new profile, and anew on Re-run', async () => {
    const positions = () =>
      page.evaluate(() =>
        window.__leadnet!.doc().actors.map((a) => [a.id, a.position?.x, a.position?.y]),
      );
    const laidOut = async () => {
      await expect
        .poll(async () => (await positions()).every(([, x]) => typeof x === 'number'))
        .toBe(true);
      return positions();
    };
    await openApp();
    const first = await laidOut();
    await openApp(); // a fresh profile: nothing saved, so the example is laid out again
    expect(await laidOut()).toEqual(first);

    await page.click('[data-testid="relayout"]');
    await expect.poll(() => page.isEnabled('[data-testid="undo"]')).toBe(true);
    const again = await positions();
    expect(again).not.toEqual(first);
    await page.click('[data-testid="undo"]');
    await expect.poll(positions).toEqual(first);
  });
});

describe('the inspector', () => {
  it('opens on a click on an actor with its fields and attributes', async () => {
    await openApp();
    const at = await position('actor', 'team-ortho-c');
    await page.mouse.click(at!.x, at!.y);
    await expect.poll(() => page.textContent('[data-testid="inspector-name"]')).toBe('Mette H.');
    // The fields' editors load after the first view (issue 14): on a busy machine they come a
    // moment after the name.
    await expect
      .poll(() => page.textContent('[data-testid="inspector"]'))
      .toContain('Orthopaedic ward');
    const text = (await page.textContent('[data-testid="inspector"]')) ?? '';
    expect(text).toContain('coordinator');
    expect(text).toContain('Orthopaedic ward');
    expect(text).toContain('profession');
  });

  it('opens on a click on a tie and reads it in words', async () => {
    await openApp(1440, 900);
    const at = await position('tie', 'support-team-ortho-c-mgr-hospital');
    await page.mouse.click(at!.x, at!.y);
    await expect
      .poll(() => page.textContent('[data-testid="inspector"]'))
      .toContain('receives support from Henrik Q.');
  });

  it("lists a team's members when its box is clicked", async () => {
    await openApp(1440, 900);
    // The hierarchy layout never overlaps team boxes (fcose sometimes does).
    await page.selectOption('[data-testid="layout-select"]', 'hierarchy');
    await expect.poll(() => page.isEnabled('[data-testid="undo"]')).toBe(true);
    const box = await page.evaluate(() => window.__leadnet!.screenBox('team-homecare'));
    // Inside the box's padding, away from any member.
    await page.mouse.click(box!.x1 + 4, box!.y2 - 4);
    await expect
      .poll(() => page.textContent('[data-testid="inspector-name"]'))
      .toBe('Home care north');
    const members = await page.locator('[data-testid="group-members"] li').count();
    expect(members).toBe(7);
  });
});

describe('commands', () => {
  it('makes a drag one undo step that undo and redo replay', async () => {
    await openApp();
    const before = await position('actor', 'team-ed-c');
    await page.mouse.move(before!.x, before!.y);
    await page.mouse.down();
    for (let i = 1; i <= 5; i += 1) await page.mouse.move(before!.x + i * 12, before!.y + i * 8);
    await page.mouse.up();
    await expect.poll(() => page.isEnabled('[data-testid="undo"]')).toBe(true);
    const moved = await position('actor', 'team-ed-c');
    expect(moved!.x - before!.x).toBeGreaterThan(40);
    await page.click('[data-testid="undo"]');
    await expect
      .poll(async () => (await position('actor', 'team-ed-c'))!.x)
      .toBeCloseTo(before!.x, 0);
    expect(await page.isEnabled('[data-testid="undo"]')).toBe(false);
    await page.keyboard.press('Control+Shift+Z');
    await expect
      .poll(async () => (await position('actor', 'team-ed-c'))!.x)
      .toBeCloseTo(moved!.x, 0);
  });

  it('applies the hierarchy layout from the worker with managers above their teams', async () => {
    await openApp();
    await page.selectOption('[data-testid="layout-select"]', 'hierarchy');
    await expect.poll(() => page.isEnabled('[data-testid="undo"]')).toBe(true);
    const manager = await position('actor', 'mgr-hospital');
    const coordinator = await position('actor', 'team-ortho-c');
    const member = await position('actor', 'team-ortho-1');
    expect(manager!.y).toBeLessThan(coordinator!.y);
    expect(coordinator!.y).toBeLessThan(member!.y);
  });
});

describe('opening a file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'leadnet-e2e-'));

  // How long the main thread blocks while a large file opens is measured by `npm run bench --
  // browser`, not asserted here (a time limit fails on a busy machine).
  it('lays out a 600-actor network with ForceAtlas2 in the worker', async () => {
    const file = join(dir, 'large.json');
    writeFileSync(file, JSON.stringify(createSyntheticNetwork({ actors: 600, seed: 7 })));
    await openApp();
    await page.setInputFiles('[data-testid="open-input"]', file);
    await page.click('[data-testid="import-open"]');
    // The file opened as a new network: the status says the previous one is in the Library.
    await expect
      .poll(() => page.textContent('[data-testid="status"]'), { timeout: 30_000 })
      .toContain('your previous network is in the Library');
    await expect
      .poll(() => page.textContent('[data-testid="summary-actors"]'), { timeout: 30_000 })
      .toBe('600');
    await expect
      .poll(() => page.evaluate(() => window.__leadnet!.placement().atOrigin), { timeout: 30_000 })
      .toBe(0);
    // The example is still in the Library, and opens again.
    await page.click('[data-testid="library"]');
    await page
      .locator('[data-testid="library-entry"]', { hasText: 'Example' })
      .locator('[data-testid="library-open"]')
      .click();
    await expect.poll(() => page.textContent('[data-testid="summary-actors"]')).toBe('45');
  });

  it('shows the worker at work and cancels a running layout, keeping the drawing as it was', async () => {
    const file = join(dir, 'cancel.json');
    writeFileSync(
      file,
      JSON.stringify(
        createSyntheticNetwork({ actors: 2000, tiesPerActor: 2, seed: 11, positions: true }),
      ),
    );
    await openApp();
    await page.setInputFiles('[data-testid="open-input"]', file);
    await page.click('[data-testid="import-open"]');
    await expect
      .poll(() => page.textContent('[data-testid="summary-actors"]'), { timeout: 30_000 })
      .toBe('2000');
    // A large network is drawn a chunk a frame (src/ui/graph/sync.ts): the last person comes last.
    await page.waitForSelector('[data-testid="graph"][aria-busy="false"]', { timeout: 30_000 });
    // 2,000 people open as an overview (issue 14): p1999 is folded into a disc, not drawn, so its
    // place is read in the document.
    await page.waitForSelector('[data-testid="overview"]', { timeout: 60_000 });
    expect(await position('actor', 'p1999')).toBeNull();
    const before = await docPosition('p1999');
    await page.click('[data-testid="relayout"]');
    // Click Cancel as a user would, while the status says the layout is running.
    await page.waitForFunction(
      () => {
        const status = document.querySelector('[data-testid="worker-status"]')?.textContent ?? '';
        const cancel = [...document.querySelectorAll('[data-testid="status"] button')].find(
          (b) => b.textContent?.trim() === 'Cancel',
        );
        if (!status.includes('layout') || !(cancel instanceof HTMLButtonElement)) return false;
        cancel.click();
        return true;
      },
      null,
      { timeout: 30_000, polling: 10 },
    );
    await expect
      .poll(() => page.textContent('[data-testid="status"]'))
      .toContain('Layout cancelled');
    await expect
      .poll(() => page.textContent('[data-testid="worker-status"]'))
      .toContain('Worker: ready');
    expect(await docPosition('p1999')).toEqual(before);
    // The worker is fresh and still answers: a new layout runs to the end.
    await page.selectOption('[data-testid="layout-select"]', 'hierarchy');
    await expect
      .poll(async () => (await docPosition('p1999'))!.y, { timeout: 30_000 })
      .not.toBe(before!.y);
  });

  it('fits a newly opened network that brings its own positions to the screen', async () => {
    const file = join(dir, 'placed.json');
    // Positions far from the example's, on a grid starting at (5000, 5000).
    const network = createSyntheticNetwork({ actors: 50, seed: 2, positions: true });
    const moved = {
      ...network,
      actors: network.actors.map((a) => ({
        ...a,
        position: { x: a.position!.x + 5000, y: a.position!.y + 5000 },
      })),
    };
    writeFileSync(file, JSON.stringify(moved));
    await openApp();
    await page.setInputFiles('[data-testid="open-input"]', file);
    await page.click('[data-testid="import-open"]');
    await expect.poll(() => page.textContent('[data-testid="summary-actors"]')).toBe('50');
    const box = await page.locator('[data-testid="graph"]').boundingBox();
    for (const id of ['p0', 'p49']) {
      const at = await position('actor', id);
      expect(at!.x).toBeGreaterThan(box!.x);
      expect(at!.x).toBeLessThan(box!.x + box!.width);
      expect(at!.y).toBeGreaterThan(box!.y);
      expect(at!.y).toBeLessThan(box!.y + box!.height);
    }
  });

  it('refuses an invalid file with errors that name the path, and changes nothing', async () => {
    const file = join(dir, 'bad.json');
    writeFileSync(
      file,
      JSON.stringify({
        format: 'leadnet-network',
        version: 1,
        actors: [
          { id: 'a', role: 'member' },
          { id: 'b', role: 'member' },
        ],
        ties: [{ id: 't', source: 'a', target: 'zz', kind: 'leadership' }],
      }),
    );
    await openApp();
    await page.setInputFiles('[data-testid="open-input"]', file);
    await expect
      .poll(() => page.textContent('[data-testid="open-errors"]'))
      .toContain('ties[0].target: no actor with id “\u2068zz\u2069”');
    expect(await page.textContent('[data-testid="summary-actors"]')).toBe('45');
    expect(await page.isEnabled('[data-testid="undo"]')).toBe(false);
  });
});
