// Accessibility in a real browser (WCAG 2.2 AA): axe-core finds no serious or critical violation
// on any main view, in English and in Danish; everything a user does can be done by keyboard
// alone — selecting a person on the drawing, running a scenario, the text view — with a visible
// focus and no trap; the text view reads the network, the teams and the scenario result in
// words. Screenshots of the text view and the focus rings go to .tmp/screens/access-*.png.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, describeFindings } from './axe';
import { file, useBrowser } from './fixture';

interface Hook {
  screenPosition(kind: string, id: string): { x: number; y: number } | null;
  canvasSelection(): string[];
}
type HookWindow = { __leadnet?: Hook };

const app = useBrowser();
let page: Page;

async function openApp(viewport = { width: 1440, height: 900 }): Promise<void> {
  page = await app.openApp({ viewport });
}

/** Runs axe and fails with the rules and elements it names. */
async function expectNoSeriousViolations(view: string): Promise<void> {
  const findings = await axeViolations(page);
  expect(findings, `${view}:\n${describeFindings(findings)}`).toEqual([]);
}

const text = async (selector: string) =>
  (await page.innerText(selector)).replace(/\s+/g, ' ').trim();
const canvasSelection = () =>
  page.evaluate(() => (window as unknown as HookWindow).__leadnet!.canvasSelection());
/** What has the keyboard focus: its test id, or its tag and text. */
const focused = () =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return '';
    return el.dataset.testid ?? `${el.tagName.toLowerCase()}:${(el.textContent ?? '').trim()}`;
  });

/** Presses Tab (or Shift+Tab) until the element with this test id has the focus. */
async function tabTo(testId: string, key = 'Tab', limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if ((await focused()) === testId) return;
    await page.keyboard.press(key);
  }
  throw new Error(
    `Tab never reached [data-testid="${testId}"]; the focus is on ${await focused()}`,
  );
}

const gexf = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <graph defaultedgetype="directed">
    <attributes class="node"><attribute id="0" title="position" type="string"/></attributes>
    <nodes>
      <node id="n1" label="Hilde"><attvalues><attvalue for="0" value="manager"/></attvalues></node>
      <node id="n2" label="Carl"><attvalues><attvalue for="0" value="coordinator"/></attvalues></node>
    </nodes>
    <edges><edge id="e1" source="n2" target="n1"/></edges>
  </graph>
