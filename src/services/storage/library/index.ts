// The saved-networks library: the one face the rest of the app imports. Its jobs live beside
// it — catalogue.ts (the list and its actions), autosave.ts, recovery.ts (the journal after a
// reload or a crash), handover.ts (a second tab) — sharing session.ts.
export { Library } from './library';
export { LibraryError, READ_ONLY_NOTICE, parseStored } from './refusals';
export type { DocumentHost, LibraryOptions, LibraryPrefs, LibraryState, SaveState } from './types';
