// The UI's messages for plain TypeScript modules that the Node tests import too (the palette,
// number formats, the measures' texts). i18n.svelte.ts needs the Svelte compiler (it holds the
// language in a rune), which the unit tests do not run; these modules import this file instead.
//
// Until the app connects the reactive messages (App.svelte does, before anything is drawn) a
// message is read in paraglide's current language (from the loaded tables, message-tables.ts):
// right for the current language, but a template would not redraw when the language changes. Once connected, reading a message here is the same as
// reading it from i18n.svelte.ts: a dependency of the template or $derived that reads it.
import type * as messages from '../paraglide/messages.js';
import { type Locale, getLocale } from '../paraglide/runtime.js';
import { engineMessagesLoaded, messagesIn } from './message-tables';

/** Whether the engine's texts of the UI's language are there to say a message of the engine. */
export type EngineTexts = 'loaded' | 'loading' | 'failed';

interface MessageSource {
  m: typeof messages;
  locale: () => Locale;
  engineTexts: () => EngineTexts;
}

let source: MessageSource = {
  m: messagesIn(() => getLocale()),
  locale: () => getLocale(),
  engineTexts: () => (engineMessagesLoaded(getLocale()) ? 'loaded' : 'loading'),
};

/** The UI's messages, as `m` of i18n.svelte.ts: `m.key()` or `m.key({ count })`. */
export const m: typeof messages = new Proxy({} as typeof messages, {
  get: (_target, key) => Reflect.get(source.m, key),
});

/** The UI's language. */
export const locale = (): Locale => source.locale();

/** Whether the engine's texts of the UI's language are loaded (reactive once connected). */
export const engineTexts = (): EngineTexts => source.engineTexts();

/** Makes the messages above reactive: called once by the app with i18n.svelte.ts's `m`. */
export function connectMessages(reactive: MessageSource): void {
  source = reactive;
}

export type { Locale };
