// Commands are the only way the document changes (DESIGN §1): undo and redo rely on every
// command returning a new document and an inverse that restores the old one exactly.
import { describe, expect, it } from 'vitest';
import { type Command, CommandError, applyCommand, describeCommand } from '../../src/core/commands';
import { englishText } from '../../src/core/messages';
import type { NetworkDocument } from '../../src/core/document';
import { createExampleDocument } from '../../src/core/example/qic-example';
import { makeDocument } from '../helpers/documents';

/** a1 has a stored position; a2 and a3 have none. */
function documentWithPositions(): NetworkDocument {
  const doc = makeDocument(
    [
      ['a1', 'member'],
      ['a2', 'member'],
      ['a3', 'coordinator'],
    ],
    [['a1', 'a3', 'leadership', 0.5]],
  );
  return {
    ...doc,
    actors: doc.actors.map((a) => (a.id === 'a1' ? { ...a, position: { x: 1, y: 2 } } : a)),
  };
}

/** A deep, independent copy to compare against later. */
const snapshot = (doc: NetworkDocument): NetworkDocument => structuredClone(doc);

describe('actors/move', () => {
  it('returns a new document and leaves the old one unchanged', () => {
    const doc = documentWithPositions();
    const before = snapshot(doc);
    const { doc: next } = applyCommand(doc, {
      type: 'actors/move',
      moves: [{ id: 'a2', position: { x: 10, y: 20 } }],
    });
    expect(next).not.toBe(doc);
    expect(doc).toStrictEqual(before);
    expect(next.actors[1]!.position).toEqual({ x: 10, y: 20 });
  });

  it('keeps untouched actors, ties and groups as the same objects', () => {
    const doc = documentWithPositions();
    const { doc: next } = applyCommand(doc, {
      type: 'actors/move',
      moves: [{ id: 'a2', position: { x: 10, y: 20 } }],
    });
    expect(next.actors[0]).toBe(doc.actors[0]);
    expect(next.actors[2]).toBe(doc.actors[2]);
    expect(next.actors[1]).not.toBe(doc.actors[1]);
    expect(next.ties).toBe(doc.ties);
    expect(next.groups).toBe(doc.groups);
    expect(next.meta).toBe(doc.meta);
  });

  it('does not share the position object the caller passed in', () => {
    const doc = documentWithPositions();
    const position = { x: 5, y: 6 };
    const { doc: next } = applyCommand(doc, {
      type: 'actors/move',
      moves: [{ id: 'a2', position }],
    });
    position.x = 99;
    expect(next.actors[1]!.position).toEqual({ x: 5, y: 6 });
  });

  it('has an inverse that restores the previous document exactly', () => {
    const doc = documentWithPositions();
    const before = snapshot(doc);
    const { doc: moved, inverse } = applyCommand(doc, {
      type: 'actors/move',
      moves: [{ id: 'a1', position: { x: -3, y: 4.5 } }],
    });
    expect(moved.actors[0]!.position).toEqual({ x: -3, y: 4.5 });
    const { doc: restored } = applyCommand(moved, inverse);
    expect(restored).toStrictEqual(before);
  });

  it('undoing a first move removes the position again rather than leaving one behind', () => {
    const doc = documentWithPositions();
    expect('position' in doc.actors[1]!).toBe(false);
    const { doc: moved, inverse } = applyCommand(doc, {
      type: 'actors/move',
      moves: [{ id: 'a2', position: { x: 7, y: 8 } }],
    });
    const { doc: restored } = applyCommand(moved, inverse);
    expect('position' in restored.actors[1]!).toBe(false);
    expect(restored).toStrictEqual(snapshot(doc));
  });

  it('moves several actors as one command with one inverse (one undo step)', () => {
    const doc = documentWithPositions();
    const before = snapshot(doc);
    const command: Command = {
      type: 'actors/move',
      moves: [
        { id: 'a1', position: { x: 100, y: 0 } },
        { id: 'a2', position: { x: 0, y: 100 } },
        { id: 'a3', position: { x: -100, y: 0 } },
      ],
      label: { code: 'layout_run', params: { layout: 'layout_hierarchy' } },
    };
    const { doc: moved, inverse } = applyCommand(doc, command);
    expect(moved.actors.map((a) => a.position)).toEqual([
      { x: 100, y: 0 },
      { x: 0, y: 100 },
      { x: -100, y: 0 },
    ]);
    expect(inverse.type).toBe('actors/move');
    // The label is a message: the undo button says it in the UI's language.
    expect(englishText(describeCommand(inverse))).toBe('layout: Hierarchy');
    expect(applyCommand(moved, inverse).doc).toStrictEqual(before);
  });

  it('undoes two moves of the same actor in one command back to where it started', () => {
    const doc = documentWithPositions();
    const { doc: moved, inverse } = applyCommand(doc, {
      type: 'actors/move',
      moves: [
        { id: 'a1', position: { x: 10, y: 10 } },
        { id: 'a1', position: { x: 20, y: 20 } },
      ],
    });
    expect(moved.actors[0]!.position).toEqual({ x: 20, y: 20 });
    expect(applyCommand(moved, inverse).doc).toStrictEqual(snapshot(doc));
  });

  it('removes a stored position when moved to null, and undo puts it back', () => {
    const doc = documentWithPositions();
    const { doc: cleared, inverse } = applyCommand(doc, {
      type: 'actors/move',
      moves: [{ id: 'a1', position: null }],
    });
    expect('position' in cleared.actors[0]!).toBe(false);
    expect(cleared.actors[0]).toStrictEqual({ id: 'a1', role: 'member' });
    expect(applyCommand(cleared, inverse).doc).toStrictEqual(snapshot(doc));
  });

  it('throws a CommandError for an unknown actor id and changes nothing', () => {
    const doc = documentWithPositions();
    const before = snapshot(doc);
    const move = () =>
      applyCommand(doc, {
        type: 'actors/move',
        moves: [
          { id: 'a1', position: { x: 0, y: 0 } },
          { id: 'nobody', position: { x: 0, y: 0 } },
        ],
      });
    expect(move).toThrow(CommandError);
    expect(move).toThrow(/"nobody"/);
    expect(doc).toStrictEqual(before);
  });

  it('does not take an Object.prototype member name for an actor', () => {
    const doc = documentWithPositions();
    for (const id of ['constructor', 'toString', '__proto__'])
      expect(() =>
        applyCommand(doc, { type: 'actors/move', moves: [{ id, position: { x: 0, y: 0 } }] }),
      ).toThrow(CommandError);
  });

  it.each([
    ['NaN', { x: Number.NaN, y: 0 }],
    ['Infinity', { x: 0, y: Number.POSITIVE_INFINITY }],
    ['-Infinity', { x: Number.NEGATIVE_INFINITY, y: 0 }],
  ])('throws a CommandError for a position with %s', (_label, position) => {
    const doc = documentWithPositions();
    expect(() =>
      applyCommand(doc, { type: 'actors/move', moves: [{ id: 'a2', position }] }),
    ).toThrow(CommandError);
  });

  it('moves an actor whose id is __proto__, and undo restores it', () => {
    const doc = makeDocument(
      [
        ['__proto__', 'member'],
        ['constructor', 'member'],
      ],
      [['__proto__', 'constructor', 'leadership']],
    );
    const before = snapshot(doc);
    const { doc: moved, inverse } = applyCommand(doc, {
      type: 'actors/move',
      moves: [{ id: '__proto__', position: { x: 3, y: 4 } }],
    });
    expect(moved.actors[0]).toStrictEqual({
      id: '__proto__',
      role: 'member',
      position: { x: 3, y: 4 },
    });
    expect(moved.actors[1]).toBe(doc.actors[1]);
    expect(applyCommand(moved, inverse).doc).toStrictEqual(before);
    expect(({} as Record<string, unknown>).position).toBeUndefined();
  });

  it('keeps an actor’s own __proto__ key as data when its position is removed', () => {
    const doc = documentWithPositions();
    const actor: Record<string, unknown> = { ...doc.actors[0]! };
    Object.defineProperty(actor, '__proto__', {
      value: 'kept',
      enumerable: true,
      writable: true,
      configurable: true,
    });
    const withKey: NetworkDocument = {
      ...doc,
      actors: [actor as unknown as NetworkDocument['actors'][number], ...doc.actors.slice(1)],
    };
    const { doc: cleared } = applyCommand(withKey, {
      type: 'actors/move',
      moves: [{ id: 'a1', position: null }],
    });
    const after = cleared.actors[0]!;
    expect(Object.getPrototypeOf(after)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(after, '__proto__')?.value).toBe('kept');
    expect('position' in after).toBe(false);
  });
});

