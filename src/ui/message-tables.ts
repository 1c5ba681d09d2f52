// One language's messages at a time, and the engine's texts after the first paint. Paraglide
// compiles each language into its own module (src/paraglide/messages/en.js, da.js:
// `--output-structure locale-modules`); the app loads the language it starts in before it shows
// anything, and the other one only when the user switches to it (the service worker precaches
// both, so the switch works offline too). The engine's texts (messages/{locale}/engine-*.json,
// the codes of src/core and src/services: engine.inlang) compile apart, into
// src/paraglide/engine: the first view says almost none of them, so they load right after it
// (src/main.ts) and a message of the engine waits for them (src/ui/engine-text.ts). The first
// load thus carries one language's UI texts only.
//
// Plain TypeScript (no rune): i18n-plain.ts and i18n.svelte.ts read messages from here; the Node
// tests install both languages up front (test/setup-messages.ts).
import type { MessageSpecs } from '../core/messages/types';
import type * as Messages from '../paraglide/messages.js';
import type { Locale } from '../paraglide/runtime.js';

/** A language's messages: each key's function of its inputs, in that language. */
export type MessageTable = Readonly<Record<string, unknown>>;

const LOADERS: Record<Locale, () => Promise<MessageTable>> = {
  en: () => import('../paraglide/messages/en.js'),
  da: () => import('../paraglide/messages/da.js'),
};

const ENGINE_LOADERS: Record<Locale, () => Promise<MessageTable>> = {
  en: () => import('../paraglide/engine/messages/en.js'),
  da: () => import('../paraglide/engine/messages/da.js'),
};

/** Tables of one kind (the UI's, the engine's), each language loaded once. */
class Tables {
  readonly #tables = new Map<Locale, MessageTable>();
  readonly #loading = new Map<Locale, Promise<void>>();
  constructor(readonly loaders: Record<Locale, () => Promise<MessageTable>>) {}

  load(locale: Locale): Promise<void> {
    let pending = this.#loading.get(locale);
    if (!pending) {
      pending = this.loaders[locale]().then((table) => void this.#tables.set(locale, table));
      // A failed load (offline before the service worker had the file) may be tried again.
      pending.catch(() => this.#loading.delete(locale));
      this.#loading.set(locale, pending);
    }
    return pending;
  }

  install(locale: Locale, table: MessageTable): void {
    this.#tables.set(locale, table);
    this.#loading.set(locale, Promise.resolve());
  }

  get(locale: Locale): MessageTable | undefined {
    return this.#tables.get(locale);
  }
}

const ui = new Tables(LOADERS);
const engine = new Tables(ENGINE_LOADERS);

/** Loads a language's messages (once); resolves when `messagesLoaded(locale)` is true. */
export function loadMessages(locale: Locale): Promise<void> {
  return ui.load(locale);
}

/** Installs a language's messages directly (the Node tests, which import both modules). */
export function installMessages(locale: Locale, table: MessageTable): void {
  ui.install(locale, table);
}

export function messagesLoaded(locale: Locale): boolean {
  return ui.get(locale) !== undefined;
}

/** The kinds of every code's parameters (the engine's and the services'), loaded with the texts. */
let specs: MessageSpecs | undefined;
let specsLoading: Promise<void> | undefined;

function loadSpecs(): Promise<void> {
  if (!specsLoading) {
    specsLoading = import('../services/message-specs').then((module) => {
      specs = module.APP_MESSAGE_SPECS;
    });
    specsLoading.catch(() => (specsLoading = undefined));
  }
  return specsLoading;
}

/**
 * Loads a language's engine texts and the codes' parameter kinds (once); rejects when they could
 * not be fetched.
 */
export async function loadEngineMessages(locale: Locale): Promise<void> {
  await Promise.all([engine.load(locale), loadSpecs()]);
}

/** Installs a language's engine texts and the codes' kinds directly (the Node tests). */
export function installEngineMessages(
  locale: Locale,
  table: MessageTable,
  codes: MessageSpecs,
): void {
  engine.install(locale, table);
  specs = codes;
  specsLoading = Promise.resolve();
}

export function engineMessagesLoaded(locale: Locale): boolean {
  return engine.get(locale) !== undefined && specs !== undefined;
}

/** The kinds of every code's parameters, once loaded with the engine's texts. */
export function engineSpecs(): MessageSpecs | undefined {
  return specs;
}

/**
 * The text of a message code in a language: the engine's texts, then the UI's (the layouts'
 * names are both: engine-layout.json compiles with the UI); undefined when the code has none or
 * the language's engine texts are not loaded yet.
 */
export function engineMessage(locale: Locale, code: string): unknown {
  const from = (table: MessageTable | undefined) => table?.[code] ?? table?.[moduleKey(code)];
  return from(engine.get(locale)) ?? from(ui.get(locale));
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
      const table = ui.get(current);
      if (!table)
        throw new Error(`messages: the ${current} messages are not loaded (loadMessages first)`);
      return typeof key === 'string' ? (table[key] ?? table[moduleKey(key)]) : undefined;
    },
  });
}
