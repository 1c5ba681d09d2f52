// The library in IndexedDB through idb-keyval: one object store, an entry under ['entry', id]
// and its document's JSON under ['doc', id], always written and deleted in one transaction.
import { type UseStore, createStore, promisifyRequest } from 'idb-keyval';
import type { DocumentStorage, LibraryEntry, SavedNetwork } from './types';

const entryKey = (id: string): IDBValidKey => ['entry', id];
const docKey = (id: string): IDBValidKey => ['doc', id];
/** Every ['entry', …] key: arrays sort after strings, so ['entry', []] closes the range. */
const ENTRIES = () => IDBKeyRange.bound(['entry', ''], ['entry', []]);

export class IdbDocumentStorage implements DocumentStorage {
  readonly #store: UseStore;

  constructor(dbName = 'leadnet', storeName = 'library') {
    this.#store = createStore(dbName, storeName);
  }

  list(): Promise<LibraryEntry[]> {
    return this.#store('readonly', (store) =>
      promisifyRequest(store.getAll(ENTRIES()) as IDBRequest<LibraryEntry[]>),
    );
  }

  read(id: string): Promise<SavedNetwork | null> {
    return this.#store('readonly', async (store) => {
      const [entry, json] = await Promise.all([
        promisifyRequest(store.get(entryKey(id)) as IDBRequest<LibraryEntry | undefined>),
        promisifyRequest(store.get(docKey(id)) as IDBRequest<string | undefined>),
      ]);
      return entry && typeof json === 'string' ? { entry, json } : null;
    });
  }

  write({ entry, json }: SavedNetwork): Promise<void> {
    return this.#store('readwrite', (store) => {
      store.put(json, docKey(entry.id));
      store.put({ ...entry }, entryKey(entry.id));
      return promisifyRequest(store.transaction);
    });
  }

  remove(id: string): Promise<void> {
    return this.#store('readwrite', (store) => {
      store.delete(docKey(id));
      store.delete(entryKey(id));
      return promisifyRequest(store.transaction);
    });
  }
}
