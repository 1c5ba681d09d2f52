// What the engine says, in the UI's language: a message's code is its paraglide key (the engine's
// texts live in messages/{locale}/engine-*.json, the same files the CLI's English reads), its
// parameters are formatted for the language, and every name from the user's data is isolated
// (Unicode FSI…PDI) so a label with right-to-left overrides cannot turn the app's own text around.
import { type MessageStyle, formatLocation, formatMessageWith } from '../core/messages/format';
import type { Location, Message } from '../core/messages/types';
import { engineTexts, locale, m } from './i18n-plain';
import { engineMessage, engineSpecs } from './message-tables';

/** The longest name a message shows; the rest is cut with an ellipsis (full text elsewhere). */
export const NAME_SHOWN = 80;

const FSI = '\u2068';
const PDI = '\u2069';

/** Untrusted text made safe to embed in a sentence: isolated, and clamped when very long. */
export function isolate(text: string, max = NAME_SHOWN): string {
  const chars = Array.from(text);
  const shown = chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text;
  return `${FSI}${shown}${PDI}`;
}

type Renderer = (params: Readonly<Record<string, string>>) => string;

function uiStyle(): MessageStyle {
  return {
    language: locale(),
    grouping: true,
    quote: (text, kind) =>
      kind === 'text' || kind === 'file' ? `“${isolate(text)}”` : isolate(text),
    render: (code, params) => {
      const render = engineMessage(locale(), code) as Renderer | undefined;
      return typeof render === 'function' ? render(params) : undefined;
    },
  };
}

/**
 * A message in the UI's language, its location in front when it has one. The engine's texts load
 * right after the first view (message-tables.ts): until they are there this says so, and a
 * template that shows it is redrawn with the text when they come; if they could not be loaded it
 * says that — never a bare code.
 */
export function messageText(message: Message, withLocation = true): string {
  const texts = engineTexts();
  const specs = engineSpecs();
  if (texts !== 'loaded' || !specs)
    return texts === 'failed' ? m.app_engine_texts_failed() : m.app_engine_texts_loading();
  try {
    return formatMessageWith(message, specs, uiStyle(), withLocation);
  } catch {
    // A code this build does not know (unreachable while the worker comes with the app: every
    // code has its text in both languages, test/core/messages.test.ts): the bare code. Not the
    // engine's English (englishText): that would put every engine text in English into the
    // first load next to the language in use.
    return message.code;
  }
}

/**
 * Several messages in the UI's language, one after another (a refusal may give a few): joined by
 * `; `, or by a space after one that ends a sentence.
 */
export function messagesText(messages: readonly Message[]): string {
  return messages
    .map((message) => messageText(message))
    .reduce(
      (out, text) => (out === '' ? text : `${out}${/[.!?]$/.test(out) ? ' ' : '; '}${text}`),
      '',
    );
}

/** A location in the UI's language: `ties[3].target`, `“ties.csv” linje 14`. */
export function locationText(at: Location): string {
  return formatLocation(at, uiStyle());
}
