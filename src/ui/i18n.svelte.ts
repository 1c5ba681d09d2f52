// The UI's languages (Danish and English) with paraglide: messages live in messages/{locale}/*.json
// and compile to src/paraglide (`npm run i18n`, run before dev, build, check and test). The
// chosen language is remembered in localStorage; the first visit follows the browser's language.
//
// Paraglide's getLocale() is not reactive: `m` reads the language from a rune each time a message
// is used, so every `{m.some_key()}` in a template is redrawn when the language changes — no
// reload, nothing of the user's work lost.
//
// Only the language in use is loaded (message-tables.ts): the entry awaits `loadStartMessages()`
// before it shows a text, and a switch loads the other language before it changes anything.
import type * as messages from '../paraglide/messages.js';
import {
  type Locale,
  getLocale,
  locales,
  setLocale as setParaglideLocale,
} from '../paraglide/runtime.js';
import type { EngineTexts } from './i18n-plain';
import { loadEngineMessages, loadMessages, messagesIn } from './message-tables';

/**
 * The language at start. Paraglide remembers it in localStorage on its first getLocale(), and
 * that write throws when the storage is full: the language is resolved all the same (a second
 * call returns it), and the app must start.
 */
function startLocale(): Locale {
  try {
    return getLocale();
  } catch {
    return getLocale();
  }
}

const current = $state({ locale: startLocale() });

/** The UI's messages: `m.key()` or `m.key({ count })`, a dependency of whoever reads one. */
export const m: typeof messages = messagesIn(() => current.locale);

/** The start language's messages: awaited by the entry before it shows any text. */
export function loadStartMessages(): Promise<void> {
  return loadMessages(current.locale);
}

/** Per language, whether its engine texts came or failed (absent: not asked for, or on the way). */
const engine = $state<Partial<Record<Locale, EngineTexts>>>({});

/**
 * Loads a language's engine texts (the entry asks right after the first view is drawn; a switch
 * before it changes anything). Never rejects: a failed load is remembered, and said instead of the
 * texts, until a later call (a switch of language) brings them.
 */
export async function loadEngineTexts(next: Locale = current.locale): Promise<void> {
  if (engine[next] === 'loaded') return;
  try {
    await loadEngineMessages(next);
    engine[next] = 'loaded';
  } catch (error) {
    engine[next] = 'failed';
    console.warn(`Leadnet could not load the ${next} engine texts:`, error);
  }
}

/** Whether the UI language's engine texts are there (a dependency of whoever says one). */
export function engineTexts(): EngineTexts {
  return engine[current.locale] ?? 'loading';
}

export const LOCALES: readonly Locale[] = locales;

export function locale(): Locale {
  return current.locale;
}

let switches = 0;

/**
 * Switches the language in place (paraglide would reload the page by default), once its messages
 * are loaded: until then every text stays in the language it was in.
 */
export async function setLocale(next: Locale): Promise<void> {
  const request = ++switches;
  await Promise.all([loadMessages(next), loadEngineTexts(next)]);
  if (request !== switches) return; // a later switch was asked for meanwhile: it wins
  try {
    void setParaglideLocale(next, { reload: false });
  } catch {
    // A full localStorage: the language switches for this session, unremembered.
  }
  current.locale = next;
  document.documentElement.lang = next;
}

/** Sets the page's `lang` at start, for screen readers and hyphenation. */
export function applyLocale(): void {
  document.documentElement.lang = current.locale;
}

export type { Locale };
