// Stand-ins for the library's unit tests: the document store reduced to what the library needs,
// Web Storage in a Map (that can be full), and small checkable edits of the example.
import { applyCommand, type Command } from '../../src/core/commands';
import type { NetworkDocument } from '../../src/core/document/types';
import { createExampleDocument } from '../../src/core/example/qic-example';
import { Journal } from '../../src/services/storage/journal';
import type {
  DocumentHost,
  LibraryOptions,
  LibraryState,
} from '../../src/services/storage/library';
import { LibrarySession } from '../../src/services/storage/library/session';
import type { MemoryTabHub } from '../../src/services/storage/tabs';
import type {
  DocumentStorage,
  KeyValueStorage,
  LibraryEntry,
  SavedNetwork,
} from '../../src/services/storage/types';

/** The document store reduced to what the library needs; edits refuse while read-only. */
export class FakeHost implements DocumentHost {
  doc: NetworkDocument;
  readOnly = false;
  loads = 0;
  readonly #listeners = new Set<() => void>();
  constructor(doc: NetworkDocument = createExampleDocument()) {
    this.doc = doc;
  }
  edit(command: Command): boolean {
    if (this.readOnly) return false;
    this.doc = applyCommand(this.doc, command).doc;
    for (const listener of this.#listeners) listener();
    return true;
  }
  load(doc: NetworkDocument) {
    this.doc = doc;
    this.loads += 1;
  }
  setReadOnly(readOnly: boolean) {
    this.readOnly = readOnly;
  }
  retitle(title: string) {
    this.doc = { ...this.doc, meta: { ...this.doc.meta, title } };
    for (const listener of this.#listeners) listener();
  }
  subscribe(listener: () => void) {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}

/** localStorage/sessionStorage in a Map; `full` makes every write throw a quota error. */
export class MapStorage implements KeyValueStorage {
  readonly map = new Map<string, string>();
  full = false;
  get length() {
    return this.map.size;
  }
  key(index: number) {
    return [...this.map.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.full) throw quotaError();
    this.map.set(key, value);
  }
  removeItem(key: string) {
    this.map.delete(key);
  }
}

export function quotaError(): Error {
  const error = new Error('The quota has been exceeded.');
  error.name = 'QuotaExceededError';
  return error;
}

/** A move of one actor of the example to (i, -i): each call a distinct, checkable edit. */
export const move = (i: number): Command => ({
  type: 'actors/move',
  moves: [{ id: 'team-ed-c', position: { x: i, y: -i } }],
});

export const positionOf = (doc: NetworkDocument, id = 'team-ed-c') =>
  doc.actors.find((a) => a.id === id)!.position;

/** The example with one move applied, as a stored network's JSON would hold it. */
export const movedExample = (i: number): NetworkDocument =>
  applyCommand(createExampleDocument(), move(i)).doc;

/** One tab's library session on shared storage, for the tests of one job of the library. */
export function sessionOn(
  place: { storage: DocumentStorage; local: MapStorage; hub: MemoryTabHub },
  extra: Partial<LibraryOptions> & { session?: MapStorage } = {},
) {
  const host = new FakeHost();
  const states: LibraryState[] = [];
  const tabs = place.hub.tab();
  const session = new LibrarySession(host, {
    storage: place.storage,
    journal: new Journal(place.local),
    tabs,
    prefs: { session: extra.session ?? new MapStorage(), shared: place.local },
    createExample: createExampleDocument,
    onState: (state) => states.push(state),
    ...extra,
  });
  return { host, session, states, tabs };
}

/** A stored network of the example (or `doc`), changed last at `updated`. */
export function storedNetwork(
  id: string,
  updated: number,
  doc: NetworkDocument = createExampleDocument(),
): SavedNetwork {
  const entry: LibraryEntry = {
    id,
    title: doc.meta.title ?? 'Saved',
    created: 1,
    updated,
    actors: doc.actors.length,
    ties: doc.ties.length,
  };
  return { entry, json: JSON.stringify(doc) };
}
