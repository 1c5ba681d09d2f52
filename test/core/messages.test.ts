// Messages as data: every code the engine can say has a text in English and Danish that uses
// exactly its declared parameters, formats in both languages, and is produced somewhere in src/.
// The English formatter is what the CLI prints.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import {
  ENGINE_MESSAGE_FILES,
  ENGLISH,
  MESSAGE_SPECS,
  MessageError,
  englishText,
  formatMessageWith,
  templatePlaceholders,
  type Message,
  type MessageStyle,
  type ParamKind,
} from '../../src/core/messages';
import { fillTemplate } from '../../src/core/messages/format';
import { MEASURE_TEXT_SPECS } from '../../src/core/metrics/measure-specs';
import { sourceText } from '../helpers/sources';
import { APP_MESSAGE_SPECS } from '../../src/services/message-specs';

const read = (locale: string, file: string) => {
  const json = JSON.parse(readFileSync(`messages/${locale}/${file}.json`, 'utf8')) as Record<
    string,
    string
  >;
  delete json.$schema;
  return json;
};
const texts = (locale: string) =>
  Object.assign({}, ...ENGINE_MESSAGE_FILES.map((f) => read(locale, f))) as Record<string, string>;
const LANGUAGES = { en: texts('en'), da: texts('da') };
// The engine's codes and the services' (src/services/messages.ts), which the UI formats too.
const SPECS = APP_MESSAGE_SPECS;
const CODES = Object.keys(SPECS);

/** A sample value of each kind; names carry a right-to-left override to prove isolation. */
const SAMPLE: Record<ParamKind, Message['params'][string]> = {
  name: 'Ward \u202Eevil',
  names: ['Medical ward', 'Orthopaedic ward', 'A', 'B', 'C', 'D', 'E'],
  text: 'x"y',
  value: '"x"',
  token: 'member',
  term: 'type_string',
  count: 12345,
  number: 0.0019230769230769232,
  location: { file: 'ties.csv', line: 14 },
  role: 'coordinator',
  tieKind: 'x"y',
  groupKind: 'team',
};
const sample = (code: string): Message => ({
  code,
  params: Object.fromEntries(
    Object.entries(SPECS[code]!).map(([name, kind]) => [name, SAMPLE[kind]]),
  ),
  at: { path: ['ties', 3, 'target'] },
});
const styleOf = (language: 'en' | 'da'): MessageStyle => ({
  language,
  grouping: true,
  quote: (text) => `\u2068${text}\u2069`,
  render: (code, params) =>
    LANGUAGES[language][code] === undefined
      ? undefined
      : fillTemplate(LANGUAGES[language][code]!, params),
});

