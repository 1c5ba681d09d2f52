// What the library keeps in Web Storage beside the journal: which network was open last (for
// this tab's reload and for a new tab), and marks of changes that could not be saved. Each is
// only a hint: a storage that throws or is full is ignored, never an error.
import { readJson } from '../../../core/formats/json-text';
import type { StorageReason } from '../../messages';
import type { KeyValueStorage } from '../types';
import type { LibraryPrefs } from './types';

const OPEN_KEY = 'leadnet:open';
/**
 * Marks a network whose latest changes could not be saved: `{at, reason}`, in this tab's session
 * storage (it survives a reload, and has its own quota) and in localStorage (for a closed tab).
 * The next start compares it with the copy it opens, and says what was not recovered.
 */
const UNSAVED_KEY = (id: string) => `leadnet:unsaved:${id}`;

export interface UnsavedMark {
  /** When the newest change that could not be saved was made (as entries' `updated`). */
  at: number;
  reason: StorageReason;
}

/** The networks remembered as open last: this tab's first, then the browser's (either may be null). */
export function rememberedOpen(prefs: LibraryPrefs): (string | null)[] {
  return [safeGet(prefs.session, OPEN_KEY), safeGet(prefs.shared, OPEN_KEY)];
}

/** Remembers the open network for this tab, and for a new tab when this one edits it. */
export function rememberOpen(prefs: LibraryPrefs, id: string, editing: boolean): void {
  safeSet(prefs.session, OPEN_KEY, id);
  if (editing) safeSet(prefs.shared, OPEN_KEY, id);
}

export function markUnsaved(prefs: LibraryPrefs, id: string, mark: UnsavedMark): void {
  const text = JSON.stringify(mark);
  safeSet(prefs.session, UNSAVED_KEY(id), text);
  safeSet(prefs.shared, UNSAVED_KEY(id), text);
}

export function clearUnsaved(prefs: LibraryPrefs, id: string): void {
  safeRemove(prefs.session, UNSAVED_KEY(id));
  safeRemove(prefs.shared, UNSAVED_KEY(id));
}

/** The newest mark of unsaved changes to a network, from either storage. */
export function unsavedMark(prefs: LibraryPrefs, id: string): UnsavedMark | null {
  let newest: UnsavedMark | null = null;
  for (const storage of [prefs.session, prefs.shared]) {
    const text = safeGet(storage, UNSAVED_KEY(id));
    if (!text) continue;
    try {
      const mark = readJson(text) as Partial<UnsavedMark> | null;
      if (typeof mark?.at === 'number' && typeof mark.reason === 'string')
        if (!newest || mark.at > newest.at) newest = mark as UnsavedMark;
    } catch {
      // a torn mark: as if there were none
    }
  }
  return newest;
}

function safeGet(storage: KeyValueStorage | null, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function safeRemove(storage: KeyValueStorage | null, key: string): void {
  try {
    storage?.removeItem(key);
  } catch {
    // nothing to do: a stale mark only repeats a notice
  }
}

function safeSet(storage: KeyValueStorage | null, key: string, value: string): void {
  try {
    storage?.setItem(key, value);
  } catch {
    // only a preference: the next start opens the most recent network instead
  }
}
