// One language's messages at a time. Paraglide compiles each language into its own module
// (src/paraglide/messages/en.js, da.js: `--output-structure locale-modules`); the app loads the
// language it starts in before it shows anything, and the other one only when the user switches
// to it (the service worker precaches both, so the switch works offline too). The first load
// thus carries one language's texts, not both.
//
// Plain TypeScript (no rune): i18n-plain.ts and i18n.svelte.ts read messages from here; the Node
// tests install both languages up front (test/setup-messages.ts).
import type * as Messages from '../paraglide/messages.js';
import type { Locale } from '../paraglide/runtime.js';

/** A language's messages: each key's function of its inputs, in that language. */
export type MessageTable = Readonly<Record<string, unknown>>;

const LOADERS: Record<Locale, () => Promise<MessageTable>> = {
  en: () => import('../paraglide/messages/en.js'),
  da: () => import('../paraglide/messages/da.js'),
};

const tables = new Map<Locale, MessageTable>();
const loading = new Map<Locale, Promise<void>>();

/** Loads a language's messages (once); resolves when `messagesLoaded(locale)` is true. */
export function loadMessages(locale: Locale): Promise<void> {
  let pending = loading.get(locale);
  if (!pending) {
    pending = LOADERS[locale]().then((table) => void tables.set(locale, table));
    // A failed load (offline before the service worker had the file) may be tried again.
    pending.catch(() => loading.delete(locale));
    loading.set(locale, pending);
  }
  return pending;
}

/** Installs a language's messages directly (the Node tests, which import both modules). */
export function installMessages(locale: Locale, table: MessageTable): void {
  tables.set(locale, table);
  loading.set(locale, Promise.resolve());
}

export function messagesLoaded(locale: Locale): boolean {
  return tables.has(locale);
}

/**
 * A key's name in a language module: paraglide exports `param_qicWeeks_label` from messages.js
 * but names it `param_qicweeks_label1` inside en.js and da.js (lower case, non-identifier
 * characters as `_`, the number of capitals appended: its compiler's toSafeModuleId).
 * test/ui/message-tables.test.ts checks every key of both languages against messages.js.
 */
export function moduleKey(key: string): string {
  const safe = key.toLowerCase().replace(/[^a-z0-9_]/g, '_');
  if (/^[0-9]/.test(safe)) return `_${safe}`;
  const capitals = key.replace(/[^A-Z]/g, '').length;
  return capitals > 0 ? `${safe}${capitals}` : safe;
}

/**
 * The messages of one language as `m`: `m.key()`, `m.key({ count })`. Each read asks for the
 * language at that moment (`locale()`), so a template that reads a message follows a switch.
 */
export function messagesIn(locale: () => Locale): typeof Messages {
  return new Proxy({} as typeof Messages, {
    get(_target, key) {
      const current = locale();
      const table = tables.get(current);
      if (!table)
        throw new Error(`messages: the ${current} messages are not loaded (loadMessages first)`);
      return typeof key === 'string' ? (table[key] ?? table[moduleKey(key)]) : undefined;
    },
  });
}
