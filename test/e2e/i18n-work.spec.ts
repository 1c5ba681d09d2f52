// The What if…? panel, the import dialog and the Edit menu in Danish: a preset runs and its
// chart, result table and model card read Danish (with decimal commas), the import mapping and
// report read Danish, and none of these views shows an English UI word. Screenshots at projector
// and laptop size go to .tmp/screens, and nothing overflows though Danish is longer.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './fixture';

const app = useBrowser();
let page: Page;

/**
 * English words and phrases of these views that a Danish view must not show (the file's and the
 * network's own names, core's warnings and the citations of the model card are data, not UI).
 */
const ENGLISH_WORDS = [
  // What if…?
  'What if',
  'Scenario',
  'Replicates',
  'Weeks',
  'Seed',
  'Run',
  'Export CSV',
  'Model card',
  'Build a scenario',
  'Chart SVG',
  'Chart PNG',
  'Baseline',
  'Experienced progress',
  'All teams',
  'replicates',
  'Lines',
  'Play on the network',
  'Week',
  'week',
  'network as it is',
  'Paired difference',
  'mean',
  'below',
  'illustrative model',
  'Management withdraws support',
  'Connect all coordinators',
  'Consolidate practice',
  'leaves at week',
  'Every team',
  'Numbers',
  'Checks',
  'Settings',
  'Hide',
  'simulated',
  'Support from management',
  'not recorded',
  'What the model needs',
  // Model card
  'Illustrative',
  'Each week',
  'Parameters for this network',
  'Meaning',
  'Value',
  'Range',
  'Source',
  'assumption',
  'weekly',
  'chance',
  'An empty field',
  // Scenario builder
  'Name',
  'What it explores',
  'What happens',
  'from week',
  'Remove ties',
  'the whole network',
  'any',
  'Add a step',
  'Save scenario',
  // Import
  'Import',
  'Cancel',
  'Which file',
  'Read these attributes as',
  'Label',
  'Role',
  'Group',
  'Tie kind',
  'Weight',
  'the name shown',
  'none',
  'ties read',
  'looks to',
  'as drawn',
  'reverse',
  'Preview',
  'Actors',
  'Ties',
  'From',
  'Kind',
  'kept',
  'file:',
  'nodes',
  'edges',
  'directed',
  'Continue to the report',
  'report',
  'Kept',
  'from the',
  'actors',
  'Nothing has changed',
  'Open this network',
  'Back to the mapping',
  // Edit menu
  // (the Delete key keeps its name: it is written on the keyboard)
  'Edit',
  'Add person',
  'Add team',
  'Delete selection',
  'items',
  'selection',
  'to the selected team',
  'around the selected people',
  'Drag from the handle',
  'Leadership',
  'Support',
  'Coordination',
  'Reporting',
];

/** The English words found in a text, matched as whole words (letters of any language). */
function englishIn(text: string): string[] {
  return ENGLISH_WORDS.filter((word) => {
    const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`(?<!\\p{L})${escaped}(?!\\p{L})`, 'u').test(text);
  });
}

/** What the user reads in an element, with the given parts (data, not UI) left out. */
const visibleText = (selector: string, leaveOut: string[] = []) =>
  page.evaluate(
    ([sel, out]) => {
      const root = document.querySelector<HTMLElement>(sel!)!;
      let text = root.innerText;
      for (const part of out as string[])
        for (const el of root.querySelectorAll<HTMLElement>(part))
          text = text.replace(el.innerText, ' ');
      return text;
    },
    [selector, leaveOut] as const,
  );

async function openDanish(viewport = { width: 1440, height: 900 }): Promise<void> {
  page = await app.openApp({ viewport, lang: 'da' });
}

/** Runs "support withdrawn at week 26" with few replicates and waits for the result. */
async function runPreset(): Promise<void> {
  await page.click('[data-testid="toggle-whatif"]');
  await page.selectOption('[data-testid="scenario-select"]', 'support-withdrawn-26');
  await page.fill('[data-testid="scenario-panel"] input[type="number"] >> nth=0', '20');
  await page.click('[data-testid="run-scenario"]');
  await page.locator('[data-testid="difference-table"]').waitFor({ timeout: 60_000 });
  await page.locator('[data-testid="progress-chart"] svg').first().waitFor();
}

const gexf = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <graph defaultedgetype="directed">
    <attributes class="node">
      <attribute id="0" title="stilling" type="string"/>
      <attribute id="1" title="afsnit" type="string"/>
    </attributes>
    <attributes class="edge">
      <attribute id="0" title="relation" type="string"/>
      <attribute id="1" title="styrke" type="double"/>
    </attributes>
    <nodes>
      <node id="n1" label="Hanne Leder"><attvalues><attvalue for="0" value="manager"/><attvalue for="1" value="Afsnit A"/></attvalues></node>
      <node id="n2" label="Karl Koordinator"><attvalues><attvalue for="0" value="coordinator"/><attvalue for="1" value="Afsnit A"/></attvalues></node>
      <node id="n3" label="Mia Medlem"><attvalues><attvalue for="0" value="member"/><attvalue for="1" value="Afsnit A"/></attvalues></node>
    </nodes>
    <edges>
      <edge id="e1" source="n2" target="n1"><attvalues><attvalue for="0" value="support"/><attvalue for="1" value="0.75"/></attvalues></edge>
      <edge id="e2" source="n3" target="n2"><attvalues><attvalue for="0" value="leadership"/><attvalue for="1" value="0.5"/></attvalues></edge>
    </edges>
  </graph>
