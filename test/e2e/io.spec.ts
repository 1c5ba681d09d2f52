// Importing and exporting in a real browser: files picked, dropped and pasted go through the
// worker, a foreign file's mapping step previews what it will give, the report comes before
// anything is replaced, bad files change nothing, and every export re-imports to the same
// network. Screenshots of the dialogs are written to .tmp/screens/ to be looked at.
import { mkdirSync, readFileSync } from 'node:fs';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createExampleDocument } from '../../src/core/example/qic-example';
import { file, useBrowser } from './fixture';

interface Drawn {
  actors: { id: string; label: string; shape: string; group: string | null }[];
  ties: { source: string; target: string; kind: string; width: number }[];
}
interface Hook {
  ready: boolean;
  drawn(): Drawn;
  screenPosition(kind: string, id: string): { x: number; y: number } | null;
}
type HookWindow = { __leadnet?: Hook };

const app = useBrowser();
let page: Page;

async function openApp(viewport = { width: 1440, height: 900 }): Promise<void> {
  page = await app.openApp({ viewport });
}

const drawn = () => page.evaluate(() => (window as unknown as HookWindow).__leadnet!.drawn());
/** What the user reads in an element (table cells apart), spaces collapsed. */
const text = async (selector: string) =>
  (await page.innerText(selector)).replace(/\s+/g, ' ').trim();

/** Waits until the drawing shows a network with these actor ids (and nothing else). */
async function waitForDrawn(ids: string[]): Promise<Drawn> {
  await expect
    .poll(async () => (await drawn()).actors.map((a) => a.id).sort(), { timeout: 20_000 })
    .toEqual([...ids].sort());
  return drawn();
}

async function continueToReport(): Promise<void> {
  await page.click('[data-testid="import-continue"]');
  await page.waitForSelector('[data-testid="import-report"], [data-testid="open-errors"]');
}

async function acceptImport(): Promise<void> {
  await page.click('[data-testid="import-open"]');
  await page.waitForSelector('[data-testid="import-dialog"]', { state: 'hidden' });
}

/** Picks a value in a mapping select once the select offers it. */
async function pick(field: string, value: string): Promise<void> {
  const select = `[data-testid="map-${field}"]`;
  await page.waitForSelector(`${select} option[value="${value}"]`, { state: 'attached' });
  await page.selectOption(select, value);
}

const shapeOf = (d: Drawn, id: string) => d.actors.find((a) => a.id === id)?.shape;

// A small Leadnet network with ids that break naive code.
const leadnetDoc = {
  format: 'leadnet-network',
  version: 1,
  meta: { title: 'Import test' },
  groups: [{ id: 'constructor', label: 'Team C', kind: 'team' }],
  actors: [
    { id: '__proto__', label: 'Proto P.', role: 'manager' },
    { id: 'b c', label: 'Bea C.', role: 'coordinator', group: 'constructor' },
    { id: 'Ægir', label: 'Ægir Æ.', role: 'member', group: 'constructor' },
  ],
  ties: [
    { id: 't1', source: 'Ægir', target: 'b c', kind: 'leadership', weight: 1 },
    { id: 't2', source: 'b c', target: '__proto__', kind: 'support', weight: 0.5 },
  ],
};

