// The engine's messages in the UI: the code is the paraglide key, parameters follow the language,
// names from the network are isolated so a right-to-left override cannot reverse the app's text.
import { afterEach, describe, expect, it } from 'vitest';
import { overwriteGetLocale } from '../../src/paraglide/runtime.js';
import { isolate, locationText, messageText, messagesText } from '../../src/ui/engine-text';
import type { Message } from '../../src/core/messages';

afterEach(() => overwriteGetLocale(() => 'en'));

const warning: Message = {
  code: 'sim_team_empty',
  params: { team: 'Medical ward' },
  at: { path: ['groups', 5] },
};

describe('messageText', () => {
  it('says an engine message in Danish, with the location and the team by its label', () => {
    overwriteGetLocale(() => 'da');
    expect(messageText(warning)).toBe(
      'groups[5]: team \u2068Medical ward\u2069 har ingen medlemmer: dets simulerede fremskridt forbliver 0',
    );
    expect(messageText({ code: 'sim_week_after_horizon', params: { week: 1200, weeks: 78 } })).toBe(
      'uge 1.200 ligger efter tidshorisonten (78 uger): anvendes aldrig',
    );
  });

  it('says it in English when the UI is English', () => {
    expect(messageText(warning, false)).toBe(
      'team \u2068Medical ward\u2069 has no members: its simulated progress stays 0',
    );
  });

  it('isolates untrusted names and clamps very long ones', () => {
    expect(isolate('evil\u202E')).toBe('\u2068evil\u202E\u2069');
    const long = isolate('x'.repeat(100_000));
    expect(Array.from(long).length).toBe(82);
    expect(long.endsWith('…\u2069')).toBe(true);
  });

  it('says places in Danish, file names quoted and isolated, and the services’ messages too', () => {
    overwriteGetLocale(() => 'da');
    expect(locationText({ file: 'ties.csv', line: 14 })).toBe('“\u2068ties.csv\u2069” linje 14');
    expect(locationText({ syntax: 'xml', path: ['graph', 'edges', 'edge', 3], line: 65 })).toBe(
      'graph > edges > edge[3] linje 65',
    );
    expect(
      messagesText([
        { code: 'storage_other_tab_kept', params: { reason: 'storage_full' } },
        { code: 'cmd_self_tie', params: {} },
      ]),
    ).toBe(
      'Den anden fane kunne ikke gemme sine ændringer (browserens lager til Leadnet er fuldt), så den beholder netværket. Eksportér dér, eller åbn en kopi her. en person kan ikke se hen til sig selv',
    );
  });

  it('falls back to the English text, then the code, for a code this build lacks a text for', () => {
    expect(messageText({ code: 'no_such_code', params: {} })).toBe('no_such_code');
  });
});
