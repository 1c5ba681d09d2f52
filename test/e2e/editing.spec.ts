// Editing in a real browser: add a person and edit them in the inspector, add ties with the
// form and by dragging from the handle, refuse a self-tie and a duplicate with a message,
// multi-select and delete as one step, and undo/redo of each command restoring both the
// document (read through the test hook) and the drawing.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './fixture';

interface Doc {
  meta: { title?: string };
  actors: {
    id: string;
    label?: string;
    role: string;
    group?: string;
    attributes?: Record<string, unknown>;
  }[];
  ties: { id: string; source: string; target: string; kind: string; weight: number }[];
  groups: { id: string; label?: string; parent?: string }[];
}
interface Hook {
  ready: boolean;
  screenPosition(kind: string, id: string): { x: number; y: number } | null;
  viewData(kind: string, id: string, key: string): unknown;
  doc(): Doc;
  canvasSelection(): string[];
}
/** The app's test hook, typed here (app.spec.ts declares its own view of it). */
type HookWindow = { __leadnet?: Hook };

const app = useBrowser();
let page: Page;

async function openApp(width = 1440, height = 900): Promise<void> {
  page = await app.openApp({ viewport: { width, height } });
  // The first layout is placed without an undo step: the history starts empty.
  await expect.poll(() => page.isDisabled('[data-testid="undo"]')).toBe(true);
}

const doc = () => page.evaluate(() => (window as unknown as HookWindow).__leadnet!.doc());
const docText = async () => JSON.stringify(await doc());
const position = (kind: string, id: string) =>
  page.evaluate(
    ([k, i]) => (window as unknown as HookWindow).__leadnet!.screenPosition(k!, i!),
    [kind, id],
  );
const viewData = (kind: string, id: string, key: string) =>
  page.evaluate(
    ([k, i, d]) => (window as unknown as HookWindow).__leadnet!.viewData(k!, i!, d!),
    [kind, id, key],
  );
const actor = async (id: string) => (await doc()).actors.find((a) => a.id === id);
const status = async () => (await page.textContent('[data-testid="status"]')) ?? '';

async function click(kind: string, id: string, modifiers: ('Shift' | 'Control')[] = []) {
  const at = await position(kind, id);
  expect(at, `${kind} ${id} is drawn`).not.toBeNull();
  for (const key of modifiers) await page.keyboard.down(key);
  await page.mouse.click(at!.x, at!.y);
  for (const key of modifiers) await page.keyboard.up(key);
}

async function menu(testid: string) {
  await page.click('[data-testid="edit-menu-button"]');
  await page.click(`[data-testid="${testid}"]`);
}

async function undo() {
  await page.click('[data-testid="undo"]');
}
async function redo() {
  await page.click('[data-testid="redo"]');
}