const gexf = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <graph defaultedgetype="directed">
    <attributes class="node">
      <attribute id="0" title="position" type="string"/>
      <attribute id="1" title="unit" type="string"/>
    </attributes>
    <attributes class="edge">
      <attribute id="0" title="relation" type="string"/>
    </attributes>
    <nodes>
      <node id="n1" label="Hilde Manager"><attvalues><attvalue for="0" value="manager"/><attvalue for="1" value="Ward A"/></attvalues></node>
      <node id="n2" label="Carl Coordinator"><attvalues><attvalue for="0" value="coordinator"/><attvalue for="1" value="Ward A"/></attvalues></node>
      <node id="n3" label="Mia Member"><attvalues><attvalue for="0" value="member"/><attvalue for="1" value="Ward A"/></attvalues></node>
      <node id="n4" label="Max Member"><attvalues><attvalue for="0" value="member"/><attvalue for="1" value="Ward B"/></attvalues></node>
    </nodes>
    <edges>
      <edge id="e1" source="n3" target="n2"><attvalues><attvalue for="0" value="leadership"/></attvalues></edge>
      <edge id="e2" source="n2" target="n1"><attvalues><attvalue for="0" value="support"/></attvalues></edge>
      <edge id="e3" source="n4" target="n2"><attvalues><attvalue for="0" value="coordination"/></attvalues></edge>
    </edges>
  </graph>
</gexf>`;

// Three people, three ties, the last to someone who is not in the file.
const danglingCytoscape = JSON.stringify({
  elements: {
    nodes: ['p', 'q', 'r'].map((id) => ({ data: { id, name: id.toUpperCase() } })),
    edges: [
      { data: { id: 'pq', source: 'p', target: 'q' } },
      { data: { id: 'qr', source: 'q', target: 'r' } },
      { data: { id: 'rx', source: 'r', target: 'ghost' } },
    ],
  },
});

const graphml = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="d0" for="node" attr.name="function" attr.type="string"/>
  <key id="d1" for="node" attr.name="name" attr.type="string"/>
  <key id="d2" for="edge" attr.name="strength" attr.type="double"/>
  <graph id="G" edgedefault="directed">
    <node id="a"><data key="d0">coordinator</data><data key="d1">Anna A.</data></node>
    <node id="b"><data key="d0">member</data><data key="d1">Ben B.</data></node>
    <edge id="x" source="b" target="a"><data key="d2">0.5</data></edge>
  </graph>
</graphml>`;

