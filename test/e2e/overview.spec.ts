// A big network opens as an overview (issue 14, point 3): said in words, only a few names drawn,
// its communities folded into discs that open on a click and fold back on a click on the ring;
// the built-in example (45 people) is drawn as before, with no overview.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createSyntheticNetwork } from '../../src/core/example/synthetic';
import { OVERVIEW_NAMED } from '../../src/core/layout/overview';
import { MOVING_TIES_LIMIT } from '../../src/ui/graph/render-cost';
import { SCREENS, useBrowser } from './fixture';

interface OverviewHook {
  overview(): {
    discs: { id: string; label: string; members: number; folded: boolean }[];
    bundles: number[];
    bundleEnds: [string, string][];
    visibleActors: number;
    labelled: string[];
  };
  elementScreenPosition(id: string): { x: number; y: number } | null;
  ringPoint(id: string): { x: number; y: number } | null;
  tiesHiddenWhileMoving(): boolean | null;
  discNameBoxes(): { id: string; x1: number; y1: number; x2: number; y2: number }[];
  edgesDrawn(): number;
}
/** Pairs of discs whose drawn names cover each other (by more than a pixel's rounding). */
async function namesOverlapping(p: Page): Promise<string[]> {
  const boxes = await p.evaluate(() =>
    (window as unknown as { __leadnet: OverviewHook }).__leadnet.discNameBoxes(),
  );
  const zoom = await p.evaluate(() =>
    (window as unknown as { __leadnet: { zoom(): number } }).__leadnet.zoom(),
  );
  const slack = 1 / zoom;
  const pairs: string[] = [];
  boxes.forEach((a, i) =>
    boxes.slice(i + 1).forEach((b) => {
      if (a.x1 + slack < b.x2 && b.x1 + slack < a.x2 && a.y1 + slack < b.y2 && b.y1 + slack < a.y2)
        pairs.push(`${a.id}/${b.id}`);
    }),
  );
  return pairs;
}

/** After a wheel step over the drawing: whether its ties are left out while it moves. */
async function movingWithoutTies(p: Page): Promise<{ hidden: boolean | null; edges: number }> {
  const box = (await p.locator('[data-testid="graph"]').boundingBox())!;
  await p.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await p.mouse.wheel(0, -120);
  return p.evaluate(() => {
    const h = (window as unknown as { __leadnet: OverviewHook }).__leadnet;
    return { hidden: h.tiesHiddenWhileMoving(), edges: h.edgesDrawn() };
  });
}
const hook = (p: Page) =>
  p.evaluate(() => (window as unknown as { __leadnet: OverviewHook }).__leadnet.overview());

const app = useBrowser();
let page: Page;
const dir = mkdtempSync(join(tmpdir(), 'leadnet-overview-'));

/** A point inside a disc near its rim, with no person drawn within reach (test-hook.ts). */
const ringPoint = (id: string) =>
  page.evaluate(
    (disc) => (window as unknown as { __leadnet: OverviewHook }).__leadnet.ringPoint(disc),
    id,
  );

/** Opens a network file in a fresh app at projector size; the overview's line once shown. */
async function openAsOverview(network: unknown, name: string) {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(network));
  page = await app.openApp({ viewport: { width: 1280, height: 720 } });
  expect(await page.$('[data-testid="overview"]')).toBeNull();
  await page.setInputFiles('[data-testid="open-input"]', file);
  await page.click('[data-testid="import-open"]');
  const said = page.locator('[data-testid="overview"]');
  await said.waitFor({ timeout: 60_000 });
  return said;
}