describe('a person', () => {
  it('is added to the selected team, named, given a role and a group; each step undoes and redoes', async () => {
    await openApp();
    await click('actor', 'team-ortho-c');
    await expect.poll(() => page.textContent('[data-testid="inspector-name"]')).toBe('Mette H.');
    const states = [await docText()];

    await menu('add-person');
    await expect.poll(async () => (await actor('person-46'))?.group).toBe('team-ortho');
    expect(await actor('person-46')).toMatchObject({ label: 'New person 46', role: 'member' });
    expect(await position('actor', 'person-46')).not.toBeNull();
    expect(
      await page.evaluate(() => (window as unknown as HookWindow).__leadnet!.canvasSelection()),
    ).toEqual(['a:person-46']);
    states.push(await docText());

    // The name field has the cursor: typing and Enter rename (one command, not one per key).
    const name = page.locator('[data-testid="edit-actor-label"]');
    await expect.poll(() => name.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('Ward nurse B');
    expect((await actor('person-46'))!.label).toBe('New person 46');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await actor('person-46'))!.label).toBe('Ward nurse B');
    expect(await viewData('actor', 'person-46', 'label')).toBe('Ward nurse B');
    expect(await page.getAttribute('[data-testid="undo"]', 'title')).toBe(
      // Names from the network are isolated (FSI…PDI) inside the app's own sentence.
      'Undo rename \u2068New person 46\u2069 to \u2068Ward nurse B\u2069 (Ctrl+Z)',
    );
    states.push(await docText());

    // Escape puts the saved name back and changes nothing.
    await name.fill('Not this');
    await name.press('Escape');
    expect(await name.inputValue()).toBe('Ward nurse B');
    expect(await docText()).toBe(states[2]);

    await page.selectOption('[data-testid="edit-actor-role"]', { label: 'Local coordinator' });
    await expect.poll(async () => (await actor('person-46'))!.role).toBe('coordinator');
    states.push(await docText());

    await page.selectOption('[data-testid="edit-actor-group"]', 'team-ed');
    await expect.poll(async () => (await actor('person-46'))!.group).toBe('team-ed');
    await expect.poll(() => viewData('actor', 'person-46', 'parent')).toBe('g:team-ed');
    states.push(await docText());

    // Undo each step back to the start, with the keyboard, then redo each with the button.
    await page
      .locator('[data-testid="graph"]')
      .focus()
      .catch(() => undefined);
    await page.mouse.click(5, 100); // the canvas background: nothing selected, no field focused
    for (let i = states.length - 2; i >= 0; i -= 1) {
      await page.keyboard.press('Control+z');
      await expect.poll(docText).toBe(states[i]);
    }
    expect(await position('actor', 'person-46')).toBeNull();
    for (let i = 1; i < states.length; i += 1) {
      await redo();
      await expect.poll(docText).toBe(states[i]);
    }
    expect(await viewData('actor', 'person-46', 'label')).toBe('Ward nurse B');
    expect(await viewData('actor', 'person-46', 'parent')).toBe('g:team-ed');
  });

  it('edits attributes: change a value, add one, remove one', async () => {
    await openApp();
    await click('actor', 'team-ortho-c');
    const field = page.locator('[data-testid="attributes"] input').first();
    await field.fill('physician');
    await field.press('Enter');
    await expect
      .poll(async () => (await doc()).actors.find((a) => a.id === 'team-ortho-c'))
      .toMatchObject({ attributes: { profession: 'physician' } });
    await page.fill('[data-testid="new-attribute-name"]', 'shift');
    await page.fill('[data-testid="new-attribute-value"]', 'night');
    await page.press('[data-testid="new-attribute-value"]', 'Enter');
    await expect
      .poll(async () => (await doc()).actors.find((a) => a.id === 'team-ortho-c'))
      .toMatchObject({ attributes: { profession: 'physician', shift: 'night' } });
    await page.click('button[aria-label="Remove the attribute profession"]');
    await expect
      .poll(async () => JSON.stringify((await actor('team-ortho-c'))?.attributes))
      .toBe('{"shift":"night"}');
    await undo();
    await expect
      .poll(async () => Object.keys((await actor('team-ortho-c'))?.attributes ?? {}))
      .toEqual(['profession', 'shift']);
  });
});

