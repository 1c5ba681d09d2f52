// One language at a time (src/ui/message-tables.ts): every message of paraglide's messages.js,
// read through the loaded language's module, says exactly what messages.js says in that
// language — the camel-case keys (`param_qicWeeks_label`) included — and a language that is not
// loaded says so instead of showing another language's text.
import { afterEach, describe, expect, it } from 'vitest';
import * as messages from '../../src/paraglide/messages.js';
import { overwriteGetLocale } from '../../src/paraglide/runtime.js';
import { m } from '../../src/ui/i18n-plain';
import { messagesIn } from '../../src/ui/message-tables';

afterEach(() => overwriteGetLocale(() => 'en'));

/** Inputs for any message: every placeholder a message may name, as a visible marker. */
const INPUTS = new Proxy({} as Record<string, string>, { get: (_t, name) => `<${String(name)}>` });

describe('the messages of one language', () => {
  const keys = Object.keys(messages).filter((key) => key !== 'm'); // m: all of them again

  it('has paraglide’s every message, camel-case keys included', () => {
    expect(keys.length).toBeGreaterThan(1000);
    expect(keys.some((key) => /[A-Z]/.test(key))).toBe(true);
  });

  for (const language of ['en', 'da'] as const)
    it(`says every message in ${language} as messages.js does`, () => {
      overwriteGetLocale(() => language);
      for (const key of keys) {
        const read = (m as unknown as Record<string, (inputs: unknown) => string>)[key];
        expect(typeof read, key).toBe('function');
        const expected = (
          messages as unknown as Record<string, (i: unknown, o: unknown) => string>
        )[key]!(INPUTS, { locale: language });
        expect(read!(INPUTS), key).toBe(expected);
      }
    });

  it('refuses to read a language that is not loaded', () => {
    const unloaded = messagesIn(() => 'xx' as 'en');
    expect(() => unloaded.app_loading()).toThrow(/not loaded/);
  });
});
