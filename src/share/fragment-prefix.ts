// What marks a share link (`#doc=…`) and its limits, apart from fragment.ts so that the app can
// tell a share link and show the limits without loading the compressor (fflate) before it packs
// or unpacks one.
/** What a link carries before the compressed data. */
export const FRAGMENT_PREFIX = '#doc=';

/**
 * The longest fragment Leadnet writes or reads, in characters. Chromium, Firefox and Safari open
 * links far longer (Chromium up to 2 MB), and chat tools keep them whole; 32 KB keeps a link
 * small enough to paste anywhere and still fits a network of a few hundred people.
 */
export const FRAGMENT_LIMIT = 32 * 1024;

/** Above this length some e-mail programs break a link across lines: the dialog says so. */
export const MAIL_SAFE_LENGTH = 2000;

/** Whether a location's hash carries a shared network. */
export function isShareFragment(hash: string): boolean {
  return hash.startsWith(FRAGMENT_PREFIX);
}