describe('a tie', () => {
  it('is added with the form; a duplicate is refused next to the form and nothing changes', async () => {
    await openApp();
    await click('actor', 'mgr-hospital');
    await expect.poll(() => page.textContent('[data-testid="inspector-name"]')).toBe('Henrik Q.');
    const before = await doc();
    await page.selectOption('[data-testid="add-tie-target"]', 'mgr-municipality');
    await page.selectOption('[data-testid="add-tie-kind"]', 'coordination');
    await page.click('[data-testid="add-tie"]');
    await expect.poll(async () => (await doc()).ties.length).toBe(before.ties.length + 1);
    const added = (await doc()).ties.at(-1)!;
    expect(added).toMatchObject({
      source: 'mgr-hospital',
      target: 'mgr-municipality',
      kind: 'coordination',
      weight: 1,
    });
    expect(await position('tie', added.id)).not.toBeNull();
    expect(await viewData('tie', added.id, 'source')).toBe('a:mgr-hospital');

    const afterAdd = await docText();
    await page.selectOption('[data-testid="add-tie-target"]', 'mgr-municipality');
    await page.selectOption('[data-testid="add-tie-kind"]', 'coordination');
    await page.click('[data-testid="add-tie"]');
    await expect
      .poll(() => page.textContent('[data-testid="add-tie-error"]'))
      .toBe(
        'there is already a coordination tie from \u2068Henrik Q.\u2069 to \u2068Lone I.\u2069',
      );
    expect(await docText()).toBe(afterAdd);

    await undo();
    await expect.poll(docText).toBe(JSON.stringify(before));
    expect(await position('tie', added.id)).toBeNull();
    await redo();
    await expect.poll(docText).toBe(afterAdd);
    expect(await position('tie', added.id)).not.toBeNull();
  });

  it('is drawn by dragging from the handle to another person, with the chosen kind', async () => {
    await openApp();
    await menu('draw-kind-coordination');
    const before = await doc();
    const from = await position('actor', 'mgr-hospital');
    const to = await position('actor', 'mgr-municipality');
    await page.mouse.move(from!.x - 30, from!.y);
    await page.mouse.move(from!.x, from!.y, { steps: 3 });
    const handle = page.locator('[data-testid="tie-handle"]');
    await expect.poll(() => handle.isVisible()).toBe(true);
    const box = (await handle.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 2 });
    await page.mouse.down();
    await page.mouse.move(to!.x, to!.y, { steps: 12 });
    await page.waitForTimeout(150); // edgehandles snaps to the nearest person a few times a second
    await page.mouse.up();
    await expect.poll(async () => (await doc()).ties.length).toBe(before.ties.length + 1);
    const added = (await doc()).ties.at(-1)!;
    expect(added).toMatchObject({
      source: 'mgr-hospital',
      target: 'mgr-municipality',
      kind: 'coordination',
    });
    expect(await status()).toContain('Added a coordination tie: Henrik Q. → Lone I.');
    // The drawn edge is the document's tie; no stray drawing aid is left behind.
    expect(await viewData('tie', added.id, 'target')).toBe('a:mgr-municipality');
    const stray = await page.evaluate(
      () => (window as unknown as HookWindow).__leadnet!.canvasSelection().length,
    );
    expect(stray).toBe(0);
    expect(await page.getAttribute('[data-testid="undo"]', 'title')).toBe(
      'Undo add coordination tie \u2068Henrik Q.\u2069 → \u2068Lone I.\u2069 (Ctrl+Z)',
    );
    await undo();
    await expect.poll(docText).toBe(JSON.stringify(before));
    expect(await position('tie', added.id)).toBeNull();
  });

  it('refuses a self-tie drawn by dragging back onto the same person, with a message', async () => {
    await openApp();
    const before = await docText();
    const from = await position('actor', 'mgr-municipality');
    await page.mouse.move(from!.x - 30, from!.y);
    await page.mouse.move(from!.x, from!.y, { steps: 3 });
    const handle = page.locator('[data-testid="tie-handle"]');
    await expect.poll(() => handle.isVisible()).toBe(true);
    const box = (await handle.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 2 });
    await page.mouse.down();
    await page.mouse.move(from!.x + 20, from!.y - 40, { steps: 4 });
    await page.mouse.move(from!.x, from!.y, { steps: 4 });
    await page.mouse.up();
    await expect.poll(status).toContain('No tie added: a person cannot look to themself.');
    expect(await docText()).toBe(before);
    expect(await page.isDisabled('[data-testid="undo"]')).toBe(true);
  });

  it('is edited in the inspector: weight, a refused weight, reverse, kind', async () => {
    await openApp();
    const id = 'support-team-ortho-c-mgr-hospital';
    await click('tie', id);
    await expect.poll(() => page.isVisible('[data-testid="edit-tie-weight"]')).toBe(true);
    const tie = async () => (await doc()).ties.find((t) => t.id === id)!;
    const original = await tie();

    const weight = page.locator('[data-testid="edit-tie-weight"]');
    await weight.fill('0.3');
    await weight.press('Enter');
    await expect.poll(async () => (await tie()).weight).toBe(0.3);
    await expect.poll(() => viewData('tie', id, 'width')).toBeCloseTo(1 + 4 * 0.3);

    const afterWeight = await docText();
    await weight.fill('2');
    await weight.press('Enter');
    await expect
      .poll(() => page.textContent('[data-testid="field-error"]'))
      .toBe('the weight must be greater than 0 and at most 1 (got \u20682\u2069)');
    expect(await docText()).toBe(afterWeight);
    await weight.press('Escape');
    await expect.poll(() => page.locator('[data-testid="field-error"]').count()).toBe(0);

    await page.click('[data-testid="reverse-tie"]');
    await expect.poll(async () => (await tie()).source).toBe(original.target);
    expect(await viewData('tie', id, 'source')).toBe(`a:${original.target}`);

    await page.selectOption('[data-testid="edit-tie-kind"]', { label: 'Reporting' });
    await expect.poll(async () => (await tie()).kind).toBe('reporting');

    for (let i = 0; i < 3; i += 1) await undo();
    await expect.poll(tie).toEqual(original);
    expect(await viewData('tie', id, 'source')).toBe(`a:${original.source}`);
  });
});

