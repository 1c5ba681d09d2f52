// The UI's languages in a real browser: a Danish browser opens Leadnet in Danish, the language
// select switches in place (no reload, the user's edit and its undo kept), the choice is
// remembered over a reload, and the Danish start view shows none of the English UI words.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './fixture';

interface Position {
  x: number;
  y: number;
}
/** The app's test hooks as this file uses them (other specs declare their own views of them). */
interface TestWindow {
  __leadnet?: {
    ready: boolean;
    screenPosition(kind: string, id: string): Position | null;
  };
  __leadnetLibrary?: { doc(): { actors: { id: string; position?: Position }[] } };
  /** Set by the test: gone if the page reloads. */
  __sameDocument?: boolean;
}

/** English words of the UI (toolbar, panels, legend, status) that a Danish view must not show. */
const ENGLISH_UI_WORDS = [
  'Undo',
  'Redo',
  'Library',
  'Open…',
  'Re-run',
  'Fit',
  'Measures',
  'What if',
  'Legend',
  'People',
  'Ties',
  'Manager',
  'Regional coordinator',
  'Local coordinator',
  'Team member',
  'Other role',
  'Leadership',
  'Support',
  'Coordination',
  'Reporting',
  'looks to',
  'influence flows',
  'Inspector',
  'Click a person',
  'Network summary',
  'Actors',
  'Density',
  'Reciprocity',
  'Components',
  'Isolated',
  'Worker',
  'ready',
  'Revision',
  'Saved',
  'Force-directed',
  'Language',
];

const app = useBrowser();
let page: Page;

/** A fresh browser profile whose language is Danish (navigator.languages = ['da-DK']). */
async function openDanish(viewport = { width: 1280, height: 720 }): Promise<void> {
  page = await app.openApp({ viewport, locale: 'da-DK' });
}

const waitReady = () => app.waitReady(page);
const text = (testId: string) => page.textContent(`[data-testid="${testId}"]`);
/** The accessible name of a compact (icon) button. */
const label = (testId: string) => page.getAttribute(`[data-testid="${testId}"]`, 'aria-label');
const savedPosition = (id: string) =>
  page.evaluate(
    (i) =>
      (window as unknown as TestWindow).__leadnetLibrary!.doc().actors.find((a) => a.id === i)!
        .position!,
    id,
  );

describe('languages', () => {
  it("opens in the browser's language, Danish, with the page's lang set", async () => {
    await openDanish();
    expect(await text('library')).toBe('Bibliotek');
    expect(await label('undo')).toBe('Fortryd');
    expect(await label('redo')).toBe('Gentag');
    expect(await text('toggle-measures')).toBe('Mål');
    expect(await page.inputValue('[data-testid="language"]')).toBe('da');
    expect(await page.getAttribute('html', 'lang')).toBe('da');
    const legend = (await text('legend')) ?? '';
    for (const word of ['Signaturforklaring', 'Leder', 'Teammedlem', 'Ledelse', 'Støtte'])
      expect(legend).toContain(word);
    await expect.poll(() => text('worker-status')).toContain('Beregning: klar');
  });

  it('switches in place, keeping an edit made before and its undo, and remembers the choice', async () => {
    await openDanish();
    // An edit first: drag an actor (one undoable command).
    const before = await savedPosition('team-ed-c');
    const at = await page.evaluate(() =>
      (window as unknown as TestWindow).__leadnet!.screenPosition('actor', 'team-ed-c'),
    );
    await page.mouse.move(at!.x, at!.y);
    await page.mouse.down();
    for (let i = 1; i <= 5; i += 1) await page.mouse.move(at!.x + i * 12, at!.y + i * 8);
    await page.mouse.up();
    await expect.poll(() => page.isEnabled('[data-testid="undo"]')).toBe(true);
    const moved = await savedPosition('team-ed-c');
    expect(moved.x - before.x).toBeGreaterThan(20);
    expect(await page.getAttribute('[data-testid="undo"]', 'title')).toMatch(/^Fortryd /);

    await page.evaluate(() => ((window as unknown as TestWindow).__sameDocument = true));
    await page.selectOption('[data-testid="language"]', 'en');
    await expect.poll(() => text('library')).toBe('Library');
    expect(await label('undo')).toBe('Undo');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    const legend = ((await text('legend')) ?? '').replace(/\s+/g, ' ');
    expect(legend).toContain('Team member');
    expect(legend).toContain('influence flows against the arrow');
    expect(legend).not.toContain('Teammedlem');
    expect(await text('worker-status')).toContain('Worker: ready');
    // No reload: the page is the same document, and the edit is still there and undoable.
    expect(await page.evaluate(() => (window as unknown as TestWindow).__sameDocument)).toBe(true);
    expect(await savedPosition('team-ed-c')).toEqual(moved);
    expect(await page.getAttribute('[data-testid="undo"]', 'title')).toMatch(/^Undo /);
    await page.click('[data-testid="undo"]');
    await expect.poll(() => savedPosition('team-ed-c')).toEqual(before);

    // Remembered: a reload in the same (Danish) browser opens in English.
    await page.reload();
    await waitReady();
    expect(await text('library')).toBe('Library');
    expect(await page.inputValue('[data-testid="language"]')).toBe('en');

    // And back to Danish, remembered too.
    await page.selectOption('[data-testid="language"]', 'da');
    await expect.poll(() => text('library')).toBe('Bibliotek');
    await page.reload();
    await waitReady();
    expect(await text('library')).toBe('Bibliotek');
  });

  it('shows none of the English UI words in the Danish start view', async () => {
    await openDanish({ width: 1440, height: 900 });
    await expect.poll(() => text('summary-actors')).toBe('45');
    await expect.poll(() => text('save-status')).toBe('Gemt');
    await expect.poll(() => text('worker-status')).toContain('klar');
    const visible = await page.evaluate(() => document.body.innerText);
    // Tooltips and accessible names of the toolbar are UI text too.
    const labels = await page.evaluate(() =>
      [...document.querySelectorAll('header [title], header [aria-label], aside [aria-label]')]
        .flatMap((el) => [el.getAttribute('title') ?? '', el.getAttribute('aria-label') ?? ''])
        .join('\n'),
    );
    for (const word of ENGLISH_UI_WORDS) {
      const pattern = new RegExp(
        `(^|[^\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`,
        'u',
      );
      expect(visible, `"${word}" on the Danish start view`).not.toMatch(pattern);
      expect(labels, `"${word}" in a Danish tooltip or label`).not.toMatch(pattern);
    }
  });

  it('keeps the toolbar in one row in Danish at 1280×720 and 1440×900', async () => {
    for (const viewport of [
      { width: 1280, height: 720 },
      { width: 1440, height: 900 },
    ]) {
      await openDanish(viewport);
      const tops = await page.evaluate(() =>
        [...document.querySelectorAll('header [role="toolbar"] > *')]
          .filter((el) => (el as HTMLElement).offsetParent !== null)
          .map((el) =>
            Math.round(el.getBoundingClientRect().top + el.getBoundingClientRect().height / 2),
          ),
      );
      expect(tops.length).toBeGreaterThan(5);
      expect(
        Math.max(...tops) - Math.min(...tops),
        `toolbar rows at ${viewport.width}`,
      ).toBeLessThan(8);
      const header = await page.evaluate(() => document.querySelector('header')!.scrollWidth);
      expect(header).toBeLessThanOrEqual(viewport.width);
      await page.context().close();
    }
  });
});
