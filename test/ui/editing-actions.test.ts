// The commands behind the editing buttons: deleting a mixed selection is one undo step that
// restores exactly, a new person is placed where no one is drawn, a new team takes the
// selected people, and typed attribute values keep their kind and odd keys.
import { describe, expect, it } from 'vitest';
import { applyCommand, describeCommand } from '../../src/core/commands';
import { checkRules } from '../../src/core/document';
import { createExampleDocument } from '../../src/core/example/qic-example';
import {
  SPACING,
  addGroupCommand,
  addPersonCommand,
  addTieCommand,
  deleteSelectionCommand,
  freeSpot,
  targetGroup,
} from '../../src/ui/editing/actions';
import { parseAttributeText, withAttribute } from '../../src/ui/editing/attributes';
import { makeDocument } from '../helpers/documents';
import { englishText } from '../../src/core/messages';
import { danishText } from '../helpers/danish';

/** What the undo button says for a command the UI built, in English (the CLI's words). */
const said = (command: Parameters<typeof describeCommand>[0]) =>
  englishText(describeCommand(command, example));

const example = createExampleDocument();

describe('deleteSelectionCommand', () => {
  it('deletes people, a chosen tie and a group as one command, undone exactly', () => {
    const tie = example.ties.find(
      (t) => t.source !== 'mgr-hospital' && t.target !== 'mgr-hospital',
    )!;
    const command = deleteSelectionCommand(example, [
      { kind: 'actor', id: 'mgr-hospital' },
      { kind: 'tie', id: tie.id },
      { kind: 'group', id: 'team-ed' },
    ])!;
    expect(said(command)).toBe('delete 3 items');
    const { doc, inverse } = applyCommand(example, command);
    expect(checkRules(doc)).toEqual([]);
    expect(doc.actors.some((a) => a.id === 'mgr-hospital')).toBe(false);
    expect(doc.ties.some((t) => t.id === tie.id)).toBe(false);
    expect(doc.ties.some((t) => t.source === 'mgr-hospital' || t.target === 'mgr-hospital')).toBe(
      false,
    );
    expect(doc.groups.some((g) => g.id === 'team-ed')).toBe(false);
    expect(JSON.stringify(applyCommand(doc, inverse).doc)).toBe(JSON.stringify(example));
  });

  it('leaves a chosen tie to the person it goes with (no "no tie" refusal)', () => {
    const tie = example.ties.find((t) => t.source === 'team-ortho-c')!;
    const command = deleteSelectionCommand(example, [
      { kind: 'tie', id: tie.id },
      { kind: 'actor', id: 'team-ortho-c' },
    ])!;
    expect(() => applyCommand(example, command)).not.toThrow();
  });

  it('names a single item in the undo label, and gives nothing for an empty selection', () => {
    const one = deleteSelectionCommand(example, [{ kind: 'actor', id: 'team-ortho-c' }])!;
    expect(said(one)).toBe('delete person "Mette H."');
    expect(danishText(describeCommand(one))).toBe('slet person \u2068Mette H.\u2069');
    expect(deleteSelectionCommand(example, [])).toBeNull();
  });
});

describe('adding', () => {
  it('puts a new person in the selected team, or the selected person’s team', () => {
    expect(targetGroup(example, [{ kind: 'group', id: 'team-ed' }])).toBe('team-ed');
    expect(targetGroup(example, [{ kind: 'actor', id: 'team-ortho-3' }])).toBe('team-ortho');
    expect(targetGroup(example, [])).toBeUndefined();
    const { id, command } = addPersonCommand(example, 'team-ed', { x: 1, y: 2 });
    expect(said(command)).toBe('add person "New person 46"');
    const doc = applyCommand(example, command).doc;
    expect(doc.actors.at(-1)).toEqual({
      id,
      label: 'New person 46',
      role: 'member',
      group: 'team-ed',
      position: { x: 1, y: 2 },
    });
  });

  it('places a new person where no one is drawn', () => {
    const doc = makeDocument([['a', 'member']]);
    const placed = {
      ...doc,
      actors: [{ ...doc.actors[0]!, position: { x: 0, y: 0 } }],
    };
    expect(freeSpot(placed, { x: 500, y: 500 })).toEqual({ x: 500, y: 500 });
    const spot = freeSpot(placed, { x: 0, y: 0 });
    expect(Math.hypot(spot.x, spot.y)).toBeGreaterThanOrEqual(SPACING * 0.8);
  });

  it('makes a new team around the selected people, in their shared group, as one step', () => {
    const { id, command } = addGroupCommand(example, [
      { kind: 'actor', id: 'team-ortho-1' },
      { kind: 'actor', id: 'team-ortho-2' },
    ]);
    const { doc, inverse } = applyCommand(example, command);
    expect(doc.groups.at(-1)).toMatchObject({ id, kind: 'team', parent: 'team-ortho' });
    expect(doc.actors.filter((a) => a.group === id).map((a) => a.id)).toEqual([
      'team-ortho-1',
      'team-ortho-2',
    ]);
    expect(said(command)).toBe('add group "New team 10" with 2 people');
    expect(JSON.stringify(applyCommand(doc, inverse).doc)).toBe(JSON.stringify(example));
  });

  it('labels a new tie with the people’s names', () => {
    const tie = addTieCommand(example, 'mgr-hospital', 'team-ed-c', 'support');
    expect(said(tie)).toBe('add support tie "Henrik Q." → "Lars W."');
    // A known kind by its Danish word, people by their labels.
    expect(danishText(describeCommand(tie))).toBe(
      'tilføj relation (støtte) \u2068Henrik Q.\u2069 → \u2068Lars W.\u2069',
    );
  });
});

describe('attribute values typed as text', () => {
  it('keeps numbers numbers and booleans booleans, and text text', () => {
    expect(parseAttributeText('12', 3)).toBe(12);
    expect(parseAttributeText('twelve', 3)).toBe('twelve');
    expect(parseAttributeText('false', true)).toBe(false);
    expect(parseAttributeText('007', 'x')).toBe('007');
    expect(parseAttributeText('5', undefined)).toBe('5');
  });

  it('sets, adds and removes keys in order, keeping __proto__ as data', () => {
    const next = withAttribute({ a: 1, b: 2 }, '__proto__', 'x');
    expect(Object.keys(next)).toEqual(['a', 'b', '__proto__']);
    expect(Object.getPrototypeOf(next)).toBe(Object.prototype);
    expect(Object.keys(withAttribute(next, 'a', undefined))).toEqual(['b', '__proto__']);
    expect(withAttribute(next, 'b', 3)).toEqual({ a: 1, b: 3, ['__proto__']: 'x' });
  });
});