describe('several items', () => {
  it('are shift-click selected and deleted with the Delete key as one undo step, with their ties', async () => {
    await openApp();
    const before = await doc();
    const chosen = ['mgr-hospital', 'mgr-municipality'];
    const touching = before.ties.filter(
      (t) => chosen.includes(t.source) || chosen.includes(t.target),
    );
    expect(touching.length).toBeGreaterThan(2);
    await click('actor', chosen[0]!);
    await click('actor', chosen[1]!, ['Shift']);
    await expect.poll(() => page.textContent('[data-testid="inspector-name"]')).toBe('2 selected');
    expect(
      (
        await page.evaluate(() => (window as unknown as HookWindow).__leadnet!.canvasSelection())
      ).sort(),
    ).toEqual(['a:mgr-hospital', 'a:mgr-municipality']);

    await page.keyboard.press('Delete');
    await expect.poll(async () => (await doc()).actors.length).toBe(before.actors.length - 2);
    const after = await doc();
    expect(after.ties.length).toBe(before.ties.length - touching.length);
    for (const t of touching) expect(await position('tie', t.id)).toBeNull();
    for (const id of chosen) expect(await position('actor', id)).toBeNull();
    expect(await status()).toContain('Deleted 2 items');

    await undo();
    await expect.poll(docText).toBe(JSON.stringify(before));
    for (const id of chosen) expect(await position('actor', id)).not.toBeNull();
    for (const t of touching) expect(await position('tie', t.id)).not.toBeNull();
    await redo();
    await expect.poll(docText).toBe(JSON.stringify(after));
    expect(await page.isDisabled('[data-testid="redo"]')).toBe(true);
  });

  it('are box-selected with a shift-drag, while a plain drag on the background still pans', async () => {
    await openApp();
    const canvas = (await page.locator('[data-testid="graph"]').boundingBox())!;
    const before = (await position('actor', 'mgr-hospital'))!;
    await page.mouse.move(canvas.x + 8, canvas.y + 8);
    await page.mouse.down();
    await page.mouse.move(canvas.x + 60, canvas.y + 38, { steps: 5 });
    await page.mouse.up();
    const panned = (await position('actor', 'mgr-hospital'))!;
    expect(panned.x - before.x).toBeCloseTo(52, 0);
    expect(
      await page.evaluate(() => (window as unknown as HookWindow).__leadnet!.canvasSelection()),
    ).toEqual([]);

    await page.keyboard.down('Shift');
    await page.mouse.move(canvas.x + 4, canvas.y + 4);
    await page.mouse.down();
    await page.mouse.move(canvas.x + canvas.width - 4, canvas.y + canvas.height - 4, {
      steps: 8,
    });
    await page.mouse.up();
    await page.keyboard.up('Shift');
    await expect
      .poll(() => page.textContent('[data-testid="inspector-name"]'))
      .toMatch(/^\d+ selected$/);
    const picked = await page.evaluate(() =>
      (window as unknown as HookWindow).__leadnet!.canvasSelection(),
    );
    expect(picked.filter((id) => id.startsWith('a:')).length).toBe(45);
    await page.keyboard.press('Escape');
    await expect
      .poll(() =>
        page.evaluate(() => (window as unknown as HookWindow).__leadnet!.canvasSelection()),
      )
      .toEqual([]);
  });

  it('Backspace in a field edits the field, it does not delete the selection', async () => {
    await openApp();
    await click('actor', 'team-ortho-c');
    const name = page.locator('[data-testid="edit-actor-label"]');
    await name.click();
    await name.press('End');
    await name.press('Backspace');
    expect(await name.inputValue()).toBe('Mette H');
    expect(await actor('team-ortho-c')).toBeDefined();
  });
});