describe('opening files', () => {
  it('opens a Leadnet JSON after its report, without a mapping step', async () => {
    await openApp();
    await page.setInputFiles('[data-testid="open-input"]', [
      file('import-test.json', JSON.stringify(leadnetDoc), 'application/json'),
    ]);
    await page.waitForSelector('[data-testid="import-report"]');
    expect(await page.$('[data-testid="map-roleAttr"]')).toBeNull();
    expect(await text('[data-testid="kept-actors"]')).toBe('3');
    expect(await text('[data-testid="kept-ties"]')).toBe('2');
    // Nothing replaced yet: the example is still drawn.
    expect((await drawn()).actors).toHaveLength(45);
    await acceptImport();
    const d = await waitForDrawn(['__proto__', 'b c', 'Ægir']);
    expect(d.actors.find((a) => a.id === '__proto__')?.label).toBe('Proto P.');
    expect(shapeOf(d, '__proto__')).toBe('round-rectangle'); // a manager
    expect(d.actors.find((a) => a.id === 'Ægir')?.group).toBe('Team C');
  });

  it('maps a GEXF file: its attributes are offered, the preview follows the choice, roles are drawn', async () => {
    await openApp();
    await page.setInputFiles('[data-testid="open-input"]', [file('ward.gexf', gexf)]);
    await page.waitForSelector('[data-testid="map-roleAttr"]');
    const offered = await page.$$eval('[data-testid="map-roleAttr"] option', (os) =>
      os.map((o) => (o as HTMLOptionElement).value),
    );
    expect(offered).toEqual(expect.arrayContaining(['', 'position', 'unit']));
    const edgeOffered = await page.$$eval('[data-testid="map-kindAttr"] option', (os) =>
      os.map((o) => (o as HTMLOptionElement).value),
    );
    expect(edgeOffered).toContain('relation');
    await pick('roleAttr', 'position');
    await pick('kindAttr', 'relation');
    await pick('groupAttr', 'unit');
    await expect
      .poll(() => text('[data-testid="preview-actors"]'), { timeout: 10_000 })
      .toMatch(/Hilde Manager Manager Ward A/);
    expect(await text('[data-testid="preview-ties"]')).toContain(
      'Carl Coordinator → Hilde Manager Support',
    );
    await continueToReport();
    expect(await text('[data-testid="kept-actors"]')).toBe('4');
    await acceptImport();
    const d = await waitForDrawn(['n1', 'n2', 'n3', 'n4']);
    expect(shapeOf(d, 'n1')).toBe('round-rectangle');
    expect(shapeOf(d, 'n2')).toBe('round-diamond');
    expect(shapeOf(d, 'n4')).toBe('ellipse');
    expect(d.actors.find((a) => a.id === 'n4')?.group).toBe('Ward B');
    expect(d.ties.find((t) => t.source === 'n2')).toMatchObject({
      target: 'n1',
      kind: 'kind-support',
    });
  });

  it('maps a GraphML file, and reverse direction turns every tie around', async () => {
    await openApp();
    await page.setInputFiles('[data-testid="open-input"]', [file('pair.graphml', graphml)]);
    await pick('labelAttr', 'name');
    await pick('roleAttr', 'function');
    await pick('weightAttr', 'strength');
    await expect
      .poll(() => text('[data-testid="preview-ties"]'), { timeout: 10_000 })
      .toContain('Ben B. → Anna A.');
    await page.check('[data-testid="direction-reverse"]');
    await expect
      .poll(() => text('[data-testid="preview-ties"]'), { timeout: 10_000 })
      .toContain('Anna A. → Ben B.');
    await continueToReport();
    await acceptImport();
    const d = await waitForDrawn(['a', 'b']);
    expect(d.actors.find((a) => a.id === 'a')?.label).toBe('Anna A.');
    expect(shapeOf(d, 'a')).toBe('round-diamond');
    expect(d.ties).toEqual([expect.objectContaining({ source: 'a', target: 'b' })]);
  });

  it('opens a CSV edge list and node table chosen together, telling them apart by columns', async () => {
    await openApp();
    await page.setInputFiles('[data-testid="open-input"]', [
      file(
        'people.csv',
        'id,name,role,team\nanna,Anna A.,member,Team 1\nben,Ben B.,coordinator,Team 1\ncarl,Carl C.,manager,\n',
        'text/csv',
      ),
      file('links.csv', 'source,target,type\nanna,ben,leadership\nben,carl,support\n', 'text/csv'),
    ]);
    await page.waitForSelector('[data-testid="table-role"]');
    const roles = await page.$$eval('[data-testid="table-role"]', (ss) =>
      ss.map((s) => (s as HTMLSelectElement).value),
    );
    expect(roles).toEqual(['actors', 'ties']);
    await pick('labelAttr', 'name');
    await pick('roleAttr', 'role');
    await pick('groupAttr', 'team');
    await pick('kindAttr', 'type');
    await continueToReport();
    expect(await text('[data-testid="kept-actors"]')).toBe('3');
    expect(await text('[data-testid="kept-ties"]')).toBe('2');
    await acceptImport();
    const d = await waitForDrawn(['anna', 'ben', 'carl']);
    expect(d.actors.find((a) => a.id === 'ben')).toMatchObject({
      label: 'Ben B.',
      group: 'Team 1',
    });
    expect(shapeOf(d, 'carl')).toBe('round-rectangle');
    expect(d.ties.find((t) => t.source === 'ben')?.kind).toBe('kind-support');
  });

  it('opens Cytoscape JSON dropped on the window, with a visible drop target', async () => {
    await openApp();
    const cytoscapeJson = JSON.stringify({
      elements: {
        nodes: [{ data: { id: 'p', name: 'Pia' } }, { data: { id: 'q', name: 'Quinn' } }],
        edges: [{ data: { id: 'pq', source: 'p', target: 'q' } }],
      },
    });
    const transfer = await page.evaluateHandle((json) => {
      const data = new DataTransfer();
      data.items.add(new File([json], 'network.cyjs.json', { type: 'application/json' }));
      return data;
    }, cytoscapeJson);
    await page.dispatchEvent('main', 'dragenter', { dataTransfer: transfer });
    expect(await page.isVisible('[data-testid="drop-overlay"]')).toBe(true);
    await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
    expect(await page.isVisible('[data-testid="drop-overlay"]')).toBe(false);
    await page.waitForSelector('[data-testid="import-continue"]');
    await continueToReport();
    await acceptImport();
    const d = await waitForDrawn(['p', 'q']);
    expect(d.ties).toEqual([expect.objectContaining({ source: 'p', target: 'q' })]);
  });

  it('opens graphology JSON pasted with Ctrl+V, and text pasted into the dialog', async () => {
    await openApp();
    const graphology = JSON.stringify({
      attributes: {},
      options: { type: 'directed' },
      nodes: [
        { key: 'r', attributes: { label: 'Rosa' } },
        { key: 's', attributes: { label: 'Sami' } },
      ],
      edges: [{ source: 'r', target: 's' }],
    });
    await page.evaluate((json) => {
      const data = new DataTransfer();
      data.setData('text/plain', json);
      document.body.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    }, graphology);
    await page.waitForSelector('[data-testid="import-continue"]');
    expect(await text('[data-testid="inspection"]')).toContain('graphology');
    await continueToReport();
    await acceptImport();
    await waitForDrawn(['r', 's']);

    // The dialog's own paste box: an edge list typed in.
    await page.click('[data-testid="open"]');
    await page.fill('[data-testid="paste-text"]', 'source,target\nUlla,Vera\nVera,Ulla\n');
    await page.click('[data-testid="paste-read"]');
    await page.waitForSelector('[data-testid="import-continue"]');
    await continueToReport();
    await acceptImport();
    const d = await waitForDrawn(['Ulla', 'Vera']);
    expect(d.ties).toHaveLength(2);
  });
});

