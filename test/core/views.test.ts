// Story steps (the document's `views`): the commands that add, change, delete and reorder them
// undo exactly and refuse with a message; a step reads back as the same data it was saved as;
// focus, positions and the box a step shows are what the presenter relies on.
import { describe, expect, it } from 'vitest';
import { type Command, applyCommand, describeCommand } from '../../src/core/commands';
import type { NetworkDocument } from '../../src/core/document';
import { parseDocument } from '../../src/core/document';
import { createExampleDocument } from '../../src/core/example/qic-example';
import { englishText, jsonPath } from '../../src/core/messages';
import {
  fitBox,
  freshStepId,
  parseStep,
  readStory,
  resolveFocus,
  stepBox,
  stepPositions,
} from '../../src/core/views';
import { documentOf, makeDocument } from '../helpers/documents';

const step = (id: string, title = id, extra: Record<string, unknown> = {}) => ({
  id,
  title,
  ...extra,
});

function withViews(views: unknown[]): NetworkDocument {
  return documentOf({ views });
}

/** Applies a command, checks that its inverse restores the document exactly, returns the result. */
function applyAndUndo(doc: NetworkDocument, command: Command): NetworkDocument {
  const before = structuredClone(doc);
  const { doc: next, inverse } = applyCommand(doc, command);
  expect(doc).toStrictEqual(before); // the old document is untouched
  const { doc: undone, inverse: redo } = applyCommand(next, inverse);
  expect(undone).toStrictEqual(before);
  expect(JSON.stringify(undone)).toBe(JSON.stringify(before)); // key order too
  expect(applyCommand(undone, redo).doc).toStrictEqual(next);
  return next;
}

describe('views/save', () => {
  it('adds a step at the end, or at a given position, and undo removes it', () => {
    const doc = withViews([step('a'), step('b')]);
    const end = applyAndUndo(doc, { type: 'views/save', view: step('c', 'Third') });
    expect(end.views.map((v) => (v as { id: string }).id)).toEqual(['a', 'b', 'c']);
    const first = applyAndUndo(doc, { type: 'views/save', view: step('c'), at: 0 });
    expect(first.views.map((v) => (v as { id: string }).id)).toEqual(['c', 'a', 'b']);
    expect(first.actors).toBe(doc.actors); // the network itself is shared, not copied
  });

  it('replaces the step with the same id in place and keeps fields it does not know', () => {
    const doc = withViews([step('a'), step('b', 'Old', { futureField: { x: [1, 2] } })]);
    const renamed = { ...(doc.views[1] as object), title: 'New', note: 'Said aloud' };
    const next = applyAndUndo(doc, { type: 'views/save', view: renamed });
    expect(next.views[1]).toEqual({
      id: 'b',
      title: 'New',
      futureField: { x: [1, 2] },
      note: 'Said aloud',
    });
    expect(next.views[0]).toBe(doc.views[0]);
  });

  it('refuses a step that is not one, saying where', () => {
    const doc = withViews([]);
    const refused = (view: unknown, at?: number) => () =>
      applyCommand(doc, { type: 'views/save', view, at });
    expect(refused({ title: 'x' })).toThrow('id: missing (expected a string)');
    expect(refused({ id: 'a', title: 7 })).toThrow('title: expected a string, got 7');
    expect(refused(step('a', 'x', { week: 3 }))).toThrow('week: a week needs a scenario');
    expect(refused(step('a', 'x', { scenario: 's', week: 2.5 }))).toThrow(
      'week: must be a whole week',
    );
    expect(refused(step('a', 'x', { viewport: { x1: 5, y1: 0, x2: 1, y2: 9 } }))).toThrow(
      'viewport: must be a box',
    );
    expect(refused(step('a', 'x', { positions: [{ id: 'p', x: 1, y: Infinity }] }))).toThrow(
      'positions[0].y',
    );
    expect(refused(step('a'), 1)).toThrow('cannot add a step at position 1 of 0');
    expect(refused(null)).toThrow('expected an object, got null');
  });

  it('undoes the change of a view this version cannot read, putting it back as it was', () => {
    const broken = { id: 'b', title: 42, from: 'a later version' };
    const doc = withViews([step('a'), broken]);
    applyAndUndo(doc, { type: 'views/save', view: step('b', 'Fixed') });
    applyAndUndo(doc, { type: 'views/delete', id: 'b' });
  });
});