</gexf>`;

/** Runs the default scenario with few replicates from the What if…? panel, by mouse. */
async function runScenario(replicates = '40'): Promise<void> {
  if (!(await page.$('[data-testid="scenario-panel"]')))
    await page.click('[data-testid="toggle-whatif"]');
  await page.fill('[data-testid="scenario-panel"] input[type="number"] >> nth=0', replicates);
  await page.click('[data-testid="run-scenario"]');
  await page.waitForSelector('[data-testid="difference-table"]', { timeout: 40_000 });
}

describe('axe-core finds no serious or critical violation', () => {
  it('on the start view, the inspector, the measures (each tab), the menus and the text view', async () => {
    await openApp();
    await expectNoSeriousViolations('start view');

    const at = await page.evaluate(() =>
      (window as unknown as HookWindow).__leadnet!.screenPosition('actor', 'team-ortho-c'),
    );
    await page.mouse.click(at!.x, at!.y);
    await expect.poll(() => text('[data-testid="inspector-name"]')).toBe('Mette H.');
    await expectNoSeriousViolations('inspector with an actor selected');

    await page.click('[data-testid="toggle-measures"]');
    for (const tab of ['actor', 'group', 'network']) {
      await page.click(`[data-testid="metrics-tab-${tab}"]`);
      await page.waitForSelector(`[data-testid="${tab}-table"]`);
      await expectNoSeriousViolations(`measures drawer, ${tab} tab`);
    }

    await page.click('[data-testid="edit-menu-button"]');
    await page.waitForSelector('[data-testid="edit-menu"]');
    await expectNoSeriousViolations('edit menu open');
    await page.keyboard.press('Escape');
    await page.click('[data-testid="export"]');
    await page.waitForSelector('[data-testid="export-menu"]');
    await expectNoSeriousViolations('export menu open');
    await page.keyboard.press('Escape');

    await page.click('[data-testid="toggle-story"]');
    await page.waitForSelector('[data-testid="story-panel"]');
    await expectNoSeriousViolations('story panel');

    await page.click('[data-testid="toggle-text-view"]');
    await page.waitForSelector('[data-testid="text-view"]');
    await expect.poll(() => page.$$eval('[data-testid="team-card"]', (c) => c.length)).toBe(6);
    await expectNoSeriousViolations('text view');
  });

  it('on the What if…? drawer after a run, the model card and the text view with the result', async () => {
    await openApp();
    await runScenario();
    await page.waitForSelector('[data-testid="progress-chart"] svg');
    await expectNoSeriousViolations('what-if drawer after a run');
    await page.click('[data-testid="toggle-model-card"]');
    await page.waitForSelector('[data-testid="model-card"]');
    await expectNoSeriousViolations('model card');
    await page.click('[data-testid="toggle-text-view"]');
    await page.waitForSelector('[data-testid="text-scenario"]');
    await expectNoSeriousViolations('text view with a scenario result');
  });

  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 1440, height: 900 },
  ])
    it(`on the What if…? workspace at ${viewport.width}×${viewport.height}: each tab, every team, a network that cannot run, the details open`, async () => {
      await openApp(viewport);
      await runScenario('20');
      await page.waitForSelector('[data-testid="progress-chart"] svg');
      for (const tab of [
        'tab-difference',
        'tab-numbers',
        'tab-checks',
        'tab-settings',
        'toggle-builder',
      ]) {
        await page.click(`[data-testid="${tab}"]`);
        await expectNoSeriousViolations(`workspace, ${tab}`);
      }
      await page.click('[data-testid="chart-multiples"]');
      await page.click('[data-testid="details-toggle"]');
      await expectNoSeriousViolations('workspace, every team, the details open');
      await page.click('[data-testid="details-toggle"]');
      await page.click('[data-testid="ws-export"]');
      await page.waitForSelector('#ws-export-menu');
      await expectNoSeriousViolations('workspace, the export menu open');
      await page.keyboard.press('Escape');
      // A network without coordinators or managers: the readiness check and its fix-its.
      await page.setInputFiles('[data-testid="open-input"]', [
        file(
          'no-roles.json',
          JSON.stringify({
            format: 'leadnet-network',
            version: 1,
            groups: [{ id: 'tA', label: 'Ward A', kind: 'team' }],
            actors: [
              { id: 'a1', label: 'Anna', role: 'member', group: 'tA' },
              { id: 'a2', label: 'Bo', role: 'member', group: 'tA' },
            ],
            ties: [{ id: 't1', source: 'a1', target: 'a2', kind: 'leadership' }],
          }),
          'application/json',
        ),
      ]);
      await page.waitForSelector('[data-testid="import-report"]');
      await page.click('[data-testid="import-open"]');
      await page.waitForSelector('[data-testid="readiness-blocker"]');
      await expectNoSeriousViolations('workspace, a network that cannot be simulated');
      await page.selectOption('[data-testid="language"]', 'da');
      await expect.poll(() => page.getAttribute('html', 'lang')).toBe('da');
      await expectNoSeriousViolations('workspace, a network that cannot be simulated, in Danish');
    });

  it('on the library dialog and the import dialog (file, mapping, report)', async () => {
    await openApp();
    await page.click('[data-testid="library"]');
    await page.waitForSelector('[data-testid="library-dialog"]');
    await expectNoSeriousViolations('library dialog');
    await page.click('[data-testid="library-close"]');

    await page.click('[data-testid="open"]');
    await page.waitForSelector('[data-testid="import-dialog"]');
    await expectNoSeriousViolations('import dialog, choosing a file');
    await page.setInputFiles('[data-testid="open-input"]', [file('ward.gexf', gexf)]);
    await page.waitForSelector('[data-testid="map-roleAttr"]');
    await page.waitForSelector('[data-testid="map-roleAttr"] option[value="position"]', {
      state: 'attached',
    });
    await page.selectOption('[data-testid="map-roleAttr"]', 'position');
    await expect.poll(() => text('[data-testid="preview-actors"]')).toContain('Hilde');
    await expectNoSeriousViolations('import dialog, mapping');
    await page.click('[data-testid="import-continue"]');
    await page.waitForSelector('[data-testid="import-report"]');
    await expectNoSeriousViolations('import dialog, report');
  });

  it('on the start view in Danish', async () => {
    await openApp();
    await page.selectOption('[data-testid="language"]', 'da');
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('da');
    await expect.poll(() => text('[data-testid="toggle-text-view"]')).toBe('Tekstvisning');
    await expectNoSeriousViolations('start view in Danish');
    await page.click('[data-testid="toggle-text-view"]');
    await page.waitForSelector('[data-testid="text-view"]');
    expect(await text('[data-testid="text-view"] h2')).toBe('Tekstvisning af netværket');
    await expectNoSeriousViolations('text view in Danish');
  });
});

describe('projection mode', () => {
  it('has no serious violation, and walks the story by keyboard with a visible focus', async () => {
    await openApp({ width: 1280, height: 720 });
    await tabTo('present');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="present-top"]');
    await expect.poll(() => text('[data-testid="present-counter"]')).toBe('Step 1 of 4');
    await expectNoSeriousViolations('projection mode, first step');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => text('[data-testid="present-counter"]')).toBe('Step 2 of 4');
    await page.keyboard.press('PageDown');
    await expect.poll(() => text('[data-testid="present-counter"]')).toBe('Step 3 of 4');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => text('[data-testid="present-counter"]')).toBe('Step 2 of 4');
    await expectNoSeriousViolations('projection mode, second step');
    // The on-screen buttons by Tab and Enter, each with a visible ring.
    await tabTo('present-next');
    expect(
      await page.$eval('[data-testid="present-next"]', (el) => getComputedStyle(el).outlineStyle),
    ).toBe('solid');
    await page.screenshot({ path: '.tmp/screens/access-present-focus-1280x720.png' });
    await page.keyboard.press('Enter');
    await expect.poll(() => text('[data-testid="present-counter"]')).toBe('Step 3 of 4');
    // The scenario step: its chart beside the network.
    await page.keyboard.press('End');
    await page.waitForSelector('[data-testid="present-figure"] svg', { timeout: 60_000 });
    await expectNoSeriousViolations('projection mode, the scenario step with its chart');
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid="present-top"]', { state: 'detached' });
  });
});

describe('by keyboard alone', () => {
  it('selects a person on the drawing: arrows move a ring, Enter opens the inspector', async () => {
    await openApp();
    // The second skip link goes to the drawing.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('a:Skip to the network drawing');
    await page.keyboard.press('Enter');
    expect(await focused()).toBe('graph');
    // The focus starts on an actor and says who it is.
    await expect.poll(() => text('[data-testid="graph-announcement"]')).toMatch(/Press Enter/);
    const first = await text('[data-testid="graph-announcement"]');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => text('[data-testid="graph-announcement"]')).not.toBe(first);
    const said = await text('[data-testid="graph-announcement"]');
    const name = said.split(',')[0]!;
    await page.keyboard.press('Enter');
    await expect.poll(() => text('[data-testid="inspector-name"]')).toBe(name);
    const selected = await canvasSelection();
    expect(selected).toHaveLength(1);
    const doc = (await page.evaluate(() =>
      (window as unknown as { __leadnet: { doc(): unknown } }).__leadnet.doc(),
    )) as { actors: { id: string; label?: string }[] };
    expect(doc.actors.find((a) => `a:${a.id}` === selected[0])?.label).toBe(name);
    await page.screenshot({ path: '.tmp/screens/access-focus-ring-1440x900.png' });
    // Tab leaves the drawing: no keyboard trap.
    await page.keyboard.press('Tab');
    expect(await focused()).not.toBe('graph');
  });

  it('opens and leaves every menu and dialog of the toolbar, the focus ringed and returned', async () => {
    await openApp();
    const ringOnFocused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        return `${el.getAttribute('role') ?? el.tagName}:${style.outlineStyle}:${parseFloat(style.outlineWidth) >= 2}`;
      });
    for (const button of ['edit-menu-button', 'export']) {
      await tabTo(button);
      await page.keyboard.press('Enter');
      await expect.poll(ringOnFocused).toMatch(/^menuitem.*:solid:true$/);
      const first = await focused();
      await page.keyboard.press('ArrowDown');
      expect(await focused()).not.toBe(first);
      await page.keyboard.press('Escape');
      expect(await focused()).toBe(button);
    }
    for (const [button, dialog] of [
      ['library', 'library-dialog'],
      ['open', 'import-dialog'],
    ] as const) {
      await tabTo(button);
      await page.keyboard.press('Enter');
      await page.waitForSelector(`[data-testid="${dialog}"]`);
      // Tab never reaches a control behind the modal dialog (past its last control the
      // browser's own chrome takes the focus, the page's body here).
      for (let i = 0; i < 12; i++) {
        await page.keyboard.press('Tab');
        const where = await page.evaluate((id) => {
          const el = document.activeElement;
          if (!el || el === document.body) return 'browser';
          return document.querySelector(`[data-testid="${id}"]`)!.contains(el)
            ? 'dialog'
            : 'behind';
        }, dialog);
        expect(where).not.toBe('behind');
      }
      await page.keyboard.press('Escape');
      await page.waitForSelector(`[data-testid="${dialog}"]`, { state: 'hidden' });
      await expect.poll(focused).toBe(button);
    }
  });

  it('keeps Tab inside a modal dialog, both ways, and names it by its title', async () => {
    await openApp();
    /** Where the focus is: in the dialog, behind it, or nowhere (the browser's chrome). */
    const where = (id: string) =>
      page.evaluate((id) => {
        const el = document.activeElement;
        if (!el || el === document.body) return 'browser';
        return document.querySelector(`[data-testid="${id}"]`)!.contains(el) ? 'dialog' : 'behind';
      }, id);
    for (const [open, dialog] of [
      [async () => page.click('[data-testid="library"]'), 'library-dialog'],
      [async () => page.click('[data-testid="open"]'), 'import-dialog'],
      [
        async () => {
          await page.click('[data-testid="export"]');
          await page.click('[data-testid="export-share-link"]');
        },
        'share-dialog',
      ],
    ] as const) {
      await open();
      const frame = page.locator(`[data-testid="${dialog}"]`);
      await frame.waitFor();
      expect(await frame.getAttribute('aria-modal')).toBe('true');
      const title = await frame.evaluate((el) => {
        const id = el.getAttribute('aria-labelledby');
        return id ? (document.getElementById(id)?.textContent ?? '').trim() : '';
      });
      expect(title, dialog).not.toBe('');
      await page.waitForFunction(
        (id) => document.querySelector(`[data-testid="${id}"]`)!.contains(document.activeElement),
        dialog,
      );
      const seen = new Set<string>();
      for (const key of ['Tab', 'Shift+Tab']) {
        for (let i = 0; i < 14; i++) {
          await page.keyboard.press(key);
          expect(await where(dialog), `${dialog} after ${i + 1} × ${key}`).toBe('dialog');
          seen.add(await focused());
        }
      }
      expect(seen.size, dialog).toBeGreaterThan(1); // it moved, and came round
      await page.keyboard.press('Escape');
      await frame.waitFor({ state: 'hidden' });
    }
  });

  it('runs a scenario: open What if…?, choose a preset, Run, and read the result', async () => {
    await openApp();
    await tabTo('toggle-whatif');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="scenario-panel"]');
    await tabTo('scenario-select');
    // A preset other than the default, chosen with the arrow keys.
    const before = await page.inputValue('[data-testid="scenario-select"]');
    await page.keyboard.press('ArrowDown');
    const chosen = await page.inputValue('[data-testid="scenario-select"]');
    expect(chosen).not.toBe(before);
    // The replicates field comes after it (and the team of a one-team preset): a small run.
    await tabTo('scenario-runs');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('30');
    await tabTo('run-scenario');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="difference-table"]', { timeout: 40_000 });
    // The focus is back on Run when the result is in: nothing was lost on the way.
    await expect.poll(focused).toBe('run-scenario');
    expect(await text('[data-testid="difference-table"]')).toContain('Orthopaedic ward');
    // The result in words: back to the toolbar's Text view toggle.
    await tabTo('toggle-text-view', 'Shift+Tab');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="text-scenario-sentences"]');
    const sentences = await text('[data-testid="text-scenario-sentences"]');
    expect(sentences).toMatch(
      /the Orthopaedic ward team's simulated progress at week 52 is \d\.\d\d \(the middle 90 % of replicates between \d\.\d\d and \d\.\d\d\)/,
    );
  });

  it('walks the strip of tabs under the chart with the arrow keys, and folds it', async () => {
    await openApp({ width: 1280, height: 720 });
    await runScenario('20');
    await tabTo('tab-difference');
    expect(await page.getAttribute('[data-testid="tab-difference"]', 'aria-selected')).toBe('true');
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toBe('tab-numbers');
    await page.waitForSelector('[data-testid="progress-chart-table"]');
    await page.keyboard.press('End');
    expect(await focused()).toBe('toggle-builder');
    await page.waitForSelector('[data-testid="scenario-builder"]');
    await page.keyboard.press('Home');
    expect(await focused()).toBe('tab-difference');
    // Tab leaves the tab list for the fold button, then the open panel.
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('strip-toggle');
    await page.keyboard.press('Enter');
    expect(await page.getAttribute('[data-testid="strip-toggle"]', 'aria-expanded')).toBe('false');
    expect(await page.locator('[data-testid="difference-table"]').count()).toBe(0);
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="difference-table"]');
  });

  it('cancels a running scenario with the keyboard', async () => {
    await openApp();
    await tabTo('toggle-whatif');
    await page.keyboard.press('Enter');
    await tabTo('scenario-runs');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('2000');
    await tabTo('run-scenario');
    await page.keyboard.press('Enter');
    // While it runs, the focus moves on to Cancel (Run is disabled): Enter cancels.
    await expect.poll(focused).toBe('cancel-scenario');
    await page.keyboard.press('Enter');
    await expect.poll(() => text('[data-testid="scenario-status"]')).toBe('Cancelled.');
  });

  it('opens the text view and selects a person there: the drawing and the inspector follow', async () => {
    await openApp();
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('skip-to-text');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="text-view"]');
    // Tab to the fourth person's name and choose it.
    await page.keyboard.press('Tab');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    const name = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    expect(name).toBe(await text('[data-testid="text-people"] tbody tr:nth-child(4) th'));
    await page.keyboard.press('Enter');
    await expect.poll(() => text('[data-testid="inspector-name"]')).toBe(name);
    expect(await canvasSelection()).toHaveLength(1);
    // Their ties in sentences, each naming them.
    const ties = await page.$$eval('[data-testid="text-selected-ties"] li', (lis) =>
      lis.map((li) => li.textContent ?? ''),
    );
    expect(ties.length).toBeGreaterThan(0);
    for (const t of ties) expect(t).toContain(name);
  });

  it('shows a visible focus ring (≥ 2 px) on every control Tab reaches, in page order, and Tab goes round', async () => {
    await openApp({ width: 1280, height: 720 });
    const seen: string[] = [];
    // Until the focus comes back to the first skip link: past the last control the browser's
    // own chrome takes it (the page's body here), and then the page's first control again.
    for (let i = 0; i < 80 && seen.filter((id) => id === 'skip-to-text').length < 2; i++) {
      await page.keyboard.press('Tab');
      const ring = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        return {
          id: el.dataset.testid ?? el.tagName,
          visible: el.matches(':focus-visible'),
          style: style.outlineStyle,
          width: parseFloat(style.outlineWidth),
        };
      });
      seen.push(ring.id);
      if (ring.id === 'BODY') continue;
      if (ring.id === 'graph')
        await page.screenshot({ path: '.tmp/screens/access-focus-ring-1280x720.png' });
      expect(ring, `focus ring of ${ring.id}`).toMatchObject({ visible: true, style: 'solid' });
      expect(ring.width, `focus ring width of ${ring.id}`).toBeGreaterThanOrEqual(2);
    }
    // Tab went round (no trap) ...
    expect(
      seen.filter((id) => id === 'skip-to-text'),
      `Tab order: ${seen.join(', ')}`,
    ).toHaveLength(2);
    // ... in the order of the page: the skip links, the toolbar, the drawing, the side panel.
    const order = ['skip-to-text', 'library', 'toggle-text-view', 'graph', 'edit-title'].map((id) =>
      seen.indexOf(id),
    );
    expect(
      order.every((at) => at >= 0),
      `Tab order: ${seen.join(', ')}`,
    ).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });
});

describe('the text view', () => {
  it('lists the people with roles and groups, the ties in sentences and a table, and the teams', async () => {
    await openApp();
    await page.click('[data-testid="toggle-text-view"]');
    await page.waitForSelector('[data-testid="text-view"]');
    expect(await text('[data-testid="text-view"] > p')).toContain(
      '45 people, 120 ties and 6 teams',
    );
    const mette = await page.$$eval('[data-testid="text-people"] tbody tr', (rows) =>
      rows
        .map((r) => r.textContent?.replace(/\s+/g, ' ').trim() ?? '')
        .find((r) => r.startsWith('Mette H.')),
    );
    expect(mette).toContain('Local coordinator');
    expect(mette).toContain('Orthopaedic ward');
    // 120 ties in pages of 50.
    expect(await page.$$eval('[data-testid="text-tie-sentences"] li', (l) => l.length)).toBe(50);
    expect(await text('[data-testid="text-view"]')).toContain('Showing 1–50 of 120.');
    expect(await text('[data-testid="text-tie-sentences"]')).toContain(
      // Names from the file are isolated (FSI…PDI) in the sentence.
      '\u2068Mette H.\u2069 reports to \u2068Henrik Q.\u2069 (weight 1).',
    );
    // The last page holds the rest, among them Mette's support tie (weight 0.9 in the example).
    await page.click('text=Next 50 >> nth=0');
    await page.click('text=Next 50 >> nth=0');
    expect(await text('[data-testid="text-view"]')).toContain('Showing 101–120 of 120.');
    expect(await page.$$eval('[data-testid="text-tie-sentences"] li', (l) => l.length)).toBe(20);
    expect(await text('[data-testid="text-tie-sentences"]')).toContain(
      '\u2068Mette H.\u2069 looks to \u2068Henrik Q.\u2069 for support (weight 0.9).',
    );
    await page.check('[data-testid="ties-as-table"]');
    const rows = await page.$$eval('[data-testid="text-ties"] tbody tr', (trs) =>
      trs.map((r) => r.textContent?.replace(/\s+/g, ' ').trim()),
    );
    expect(rows).toHaveLength(20);
    expect(rows).toContain('Mette H.SupportHenrik Q.0.9');
    // Each team: who is in it, and the team card's reading from the measures.
    await expect.poll(() => page.$$eval('[data-testid="text-team"]', (t) => t.length)).toBe(6);
    const ortho = await page.$$eval('[data-testid="text-team"]', (teams) =>
      teams
        .map((t) => t.textContent?.replace(/\s+/g, ' ') ?? '')
        .find((t) => t.includes('Orthopaedic ward\u2069:')),
    );
    expect(ortho).toMatch(
      /\u2068Orthopaedic ward\u2069: \d+ people, coordinated by \u2068Mette H\.\u2069\./,
    );
    expect(ortho).toMatch(/Leadership is [^.]+\./);
    await page.screenshot({ path: '.tmp/screens/access-text-view-1440x900.png' });
  });

  it('reads the scenario result in sentences and a table that agree with the What if…? panel', async () => {
    await openApp({ width: 1280, height: 720 });
    await runScenario();
    // The panel's paired difference for all teams at week 52, in percentage points.
    const panelRow = await page.$$eval('[data-testid="difference-table"] tbody tr', (rows) =>
      rows.map((r) => [...r.children].map((c) => c.textContent?.trim() ?? '')),
    );
    const allTeams = panelRow[0]!;
    const panelDifference = Number(allTeams[1]!.split(' ')[0]) / 100;
    await page.click('[data-testid="toggle-text-view"]');
    await page.waitForSelector('[data-testid="text-scenario-table"]');
    const rows = await page.$$eval('[data-testid="text-scenario-table"] tbody tr', (trs) =>
      trs.map((r) => [...r.children].map((c) => c.textContent?.trim() ?? '')),
    );
    expect(rows[0]![0]).toBe('All teams');
    expect(rows.map((r) => r[0])).toContain('Orthopaedic ward');
    const difference = Number(rows[0]![4]!.replace('−', '-'));
    expect(Math.abs(difference - panelDifference)).toBeLessThanOrEqual(0.006);
    const sentences = await text('[data-testid="text-scenario-sentences"]');
    expect(sentences).toContain(
      'Under “Management withdraws support at week 26”, the simulated progress of all teams together at week 52',
    );
    expect(sentences).toMatch(
      /(lower|higher) than the simulated baseline|the same as the simulated baseline/,
    );
    // The 95 % interval of the mean difference stands beside it, around the difference.
    const [low, high] = rows[0]![5]!.replace(/−/g, '-').split(' – ').map(Number);
    expect(low).toBeLessThanOrEqual(difference + 0.006);
    expect(high).toBeGreaterThanOrEqual(difference - 0.006);
    await page.screenshot({ path: '.tmp/screens/access-text-view-1280x720.png' });
  });
});

describe('reduced motion', () => {
  it('turns transitions off when the system asks for less motion', async () => {
    await openApp();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const duration = await page.$eval('[data-testid="library"]', (el) => {
      el.style.transition = 'opacity 2s';
      return getComputedStyle(el).transitionDuration;
    });
    expect(parseFloat(duration)).toBeLessThan(0.001);
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    expect(
      await page.$eval('[data-testid="library"]', (el) => getComputedStyle(el).transitionDuration),
    ).toBe('2s');
  });
});
