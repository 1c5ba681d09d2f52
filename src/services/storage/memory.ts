// The library kept in a Map: for the unit tests, and for a session where IndexedDB is not
// available (the app then says that nothing is being saved).
import type { DocumentStorage, LibraryEntry, SavedNetwork } from './types';

export class MemoryDocumentStorage implements DocumentStorage {
  readonly #networks = new Map<string, SavedNetwork>();
  /** When set, every write fails with this error (a full quota, a disk error); reads work. */
  failure: Error | null = null;
  /** Writes that reached the storage, for tests counting them. */
  writes = 0;

  async list(): Promise<LibraryEntry[]> {
    return [...this.#networks.values()].map((n) => ({ ...n.entry }));
  }

  async read(id: string): Promise<SavedNetwork | null> {
    const network = this.#networks.get(id);
    return network ? { entry: { ...network.entry }, json: network.json } : null;
  }

  async write(network: SavedNetwork): Promise<void> {
    this.#check();
    this.writes += 1;
    this.#networks.set(network.entry.id, { entry: { ...network.entry }, json: network.json });
  }

  async remove(id: string): Promise<void> {
    this.#check();
    this.#networks.delete(id);
  }

  #check() {
    if (this.failure) throw this.failure;
  }
}
