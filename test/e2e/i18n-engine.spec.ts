// Danish all the way down: what the engine and the services say reaches the screen in Danish.
// An import whose report has a line of every kind (changed, left out, worth knowing), files that
// are refused (broken JSON; a CSV with a bad weight, which can be opened without it), a command
// refused next to its field, an undo label (the tooltip and the status line, said again in
// English after a switch), the export's warnings, a job in the status bar and a scenario's
// warnings: none shows a piece of the engine's English. The detector is the English texts
// themselves (messages/en/engine-*.json), and the test shows it finds them in English.
// Screenshots of the report, the refusal and the undo label go to .tmp/screens/engine-*.png.
import { readFileSync, readdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './fixture';

const app = useBrowser();
let page: Page;

const FSI = '\u2068';
const PDI = '\u2069';

const engineTexts = (locale: string): string[] =>
  readdirSync(`messages/${locale}`)
    .filter((file) => file.startsWith('engine-'))
    .flatMap((file) => {
      const texts = JSON.parse(readFileSync(`messages/${locale}/${file}`, 'utf8')) as object;
      return Object.entries(texts)
        .filter(([key]) => key !== '$schema')
        .map(([, text]) => String(text));
    });

/**
 * The literal pieces of the engine's English texts (between their parameters) that no Danish
 * text shares: two words or more, ten characters or more. On a Danish screen none may show.
 */
const ENGLISH_PIECES = (() => {
  const danish = engineTexts('da').join('\n');
  const pieces = new Set<string>();
  for (const text of engineTexts('en'))
    for (const raw of text.split(/\{\w+\}/)) {
      const piece = raw.trim().replace(/^[\s:;,.()]+|[\s:;,.()]+$/g, '');
      if (piece.length >= 10 && /\p{L}+ \p{L}+/u.test(piece) && !danish.includes(piece))
        pieces.add(piece);
    }
  return [...pieces];
})();

const englishEngineText = (text: string) => ENGLISH_PIECES.filter((piece) => text.includes(piece));

const shot = (name: string) => page.screenshot({ path: `.tmp/screens/engine-${name}.png` });

async function openDanish(viewport = { width: 1280, height: 720 }): Promise<void> {
  page = await app.openApp({ viewport, lang: 'da' });
}

const text = async (selector: string) => (await page.innerText(selector)).trim();

/**
 * A Cytoscape.js elements list that makes a report line of every kind: a compound node (a group
 * without a kind), people without a role, a list as an attribute value, a numeric id, parallel
 * edges whose weights are rescaled, an edge without an id, kind or weight, a self-loop and an
 * edge that ends on the group.
 */
const everyLine = JSON.stringify([
  { data: { id: 'ward', label: 'Afsnit A' } },
  { data: { id: 'n1', label: 'Hanne', parent: 'ward', role: 'manager', tags: ['a', 'b'] } },
  { data: { id: 'n2', label: 'Karl', parent: 'ward' } },
  { data: { id: 3, label: 'Mia', parent: 'ward', role: 'member' } },
  { data: { id: 'e1', source: 'n2', target: 'n1', kind: 'support', weight: 4 } },
  { data: { id: 'e2', source: 'n2', target: 'n1', kind: 'support', weight: 2 } },
  { data: { source: '3', target: 'n2', weight: 1 } },
  { data: { id: 'e4', source: 'n1', target: 'n1', kind: 'support', weight: 1 } },
  { data: { id: 'e5', source: 'n1', target: 'ward', kind: 'support', weight: 1 } },
  { data: { id: 'e6', source: '3', target: 'n1', kind: 'reporting' } },
]);

async function openFile(name: string, content: string): Promise<void> {
  await page.setInputFiles('[data-testid="open-input"]', [
    { name, mimeType: 'text/plain', buffer: Buffer.from(content, 'utf8') },
  ]);
}

describe('the engine in Danish', () => {
  it('the detector finds the engine’s English when the page is English', async () => {
    expect(ENGLISH_PIECES.length).toBeGreaterThan(100);
    page = await app.openApp({ viewport: { width: 1280, height: 720 } });
    await openFile('alle.json', everyLine);
    await page.waitForSelector('[data-testid="import-continue"]');
    await page.click('[data-testid="import-continue"]');
    await page.waitForSelector('[data-testid="import-report"]');
    const found = englishEngineText(await text('[data-testid="import-report"]'));
    expect(found).toContain('compound (parent) nodes read as groups');
    expect(found).toContain('self-loops (a tie from an actor to itself) left out');
  });

  it('an import report with a line of every kind, its places and the group named by its label', async () => {
    await openDanish();
    await openFile('alle.json', everyLine);
    await page.waitForSelector('[data-testid="import-continue"]');
    await page.click('[data-testid="import-continue"]');
    await page.waitForSelector('[data-testid="import-report"]');
    const changed = await text('[data-testid="report-changed"]');
    const refused = await text('[data-testid="report-refused"]');
    const notes = await text('[data-testid="report-notes"]');
    expect(changed).toContain('sammensatte noder (forældrenoder) læst som grupper');
    expect(changed).toContain('personer uden rolle fik rollen "member" (teammedlem)');
    expect(changed).toContain('feltværdier, der er lister eller objekter, bevaret som JSON-tekst');
    expect(changed).toContain('parallelle relationer af samme type slået sammen');
    expect(changed).toContain('vægte omskaleret: divideret med den største, 6,');
    expect(refused).toContain('sløjfer (en relation fra en person til personen selv) udeladt');
    expect(refused).toContain(`kanter til eller fra gruppen ${FSI}Afsnit A${PDI} udeladt`);
    expect(refused).toContain('ved elements[8]');
    expect(notes).toContain("id'er, der er tal, læst som tekst");
    expect(notes).toContain('Cytoscape-kanter læst med retning, kilde → mål');
    expect(notes).toContain('kanter uden id nummereret t1, t2, …');
    const dialog = await text('[data-testid="import-dialog"]');
    expect(englishEngineText(dialog)).toEqual([]);
    await shot('report-da-1280');

    // Back to English in place: the same report, said again in English.
    await page.selectOption('[data-testid="language"]', 'en');
    await expect
      .poll(() => text('[data-testid="report-refused"]'))
      .toContain(`edges to or from the group ${FSI}Afsnit A${PDI} left out`);
  });

  it('a CSV import says its places by file and line, in Danish', async () => {
    await openDanish({ width: 1440, height: 900 });
    // Measures columns are not read, the last line has no line end, there is no actor table.
    await openFile('relationer.csv', 'source,target,measure:x\nAnna,Bo,1\nBo,Cai,2');
    await page.waitForSelector('[data-testid="import-continue"]');
    await page.click('[data-testid="import-continue"]');
    await page.waitForSelector('[data-testid="import-report"]');
    const notes = await text('[data-testid="report-notes"]');
    expect(notes).toContain(
      `kolonner med mål læses ikke (målene beregnes igen): ${FSI}measure:x${PDI}`,
    );
    expect(notes).toContain(`ved “${FSI}relationer.csv${PDI}” linje 3`);
    expect(notes).toContain('ingen tabel over personer');
    expect(englishEngineText(await text('[data-testid="import-dialog"]'))).toEqual([]);
    await shot('report-csv-da-1440');
  });

  it('refused files: broken JSON at its line and column, and a bad weight that can be left out', async () => {
    await openDanish();
    await openFile('brudt.json', '{\n  "format": "leadnet-network",\n  "actors": [1, 2,]\n}');
    await page.waitForSelector('[data-testid="open-errors"]');
    const broken = await text('[data-testid="import-dialog"]');
    expect(await text('[data-testid="open-errors"]')).toBe(
      `“${FSI}brudt.json${PDI}” linje 3, kolonne 19: ikke gyldig JSON: uventet “${FSI}]${PDI}”`,
    );
    expect(englishEngineText(broken)).toEqual([]);
    await page.click('[data-testid="import-dialog"] .actions button.primary');
    await expect.poll(() => page.isVisible('[data-testid="import-dialog"]')).toBe(false);

    await openFile('vægte.csv', 'source,target,weight\nAnna,Bo,0.5\nBo,Cai,tung\n');
    await page.waitForSelector('[data-testid="import-continue"]');
    await page.click('[data-testid="import-continue"]');
    await page.waitForSelector('[data-testid="open-errors"]');
    expect(await text('[data-testid="open-errors"]')).toBe(
      `“${FSI}vægte.csv${PDI}” linje 3: vægten skal være et endeligt tal større end 0 (fik ${FSI}"tung"${PDI})`,
    );
    expect(englishEngineText(await text('[data-testid="import-dialog"]'))).toEqual([]);
    await shot('refused-da-1280');
  });

  it('a refused change next to its field, and the undo label in the tooltip and the status line', async () => {
    await openDanish();
    const id = 'support-team-ortho-c-mgr-hospital';
    const at = await page.evaluate(
      (tie) =>
        (
          window as unknown as {
            __leadnet: { screenPosition(k: string, i: string): { x: number; y: number } };
          }
        ).__leadnet.screenPosition('tie', tie),
      id,
    );
    await page.mouse.click(at.x, at.y);
    const weight = page.locator('[data-testid="edit-tie-weight"]');
    await weight.fill('2');
    await weight.press('Enter');
    await expect
      .poll(() => page.textContent('[data-testid="field-error"]'))
      .toBe(`vægten skal være større end 0 og højst 1 (fik ${FSI}2${PDI})`);

    await weight.fill('0.3');
    await weight.press('Enter');
    const label = `sæt vægten af relationen ${FSI}Mette H.${PDI} → ${FSI}Henrik Q.${PDI} til 0,3`;
    await expect
      .poll(() => page.getAttribute('[data-testid="undo"]', 'title'), { timeout: 15_000 })
      .toBe(`Fortryd ${label} (Ctrl+Z)`);
    await page.click('[data-testid="undo"]');
    await expect.poll(() => text('[data-testid="status"]')).toContain(`Fortrudt: ${label}`);
    expect(await page.getAttribute('[data-testid="redo"]', 'title')).toBe(
      `Gentag ${label} (Shift+Ctrl+Z)`,
    );
    expect(englishEngineText(await text('[data-testid="status"]'))).toEqual([]);
    await shot('undo-da-1280');

    // The labels are messages: a language switch says them again in English.
    await page.selectOption('[data-testid="language"]', 'en');
    await expect
      .poll(() => page.getAttribute('[data-testid="redo"]', 'title'))
      .toBe(
        `Redo set weight of tie ${FSI}Mette H.${PDI} → ${FSI}Henrik Q.${PDI} to 0.3 (Shift+Ctrl+Z)`,
      );
    expect(await text('[data-testid="status"]')).toContain(
      `Undone: set weight of tie ${FSI}Mette H.${PDI} → ${FSI}Henrik Q.${PDI} to 0.3`,
    );
  });

  it('the export’s warnings, a job in the status bar and a scenario’s warnings', async () => {
    await openDanish({ width: 1440, height: 900 });
    await page.click('[data-testid="export"]');
    await page.click('[data-testid="export-csv"]');
    await page.waitForSelector('[data-testid="export-warnings"][open]');
    const warnings = await text('[data-testid="export-warnings"]');
    expect(warnings).toContain('CSV bevarer ikke placeringer (45 personer)');
    expect(warnings).toContain('CSV bevarer ikke titel, beskrivelse og kilde (meta)');
    expect(englishEngineText(warnings)).toEqual([]);
    await page.click('[data-testid="export-cancel"]');

    // A long run, to see its job named in the status bar; cancelled, then a short one.
    await page.click('[data-testid="toggle-whatif"]');
    await page.selectOption('[data-testid="scenario-select"]', 'support-withdrawn-26');
    const replicates = '[data-testid="scenario-panel"] input[type="number"] >> nth=0';
    await page.fill(replicates, '2000');
    await page.click('[data-testid="run-scenario"]');
    await expect
      .poll(() => text('[data-testid="worker-status"]'), { timeout: 30_000 })
      .toContain('Beregning: Simulerer fremskridt');
    await page.click('[data-testid="status"] button');
    await page.fill(replicates, '20');
    await page.click('[data-testid="run-scenario"]');
    await page.locator('[data-testid="difference-table"]').waitFor({ timeout: 60_000 });
    // The checks tab: the warnings grouped by finding, the teams by label.
    await page.click('[data-testid="tab-checks"]');
    const simulated = await text('[data-testid="simulation-warnings"]');
    expect(simulated).toContain('Ledelsesopbakning ikke registreret, ingen antaget — Medical ward');
    expect(englishEngineText(simulated)).toEqual([]);
  });
});

describe('the network’s title in the toolbar', () => {
  it('cut short in Danish at 1280×720, shown whole on hover and on keyboard focus', async () => {
    await openDanish();
    const full = await text('[data-testid="network-title"]');
    expect(full).toBe('Example: a regional patient-safety collaborative');
    const cut = await page.$eval('header h1', (h1) => h1.scrollWidth > h1.clientWidth);
    expect(cut, 'the title is cut at 1280×720 in Danish').toBe(true);
    expect(await page.isVisible('[data-testid="network-title-full"]')).toBe(false);

    const shown = async () => {
      const box = await page.locator('[data-testid="network-title-full"]').boundingBox();
      const fits = await page.$eval(
        '[data-testid="network-title-full"]',
        (el) => el.scrollWidth <= el.clientWidth + 1 && el.scrollHeight <= el.clientHeight + 1,
      );
      return { box, fits, text: await text('[data-testid="network-title-full"]') };
    };
    await page.hover('header h1');
    const hovered = await shown();
    expect(hovered.text).toBe(full);
    expect(hovered.fits).toBe(true);
    expect(hovered.box!.x + hovered.box!.width).toBeLessThanOrEqual(1280);
    await shot('title-hover-da-1280');

    await page.mouse.move(640, 400);
    await expect.poll(() => page.isVisible('[data-testid="network-title-full"]')).toBe(false);
    await page.focus('[data-testid="network-title"]');
    expect((await shown()).text).toBe(full);
  });
});