describe('files valid in their own tool', () => {
  it('opens a Cytoscape.js file whose edges end on a group, leaving those edges out with a report line', async () => {
    await openApp();
    const cyjs = readFileSync('test/fixtures/formats/cytoscape-js.json', 'utf8');
    await page.setInputFiles('[data-testid="open-input"]', [
      file('cytoscape-js.json', cyjs, 'application/json'),
    ]);
    await continueToReport();
    // Not refused: there is no "import anyway", only the report and "Open this network".
    expect(await page.$('[data-testid="open-errors"]')).toBeNull();
    const refused = await text('[data-testid="report-refused"]');
    expect(refused).toContain('edges to or from the group \u2068Medical ward\u2069 left out');
    expect(refused).toContain('edges to or from the group \u2068Home care north\u2069 left out');
    expect(refused).toContain('at elements.edges[3], elements.edges[5]');
    expect(await text('[data-testid="kept-ties"]')).toBe('4');
    await acceptImport();
    const d = await waitForDrawn(['anna', 'bo', 'cai', 'dina', 'erik']);
    expect(d.ties).toHaveLength(4);
  });
});

describe('files that cannot be opened as they are', () => {
  it('refuses a dangling tie with its path, and imports it anyway when asked, dropping the tie', async () => {
    await openApp();
    await page.setInputFiles('[data-testid="open-input"]', [
      file('dangling.json', danglingCytoscape, 'application/json'),
    ]);
    await continueToReport();
    expect(await text('[data-testid="open-errors"]')).toBe(
      'elements.edges[2]: no actor with id “\u2068ghost\u2069”',
    );
    expect(await text('[data-testid="import-drop"]')).toBe('Import anyway, dropping 1 tie');
    expect(await page.$('[data-testid="import-open"]')).toBeNull();
    await page.click('[data-testid="import-drop"]');
    await page.waitForSelector('[data-testid="import-open"]');
    expect(await text('[data-testid="report-refused"]')).toContain('elements.edges[2]');
    expect(await text('[data-testid="kept-ties"]')).toBe('2');
    await acceptImport();
    const d = await waitForDrawn(['p', 'q', 'r']);
    expect(d.ties).toHaveLength(2);
  });

  it('refuses malformed XML with a clear error and changes nothing', async () => {
    await openApp();
    const before = await drawn();
    const title = await text('h1');
    await page.setInputFiles('[data-testid="open-input"]', [
      file('broken.graphml', '<graphml><graph><node id="a"></graph>'),
    ]);
    await page.waitForSelector('[data-testid="open-errors"]');
    expect(await text('[data-testid="import-dialog"] h2')).toContain(
      'Could not open \u2068broken.graphml\u2069',
    );
    expect((await text('[data-testid="open-errors"]')).length).toBeGreaterThan(10);
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid="import-dialog"]', { state: 'hidden' });
    expect(await drawn()).toEqual(before);
    expect(await text('h1')).toBe(title);
  });

  it('refuses a file over the size limit without reading it', async () => {
    await openApp();
    const outcome = await page.evaluate(async () => {
      const statuses: string[] = [];
      const status = document.querySelector('[data-testid="status"]')!;
      const observer = new MutationObserver(() => statuses.push(status.textContent ?? ''));
      observer.observe(status, { subtree: true, childList: true, characterData: true });
      const big = new File([new Uint8Array(50 * 1024 * 1024 + 1)], 'huge.csv', {
        type: 'text/csv',
      });
      const data = new DataTransfer();
      data.items.add(big);
      window.dispatchEvent(
        new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }),
      );
      const message = await new Promise<string>((resolve) => {
        const poll = () => {
          const errors = document.querySelector('[data-testid="open-errors"]');
          if (errors) resolve(errors.textContent ?? '');
          else requestAnimationFrame(poll);
        };
        poll();
      });
      await new Promise((r) => setTimeout(r, 300)); // a job started late would show by now
      observer.disconnect();
      return { message, statuses };
    });
    expect(outcome.message).toContain('\u2068huge.csv\u2069: the file is 50.0 MB');
    expect(outcome.statuses.filter((s) => s.includes('Reading'))).toEqual([]);
  });
});

