// What the library keeps in Web Storage beside the journal (src/services/storage/library/prefs.ts):
// only hints, so a torn value or a storage that throws must never stop a start.
import { describe, expect, it } from 'vitest';
import {
  markUnsaved,
  rememberOpen,
  rememberedOpen,
  unsavedMark,
} from '../../src/services/storage/library/prefs';
import type { KeyValueStorage } from '../../src/services/storage/types';
import { MapStorage } from '../helpers/storage';

/** Web Storage that throws on every use (some private modes, a storage switched off). */
const throwing: KeyValueStorage = {
  length: 0,
  key: () => null,
  getItem: () => {
    throw new Error('denied');
  },
  setItem: () => {
    throw new Error('denied');
  },
  removeItem: () => {
    throw new Error('denied');
  },
};

describe('the marks of unsaved changes', () => {
  it('reads the newer of the two marks', () => {
    const prefs = { session: new MapStorage(), shared: new MapStorage() };
    markUnsaved({ session: prefs.session, shared: null }, 'n1', { at: 50, reason: 'storage_full' });
    markUnsaved({ session: null, shared: prefs.shared }, 'n1', {
      at: 70,
      reason: 'storage_failed',
    });
    expect(unsavedMark(prefs, 'n1')).toEqual({ at: 70, reason: 'storage_failed' });
    expect(unsavedMark(prefs, 'n2')).toBeNull();
  });

  it('passes over a torn mark and a storage that throws', () => {
    const shared = new MapStorage();
    shared.setItem('leadnet:unsaved:n1', '{"at": 5');
    expect(unsavedMark({ session: throwing, shared }, 'n1')).toBeNull();
    expect(() =>
      markUnsaved({ session: throwing, shared: throwing }, 'n1', { at: 1, reason: 'storage_full' }),
    ).not.toThrow();
    markUnsaved({ session: throwing, shared }, 'n1', { at: 9, reason: 'storage_full' });
    expect(unsavedMark({ session: throwing, shared }, 'n1')).toEqual({
      at: 9,
      reason: 'storage_full',
    });
  });
});

describe('the network open last', () => {
  it("a read-only tab remembers its network for its own reload, not for the browser's next tab", () => {
    const prefs = { session: new MapStorage(), shared: new MapStorage() };
    rememberOpen(prefs, 'edited', true);
    rememberOpen({ ...prefs, session: new MapStorage() }, 'shown', false);
    expect(rememberedOpen(prefs)).toEqual(['edited', 'edited']);
    expect(rememberedOpen({ session: throwing, shared: null })).toEqual([null, null]);
  });
});