describe('engine messages', () => {
  it('every message file key is a code, and every code has a text in each language', () => {
    for (const [language, table] of Object.entries(LANGUAGES)) {
      expect(Object.keys(table).sort(), language).toEqual([...CODES].sort());
      for (const code of CODES) expect(table[code]!.trim(), `${language} ${code}`).not.toBe('');
    }
  });

  it('every text uses exactly its declared parameters, in both languages', () => {
    for (const code of CODES) {
      const declared = Object.keys(SPECS[code]!).sort();
      for (const [language, table] of Object.entries(LANGUAGES))
        expect(
          [...new Set(templatePlaceholders(table[code]!))].sort(),
          `${language} ${code}`,
        ).toEqual(declared);
    }
  });

  it('every code formats in both languages with nothing left unfilled', () => {
    for (const code of CODES)
      for (const language of ['en', 'da'] as const) {
        const text = formatMessageWith(sample(code), SPECS, styleOf(language));
        expect(text, `${language} ${code}`).not.toMatch(/\{\w+\}/);
        expect(text.startsWith('ties[3].target: '), code).toBe(true);
        for (const [name, kind] of Object.entries(SPECS[code]!))
          if (kind === 'name')
            expect(text, `${code}.${name}`).toContain('\u2068Ward \u202Eevil\u2069');
      }
  });

  it('numbers and lists follow the language: decimal comma and "og" in Danish', () => {
    const message: Message = {
      code: 'sim_param_outside_range',
      params: { value: 0.0019230769230769232, min: 1.5, max: 12345 },
    };
    expect(formatMessageWith(message, MESSAGE_SPECS, styleOf('en'))).toBe(
      '0.001923 is outside the documented range [1.5, 12,345]',
    );
    expect(formatMessageWith(message, MESSAGE_SPECS, styleOf('da'))).toBe(
      '0,001923 ligger uden for det dokumenterede interval [1,5, 12.345]',
    );
  });

  it('the CLI English quotes names and keeps plain digits', () => {
    expect(
      englishText({
        code: 'sim_team_empty',
        params: { team: 'Medical ward' },
        at: { path: ['groups', 2] },
      }),
    ).toBe('groups[2]: team "Medical ward" has no members: its simulated progress stays 0');
    expect(
      englishText({ code: 'sim_week_after_horizon', params: { week: 12000, weeks: 78 } }),
    ).toBe('week 12000 is after the horizon (78 weeks): never applied');
    expect(ENGLISH.render('loc_line', { line: '14' })).toBe('line 14');
  });

  it('a location parameter is said per language; known roles and kinds by their words', () => {
    const duplicate: Message = {
      code: 'fmt_node_duplicate',
      params: { id: 'b', first: { file: 'ties.csv', line: 14 } },
      at: { file: 'ties.csv', line: 20 },
    };
    expect(englishText(duplicate)).toBe(
      'ties.csv line 20: duplicate id "b" (first at ties.csv line 14)',
    );
    expect(formatMessageWith(duplicate, MESSAGE_SPECS, styleOf('da'))).toBe(
      '\u2068ties.csv\u2069 linje 20: id \u2068b\u2069 findes to gange (første gang ved \u2068ties.csv\u2069 linje 14)',
    );
    const twice = (kind: string): Message => ({
      code: 'doc_tie_twice',
      params: { kind, source: 'Anna', target: 'Bo', first: { path: ['ties', 0] } },
    });
    expect(englishText(twice('leadership'))).toBe(
      'a second leadership tie from "Anna" to "Bo" (the first is ties[0])',
    );
    expect(formatMessageWith(twice('leadership'), MESSAGE_SPECS, styleOf('da'))).toMatch(
      /^endnu en relation af typen ledelse fra/,
    );
    // A kind of the file's own, or one that only looks like a code, is the user's text.
    expect(englishText(twice('advice'))).toMatch(/^a second "advice" tie/);
    expect(englishText(twice('runs_too_few'))).toMatch(/^a second "runs_too_few" tie/);
    expect(
      englishText({ code: 'value_weight', params: { got: '"heavy"' } }),
      'a value is shown as the JSON it already is',
    ).toBe('must be greater than 0 and at most 1 (got "heavy")');
  });

  it('an error carrying messages reads as their English, one per line', () => {
    const error = new MessageError([
      { code: 'sim_no_teams', params: {}, at: { path: ['groups'] } },
      { code: 'sim_runs_too_few', params: { runs: 0 }, at: { path: ['runs'] } },
    ]);
    expect(error.message.split('\n')).toEqual([
      'groups: the network has no teams (groups of kind "team"): the model simulates the progress of teams, so there is nothing to simulate',
      'runs: 0: at least one replicate is needed',
    ]);
  });

  it('…and as its codes where the English is not loaded (the page, which says them itself)', async () => {
    vi.resetModules(); // a fresh error.ts, as on the page: nothing has loaded english.ts
    const fresh = await import('../../src/core/messages/error');
    const empty = { code: 'sim_team_empty', params: { team: 'Ward A' } };
    expect(new fresh.MessageError([empty]).message).toBe('sim_team_empty {"team":"Ward A"}');
    await import('../../src/core/messages/english'); // the CLI, the workers: loading it is enough
    expect(new fresh.MessageError([empty]).message).toBe(
      'team "Ward A" has no members: its simulated progress stays 0',
    );
    vi.resetModules();
  });

  it('every code is said somewhere in src/ (no dead codes)', () => {
    // The declarations themselves do not count as saying a code.
    const code = sourceText((path) => /messages\.ts$|common\.ts$/.test(path));
    // Codes built from a prefix at run time (zod's type names; location words in format.ts; the
    // words for known roles, tie kinds and group kinds, knownWordCode; the model's texts, keyed by preset id and parameter name: test/core/simulation-texts.test.ts),
    // and the measures' texts, whose codes derive from the metric registry's ids (its own test
    // walks them: test/core/metrics-registry.test.ts).
    const built = /^(type_|loc_|list_more$|preset_|param_|model_step_|role_|tie_kind_|group_kind_)/;
    const dead = CODES.filter(
      (c) => !built.test(c) && !(c in MEASURE_TEXT_SPECS) && !code.includes(`'${c}'`),
    );
    expect(dead).toEqual([]);
  });
});