describe('a 2,000-person network without teams', () => {
  it('opens as an overview: said, a few names, communities that open and fold back', async () => {
    // The synthetic network's people without their teams: the overview finds communities.
    const synthetic = createSyntheticNetwork({ actors: 2000, seed: 5 });
    const network = {
      ...synthetic,
      groups: [],
      actors: synthetic.actors.map(({ group: _group, ...actor }) => actor),
    };
    const said = await openAsOverview(network, 'big.json');
    await expect
      .poll(() => said.textContent())
      .toMatch(/Overview: \d+ of 2,000 names shown; zoom in or hover for the rest\./);
    const folded = await hook(page);
    expect(folded.discs.length).toBeGreaterThan(1);
    expect(folded.discs.every((d) => d.folded)).toBe(true);
    // Everyone is in a disc or drawn; the discs' members add up with those drawn.
    expect(folded.discs.reduce((s, d) => s + d.members, 0) + folded.visibleActors).toBe(2000);
    expect(folded.labelled.length).toBeLessThanOrEqual(OVERVIEW_NAMED);
    // Bundles come a frame's worth at a time (overview.ts).
    await expect.poll(async () => (await hook(page)).bundles.length).toBeGreaterThan(0);
    expect(await said.textContent()).toContain(
      `${folded.discs.length} of ${folded.discs.length} communities folded`,
    );
    expect(await namesOverlapping(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENS}/overview-2000-folded.png` });

    // A click on the largest disc opens it: its people are drawn, the text says one fewer folded.
    const largest = [...folded.discs].sort((a, b) => b.members - a.members)[0]!;
    const at = await ringPoint(largest.id);
    expect(at).not.toBeNull();
    await page.mouse.click(at!.x, at!.y);
    await expect
      .poll(async () => (await hook(page)).visibleActors)
      .toBe(folded.visibleActors + largest.members);
    const open = await hook(page);
    expect(open.discs.find((d) => d.id === largest.id)?.folded).toBe(false);
    expect(open.labelled.length).toBeLessThanOrEqual(OVERVIEW_NAMED);
    expect(await said.textContent()).toContain(
      `${folded.discs.length - 1} of ${folded.discs.length} communities folded`,
    );
    await page.screenshot({ path: `${SCREENS}/overview-2000-open.png` });

    // A click on its ring (not on a person) folds it back.
    const rim = await ringPoint(largest.id);
    expect(rim).not.toBeNull();
    await page.mouse.click(rim!.x, rim!.y);
    await expect.poll(async () => (await hook(page)).visibleActors).toBe(folded.visibleActors);
    expect(await said.textContent()).toContain(
      `${folded.discs.length} of ${folded.discs.length} communities folded`,
    );

    // A drag that starts on a folded disc pans the drawing, as on the background; it stays folded.
    const discAt = () =>
      page.evaluate(
        (id) =>
          (window as unknown as { __leadnet: OverviewHook }).__leadnet.elementScreenPosition(id),
        largest.id,
      );
    const from = (await discAt())!;
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x + 120, from.y + 60, { steps: 6 });
    await page.mouse.up();
    const moved = (await discAt())!;
    expect(moved.x - from.x).toBeCloseTo(120, -1);
    expect(moved.y - from.y).toBeCloseTo(60, -1);
    expect((await hook(page)).visibleActors).toBe(folded.visibleActors);

    // Someone chosen in the text view who is inside a folded community: it opens, they are shown
    // selected on the drawing.
    const before = await hook(page);
    const drawnIds = new Set(
      await page.evaluate(() =>
        (window as unknown as { __leadnet: { drawn(): { actors: { id: string }[] } } }).__leadnet
          .drawn()
          .actors.map((a) => a.id),
      ),
    );
    await page.click('[data-testid="toggle-text-view"]');
    const names = page.locator('[data-testid="text-people"] button.name');
    let chosen = '';
    for (let k = 0; k < (await names.count()); k += 1) {
      const name = (await names.nth(k).textContent())!.trim();
      if (!drawnIds.has(name)) {
        chosen = name;
        await names.nth(k).click();
        break;
      }
    }
    expect(chosen).not.toBe('');
    await expect
      .poll(() =>
        page.evaluate(() =>
          (
            window as unknown as { __leadnet: { canvasSelection(): string[] } }
          ).__leadnet.canvasSelection(),
        ),
      )
      .toEqual([`a:${chosen}`]);
    const opened = await hook(page);
    expect(opened.discs.filter((d) => d.folded)).toHaveLength(
      before.discs.filter((d) => d.folded).length - 1,
    );
    await page.click('[data-testid="toggle-text-view"]');

    // From the keyboard: Home goes to the first in reading order among people and folded discs;
    // arrows walk them; on a disc the drawing says so, and Enter opens it.
    await page.focus('[data-testid="graph"]');
    await page.keyboard.press('Home');
    const announced = () => page.textContent('[data-testid="graph-announcement"]');
    let onDisc = false;
    for (let k = 0; k < 60 && !onDisc; k += 1) {
      onDisc = /people folded into one disc\. Press Enter to open it\./.test(
        (await announced()) ?? '',
      );
      if (!onDisc) await page.keyboard.press('ArrowRight');
    }
    expect(onDisc).toBe(true);
    const foldedBefore = (await hook(page)).discs.filter((d) => d.folded).length;
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => (await hook(page)).discs.filter((d) => d.folded).length)
      .toBe(foldedBefore - 1);
    // The focus is on someone drawn now, said with their role.
    await expect.poll(announced).toMatch(/Press Enter to select\./);

    // "Open all" draws everyone; names stay few.
    await page.getByRole('button', { name: 'Open all' }).click();
    await expect.poll(async () => (await hook(page)).visibleActors).toBe(2000);
    expect((await hook(page)).labelled.length).toBeLessThanOrEqual(OVERVIEW_NAMED);

    // So many ties (over MOVING_TIES_LIMIT) are left out of the drawing while the view moves.
    const moving = await movingWithoutTies(page);
    expect(moving.edges).toBeGreaterThan(MOVING_TIES_LIMIT);
    expect(moving.hidden).toBe(true);
  });
});

describe('a 5,000-person network of 500 teams', () => {
  it('draws the strongest links between folded teams and says so; an open team shows all its own', async () => {
    const network = createSyntheticNetwork({ actors: 5000, seed: 7, positions: true });
    // What the file holds: which teams are linked to another, and each person's team.
    const teamOf = new Map(network.actors.map((a) => [a.id, a.group!]));
    const teamPairs = new Set<string>();
    for (const t of network.ties) {
      const [a, b] = [teamOf.get(t.source)!, teamOf.get(t.target)!];
      if (a !== b) teamPairs.add(a < b ? `${a}|${b}` : `${b}|${a}`);
    }
    const linkedTeams = new Set([...teamPairs].flatMap((p) => p.split('|')));

    const said = await openAsOverview(network, 'teams.json');
    await expect
      .poll(() => said.textContent())
      .toContain(
        `Links between folded groups: the 1,000 strongest of ${teamPairs.size.toLocaleString('en')} are drawn; open a group to see all its ties.`,
      );
    const isDisc = (id: string) => id.startsWith('ov:g:');
    const links = async () =>
      (await hook(page)).bundleEnds.filter(([a, b]) => isDisc(a) && isDisc(b));
    // Bundles come a frame's worth at a time.
    await expect.poll(async () => (await links()).length, { timeout: 30_000 }).toBe(1000);
    // The teams' names that are drawn are measured before: none covers another.
    expect(await namesOverlapping(page)).toEqual([]);
    expect(
      (
        await page.evaluate(() =>
          (window as unknown as { __leadnet: OverviewHook }).__leadnet.discNameBoxes(),
        )
      ).length,
    ).toBeGreaterThan(20);
    // No team that has a link looks cut off: each keeps at least its strongest.
    const drawn = await links();
    expect(new Set(drawn.flat()).size).toBe(linkedTeams.size);

    // A team opened: each of its people's ties to another team is drawn (person to disc).
    const discs = (await hook(page)).discs;
    const team = discs.find((d) => d.label === 'Team 1 (10)')!;
    const at = await ringPoint(team.id);
    await page.mouse.click(at!.x, at!.y);
    const ownTeam = 'team-0';
    const expected = new Set(
      network.ties.flatMap((t) => {
        const [a, b] = [teamOf.get(t.source)!, teamOf.get(t.target)!];
        if (a === b) return [];
        if (a === ownTeam) return [`${t.source}|${b}`];
        if (b === ownTeam) return [`${t.target}|${a}`];
        return [];
      }),
    );
    await expect
      .poll(async () => {
        const ends = (await hook(page)).bundleEnds.filter(
          ([a, b]) => a.startsWith('a:') || b.startsWith('a:'),
        );
        return ends.length;
      })
      .toBe(expected.size);
    await page.screenshot({ path: `${SCREENS}/overview-5000-teams.png` });
  });
});

describe('a big network whose overview is cancelled', () => {
  it('says the overview is being prepared, and draws everyone when Cancel is clicked', async () => {
    const file = join(dir, 'cancelled.json');
    // Without positions or teams: the worker finds communities and lays them out (seconds).
    const synthetic = createSyntheticNetwork({ actors: 3000, seed: 8 });
    const network = {
      ...synthetic,
      groups: [],
      actors: synthetic.actors.map(({ group: _group, ...actor }) => actor),
    };
    writeFileSync(file, JSON.stringify(network));
    page = await app.openApp({ viewport: { width: 1280, height: 720 } });
    await page.setInputFiles('[data-testid="open-input"]', file);
    await page.click('[data-testid="import-open"]');
    // While the worker prepares it nothing of the network is drawn, and the drawing says why.
    const said = await page.waitForFunction(
      () => document.querySelector('[data-testid="overview-preparing"]')?.textContent ?? false,
      null,
      { timeout: 60_000, polling: 10 },
    );
    expect(await said.jsonValue()).toContain('Preparing the overview of 3,000 people');
    expect((await hook(page)).visibleActors).toBe(0);
    await page.screenshot({ path: `${SCREENS}/overview-preparing.png` });
    await page.waitForFunction(
      () => {
        const cancel = [...document.querySelectorAll('[data-testid="status"] button')].find(
          (b) => b.textContent?.trim() === 'Cancel',
        );
        const status = document.querySelector('[data-testid="worker-status"]')?.textContent ?? '';
        if (!status.includes('communities') || !(cancel instanceof HTMLButtonElement)) return false;
        cancel.click();
        return true;
      },
      null,
      { timeout: 30_000, polling: 10 },
    );
    await expect.poll(async () => (await hook(page)).visibleActors, { timeout: 60_000 }).toBe(3000);
    const all = await hook(page);
    expect(all.discs).toEqual([]);
    expect(await page.$('[data-testid="overview"]')).toBeNull();
    expect(await page.$('[data-testid="overview-preparing"]')).toBeNull();
  });
});

describe('the built-in example', () => {
  it('is drawn as before: no overview, everyone drawn and named, no discs', async () => {
    page = await app.openApp({ viewport: { width: 1280, height: 720 } });
    expect(await page.$('[data-testid="overview"]')).toBeNull();
    const drawn = await hook(page);
    expect(drawn.discs).toEqual([]);
    expect(drawn.bundles).toEqual([]);
    expect(drawn.visibleActors).toBe(45);
    expect(drawn.labelled).toHaveLength(45);
    // Its ties stay in view while the view moves.
    expect(await movingWithoutTies(page)).toEqual({ hidden: false, edges: expect.any(Number) });
  });
});
