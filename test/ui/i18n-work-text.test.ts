// The UI's English texts for the scenario presets and the model parameters are core's own (a
// change in src/core must not leave the UI saying something else), the Danish texts exist for
// every one of them, and the two message files of the work area hold the same keys and the same
// placeholders.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MODEL_PARAMETERS, PARAMETER_NAMES } from '../../src/core/simulation/parameters';
import { parameterMeaning, parameterSource } from '../../src/ui/simulation/parameter-text';

const read = (locale: string): Record<string, string> =>
  JSON.parse(readFileSync(`messages/${locale}/work.json`, 'utf8'));

describe('scenario presets and parameters in the UI', () => {
  it('say in English exactly what core says', () => {
    for (const name of PARAMETER_NAMES) {
      expect(parameterMeaning(name), name).toBe(DEFAULT_MODEL_PARAMETERS[name].meaning);
      expect(parameterSource(name), name).toBe(DEFAULT_MODEL_PARAMETERS[name].source);
    }
  });

  it('have a Danish text for every preset and parameter, naming the team given', async () => {
    // In Node paraglide takes the language from getLocale alone: point it at Danish.
    const { overwriteGetLocale } = await import('../../src/paraglide/runtime.js');
    overwriteGetLocale(() => 'da');
    try {
      for (const name of PARAMETER_NAMES)
        expect(parameterMeaning(name), name).not.toBe(DEFAULT_MODEL_PARAMETERS[name].meaning);
    } finally {
      overwriteGetLocale(() => 'en');
    }
  });

  it('fall back to core for an unknown preset or parameter', () => {
    expect(parameterMeaning('__proto__')).toBe('__proto__');
    expect(parameterSource('__proto__')).toBe('');
  });
});

describe('the work messages', () => {
  it('have the same keys and placeholders in English and Danish', () => {
    const en = read('en');
    const da = read('da');
    expect(Object.keys(da).sort()).toEqual(Object.keys(en).sort());
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((x) => x[1]);
    for (const key of Object.keys(en)) {
      if (key === '$schema') continue;
      expect(da[key], key).not.toBe('');
      // A Danish text may name a kind or role by its Danish name ({kindName} for {kind}).
      const danish = new Set(placeholders(da[key]!).map((p) => p!.replace(/Name$/, '')));
      expect(danish, key).toEqual(new Set(placeholders(en[key]!)));
    }
  });
});
