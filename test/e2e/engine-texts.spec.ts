// The engine's texts are not in the first load (src/ui/message-tables.ts): they load right after
// the first view. What the engine says must still reach the screen as real text from the first
// moment on, in both languages, online and offline — an edit refused next to its field, a file
// refused at its line, a what-if run's warnings — and, when the texts could not be loaded, a
// readable line instead of a code. Screenshots go to .tmp/screens/engine-texts-*.png.
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { serviceWorkerActive, useBrowser } from './fixture';

const app = useBrowser();

const FSI = '\u2068';
const PDI = '\u2069';

/** What each language says, for the three kinds of engine message. */
const SAYS = {
  da: {
    weight: `vægten skal være større end 0 og højst 1 (fik ${FSI}2${PDI})`,
    json: `“${FSI}brudt.json${PDI}” linje 3, kolonne 19: ikke gyldig JSON: uventet “${FSI}]${PDI}”`,
    warning: 'ledelsesstøtte er ikke registreret for',
    loading: 'Indlæser teksten…',
    failed: 'Teksten kunne ikke indlæses: genindlæs siden (med forbindelse) for at se den.',
  },
  en: {
    weight: `the weight must be greater than 0 and at most 1 (got ${FSI}2${PDI})`,
    json: `“${FSI}brudt.json${PDI}” line 3, column 19: not valid JSON: unexpected “${FSI}]${PDI}”`,
    warning: 'management support is not recorded for',
    loading: 'Loading the text…',
    failed: 'This text could not be loaded: reload the page (with a connection) to see it.',
  },
} as const;

type Language = keyof typeof SAYS;

/** A message code as the engine writes it (`cmd_weight`, `doc_json_unexpected`…). */
const CODE = /\b(?:cmd|doc|fmt|sim|ready|value|storage|job|view|measure)_[a-z_]+\b/;

const text = async (page: Page, selector: string) => (await page.innerText(selector)).trim();

/** Sets a tie's weight to 2 in the inspector: the edit command refuses it. */
async function refuseAnEdit(page: Page): Promise<string> {
  const at = await page.evaluate(
    (tie) =>
      (
        window as unknown as {
          __leadnet: { screenPosition(k: string, i: string): { x: number; y: number } };
        }
      ).__leadnet.screenPosition('tie', tie),
    'support-team-ortho-c-mgr-hospital',
  );
  await page.mouse.click(at.x, at.y);
  const weight = page.locator('[data-testid="edit-tie-weight"]');
  await weight.fill('2');
  await weight.press('Enter');
  await page.waitForSelector('[data-testid="field-error"]');
  return text(page, '[data-testid="field-error"]');
}

/** Opens a broken JSON file: the import refuses it at its line and column. */
async function refuseAFile(page: Page): Promise<string> {
  await page.setInputFiles('[data-testid="open-input"]', [
    {
      name: 'brudt.json',
      mimeType: 'text/plain',
      buffer: Buffer.from('{\n  "format": "leadnet-network",\n  "actors": [1, 2,]\n}', 'utf8'),
    },
  ]);
  await page.waitForSelector('[data-testid="open-errors"]');
  const said = await text(page, '[data-testid="open-errors"]');
  await page.click('[data-testid="import-dialog"] .actions button.primary');
  await expect.poll(() => page.isVisible('[data-testid="import-dialog"]')).toBe(false);
  return said;
}

/** A short what-if run; its warnings as the checks tab lists them, the first one opened. */
async function runWithWarnings(page: Page): Promise<string> {
  await page.click('[data-testid="toggle-whatif"]');
  await page.selectOption('[data-testid="scenario-select"]', 'support-withdrawn-26');
  await page.fill('[data-testid="scenario-panel"] input[type="number"] >> nth=0', '20');
  await page.click('[data-testid="run-scenario"]');
  await page.locator('[data-testid="difference-table"]').waitFor({ timeout: 60_000 });
  await page.click('[data-testid="tab-checks"]');
  // A finding about a team opens to the engine's own sentence for it.
  await page.click('[data-testid="warning-group"] >> nth=0');
  return text(page, '[data-testid="simulation-warnings"]');
}

/** The three kinds of engine message, each said in `language` as real text. */
async function expectRealTexts(page: Page, language: Language): Promise<void> {
  const says = SAYS[language];
  const refused = await refuseAnEdit(page);
  expect(refused).toBe(says.weight);
  expect(await refuseAFile(page)).toBe(says.json);
  const warnings = await runWithWarnings(page);
  expect(warnings).toContain(says.warning);
  for (const said of [refused, warnings]) {
    expect(said).not.toMatch(CODE);
    expect(said).not.toContain(says.loading);
  }
}

describe('the engine’s texts after the first load', () => {
  for (const language of ['da', 'en'] as const)
    it(`says an edit refusal, an import refusal and a run's warnings in ${language} from the start`, async () => {
      // A Danish browser starts in Danish: no switch (which would wait for the texts) first.
      const page = await app.openApp({
        viewport: { width: 1280, height: 720 },
        ...(language === 'da' ? { locale: 'da-DK' } : {}),
      });
      expect(await page.getAttribute('html', 'lang')).toBe(language);
      await expectRealTexts(page, language);
      await page.screenshot({ path: `.tmp/screens/engine-texts-${language}-1280.png` });
    });

  it('says them offline too, from the service worker’s cache, in Danish', async () => {
    const context = await app.newContext({
      viewport: { width: 1280, height: 720 },
      locale: 'da-DK',
    });
    const first = await app.openApp({ context, library: true, timeout: 30_000 });
    await serviceWorkerActive(first);
    await context.setOffline(true);
    await first.reload();
    await app.waitReady(first, { library: true, timeout: 30_000 });
    expect(await first.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    expect(await first.evaluate(() => navigator.onLine)).toBe(false);
    await expectRealTexts(first, 'da');
  });

  it('says that a text could not be loaded, never a code, when the engine’s texts fail', async () => {
    const context: BrowserContext = await app.newContext({
      viewport: { width: 1280, height: 720 },
      locale: 'da-DK',
    });
    await context.route(/\/assets\/engine-texts-/, (route) => route.abort());
    const page = await app.openApp({ context });
    expect(await page.getAttribute('html', 'lang')).toBe('da');
    const refused = await refuseAnEdit(page);
    expect(refused).toBe(SAYS.da.failed);
    expect(refused).not.toMatch(CODE);
    await page.screenshot({ path: '.tmp/screens/engine-texts-failed-da-1280.png' });
    // The blocked files are the only complaint (the browser reports each failed request).
    const watch = app.watchOf(page);
    expect(watch.errors.every((line) => /Failed to load resource|engine-texts/.test(line))).toBe(
      true,
    );
    watch.errors.length = 0;
    // Once they can be fetched, a switch of language brings them: the refusal says it in English.
    await context.unroute(/\/assets\/engine-texts-/);
    await page.selectOption('[data-testid="language"]', 'en');
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en');
    expect(await refuseAnEdit(page)).toBe(SAYS.en.weight);
  });
});
