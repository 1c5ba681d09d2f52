// The model's texts keep what the study reports apart from what the model assumes: every
// parameter has a human name, a meaning, a mechanism with its source and a value basis that
// agrees with its kind; the qualitative study is never the basis of a number; the texts are
// derived from the parameter names and preset ids (no code without a parameter or preset, none
// missing); and no text a user reads cites the design document.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MESSAGE_SPECS, englishText } from '../../src/core/messages';
import {
  MODEL_MESSAGES,
  MODEL_STEPS,
  PARAMETER_TEXTS,
  parameterMessage,
  presetKey,
} from '../../src/core/simulation/model-messages';
import { DEFAULT_MODEL_PARAMETERS, PARAMETER_NAMES } from '../../src/core/simulation/parameters';
import { PRESETS } from '../../src/core/simulation/presets';
import { REFERENCES } from '../../src/core/simulation/references';

const say = (name: string, text: (typeof PARAMETER_TEXTS)[number]) =>
  englishText(parameterMessage(name, text));

describe('parameter texts', () => {
  it('give every parameter a human name with its symbol, a meaning, a mechanism and a basis', () => {
    for (const name of PARAMETER_NAMES) {
      const spec = DEFAULT_MODEL_PARAMETERS[name];
      expect(say(name, 'label'), name).toMatch(
        new RegExp(`\\(${spec.symbol.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\)$`),
      );
      expect(say(name, 'meaning').length, name).toBeGreaterThan(15);
      expect(say(name, 'mechanism').length, name).toBeGreaterThan(15);
      // Each cited source is named in the mechanism's text, by its first author.
      for (const ref of spec.mechanism)
        expect(say(name, 'mechanism'), `${name} ${ref}`).toContain(
          REFERENCES[ref].short.split(/[ ,]/)[0]!,
        );
    }
  });

  it('say where each value comes from, as its kind says', () => {
    for (const name of PARAMETER_NAMES) {
      const { basis } = DEFAULT_MODEL_PARAMETERS[name];
      const text = say(name, 'basis');
      if (basis.kind === 'assumed') expect(text, name).toMatch(/^Assumed[.:]/);
      else if (basis.kind === 'order-of-magnitude')
        expect(text, name).toMatch(
          new RegExp(`^Order of magnitude from ${REFERENCES[basis.from].short.split(/[ ,]/)[0]}`),
        );
      else expect(text, name).toMatch(/^Calibrated to /);
    }
  });

  it('never take a number from the qualitative study', () => {
    for (const name of PARAMETER_NAMES) {
      const { basis } = DEFAULT_MODEL_PARAMETERS[name] as { basis: { from?: string } };
      expect(basis.from, name).not.toBe('carstensen2024');
      expect(say(name, 'basis'), name).not.toMatch(/Carstensen/);
    }
    // The corrections: fast forgetting, correlations not rates, no numbers from the study.
    expect(say('deltaE', 'basis')).toMatch(/6 %\/week/);
    expect(say('deltaE', 'mechanism')).toMatch(/depreciates rapidly/);
    expect(say('deltaC', 'mechanism')).not.toMatch(/Argote/);
    expect(say('alpha', 'basis')).toMatch(/correlations, not rates/);
    for (const name of ['theta', 'chi0', 'g'] as const)
      expect(say(name, 'basis'), name).toMatch(/^Assumed: the study/);
  });
});

describe('message codes derived from parameter names and preset ids', () => {
  it('are exactly the codes of the model area: none missing, none left over', () => {
    const derived = [
      ...PRESETS.flatMap((p) =>
        ['label', 'finding', 'assumption'].map((t) => `${presetKey(p.id)}_${t}`),
      ),
      ...PARAMETER_NAMES.flatMap((name) =>
        PARAMETER_TEXTS.map((t) => parameterMessage(name, t).code),
      ),
      ...MODEL_STEPS,
    ];
    expect(Object.keys(MODEL_MESSAGES.specs).sort()).toEqual([...derived].sort());
    for (const code of derived) expect(MESSAGE_SPECS[code], code).toBeDefined();
  });
});

describe('texts a user reads', () => {
  it('never cite the design document', () => {
    for (const locale of ['en', 'da'])
      for (const file of ['engine-sim', 'engine-model', 'engine-common', 'work', 'access'])
        expect(
          readFileSync(`messages/${locale}/${file}.json`, 'utf8'),
          `${locale}/${file}`,
        ).not.toMatch(/DESIGN §/);
  });

  it('never put a model consequence in the study’s mouth', () => {
    for (const locale of ['en', 'da']) {
      const text = readFileSync(`messages/${locale}/engine-model.json`, 'utf8');
      expect(text).not.toMatch(/study (found|predicts)|the model predicts|practice stalls/i);
    }
  });
});
