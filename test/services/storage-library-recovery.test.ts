// Journal recovery on its own (src/services/storage/library/recovery.ts), against an in-memory
// storage: a tab crashed after its synchronous journal and before the autosave wrote, and the
// next start must keep the newer copy without losing or changing anything.
import { describe, expect, it } from 'vitest';
import type { NetworkDocument } from '../../src/core/document/types';
import { createExampleDocument } from '../../src/core/example/qic-example';
import { Journal } from '../../src/services/storage/journal';
import { recoverJournal, recoverJournals } from '../../src/services/storage/library/recovery';
import { MemoryDocumentStorage } from '../../src/services/storage/memory';
import { MemoryTabHub } from '../../src/services/storage/tabs';
import {
  MapStorage,
  movedExample,
  positionOf,
  quotaError,
  storedNetwork,
} from '../helpers/storage';

const docOf = (json: string) => JSON.parse(json) as NetworkDocument;

/** A browser after a crash: `id` saved at 100, its journal (edits up to 150) never saved. */
async function afterCrash(id = 'n1') {
  const storage = new MemoryDocumentStorage();
  const journal = new Journal(new MapStorage());
  const saved = storedNetwork(id, 100);
  await storage.write(saved);
  const crashed = storedNetwork(id, 150, movedExample(3));
  journal.write({ entry: { ...crashed.entry, created: 999 }, json: crashed.json });
  return { storage, journal, saved };
}

describe('recovering the journal of a network as it opens', () => {
  it("keeps the journal's newer copy: saved under the network's own id and creation, journal cleared", async () => {
    const { storage, journal, saved } = await afterCrash();
    const result = await recoverJournal({ storage, journal }, saved);
    expect(result.failed).toBeNull();
    expect(positionOf(docOf(result.network.json))).toEqual({ x: 3, y: -3 });
    const now = (await storage.read('n1'))!;
    expect(now.entry).toMatchObject({ id: 'n1', created: 1, updated: 150 });
    expect(positionOf(docOf(now.json))).toEqual({ x: 3, y: -3 });
    expect(journal.read('n1')).toBeNull();
  });

  it('keeps the saved copy when the journal is not newer, and clears the journal', async () => {
    const { storage, journal } = await afterCrash();
    const later = storedNetwork('n1', 150, movedExample(8)); // the autosave did write, at 150
    await storage.write(later);
    const writes = storage.writes;
    const result = await recoverJournal({ storage, journal }, later);
    expect(result).toEqual({ network: later, failed: null });
    expect(storage.writes).toBe(writes);
    expect(journal.read('n1')).toBeNull();
  });

  it('keeps the saved copy when the journal holds no network (torn mid-write)', async () => {
    const { storage, journal, saved } = await afterCrash();
    journal.write({ entry: { ...saved.entry, updated: 200 }, json: '{"actors": [' });
    const writes = storage.writes;
    const result = await recoverJournal({ storage, journal }, saved);
    expect(result).toEqual({ network: saved, failed: null });
    expect(storage.writes).toBe(writes);
    expect(docOf((await storage.read('n1'))!.json)).toEqual(createExampleDocument());
  });

  it("shows the journal's copy when storage is full, says why it is not saved, and keeps the journal", async () => {
    const { storage, journal, saved } = await afterCrash();
    storage.failure = quotaError();
    const result = await recoverJournal({ storage, journal }, saved);
    expect(result.failed).toBe('storage_full');
    expect(positionOf(docOf(result.network.json))).toEqual({ x: 3, y: -3 });
    expect(docOf((await storage.read('n1'))!.json)).toEqual(createExampleDocument());
    expect(journal.read('n1')?.entry.updated).toBe(150); // tried again at the next open
  });
});

describe('recovering every journal at the start', () => {
  it('saves the journals of networks no tab has open, and leaves one an open tab holds to it', async () => {
    const { storage, journal } = await afterCrash('n1');
    // n2 was never saved (storage was full): only its journal has it.
    const unsavedOnly = storedNetwork('n2', 120, movedExample(4));
    journal.write(unsavedOnly);
    // n3 is open, and edited, in a live tab: that tab saves it.
    await storage.write(storedNetwork('n3', 100));
    journal.write(storedNetwork('n3', 150, movedExample(5)));
    const hub = new MemoryTabHub();
    const live = await hub.tab().acquire('n3', 0);
    const tabs = hub.tab();

    await recoverJournals({ storage, journal, tabs });

    expect(positionOf(docOf((await storage.read('n1'))!.json))).toEqual({ x: 3, y: -3 });
    expect(await storage.read('n2')).toEqual(unsavedOnly);
    expect(docOf((await storage.read('n3'))!.json)).toEqual(createExampleDocument());
    expect(journal.all().map((r) => r.entry.id)).toEqual(['n3']);
    // The locks it took are let go: the networks can be opened.
    expect(await tabs.acquire('n1', 0)).not.toBeNull();
    expect(await tabs.acquire('n2', 0)).not.toBeNull();
    live!.release();
  });

  it('keeps every journal for the next start when storage refuses the writes', async () => {
    const { storage, journal } = await afterCrash('n1');
    journal.write(storedNetwork('n2', 120, movedExample(4)));
    storage.failure = quotaError();
    await expect(
      recoverJournals({ storage, journal, tabs: new MemoryTabHub().tab() }),
    ).resolves.toBe(undefined);
    expect(
      journal
        .all()
        .map((r) => r.entry.id)
        .sort(),
    ).toEqual(['n1', 'n2']);
    expect(await storage.read('n2')).toBeNull();
  });
});
