// The editing commands: people, ties, groups, the network's title, batches. Each applies, is
// undone exactly by its inverse (array order and key order included) and redone by the
// inverse's inverse; each refusal names the problem and changes nothing.
import { describe, expect, it } from 'vitest';
import {
  type Command,
  CommandError,
  applyCommand,
  describeCommand,
  freshId,
} from '../../src/core/commands';
import { type NetworkDocument, checkRules, parseDocument } from '../../src/core/document';
import { englishText } from '../../src/core/messages';
import { createExampleDocument } from '../../src/core/example/qic-example';

/** Two teams in one organisation, labels and attributes, and a few ties. */
function sample(): NetworkDocument {
  const result = parseDocument({
    format: 'leadnet-network',
    version: 1,
    meta: { title: 'Ward study', description: 'A test network' },
    groups: [
      { id: 'org', label: 'Hospital', kind: 'organization' },
      { id: 'g1', label: 'Ward A', kind: 'team', parent: 'org' },
      { id: 'g2', label: 'Ward B', kind: 'team', parent: 'org' },
      { id: 'g1-sub', label: 'Night shift', kind: 'team', parent: 'g1' },
    ],
    actors: [
      { id: 'a1', label: 'Anna', role: 'member', group: 'g1', attributes: { profession: 'nurse' } },
      { id: 'a2', label: 'Bo', role: 'coordinator', group: 'g1', position: { x: 1, y: 2 } },
      { id: 'a3', label: 'Cai', role: 'member', group: 'g2', extra: 'kept' },
      { id: 'a4', label: 'Dan', role: 'manager' },
      { id: 'a5', role: 'member', group: 'g1-sub' },
    ],
    ties: [
      { id: 't1', source: 'a1', target: 'a2', kind: 'leadership', weight: 0.5 },
      { id: 't2', source: 'a3', target: 'a2', kind: 'coordination' },
      { id: 't3', source: 'a2', target: 'a4', kind: 'support', weight: 0.9 },
      { id: 't4', source: 'a5', target: 'a1', kind: 'leadership', weight: 0.3 },
      { id: 't5', source: 'a2', target: 'a1', kind: 'leadership' },
    ],
  });
  if (!result.ok) throw new Error(result.errors.map((e) => englishText(e)).join('\n'));
  return result.doc;
}

/** Applies a command and checks undo and redo are exact; returns the changed document. */
function applyExactly(doc: NetworkDocument, command: Command): NetworkDocument {
  const before = structuredClone(doc);
  const beforeText = JSON.stringify(doc);
  const applied = applyCommand(doc, command);
  expect(checkRules(applied.doc)).toEqual([]);
  expect(doc).toStrictEqual(before); // the old document is never touched
  const afterText = JSON.stringify(applied.doc);
  const undone = applyCommand(applied.doc, applied.inverse);
  expect(undone.doc).toStrictEqual(before);
  expect(JSON.stringify(undone.doc)).toBe(beforeText);
  const redone = applyCommand(undone.doc, undone.inverse);
  expect(JSON.stringify(redone.doc)).toBe(afterText);
  // Redo names the change as it was named when it was made (by the names in `doc`).
  expect(describeCommand(undone.inverse)).toEqual(describeCommand(command, doc));
  return applied.doc;
}

