// Roles and groups in bulk (issue 13): 50 people get a role in ONE undo step that restores
// exactly; only people whose role or group changes are in the command; chosen groups become
// teams with the readiness check's own command; the measures table's attribute filter picks
// the people whose attribute reads a value ("select these").
import { beforeAll, describe, expect, it } from 'vitest';
import { describeCommand } from '../../src/core/commands';
import { englishText } from '../../src/core/messages';
import { parseDocument, type NetworkDocument } from '../../src/core/document';
import type * as DocumentModule from '../../src/state/document.svelte';
import { makeTeamsCommand, setGroupsCommand, setRolesCommand } from '../../src/ui/editing/bulk';
import { actorRows, attributeChoices } from '../../src/ui/panels/metric-rows';
import { danishText } from '../helpers/danish';

let DocumentStore: typeof DocumentModule.DocumentStore;
beforeAll(async () => {
  const plain = Object.assign(<T>(value: T) => value, { raw: <T>(value: T) => value });
  Object.assign(globalThis, { $state: plain, $derived: plain });
  const module = await import('../../src/state/document.svelte');
  DocumentStore = module.DocumentStore;
  await module.loadCommands(); // loaded after the page's first view; here before the first edit
});

/** 60 people in two groups; every third is a "Ledende sygeplejerske" (20 of them). */
function sixty(): NetworkDocument {
  const result = parseDocument({
    format: 'leadnet-network',
    version: 1,
    groups: [
      { id: 'w1', label: 'Ward 1', kind: 'unit' },
      { id: 'w2', label: 'Ward 2', kind: 'team' },
      { id: 'w3', label: 'Ward 3', kind: 'unit' },
    ],
    actors: Array.from({ length: 60 }, (_, i) => ({
      id: `p${i}`,
      label: `Person ${i}`,
      role: 'member',
      group: i < 30 ? 'w1' : 'w2',
      attributes: { position: i % 3 === 0 ? 'Ledende sygeplejerske' : 'Sygeplejerske', n: i },
    })),
    ties: [],
  });
  if (!result.ok) throw new Error('fixture');
  return result.doc;
}

describe('bulk role and group', () => {
  it('gives 50 people a role in one undo step, and one undo restores every one of them', () => {
    const doc = sixty();
    const store = new DocumentStore(doc);
    const ids = doc.actors.slice(0, 50).map((a) => a.id);
    const command = setRolesCommand(store.doc, ids, 'manager')!;
    expect(store.execute(command)).toEqual({ ok: true });
    expect(store.doc.actors.filter((a) => a.role === 'manager').map((a) => a.id)).toEqual(ids);
    expect(store.doc.actors[50]!.role).toBe('member');
    expect(englishText(store.undoLabel!)).toBe('set role of 50 people to manager');
    expect(danishText(describeCommand(command))).toBe('sæt rollen for 50 personer til leder');
    store.undo();
    expect(store.doc).toEqual(doc);
    expect(store.canUndo).toBe(false);
    store.redo();
    expect(store.doc.actors.filter((a) => a.role === 'manager')).toHaveLength(50);
  });

  it('leaves out people who already have the role, and does nothing when all have it', () => {
    const doc = sixty();
    const store = new DocumentStore(doc);
    store.execute(setRolesCommand(doc, ['p0', 'p1'], 'coordinator')!);
    const command = setRolesCommand(store.doc, ['p0', 'p1', 'p2', 'p3'], 'coordinator')!;
    expect(command.type === 'batch' && command.commands).toHaveLength(2);
    expect(setRolesCommand(store.doc, ['p0', 'p1'], 'coordinator')).toBeNull();
  });

  it('moves people to a group, or out of any, as one step each, undone exactly', () => {
    const doc = sixty();
    const store = new DocumentStore(doc);
    const ids = ['p1', 'p2', 'p40', 'p41'];
    store.execute(setGroupsCommand(doc, ids, 'w3')!);
    expect(ids.map((id) => store.doc.actors.find((a) => a.id === id)!.group)).toEqual(
      Array(4).fill('w3'),
    );
    expect(englishText(store.undoLabel!)).toBe('move 4 people to "Ward 3"');
    store.execute(setGroupsCommand(store.doc, ids, null)!);
    expect(store.doc.actors.find((a) => a.id === 'p1')!).not.toHaveProperty('group');
    expect(englishText(store.undoLabel!)).toBe('take 4 people out of their groups');
    store.undo();
    store.undo();
    expect(store.doc).toEqual(doc);
  });

  it('makes the chosen groups that are not teams yet teams, in one step', () => {
    const doc = sixty();
    const store = new DocumentStore(doc);
    const command = makeTeamsCommand(doc, ['w1', 'w2', 'w3'])!;
    store.execute(command);
    expect(store.doc.groups.map((g) => g.kind)).toEqual(['team', 'team', 'team']);
    expect(englishText(store.undoLabel!)).toBe('mark 2 groups as teams');
    expect(makeTeamsCommand(store.doc, ['w1', 'w2'])).toBeNull();
    store.undo();
    expect(store.doc).toEqual(doc);
  });
});

describe('selecting by an attribute in the measures table', () => {
  it('offers each value of a category attribute with its count, not a per-person value', () => {
    const choices = attributeChoices(sixty());
    expect(choices).toEqual([
      { name: 'position', value: 'Ledende sygeplejerske', count: 20 },
      { name: 'position', value: 'Sygeplejerske', count: 40 },
    ]);
  });

  it('filters the people whose attribute reads the value', () => {
    const doc = sixty();
    const rows = actorRows(doc, {
      search: '',
      role: '',
      group: 'w2',
      attribute: { name: 'position', value: 'Ledende sygeplejerske', count: 20 },
    });
    expect(rows.map((r) => r.id)).toEqual(
      doc.actors.filter((a, i) => i >= 30 && i % 3 === 0).map((a) => a.id),
    );
  });
});