/** Clicks an export item and returns the download, confirming the format's warnings if shown. */
async function exportVia(id: string): Promise<{ download: Download; warnings: string }> {
  await page.click('[data-testid="export"]');
  const downloading = page.waitForEvent('download', { timeout: 20_000 });
  await page.click(`[data-testid="export-${id}"]`);
  const first = await Promise.race([
    downloading.then(() => 'download' as const),
    page.waitForSelector('[data-testid="export-warnings"][open]').then(() => 'warnings' as const),
  ]);
  let warnings = '';
  if (first === 'warnings') {
    warnings = await text('[data-testid="export-warnings"]');
    await page.click('[data-testid="export-confirm"]');
  }
  return { download: await downloading, warnings };
}

const sortedTies = (d: Drawn) =>
  d.ties.map((t) => `${t.source} → ${t.target} ${t.kind} ${t.width.toFixed(6)}`).sort();
const sortedActors = (d: Drawn) =>
  d.actors.map((a) => `${a.id} | ${a.label} | ${a.shape} | ${a.group}`).sort();

describe('exporting', () => {
  for (const format of ['leadnet', 'gexf', 'graphml', 'csv'] as const) {
    it(`exports ${format} through the menu and re-imports the same network`, async () => {
      await openApp();
      const before = await drawn();
      expect(before.actors).toHaveLength(45);
      const { download } = await exportVia(format);
      const name = download.suggestedFilename();
      expect(name).toMatch(/^example-a-regional[\w-]*\.(json|gexf|graphml|zip)$/);
      const buffer = readFileSync((await download.path())!);
      await page.setInputFiles('[data-testid="open-input"]', [
        { name, mimeType: 'application/octet-stream', buffer },
      ]);
      await page.waitForSelector('[data-testid="import-continue"], [data-testid="import-report"]');
      if (await page.$('[data-testid="import-continue"]')) await continueToReport();
      await acceptImport();
      // The re-imported network is drawn: wait until the library has switched to it.
      await expect
        .poll(async () => sortedActors(await drawn()), { timeout: 20_000 })
        .toEqual(sortedActors(before));
      expect(sortedTies(await drawn())).toEqual(sortedTies(before));
    });
  }

  it('puts the measures in the CSV actors table', async () => {
    await openApp();
    // The measures run in their own worker after the first drawing; until they are in, the
    // export says so. Try again until they are.
    let found: Download | null = null;
    for (let attempt = 0; attempt < 20 && !found; attempt++) {
      const { download, warnings } = await exportVia('csv');
      if (!warnings.includes('still being computed')) found = download;
      else await page.waitForTimeout(500);
    }
    expect(found, 'a CSV export with the measures').not.toBeNull();
    const { unzipSync, strFromU8 } = await import('fflate');
    const files = unzipSync(new Uint8Array(readFileSync((await found!.path())!)));
    const actorsCsv = Object.entries(files).find(([n]) => n.startsWith('actors'))?.[1];
    expect(actorsCsv).toBeDefined();
    const [header, first] = strFromU8(actorsCsv!).split(/\r?\n/);
    expect(header).toContain('measure:betweenness');
    expect(header).toContain('measure:inDegree');
    // The example's first actor has a value in the betweenness column.
    const column = header!.split(',').indexOf('measure:betweenness');
    expect(first!.split(',')[column]).toMatch(/^\d/);
  });

  it('saves a PNG at 2× twice as wide as at 1×', async () => {
    await openApp();
    const width = async (id: string) => {
      const { download } = await exportVia(id);
      const png = readFileSync((await download.path())!);
      expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
      return png.readUInt32BE(16); // IHDR width
    };
    const one = await width('png-1');
    const two = await width('png-2');
    expect(one).toBeGreaterThan(100);
    expect(two).toBe(2 * one);
  });

  it('saves an SVG with the legend and every actor label, and never a script from a label', async () => {
    await openApp();
    const labels = createExampleDocument().actors.map((a) => a.label ?? a.id);
    const { download } = await exportVia('svg');
    expect(download.suggestedFilename()).toMatch(/\.svg$/);
    const svg = readFileSync((await download.path())!, 'utf8');
    expect(svg).not.toMatch(/<script/i);
    const words = await page.evaluate((source) => {
      const parsed = new DOMParser().parseFromString(source, 'image/svg+xml');
      return [...parsed.querySelectorAll('text')].map((t) => t.textContent ?? '');
    }, svg);
    const all = words.join('\n');
    for (const label of labels) expect(words, label).toContain(label);
    for (const legend of [
      'Legend',
      'Regional coordinator',
      'Coordination',
      'influence flows against',
    ])
      expect(all).toContain(legend);
    // Every person in their role's shape (the coordinators' diamonds were once lost), every tie
    // with its arrow.
    const shown = await drawn();
    const parts = await page.evaluate((source) => {
      const parsed = new DOMParser().parseFromString(source, 'image/svg+xml');
      return {
        shapes: [...parsed.querySelectorAll('g.node > path.shape')].map((p) =>
          p.getAttribute('class'),
        ),
        ties: parsed.querySelectorAll('g.edge > path.line').length,
        arrows: parsed.querySelectorAll('g.edge > path.arrow').length,
      };
    }, svg);
    const wanted = new Map<string, number>();
    for (const actor of shown.actors) wanted.set(actor.shape, (wanted.get(actor.shape) ?? 0) + 1);
    expect([...wanted.keys()].sort()).toEqual([
      'ellipse',
      'round-diamond',
      'round-rectangle',
      'star',
    ]);
    for (const [shape, count] of wanted) {
      const drawnShapes = parts.shapes.filter((c) => c === `shape shape-${shape}`);
      expect(drawnShapes, shape).toHaveLength(count);
    }
    expect(parts.ties).toBe(shown.ties.length);
    expect(parts.arrows).toBe(shown.ties.length);

    // A label that tries to be markup stays text.
    const hostile = {
      ...leadnetDoc,
      actors: leadnetDoc.actors.map((a, i) =>
        i === 0 ? { ...a, label: '<script>a&b</script>' } : a,
      ),
    };
    await page.setInputFiles('[data-testid="open-input"]', [
      file('hostile.json', JSON.stringify(hostile), 'application/json'),
    ]);
    await acceptImport();
    await waitForDrawn(['__proto__', 'b c', 'Ægir']);
    const second = readFileSync((await (await exportVia('svg')).download.path())!, 'utf8');
    expect(second).not.toMatch(/<script/i);
    const texts = await page.evaluate((source) => {
      const parsed = new DOMParser().parseFromString(source, 'image/svg+xml');
      return [...parsed.querySelectorAll('text')].map((t) => t.textContent ?? '');
    }, second);
    expect(texts).toContain('<script>a&b</script>');
  });

  it('is a keyboard menu: arrows move, Escape closes and returns focus', async () => {
    await openApp();
    await page.focus('[data-testid="export"]');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'export-leadnet',
    );
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'export-gexf',
    );
    await page.keyboard.press('Escape');
    expect(await page.isVisible('[data-testid="export-menu"]')).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'export',
    );
  });
});

