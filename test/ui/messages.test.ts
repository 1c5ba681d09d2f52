// Every UI message exists in Danish and English and no translation is left empty: a missing
// Danish key would silently show English (or nothing) to a Danish room. Parameters may differ
// (Danish often takes a translated name where English uses the id): paraglide's generated types
// make every call pass the parameters of both languages, and svelte-check checks the calls.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sourceText } from '../helpers/sources';

type Settings = { locales: string[]; 'plugin.inlang.messageFormat': { pathPattern: string[] } };
// Two projects: the UI's texts (the first load) and the engine's (loaded after the first view).
const settings = JSON.parse(readFileSync('project.inlang/settings.json', 'utf8')) as Settings;
const engine = JSON.parse(readFileSync('engine.inlang/settings.json', 'utf8')) as Settings;
const listedIn = (project: Settings) =>
  project['plugin.inlang.messageFormat'].pathPattern.map((p) =>
    p.replace('./messages/{locale}/', ''),
  );
const files = readdirSync('messages/en').filter((f) => f.endsWith('.json'));
const read = (locale: string, file: string) =>
  JSON.parse(readFileSync(`messages/${locale}/${file}`, 'utf8')) as Record<string, string>;

describe('UI messages', () => {
  it('are all compiled: every messages file is listed in one of the inlang projects', () => {
    expect([...listedIn(settings), ...listedIn(engine)].sort()).toEqual(files.sort());
    // The engine's project holds engine texts only; the UI's those of the engine it names itself.
    expect(listedIn(engine).every((file) => file.startsWith('engine-'))).toBe(true);
    expect(listedIn(settings).filter((file) => file.startsWith('engine-'))).toEqual([
      'engine-layout.json',
    ]);
    expect(settings.locales.sort()).toEqual(['da', 'en']);
    expect(engine.locales.sort()).toEqual(['da', 'en']);
  });

  for (const file of files) {
    it(`${file}: the same keys in Danish and English, none empty`, () => {
      const en = read('en', file);
      const da = read('da', file);
      delete en.$schema;
      delete da.$schema;
      expect(Object.keys(da).sort()).toEqual(Object.keys(en).sort());
      for (const [key, text] of Object.entries(en)) {
        expect(text.trim(), `en ${key}`).not.toBe('');
        expect(da[key]!.trim(), `da ${key}`).not.toBe('');
      }
    });
  }

  it('keys are unique across files (one key, one meaning)', () => {
    const seen = new Map<string, string>();
    for (const file of files)
      for (const key of Object.keys(read('en', file)).filter((k) => k !== '$schema')) {
        expect(seen.get(key), `${key} in ${file}`).toBeUndefined();
        seen.set(key, file);
      }
  });

  it('are all used: every key is read somewhere in the UI code (no dead translations)', () => {
    const code = sourceText();
    // The engine's files (engine-*.json) hold message codes: test/core/messages.test.ts checks them.
    const unused = files
      .filter((file) => !file.startsWith('engine-'))
      .flatMap((file) =>
        Object.keys(read('en', file)).filter((k) => k !== '$schema' && !code.includes(k)),
      );
    expect(unused).toEqual([]);
  });
});