describe('document/replace', () => {
  it('replaces the document, and its inverse restores the previous one', () => {
    const doc = documentWithPositions();
    const example = createExampleDocument();
    const { doc: replaced, inverse } = applyCommand(doc, {
      type: 'document/replace',
      doc: example,
      label: { code: 'undo_replace', params: {} },
    });
    expect(replaced).toBe(example);
    const { doc: restored } = applyCommand(replaced, inverse);
    expect(restored).toBe(doc);
    expect(describeCommand(inverse)).toEqual({ code: 'undo_replace', params: {} });
  });
});

describe('redo after undo', () => {
  it.each<[string, (doc: NetworkDocument) => Command]>([
    [
      'actors/move',
      () => ({
        type: 'actors/move',
        moves: [
          { id: 'a2', position: { x: 1, y: 1 } },
          { id: 'a1', position: null },
        ],
      }),
    ],
    ['document/replace', () => ({ type: 'document/replace', doc: createExampleDocument() })],
  ])('%s: apply, undo with the inverse, redo with the inverse’s inverse', (_name, make) => {
    const doc = documentWithPositions();
    const original = snapshot(doc);
    const applied = applyCommand(doc, make(doc));
    const afterApply = snapshot(applied.doc);
    const undone = applyCommand(applied.doc, applied.inverse);
    expect(undone.doc).toStrictEqual(original);
    const redone = applyCommand(undone.doc, undone.inverse);
    expect(redone.doc).toStrictEqual(afterApply);
    const undoneAgain = applyCommand(redone.doc, redone.inverse);
    expect(undoneAgain.doc).toStrictEqual(original);
  });
});

