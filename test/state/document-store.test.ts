// The document store's read-only mode and load(), in Node. Svelte's runes need the compiler,
// which the unit tests do not run: plain-value stand-ins for $state and $derived are enough to
// test what the methods do (reactivity itself is exercised by the browser tests).
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Command } from '../../src/core/commands';
import { englishText } from '../../src/core/messages';
import { createExampleDocument } from '../../src/core/example/qic-example';
import { say } from '../../src/services/messages';
import { serviceEnglishText } from '../../src/services/english';
import { READ_ONLY_NOTICE } from '../../src/services/storage/library';
import type * as DocumentModule from '../../src/state/document.svelte';

let DocumentStore: typeof DocumentModule.DocumentStore;

beforeAll(async () => {
  const plain = Object.assign(<T>(value: T) => value, { raw: <T>(value: T) => value });
  Object.assign(globalThis, { $state: plain, $derived: plain });
  const module = await import('../../src/state/document.svelte');
  DocumentStore = module.DocumentStore;
  await module.loadCommands(); // loaded after the page's first view; here before the first edit
});

const move = (x: number): Command => ({
  type: 'actors/move',
  moves: [{ id: 'team-ed-c', position: { x, y: 0 } }],
});
const x = (store: DocumentModule.DocumentStore) =>
  store.doc.actors.find((a) => a.id === 'team-ed-c')!.position!.x;

describe('a read-only document store', () => {
  it('refuses execute, undo and redo with the other-tab message, changing nothing', () => {
    const store = new DocumentStore(createExampleDocument());
    store.execute(move(1));
    store.execute(move(2));
    store.undo();
    store.readOnly = true;
    const doc = store.doc;
    const revision = store.revision;
    for (const result of [store.execute(move(3)), store.undo(), store.redo()]) {
      expect(result).toEqual({ ok: false, messages: [READ_ONLY_NOTICE] });
    }
    expect(READ_ONLY_NOTICE).toEqual({ code: 'storage_read_only', params: {} });
    expect(store.doc).toBe(doc);
    expect(store.revision).toBe(revision);
    expect(store.refused?.messages).toEqual([READ_ONLY_NOTICE]);
    store.readOnly = false;
    expect(store.redo()).toEqual({ ok: true });
    expect(x(store)).toBe(2);
  });
});

describe('a hand-out store', () => {
  it('refuses with the hand-out\'s reason, not with "another tab"', () => {
    const store = new DocumentStore(createExampleDocument());
    store.readOnly = true;
    store.readOnlyNotice = say('storage_handout_read_only', {});
    const doc = store.doc;
    const refusal = store.execute(move(1));
    expect(refusal).toEqual({
      ok: false,
      messages: [{ code: 'storage_handout_read_only', params: {} }],
    });
    expect(store.undo()).toEqual(refusal);
    expect(serviceEnglishText(store.refused!.messages[0]!)).toBe(
      'A hand-out only shows its network: nothing in it can be changed. Open the network in Leadnet to change it.',
    );
    expect(store.doc).toBe(doc);
  });
});

describe('undo and redo labels', () => {
  it('name the change by the names it had when it was made, and stay with it after an undo', () => {
    const store = new DocumentStore(createExampleDocument());
    expect(store.undoLabel).toBeNull();
    const label = store.doc.actors.find((a) => a.id === 'team-ed-c')!.label!;
    store.execute({ type: 'actors/update', id: 'team-ed-c', patch: { label: 'Renamed' } });
    const said = englishText(store.undoLabel!);
    expect(said).toBe(`rename ${JSON.stringify(label)} to "Renamed"`);
    store.undo();
    expect(store.undoLabel).toBeNull();
    expect(englishText(store.redoLabel!)).toBe(said);
    store.redo();
    expect(englishText(store.undoLabel!)).toBe(said);
  });

  it('a refused change gives the command’s messages, not English text', () => {
    const store = new DocumentStore(createExampleDocument());
    const result = store.execute({ type: 'actors/delete', ids: ['nobody'] });
    expect(result).toEqual({
      ok: false,
      messages: [{ code: 'cmd_no_person', params: { id: 'nobody' } }],
    });
  });
});

describe('load()', () => {
  it('shows another document with a fresh history and a new revision, telling no listener', () => {
    const store = new DocumentStore(createExampleDocument());
    let changes = 0;
    store.subscribe(() => (changes += 1));
    store.execute(move(1));
    expect(changes).toBe(1);
    const revision = store.revision;
    const other = createExampleDocument();
    store.load(other);
    expect(store.doc).toBe(other);
    expect(store.revision).toBeGreaterThan(revision);
    expect(changes).toBe(1);
    // Nothing to undo: the previous document's history is gone.
    store.undo();
    expect(store.doc).toBe(other);
  });

  it('tells listeners of every change: execute, undo, redo, amend and retitle', () => {
    const store = new DocumentStore(createExampleDocument());
    let changes = 0;
    const stop = store.subscribe(() => (changes += 1));
    store.execute(move(1));
    store.undo();
    store.redo();
    store.amend(move(5));
    store.retitle('Workshop');
    expect(changes).toBe(5);
    expect(store.doc.meta.title).toBe('Workshop');
    stop();
    store.execute(move(6));
    expect(changes).toBe(5);
  });
});

describe('a change asked for before the commands are loaded (the moment after the first view)', () => {
  it('waits for them and is applied in order, one undo step each; a refusal is said', async () => {
    vi.resetModules(); // a fresh module, as on the page: the commands not loaded yet
    const fresh = await import('../../src/state/document.svelte');
    const store = new fresh.DocumentStore(createExampleDocument());
    expect(fresh.commandsLoaded()).toBe(false);
    const at = () => store.doc.actors.find((a) => a.id === 'team-ed-c')!.position?.x ?? null;
    const before = at();
    expect(store.execute(move(10))).toEqual({ ok: true });
    expect(store.execute(move(20))).toEqual({ ok: true });
    const refused: Command = { type: 'ties/update', id: 'no-such-tie', patch: { weight: 0.5 } };
    expect(store.execute(refused)).toEqual({ ok: true });
    expect(at()).toBe(before); // nothing yet
    await fresh.loadCommands();
    await Promise.resolve();
    expect(at()).toBe(20);
    expect(store.refused?.messages.map((m) => englishText(m))).toEqual([
      englishText({ code: 'cmd_no_tie', params: { id: 'no-such-tie' } }),
    ]);
    expect(store.undo()).toEqual({ ok: true });
    expect(at()).toBe(10);
    expect(store.undo()).toEqual({ ok: true });
    expect(at()).toBe(before);
    vi.resetModules();
  });
});