/** Expects a refusal with this message, and the document unchanged. */
function expectRefused(doc: NetworkDocument, command: Command, message: string | RegExp): void {
  const before = JSON.stringify(doc);
  let error: unknown;
  try {
    applyCommand(doc, command);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(CommandError);
  if (typeof message === 'string') expect((error as Error).message).toBe(message);
  else expect((error as Error).message).toMatch(message);
  expect(JSON.stringify(doc)).toBe(before);
}

const actor = (doc: NetworkDocument, id: string) => doc.actors.find((a) => a.id === id);
const group = (doc: NetworkDocument, id: string) => doc.groups.find((g) => g.id === id);

describe('actors/add', () => {
  it('adds a person at the end with the given fields, and undo removes them', () => {
    const doc = applyExactly(sample(), {
      type: 'actors/add',
      actor: {
        id: 'new',
        label: 'Ward nurse B',
        role: 'member',
        group: 'g2',
        attributes: { profession: 'nurse', years: 3 },
        position: { x: 10, y: -4 },
      },
    });
    expect(doc.actors.at(-1)).toStrictEqual({
      id: 'new',
      label: 'Ward nurse B',
      role: 'member',
      group: 'g2',
      attributes: { profession: 'nurse', years: 3 },
      position: { x: 10, y: -4 },
    });
    expect(doc.actors).toHaveLength(6);
  });

  it('makes a fresh id when none is given', () => {
    const base = sample();
    const id = freshId(base.actors, 'person');
    expect(id).toBe('person-6');
    const doc = applyExactly(base, { type: 'actors/add', actor: { role: 'member' } });
    expect(doc.actors.at(-1)!.id).toBe('person-6');
    const taken = applyCommand(base, {
      type: 'actors/add',
      actor: { id: 'person-6', role: 'member' },
    }).doc;
    expect(freshId(taken.actors, 'person')).toBe('person-7');
  });

  it('is described for the undo button by the person’s name', () => {
    expect(
      englishText(
        describeCommand({ type: 'actors/add', actor: { label: 'Ward nurse B', role: 'member' } }),
      ),
    ).toBe('add person "Ward nurse B"');
  });

  it.each<[string, Command, string | RegExp]>([
    [
      'a taken id',
      { type: 'actors/add', actor: { id: 'a1', role: 'member' } },
      'there is already a person with id "a1"',
    ],
    [
      'an empty id',
      { type: 'actors/add', actor: { id: '', role: 'member' } },
      'a person\'s id must be a non-empty string (got "")',
    ],
    [
      'an empty role',
      { type: 'actors/add', actor: { role: ' ' } },
      'a person\'s role must not be empty (got " ")',
    ],
    [
      'a missing group',
      { type: 'actors/add', actor: { role: 'member', group: 'nowhere' } },
      'no group with id "nowhere"',
    ],
    [
      'a position that is not finite',
      { type: 'actors/add', actor: { role: 'member', position: { x: Number.NaN, y: 0 } } },
      /position must be two finite numbers/,
    ],
    [
      'an attribute that is not a plain value',
      {
        type: 'actors/add',
        actor: { role: 'member', attributes: { deep: {} } as unknown as Record<string, string> },
      },
      /attributes must be text, finite numbers, true\/false or empty/,
    ],
  ])('refuses %s', (_name, command, message) => expectRefused(sample(), command, message));

  it('takes odd ids and attribute names as data', () => {
    const attributes: Record<string, string> = {};
    Object.defineProperty(attributes, '__proto__', { value: 'x', enumerable: true });
    for (const id of ['__proto__', 'constructor', 'Ærø hospital', ' ', '😀']) {
      const doc = applyExactly(sample(), {
        type: 'actors/add',
        actor: { id, role: 'member', attributes },
      });
      const added = doc.actors.at(-1)!;
      expect(added.id).toBe(id);
      expect(Object.getPrototypeOf(added)).toBe(Object.prototype);
      expect(Object.getOwnPropertyDescriptor(added.attributes, '__proto__')?.value).toBe('x');
    }
    expect(({} as Record<string, unknown>).role).toBeUndefined();
  });
});

describe('actors/update', () => {
  it('renames a person, keeping the key order', () => {
    const doc = applyExactly(sample(), {
      type: 'actors/update',
      id: 'a1',
      patch: { label: 'Anna K.' },
    });
    expect(Object.keys(actor(doc, 'a1')!)).toEqual(['id', 'label', 'role', 'group', 'attributes']);
    expect(actor(doc, 'a1')!.label).toBe('Anna K.');
  });

  it('gives a label to a person who had none, where a file would have it', () => {
    const doc = applyExactly(sample(), {
      type: 'actors/update',
      id: 'a5',
      patch: { label: 'Eva' },
    });
    expect(Object.keys(actor(doc, 'a5')!)).toEqual(['id', 'label', 'role', 'group']);
  });

  it('sets role and group, removes the group with null, and keeps unknown fields', () => {
    let doc = applyExactly(sample(), {
      type: 'actors/update',
      id: 'a3',
      patch: { role: 'coordinator', group: 'g1' },
    });
    expect(actor(doc, 'a3')).toStrictEqual({
      id: 'a3',
      label: 'Cai',
      role: 'coordinator',
      group: 'g1',
      extra: 'kept',
    });
    doc = applyExactly(doc, { type: 'actors/update', id: 'a3', patch: { group: null } });
    expect(actor(doc, 'a3')).toStrictEqual({
      id: 'a3',
      label: 'Cai',
      role: 'coordinator',
      extra: 'kept',
    });
  });

  it('replaces and removes attributes', () => {
    let doc = applyExactly(sample(), {
      type: 'actors/update',
      id: 'a1',
      patch: { attributes: { profession: 'physician', shift: 'night' } },
    });
    expect(actor(doc, 'a1')!.attributes).toStrictEqual({ profession: 'physician', shift: 'night' });
    doc = applyExactly(doc, { type: 'actors/update', id: 'a1', patch: { attributes: null } });
    expect('attributes' in actor(doc, 'a1')!).toBe(false);
  });

  it.each<[string, Command, string | RegExp]>([
    [
      'a missing person',
      { type: 'actors/update', id: 'zz', patch: { label: 'x' } },
      'no person with id "zz"',
    ],
    [
      'an empty role',
      { type: 'actors/update', id: 'a1', patch: { role: '' } },
      'a person\'s role must not be empty (got "")',
    ],
    [
      'a missing group',
      { type: 'actors/update', id: 'a1', patch: { group: 'gone' } },
      'no group with id "gone"',
    ],
    [
      'a name that is not text',
      { type: 'actors/update', id: 'a1', patch: { label: 5 as unknown as string } },
      "a person's name must be text (got 5)",
    ],
  ])('refuses %s', (_name, command, message) => expectRefused(sample(), command, message));

  it('has no way to change an id: ids stay, labels are renamed', () => {
    const doc = applyCommand(sample(), {
      type: 'actors/update',
      id: 'a1',
      patch: { id: 'other' } as never,
    }).doc;
    expect(actor(doc, 'a1')).toBeDefined();
    expect(actor(doc, 'other')).toBeUndefined();
  });
});

describe('actors/delete', () => {
  it('deletes people and their ties; undo restores both at their places', () => {
    const doc = applyExactly(sample(), { type: 'actors/delete', ids: ['a2', 'a4'] });
    expect(doc.actors.map((a) => a.id)).toEqual(['a1', 'a3', 'a5']);
    expect(doc.ties.map((t) => t.id)).toEqual(['t4']);
  });

  it('is described by a count for several people', () => {
    expect(englishText(describeCommand({ type: 'actors/delete', ids: ['a', 'b', 'c'] }))).toBe(
      'delete 3 people',
    );
    expect(englishText(describeCommand({ type: 'actors/delete', ids: ['a1'] }, sample()))).toBe(
      'delete person "Anna"',
    );
  });

  it('refuses a missing person and an empty list', () => {
    expectRefused(
      sample(),
      { type: 'actors/delete', ids: ['a1', 'ghost'] },
      'no person with id "ghost"',
    );
    expectRefused(sample(), { type: 'actors/delete', ids: [] }, 'nothing to delete');
  });

  it('deletes a person whose id is __proto__', () => {
    const base = applyCommand(sample(), {
      type: 'actors/add',
      actor: { id: '__proto__', role: 'member' },
    }).doc;
    const withTie = applyCommand(base, {
      type: 'ties/add',
      tie: { source: '__proto__', target: 'a1', kind: 'leadership' },
    }).doc;
    const doc = applyExactly(withTie, { type: 'actors/delete', ids: ['__proto__'] });
    expect(doc.ties).toHaveLength(5);
  });
});

describe('ties/add', () => {
  it('adds a tie with weight 1 by default', () => {
    const doc = applyExactly(sample(), {
      type: 'ties/add',
      tie: { id: 'new', source: 'a4', target: 'a3', kind: 'leadership' },
    });
    expect(doc.ties.at(-1)).toStrictEqual({
      id: 'new',
      source: 'a4',
      target: 'a3',
      kind: 'leadership',
      weight: 1,
    });
  });

  it('allows a second tie between the same people of another kind, and the reverse tie', () => {
    let doc = applyExactly(sample(), {
      type: 'ties/add',
      tie: { source: 'a1', target: 'a2', kind: 'support', weight: 0.25 },
    });
    doc = applyExactly(doc, {
      type: 'ties/add',
      tie: { source: 'a4', target: 'a2', kind: 'leadership' },
    });
    expect(doc.ties.slice(-2).map((t) => t.id)).toEqual(['tie-6', 'tie-7']);
  });

  it.each<[string, Command, string]>([
    [
      'a self-tie',
      { type: 'ties/add', tie: { source: 'a1', target: 'a1', kind: 'leadership' } },
      'a person cannot look to themself',
    ],
    [
      'a duplicate tie',
      { type: 'ties/add', tie: { source: 'a1', target: 'a2', kind: 'leadership' } },
      'there is already a leadership tie from "Anna" to "Bo"',
    ],
    [
      'a missing source',
      { type: 'ties/add', tie: { source: 'x', target: 'a2', kind: 'leadership' } },
      'no person with id "x"',
    ],
    [
      'a missing target',
      { type: 'ties/add', tie: { source: 'a1', target: 'y', kind: 'leadership' } },
      'no person with id "y"',
    ],
    [
      'a weight of 0',
      { type: 'ties/add', tie: { source: 'a4', target: 'a1', kind: 'leadership', weight: 0 } },
      'the weight must be greater than 0 and at most 1 (got 0)',
    ],
    [
      'a weight above 1',
      { type: 'ties/add', tie: { source: 'a4', target: 'a1', kind: 'leadership', weight: 1.5 } },
      'the weight must be greater than 0 and at most 1 (got 1.5)',
    ],
    [
      'a weight that is NaN',
      {
        type: 'ties/add',
        tie: { source: 'a4', target: 'a1', kind: 'leadership', weight: Number.NaN },
      },
      'the weight must be greater than 0 and at most 1 (got NaN)',
    ],
    [
      'an empty kind',
      { type: 'ties/add', tie: { source: 'a4', target: 'a1', kind: '' } },
      'a tie\'s kind must not be empty (got "")',
    ],
    [
      'a taken tie id',
      { type: 'ties/add', tie: { id: 't1', source: 'a4', target: 'a1', kind: 'leadership' } },
      'there is already a tie with id "t1"',
    ],
  ])('refuses %s', (_name, command, message) => expectRefused(sample(), command, message));

  it('names a person without a label by the id in a duplicate message', () => {
    expectRefused(
      sample(),
      { type: 'ties/add', tie: { source: 'a5', target: 'a1', kind: 'leadership' } },
      'there is already a leadership tie from "a5" to "Anna"',
    );
  });
});

describe('ties/update', () => {
  it('changes kind and weight in place', () => {
    const doc = applyExactly(sample(), {
      type: 'ties/update',
      id: 't3',
      patch: { kind: 'reporting', weight: 0.4 },
    });
    expect(doc.ties[2]).toStrictEqual({
      id: 't3',
      source: 'a2',
      target: 'a4',
      kind: 'reporting',
      weight: 0.4,
    });
  });

  it('reverses a tie', () => {
    const doc = applyExactly(sample(), { type: 'ties/update', id: 't2', patch: { reverse: true } });
    expect(doc.ties[1]).toMatchObject({ source: 'a2', target: 'a3' });
    expect(
      englishText(
        describeCommand({ type: 'ties/update', id: 't2', patch: { reverse: true } }, sample()),
      ),
    ).toBe('reverse tie "Cai" → "Bo"');
  });

  it.each<[string, Command, string]>([
    [
      'a reversal onto an existing tie',
      { type: 'ties/update', id: 't1', patch: { reverse: true } },
      'there is already a leadership tie from "Bo" to "Anna"',
    ],
    [
      'a kind that makes a duplicate',
      { type: 'ties/update', id: 't5', patch: { kind: 'support', reverse: false } },
      '',
    ],
    [
      'a weight out of range',
      { type: 'ties/update', id: 't1', patch: { weight: -1 } },
      'the weight must be greater than 0 and at most 1 (got -1)',
    ],
    [
      'a missing tie',
      { type: 'ties/update', id: 'nope', patch: { weight: 1 } },
      'no tie with id "nope"',
    ],
  ])('refuses %s', (_name, command, message) => {
    if (message === '') {
      // t5 a2→a1 leadership → support is allowed (no a2→a1 support tie): not a refusal.
      expect(() => applyCommand(sample(), command)).not.toThrow();
      const base = applyCommand(sample(), {
        type: 'ties/add',
        tie: { source: 'a2', target: 'a1', kind: 'support' },
      }).doc;
      expectRefused(base, command, 'there is already a support tie from "Bo" to "Anna"');
    } else expectRefused(sample(), command, message);
  });
});

describe('ties/delete', () => {
  it('deletes ties and undo puts them back at their places', () => {
    const doc = applyExactly(sample(), { type: 'ties/delete', ids: ['t4', 't1'] });
    expect(doc.ties.map((t) => t.id)).toEqual(['t2', 't3', 't5']);
  });

  it('refuses a missing tie', () => {
    expectRefused(sample(), { type: 'ties/delete', ids: ['t1', 'tx'] }, 'no tie with id "tx"');
  });
});

describe('groups/add and groups/update', () => {
  it('adds a group inside another', () => {
    const doc = applyExactly(sample(), {
      type: 'groups/add',
      group: { label: 'Day shift', kind: 'team', parent: 'g1' },
    });
    expect(doc.groups.at(-1)).toStrictEqual({
      id: 'group-5',
      label: 'Day shift',
      kind: 'team',
      parent: 'g1',
    });
  });

  it('renames, re-kinds and moves a group, and takes it out of its parent with null', () => {
    let doc = applyExactly(sample(), {
      type: 'groups/update',
      id: 'g2',
      patch: { label: 'Ward B (renamed)', kind: 'unit', parent: 'g1' },
    });
    expect(group(doc, 'g2')).toStrictEqual({
      id: 'g2',
      label: 'Ward B (renamed)',
      kind: 'unit',
      parent: 'g1',
    });
    doc = applyExactly(doc, { type: 'groups/update', id: 'g2', patch: { parent: null } });
    expect(group(doc, 'g2')).toStrictEqual({ id: 'g2', label: 'Ward B (renamed)', kind: 'unit' });
  });

  it.each<[string, Command, string]>([
    [
      'a cycle',
      { type: 'groups/update', id: 'org', patch: { parent: 'g1-sub' } },
      '"Hospital" cannot be placed inside "Night shift", which is inside it',
    ],
    [
      'a group inside itself',
      { type: 'groups/update', id: 'g1', patch: { parent: 'g1' } },
      'a group cannot be inside itself',
    ],
    [
      'a missing parent',
      { type: 'groups/add', group: { kind: 'team', parent: 'none' } },
      'no group with id "none"',
    ],
    [
      'an empty kind',
      { type: 'groups/update', id: 'g1', patch: { kind: '' } },
      'a group\'s kind must not be empty (got "")',
    ],
    [
      'a taken id',
      { type: 'groups/add', group: { id: 'g1', kind: 'team' } },
      'there is already a group with id "g1"',
    ],
  ])('refuses %s', (_name, command, message) => expectRefused(sample(), command, message));
});

describe('groups/delete', () => {
  it('ungroups its members and moves its subgroups up to its parent; undo restores all', () => {
    const doc = applyExactly(sample(), { type: 'groups/delete', ids: ['g1'] });
    expect(doc.groups.map((g) => g.id)).toEqual(['org', 'g2', 'g1-sub']);
    expect(group(doc, 'g1-sub')!.parent).toBe('org');
    expect('group' in actor(doc, 'a1')!).toBe(false);
    expect('group' in actor(doc, 'a2')!).toBe(false);
    expect(actor(doc, 'a5')!.group).toBe('g1-sub');
    expect(doc.actors).toHaveLength(5);
    expect(doc.ties).toHaveLength(5);
  });

  it('moves a subgroup past several deleted ancestors to the top', () => {
    const doc = applyExactly(sample(), { type: 'groups/delete', ids: ['org', 'g1'] });
    expect(group(doc, 'g1-sub')).toStrictEqual({
      id: 'g1-sub',
      label: 'Night shift',
      kind: 'team',
    });
    expect('parent' in group(doc, 'g2')!).toBe(false);
  });

  it('refuses a missing group', () => {
    expectRefused(sample(), { type: 'groups/delete', ids: ['zz'] }, 'no group with id "zz"');
  });
});

describe('meta/update', () => {
  it('renames the network and removes its description', () => {
    const doc = applyExactly(sample(), {
      type: 'meta/update',
      patch: { title: 'Renamed', description: null },
    });
    expect(doc.meta).toStrictEqual({ title: 'Renamed' });
    expect(englishText(describeCommand({ type: 'meta/update', patch: { title: 'x' } }))).toBe(
      'rename the network to "x"',
    );
  });

  it('refuses a title that is not text', () => {
    expectRefused(
      sample(),
      { type: 'meta/update', patch: { title: 3 as unknown as string } },
      "the network's title must be text (got 3)",
    );
  });
});

describe('batch', () => {
  it('deletes ties, people and groups as one undo step, restored exactly', () => {
    const command: Command = {
      type: 'batch',
      label: { code: 'undo_delete_items', params: { count: 4 } },
      commands: [
        { type: 'ties/delete', ids: ['t3'] },
        { type: 'actors/delete', ids: ['a1', 'a2'] },
        { type: 'groups/delete', ids: ['g1'] },
      ],
    };
    const doc = applyExactly(sample(), command);
    expect(doc.actors.map((a) => a.id)).toEqual(['a3', 'a4', 'a5']);
    expect(doc.ties.map((t) => t.id)).toEqual([]);
    expect(doc.groups.map((g) => g.id)).toEqual(['org', 'g2', 'g1-sub']);
    expect(englishText(describeCommand(command))).toBe('delete 4 items');
  });

  it('applies all or nothing: a failing step leaves the document as it was', () => {
    expectRefused(
      sample(),
      {
        type: 'batch',
        label: { code: 'undo_batch', params: { count: 2 } },
        commands: [
          { type: 'ties/add', tie: { source: 'a4', target: 'a1', kind: 'leadership' } },
          { type: 'ties/add', tie: { source: 'a4', target: 'a1', kind: 'leadership' } },
        ],
      },
      'there is already a leadership tie from "Dan" to "Anna"',
    );
    expectRefused(
      sample(),
      { type: 'batch', label: { code: 'undo_batch', params: { count: 0 } }, commands: [] },
      'nothing to do',
    );
  });
});

describe('document/splice', () => {
  it('refuses a splice that would break the rules (an inverse applied to the wrong document)', () => {
    const deleted = applyCommand(sample(), { type: 'actors/delete', ids: ['a1'] });
    // The inverse brings back a1's ties; applied to the original (a1 still there) it must fail.
    expectRefused(sample(), deleted.inverse, /duplicate id|cannot insert/);
  });

  it('refuses an unknown command type', () => {
    expectRefused(
      sample(),
      { type: 'actors/rename' } as unknown as Command,
      'unknown command "actors/rename"',
    );
  });
});

describe('the example network', () => {
  it('deletes a whole team box and undoes it exactly', () => {
    const example = createExampleDocument();
    const doc = applyExactly(example, { type: 'groups/delete', ids: ['team-ortho'] });
    expect(doc.actors.filter((a) => a.group === 'team-ortho')).toEqual([]);
  });
});