describe('views/delete and views/move', () => {
  it('deletes a step, and undo puts the very object back at its index', () => {
    const doc = withViews([step('a'), step('b'), step('c')]);
    const next = applyAndUndo(doc, { type: 'views/delete', id: 'b' });
    expect(next.views.map((v) => (v as { id: string }).id)).toEqual(['a', 'c']);
    const undone = applyCommand(next, applyCommand(doc, { type: 'views/delete', id: 'b' }).inverse);
    expect(undone.doc.views[1]).toBe(doc.views[1]);
  });

  it('moves a step up, down, to either end, and undo moves it back', () => {
    const doc = withViews([step('a'), step('b'), step('c'), step('d')]);
    const ids = (d: NetworkDocument) => d.views.map((v) => (v as { id: string }).id);
    expect(ids(applyAndUndo(doc, { type: 'views/move', id: 'c', to: 1 }))).toEqual([
      'a',
      'c',
      'b',
      'd',
    ]);
    expect(ids(applyAndUndo(doc, { type: 'views/move', id: 'a', to: 3 }))).toEqual([
      'b',
      'c',
      'd',
      'a',
    ]);
    expect(ids(applyAndUndo(doc, { type: 'views/move', id: 'd', to: 0 }))).toEqual([
      'd',
      'a',
      'b',
      'c',
    ]);
  });

  it('refuses a missing step or a position outside the list', () => {
    const doc = withViews([step('a'), step('b')]);
    expect(() => applyCommand(doc, { type: 'views/delete', id: 'zz' })).toThrow(
      'no step with id "zz"',
    );
    expect(() => applyCommand(doc, { type: 'views/move', id: 'zz', to: 0 })).toThrow(
      'no step with id "zz"',
    );
    expect(() => applyCommand(doc, { type: 'views/move', id: 'a', to: 2 })).toThrow(
      'cannot move a step to position 2 of 2',
    );
    expect(() => applyCommand(doc, { type: 'views/move', id: 'a', to: -1 })).toThrow('position -1');
  });

  it('names the step by its title in the undo and redo labels, the same after an undo', () => {
    const doc = withViews([step('a', 'The whole network')]);
    const said = (command: Command) => englishText(describeCommand(command, doc));
    const save: Command = { type: 'views/save', view: step('a', 'Renamed') };
    expect(said(save)).toBe('change step "Renamed"');
    expect(said({ type: 'views/save', view: step('b', 'New') })).toBe('add step "New"');
    expect(said({ type: 'views/delete', id: 'a' })).toBe('delete step "The whole network"');
    expect(said({ type: 'views/move', id: 'a', to: 2 })).toBe(
      'move step "The whole network" to position 3',
    );
    const { inverse } = applyCommand(doc, save);
    expect(englishText(describeCommand(inverse))).toBe('change step "Renamed"');
  });

  it('works with ids no plain object could key: __proto__, constructor, spaces, unicode', () => {
    let doc = withViews([]);
    for (const id of ['__proto__', 'constructor', 'step with spaces', 'trin ø 🙂'])
      doc = applyAndUndo(doc, { type: 'views/save', view: step(id) });
    expect(readStory(doc).steps.map((s) => s.step.id)).toEqual([
      '__proto__',
      'constructor',
      'step with spaces',
      'trin ø 🙂',
    ]);
    doc = withViews([step('__proto__'), step('constructor')]);
    const moved = applyAndUndo(doc, { type: 'views/move', id: 'constructor', to: 0 });
    expect(readStory(moved).steps.map((s) => s.step.id)).toEqual(['constructor', '__proto__']);
    expect(({} as Record<string, unknown>).title).toBeUndefined();
  });
});

