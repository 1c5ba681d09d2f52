// The model's texts in the UI: the model card and the scenario menu read them from the engine's
// messages, keyed by parameter name and preset id (no table of their own), in English exactly
// as the CLI prints them and in real Danish; and the two message files of the work area hold the
// same keys and placeholders.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createExampleDocument } from '../../src/core/example/qic-example';
import { englishText } from '../../src/core/messages';
import { MODEL_STEPS, parameterMessage } from '../../src/core/simulation/model-messages';
import { PARAMETER_NAMES } from '../../src/core/simulation/parameters';
import { PRESETS, describePreset } from '../../src/core/simulation/presets';
import { messageText } from '../../src/ui/engine-text';

const read = (locale: string): Record<string, string> =>
  JSON.parse(readFileSync(`messages/${locale}/work.json`, 'utf8'));
const example = createExampleDocument();
const texts = () => [
  ...PARAMETER_NAMES.flatMap((name) =>
    (['label', 'meaning', 'mechanism', 'basis'] as const).map((t) => parameterMessage(name, t)),
  ),
  ...MODEL_STEPS.map((code) => ({ code, params: {} })),
  ...PRESETS.flatMap((p) => Object.values(describePreset(p.id, example)!)),
];

describe('the model’s texts in the UI', () => {
  it('say in English what the CLI says (names isolated rather than quoted)', () => {
    for (const message of texts())
      expect(messageText(message).replace(/[\u2068\u2069]/g, '"'), message.code).toBe(
        englishText(message),
      );
  });

  it('have a Danish text for every parameter, step and preset, naming the team by its label', async () => {
    // In Node paraglide takes the language from getLocale alone: point it at Danish.
    const { overwriteGetLocale } = await import('../../src/paraglide/runtime.js');
    overwriteGetLocale(() => 'da');
    try {
      for (const message of texts())
        expect(messageText(message), message.code).not.toBe(englishText(message));
      const team = example.groups.find((g) => g.id === 'team-ed')!.label;
      expect(
        messageText(describePreset('coordinator-leaves', example, { team: 'team-ed' })!.label),
      ).toBe(`Koordinatoren i \u2068${team}\u2069 stopper i uge 13`);
    } finally {
      overwriteGetLocale(() => 'en');
    }
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