describe('describeCommand', () => {
  it('names moves for the undo button, the person by their label, counting the people', () => {
    const one: Command = {
      type: 'actors/move',
      moves: [{ id: 'team-ortho-c', position: { x: 0, y: 0 } }],
    };
    expect(englishText(describeCommand(one))).toBe('move "team-ortho-c"');
    const example = createExampleDocument();
    const label = example.actors.find((a) => a.id === 'team-ortho-c')!.label!;
    expect(englishText(describeCommand(one, example))).toBe(`move ${JSON.stringify(label)}`);
    expect(
      englishText(
        describeCommand({
          type: 'actors/move',
          moves: [
            { id: 'a', position: null },
            { id: 'b', position: null },
          ],
        }),
      ),
    ).toBe('move 2 people');
  });
});

describe('sameStructure', () => {
  it('tells a move (same structure) from a replaced network', async () => {
    const { sameStructure } = await import('../../src/core/document/structure');
    const { createExampleDocument } = await import('../../src/core/example/qic-example');
    const { applyCommand } = await import('../../src/core/commands');
    const doc = createExampleDocument();
    const moved = applyCommand(doc, {
      type: 'actors/move',
      moves: [{ id: 'team-ortho-c', position: { x: 1, y: 2 } }],
    }).doc;
    expect(sameStructure(doc, moved)).toBe(true);
    const renamed = {
      ...doc,
      actors: doc.actors.map((a, i) => (i === 0 ? { ...a, role: 'member' } : a)),
    };
    expect(sameStructure(doc, renamed)).toBe(false);
    expect(sameStructure(doc, { ...doc, ties: doc.ties.slice(1) })).toBe(false);
  });
});