describe('a group', () => {
  it('is renamed and deleted; its people stay, ungrouped; undo restores all', async () => {
    await openApp();
    await click('actor', 'team-ortho-c');
    await page.click('[data-testid="open-group"]');
    await expect
      .poll(() => page.textContent('[data-testid="inspector-name"]'))
      .toBe('Orthopaedic ward');
    const before = await docText();
    const label = page.locator('[data-testid="edit-group-label"]');
    await label.fill('Ortho ward');
    await label.press('Enter');
    await expect
      .poll(async () => (await doc()).groups.find((g) => g.id === 'team-ortho')?.label)
      .toBe('Ortho ward');
    expect(await viewData('group', 'team-ortho', 'label')).toBe('Ortho ward');

    await page.click('[data-testid="delete-group"]');
    await expect
      .poll(async () => (await doc()).groups.some((g) => g.id === 'team-ortho'))
      .toBe(false);
    const members = (await doc()).actors.filter((a) => a.id.startsWith('team-ortho'));
    expect(members).toHaveLength(8);
    expect(members.every((a) => a.group === undefined)).toBe(true);
    expect(await viewData('actor', 'team-ortho-c', 'parent')).toBeUndefined();

    await undo();
    await undo();
    await expect.poll(docText).toBe(before);
    expect(await viewData('actor', 'team-ortho-c', 'parent')).toBe('g:team-ortho');
  });

  it('a new team goes around the selected people, in one undo step', async () => {
    await openApp();
    await click('actor', 'team-ortho-1');
    await click('actor', 'team-ortho-2', ['Shift']);
    await expect.poll(() => page.textContent('[data-testid="inspector-name"]')).toBe('2 selected');
    const before = await docText();
    await menu('add-group');
    await expect
      .poll(async () => (await doc()).groups.find((g) => g.id === 'group-10'))
      .toMatchObject({ label: 'New team 10', kind: 'team', parent: 'team-ortho' });
    expect((await actor('team-ortho-1'))!.group).toBe('group-10');
    expect((await actor('team-ortho-2'))!.group).toBe('group-10');
    expect(await viewData('actor', 'team-ortho-1', 'parent')).toBe('g:group-10');
    await undo();
    await expect.poll(docText).toBe(before);
  });
});

describe('the network', () => {
  it('is renamed in the inspector when nothing is selected', async () => {
    await openApp();
    const title = page.locator('[data-testid="edit-title"]');
    await title.fill('Workshop 3 network');
    await title.press('Enter');
    await expect.poll(() => page.textContent('header h1')).toContain('Workshop 3 network');
    await undo();
    await expect.poll(async () => (await doc()).meta.title).not.toBe('Workshop 3 network');
  });
});