describe('a step as data', () => {
  it('reads back exactly what was captured: save, reopen the file, read the story', () => {
    const base = makeDocument([
      ['a1', 'member'],
      ['a2', 'coordinator'],
    ]);
    const captured = {
      id: freshStepId(base),
      title: 'Team view',
      note: 'Who looks to whom',
      layout: 'hierarchy',
      positions: [
        { id: 'a1', x: 10.5, y: -3 },
        { id: 'a2', x: 40, y: 12.25 },
      ],
      viewport: { x1: -100, y1: -50, x2: 200, y2: 150 },
      focus: { actors: ['a2'], groups: [], tieKinds: ['leadership'] },
      measure: { sizeBy: 'indegree', colorBy: 'betweenness' },
      scenario: 'support-withdrawn-26',
      week: 30,
      laterField: true,
    };
    const { doc } = applyCommand(base, { type: 'views/save', view: captured });
    // Through the file format and back: the document validates and the step is the same.
    const reopened = parseDocument(JSON.parse(JSON.stringify(doc)));
    expect(reopened.ok).toBe(true);
    if (!reopened.ok) return;
    const story = readStory(reopened.doc);
    expect(story.unreadable).toEqual([]);
    expect(story.steps).toEqual([{ at: 0, step: captured }]);
    expect(stepPositions(reopened.doc, story.steps[0]!.step)).toEqual([
      { x: 10.5, y: -3 },
      { x: 40, y: 12.25 },
    ]);
    expect(stepBox(reopened.doc, story.steps[0]!.step)).toEqual(captured.viewport);
  });

  it('lists views it cannot read without dropping them, and gives fresh ids', () => {
    const doc = withViews([step('step-1'), { id: 'x', title: 3 }, step('step-1'), 'text']);
    const story = readStory(doc);
    expect(story.steps.map((s) => s.at)).toEqual([0]);
    expect(story.unreadable.map((u) => jsonPath(u.at?.path ?? []))).toEqual([
      'views[1].title',
      'views[2].id',
      'views[3]',
    ]);
    expect(story.unreadable.map((u) => englishText(u, false))).toEqual([
      'expected a string, got 3',
      'another step has this id',
      'expected an object, got "text"',
    ]);
    expect(doc.views).toHaveLength(4);
    expect(freshStepId(doc)).toBe('step-5');
    expect(freshStepId(withViews([step('step-2')]))).toBe('step-3');
    expect(freshStepId(withViews([step('step-2'), step('step-3')]))).toBe('step-4');
    expect(parseStep(step('a', 'b'), ['views', 0]).ok).toBe(true);
  });
});