describe('parameters/set', () => {
  it('sets, replaces and resets a model parameter, each undone by its inverse', async () => {
    const { applyCommand } = await import('../../src/core/commands');
    const { createExampleDocument } = await import('../../src/core/example/qic-example');
    const doc = createExampleDocument();
    const set = applyCommand(doc, { type: 'parameters/set', name: 'chi0', value: 0.06 });
    expect(set.doc.parameters).toEqual({ chi0: 0.06 });
    expect(doc.parameters).toEqual({});
    expect(applyCommand(set.doc, set.inverse).doc.parameters).toEqual({});
    const reset = applyCommand(set.doc, { type: 'parameters/set', name: 'chi0', value: null });
    expect(reset.doc.parameters).toEqual({});
    expect(applyCommand(reset.doc, reset.inverse).doc.parameters).toEqual({ chi0: 0.06 });
  });

  it('refuses an unknown parameter and a value outside its bounds', async () => {
    const { applyCommand, CommandError } = await import('../../src/core/commands');
    const { createExampleDocument } = await import('../../src/core/example/qic-example');
    const doc = createExampleDocument();
    expect(() => applyCommand(doc, { type: 'parameters/set', name: 'nonsense', value: 1 })).toThrow(
      CommandError,
    );
    expect(() =>
      applyCommand(doc, { type: 'parameters/set', name: 'chi0', value: Number.NaN }),
    ).toThrow(/outside/);
  });
});

describe('scenarios/save and scenarios/delete', () => {
  const scenario = {
    id: 'custom-support',
    label: 'Ortho loses support',
    interventions: [
      { week: 10, action: 'remove-ties', ties: { kind: 'support', group: 'team-ortho' } },
    ],
  };

  it('saves a valid scenario in the document, replaces it by id, and undoes each step', async () => {
    const { applyCommand } = await import('../../src/core/commands');
    const { createExampleDocument } = await import('../../src/core/example/qic-example');
    const doc = createExampleDocument();
    const saved = applyCommand(doc, { type: 'scenarios/save', scenario });
    expect(saved.doc.scenarios).toEqual([scenario]);
    expect(applyCommand(saved.doc, saved.inverse).doc.scenarios).toEqual([]);
    const renamed = { ...scenario, label: 'Renamed' };
    const replaced = applyCommand(saved.doc, { type: 'scenarios/save', scenario: renamed });
    expect(replaced.doc.scenarios).toEqual([renamed]);
    expect(applyCommand(replaced.doc, replaced.inverse).doc.scenarios).toEqual([scenario]);
    const deleted = applyCommand(saved.doc, { type: 'scenarios/delete', id: 'custom-support' });
    expect(deleted.doc.scenarios).toEqual([]);
    expect(applyCommand(deleted.doc, deleted.inverse).doc.scenarios).toEqual([scenario]);
  });

  it('refuses an invalid scenario with the path of the problem', async () => {
    const { applyCommand, CommandError } = await import('../../src/core/commands');
    const { createExampleDocument } = await import('../../src/core/example/qic-example');
    const bad = { ...scenario, interventions: [{ week: 10, action: 'remove-everything' }] };
    expect(() =>
      applyCommand(createExampleDocument(), { type: 'scenarios/save', scenario: bad }),
    ).toThrow(CommandError);
    expect(() =>
      applyCommand(createExampleDocument(), { type: 'scenarios/save', scenario: bad }),
    ).toThrow(/interventions/);
  });
});