describe('at projector and laptop size', () => {
  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 1440, height: 900 },
  ]) {
    it(`fits the toolbar and the dialogs at ${viewport.width}×${viewport.height}`, async () => {
      const dir = '.tmp/screens';
      mkdirSync(dir, { recursive: true });
      const shot = (name: string) =>
        page.screenshot({ path: `${dir}/io-${name}-${viewport.width}.png` });
      await openApp(viewport);
      const fits = () =>
        page.evaluate(() => {
          const tools = [...document.querySelectorAll('header [role="toolbar"] > *')];
          const right = Math.max(...tools.map((t) => t.getBoundingClientRect().right));
          const dialog = document.querySelector('dialog[open]')?.getBoundingClientRect();
          return {
            page: document.documentElement.scrollWidth <= window.innerWidth,
            toolbar: right <= window.innerWidth,
            dialog:
              !dialog || (dialog.bottom <= window.innerHeight && dialog.right <= window.innerWidth),
          };
        });
      expect(await fits()).toEqual({ page: true, toolbar: true, dialog: true });
      await shot('toolbar');
      await page.click('[data-testid="export"]');
      await shot('export-menu');
      await page.keyboard.press('Escape');

      await page.setInputFiles('[data-testid="open-input"]', [file('ward.gexf', gexf)]);
      await pick('roleAttr', 'position');
      await pick('kindAttr', 'relation');
      await pick('groupAttr', 'unit');
      await expect
        .poll(() => text('[data-testid="preview-actors"]'))
        .toMatch(/Hilde Manager Manager Ward A/);
      await page.waitForSelector('[data-testid="mapping-preview"][aria-busy="false"]');
      expect(await fits()).toEqual({ page: true, toolbar: true, dialog: true });
      await shot('mapping');
      await page.keyboard.press('Escape');

      await page.setInputFiles('[data-testid="open-input"]', [
        file('dangling.json', danglingCytoscape),
      ]);
      await continueToReport();
      await shot('refused');
      await page.click('[data-testid="import-drop"]');
      await page.waitForSelector('[data-testid="report-refused"]');
      expect(await fits()).toEqual({ page: true, toolbar: true, dialog: true });
      await shot('report');
    });
  }
});