describe('what a step shows', () => {
  const example = createExampleDocument();
  const exampleStep = (id: string) => readStory(example).steps.find((s) => s.step.id === id)!.step;

  it('the example comes with the four-step story, every step readable', () => {
    const story = readStory(example);
    expect(story.unreadable).toEqual([]);
    expect(story.steps.map((s) => s.step.title)).toEqual([
      'The whole collaborative',
      'Distributed leadership on the orthopaedic ward',
      "The ward's support from management",
      'What if support is withdrawn?',
    ]);
    expect(story.steps[3]!.step).toMatchObject({ scenario: 'support-withdrawn-26', week: 52 });
  });

  it("focuses a team: its eight people and their leadership ties, the team's box", () => {
    const focus = resolveFocus(example, exampleStep('step-ortho-leadership'))!;
    const ortho = example.actors.filter((a) => a.group === 'team-ortho').map((a) => a.id);
    expect(ortho).toHaveLength(8);
    expect([...focus.actors].sort()).toEqual([...ortho].sort());
    expect([...focus.groups]).toEqual(['team-ortho']);
    const inside = example.ties.filter(
      (t) => t.kind === 'leadership' && ortho.includes(t.source) && ortho.includes(t.target),
    );
    expect(inside.length).toBeGreaterThan(10);
    expect([...focus.ties].sort()).toEqual(inside.map((t) => t.id).sort());
  });

  it("focuses the manager's support: the support and reporting ties of the team and manager", () => {
    const focus = resolveFocus(example, exampleStep('step-ortho-support'))!;
    expect(focus.actors.has('mgr-hospital')).toBe(true);
    expect(focus.actors.has('team-ed-c')).toBe(false);
    // The manager's own box (the hospital) is drawn, the other teams are not.
    expect([...focus.groups].sort()).toEqual(['org-hospital', 'team-ortho']);
    expect([...focus.ties].sort()).toEqual([
      'reporting-team-ortho-c-mgr-hospital',
      'support-team-ortho-2-mgr-hospital',
      'support-team-ortho-c-mgr-hospital',
    ]);
  });

  it('has no focus when a step names none, or only ids no longer in the network', () => {
    expect(resolveFocus(example, exampleStep('step-whole'))).toBeNull();
    expect(resolveFocus(example, { id: 's', title: '', focus: { actors: ['gone'] } })).toBeNull();
  });

  it('takes nested groups and survives a group cycle from a foreign file', () => {
    const doc = documentOf({
      groups: [
        { id: 'g1', kind: 'organization', parent: 'g2' },
        { id: 'g2', kind: 'team', parent: 'g1' },
      ],
      actors: [
        { id: 'a', role: 'member', group: 'g2' },
        { id: 'b', role: 'member' },
      ],
    });
    const focus = resolveFocus(doc, { id: 's', title: '', focus: { groups: ['g1'] } })!;
    expect([...focus.actors]).toEqual(['a']);
    expect([...focus.groups].sort()).toEqual(['g1', 'g2']);
  });

  it('draws actors where the step saved them, else where the document has them', () => {
    const doc = documentOf({
      actors: [
        { id: 'a', role: 'member', position: { x: 1, y: 1 } },
        { id: 'b', role: 'member', position: { x: 2, y: 2 } },
        { id: 'c', role: 'member' },
      ],
    });
    const s = { id: 's', title: '', positions: [{ id: 'b', x: 50, y: 60 }] };
    expect(stepPositions(doc, s)).toEqual([{ x: 1, y: 1 }, { x: 50, y: 60 }, null]);
    // The box around everyone placed, with the margin; around the focus when there is one.
    expect(stepBox(doc, s, undefined, 10)).toEqual({ x1: -9, y1: -9, x2: 60, y2: 70 });
    expect(stepBox(doc, { ...s, focus: { actors: ['a'] } }, undefined, 10)).toEqual({
      x1: -9,
      y1: -9,
      x2: 11,
      y2: 11,
    });
    expect(stepBox(documentOf({ actors: [{ id: 'c', role: 'member' }] }), s)).toBeNull();
  });

  it('fits a box to any screen: whole, centred, the zoom within bounds', () => {
    const box = { x1: 0, y1: 0, x2: 400, y2: 100 };
    // 1000 × 600 screen, 50 px padding: the width decides, 900 / 400 = 2.25.
    const { zoom, pan } = fitBox(box, 1000, 600, 50, 0.05, 4);
    expect(zoom).toBeCloseTo(2.25);
    expect(pan.x + zoom * 200).toBeCloseTo(500); // the box's centre at the screen's centre
    expect(pan.y + zoom * 50).toBeCloseTo(300);
    expect(fitBox({ x1: 0, y1: 0, x2: 1, y2: 1 }, 1000, 600, 0, 0.05, 3).zoom).toBe(3);
  });
});
