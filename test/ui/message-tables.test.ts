// One language at a time (src/ui/message-tables.ts): every message of paraglide's messages.js,
// read through the loaded language's module, says exactly what messages.js says in that
// language, and a language that is not loaded says so instead of showing another language's text. The engine's texts (compiled apart,
// loaded after the first view) likewise, the camel-case codes (`param_qicWeeks_label`) included.
import { afterEach, describe, expect, it } from 'vitest';
import * as engineMessages from '../../src/paraglide/engine/messages.js';
import * as messages from '../../src/paraglide/messages.js';
import { overwriteGetLocale } from '../../src/paraglide/runtime.js';
import { m } from '../../src/ui/i18n-plain';
import { engineMessage, messagesIn } from '../../src/ui/message-tables';

afterEach(() => overwriteGetLocale(() => 'en'));

/** Inputs for any message: every placeholder a message may name, as a visible marker. */
const INPUTS = new Proxy({} as Record<string, string>, { get: (_t, name) => `<${String(name)}>` });

describe('the messages of one language', () => {
  const keys = Object.keys(messages).filter((key) => key !== 'm'); // m: all of them again

  it('has paraglide’s every message', () => {
    expect(keys.length).toBeGreaterThan(900);
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

describe('the engine’s texts', () => {
  const codes = Object.keys(engineMessages).filter((key) => key !== 'm');

  it('are compiled apart from the UI’s, every code in one of the two', () => {
    expect(codes.length).toBeGreaterThan(700);
    expect(codes.some((code) => /[A-Z]/.test(code))).toBe(true); // param_qicWeeks_label
    expect(codes).toContain('sim_team_empty');
    expect(Object.keys(messages)).not.toContain('sim_team_empty');
  });

  for (const language of ['en', 'da'] as const)
    it(`says every engine code in ${language} as engine/messages.js does`, () => {
      for (const code of codes) {
        const read = engineMessage(language, code) as ((inputs: unknown) => string) | undefined;
        expect(typeof read, code).toBe('function');
        const expected = (
          engineMessages as unknown as Record<string, (i: unknown, o: unknown) => string>
        )[code]!(INPUTS, { locale: language });
        expect(read!(INPUTS), code).toBe(expected);
      }
    });

  it('reach the UI’s texts for the codes compiled with the UI (the layouts’ names)', () => {
    expect((engineMessage('da', 'layout_force') as () => string)()).toBe(
      (messages as unknown as Record<string, (i: unknown, o: unknown) => string>).layout_force!(
        {},
        { locale: 'da' },
      ),
    );
  });
});