</gexf>`;

async function openMapping(): Promise<void> {
  await page.setInputFiles('[data-testid="open-input"]', [
    { name: 'afsnit.gexf', mimeType: 'text/plain', buffer: Buffer.from(gexf, 'utf8') },
  ]);
  for (const [field, value] of [
    ['roleAttr', 'stilling'],
    ['groupAttr', 'afsnit'],
    ['kindAttr', 'relation'],
    ['weightAttr', 'styrke'],
  ] as const) {
    const select = `[data-testid="map-${field}"]`;
    await page.waitForSelector(`${select} option[value="${value}"]`, { state: 'attached' });
    await page.selectOption(select, value);
  }
  await expect
    .poll(() => page.innerText('[data-testid="preview-ties"]'), { timeout: 10_000 })
    .toContain('0,75');
  await page.waitForSelector('[data-testid="mapping-preview"][aria-busy="false"]');
}

/** Whether the page, the open dialog and an open menu fit the window, with nothing cut off. */
const fits = () =>
  page.evaluate(() => {
    const inside = (el: Element | null) => {
      if (!el) return true;
      const box = el.getBoundingClientRect();
      return box.left >= 0 && box.right <= window.innerWidth && box.bottom <= window.innerHeight;
    };
    const noHorizontalScroll = (el: Element | null) => !el || el.scrollWidth <= el.clientWidth + 1;
    const menu = document.querySelector('[role="menu"]');
    return {
      page: document.documentElement.scrollWidth <= window.innerWidth,
      dialog: inside(document.querySelector('dialog[open]')),
      dialogScroll: noHorizontalScroll(document.querySelector('dialog[open]')),
      menu: inside(menu),
      menuItems: [...(menu?.querySelectorAll('[role^="menuitem"]') ?? [])].every(
        (item) => item.scrollWidth <= item.clientWidth + 1,
      ),
    };
  });
const ALL_FIT = { page: true, dialog: true, dialogScroll: true, menu: true, menuItems: true };

describe('in Danish', () => {
  it('runs a preset: the chart, the result table and the model card read Danish', async () => {
    await openDanish();
    await runPreset();
    // The preset's own label, and the others, in Danish.
    const presets = await page.$$eval('[data-testid="scenario-select"] option', (os) =>
      os.map((o) => o.textContent ?? ''),
    );
    expect(presets).toContain('Ledelsen trækker støtten tilbage i uge 26');
    expect(presets.some((p) => p.startsWith('Koordinatoren i '))).toBe(true);
    expect(englishIn(presets.join('\n'))).toEqual([]);

    // The chart: axis labels, legend and decimal commas on the progress axis.
    const legend = await page.innerText('[data-testid="chart-legend"]');
    expect(legend).toContain('Udgangspunkt');
    expect(legend).toContain('Scenarie');
    const svgText = await page.$$eval('[data-testid="progress-chart"] svg text', (ts) =>
      ts.map((t) => t.textContent ?? '').join('\n'),
    );
    expect(svgText).toContain('Uge');
    expect(svgText).toContain('Oplevet fremskridt (simuleret)');
    expect(svgText).toMatch(/^0,2$/m);
    expect(svgText).not.toMatch(/^0\.2$/m);

    // The result table: Danish headers, "Alle teams", percentage points with a decimal comma.
    const table = await page.innerText('[data-testid="difference-table"]');
    expect(table).toContain(
      'Parvis forskel, scenarie − udgangspunkt, i oplevet fremskridt i uge 52',
    );
    expect(table).toContain('95 %-KI for gennemsnittet');
    const overall = await page.innerText('[data-testid="difference-table"] tbody tr >> nth=0');
    expect(overall).toContain('Alle teams');
    expect(overall).toMatch(/-\d+,\d\s+-\d+,\d … -\d+,\d/);
    expect(await page.innerText('[data-testid="week-shown"]')).toBe('netværket, som det er');

    // The model card, and the scenario builder.
    await page.click('[data-testid="toggle-model-card"]');
    const card = await page.innerText('[data-testid="model-card"]');
    expect(card).toContain('Illustrativ, ikke forudsigende.');
    expect(card).toContain('Hver uge, i denne rækkefølge');
    expect(card).toContain('Ugentlig forankring af ny praksis');
    expect(card).toContain('Forankringsrate (χ₀)');
    expect(card).toContain('Størrelsesorden fra Argote, Beckman & Epple (1990)');
    expect(card).toContain('Antaget: studiet er kvalitativt og giver ingen rate.');
    expect(card).toContain('Støtteporten i dette netværk:');
    expect(await page.getAttribute('[data-testid="parameter-chi0"]', 'placeholder')).toBe('0,04');
    await page.click('[data-testid="toggle-builder"]');
    expect(await page.innerText('[data-testid="scenario-builder"]')).toContain('Byg et scenarie');

    // The engine's warnings, grouped by finding: Danish, naming the team by its label.
    await page.click('[data-testid="tab-checks"]');
    const warnings = await page.innerText('[data-testid="simulation-warnings"]');
    expect(warnings).toContain('Ledelsesopbakning ikke registreret, ingen antaget — Medical ward');
    const panel = await visibleText('[data-testid="scenario-panel"]', [
      // Citations first: a parameter's name (`hc`) also stands inside a journal's title.
      '[data-testid="model-card"] .refs li', // citations as published, with their titles
      '[data-testid="model-card"] code', // parameter names
    ]);
    expect(englishIn(panel)).toEqual([]);

    // Back to English in place: the same result, redrawn in English.
    await page.click('[data-testid="tab-difference"]');
    await page.selectOption('[data-testid="language"]', 'en');
    await expect
      .poll(() => page.innerText('[data-testid="difference-table"] tbody tr >> nth=0'))
      .toContain('All teams');
    await expect
      .poll(() =>
        page.$$eval('[data-testid="progress-chart"] svg text', (ts) =>
          ts.map((t) => t.textContent ?? '').join('\n'),
        ),
      )
      .toContain('Experienced progress (simulated)');
  });

  it('opens the import dialog: the mapping, its preview and the report read Danish', async () => {
    await openDanish();
    await openMapping();
    const dialog = '[data-testid="import-dialog"]';
    const mapping = await page.innerText(dialog);
    expect(mapping).toContain('Importér \u2068afsnit.gexf\u2069');
    expect(mapping).toContain('Læs disse felter som');
    expect(mapping).toContain('A ser hen til B (som tegnet)');
    // "Afsnit A" becomes a group; the number read as a weight is a change the report names.
    expect(await page.innerText('[data-testid="preview-summary"]')).toMatch(
      /^3 personer, 2 relationer, 1 gruppe bevaret( · \d+ ændret)?$/,
    );
    // Roles and kinds in the preview are named in Danish; the file's values are shown as data.
    expect(await page.innerText('[data-testid="preview-actors"]')).toContain('Leder');
    expect(await page.innerText('[data-testid="preview-ties"]')).toContain('Støtte');
    expect(englishIn(await visibleText(dialog, ['[data-testid="preview-actors"] td']))).toEqual([]);

    await page.click('[data-testid="import-continue"]');
    await page.waitForSelector('[data-testid="import-report"]');
    const report = await page.innerText(dialog);
    expect(report).toContain('Importrapport: \u2068afsnit.gexf\u2069');
    expect(await page.innerText('[data-testid="report-kept"]')).toMatch(
      /^Bevaret fra GEXF-filen: 3 personer, 2 relationer, 1 gruppe\.$/,
    );
    // The report's lines are the engine's messages, in Danish too; where they happened is the
    // file's own syntax (`graph > edges > edge[0]`), left out of the scan.
    expect(await page.innerText('[data-testid="report-changed"]')).toContain(
      'grupper dannet ud fra gruppeværdier (typen "team")',
    );
    expect(englishIn(await visibleText(dialog, ['.where']))).toEqual([]);
  });

  it('opens the Edit menu in Danish', async () => {
    await openDanish();
    expect(await page.innerText('[data-testid="edit-menu-button"]')).toBe('Redigér ▾');
    await page.click('[data-testid="edit-menu-button"]');
    const menu = await page.innerText('[data-testid="edit-menu"]');
    expect(menu).toContain('Tilføj person');
    expect(menu).toContain('Tilføj team');
    expect(menu).toContain('Slet det valgte');
    expect(menu).toContain('Koordinering');
    expect(englishIn(menu)).toEqual([]);
  });

  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 1440, height: 900 },
  ]) {
    it(`fits the what-if panel, the mapping dialog and the Edit menu at ${viewport.width}×${viewport.height}`, async () => {
      const dir = '.tmp/screens';
      mkdirSync(dir, { recursive: true });
      const shot = (name: string) =>
        page.screenshot({ path: `${dir}/i18n-work-da-${name}-${viewport.width}.png` });
      await openDanish(viewport);
      await runPreset();
      await page.click('[data-testid="toggle-model-card"]');
      expect(await fits()).toEqual(ALL_FIT);
      await shot('whatif');
      await page.click('[data-testid="toggle-model-card"]');

      await openMapping();
      expect(await fits()).toEqual(ALL_FIT);
      await shot('mapping');
      await page.keyboard.press('Escape');
      await page.waitForSelector('[data-testid="import-dialog"]', { state: 'hidden' });

      await page.click('[data-testid="edit-menu-button"]');
      await page.waitForSelector('[data-testid="edit-menu"]');
      expect(await fits()).toEqual(ALL_FIT);
      await shot('edit-menu');
    });
  }
});
