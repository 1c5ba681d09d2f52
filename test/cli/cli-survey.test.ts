// `leadnet survey links` and `leadnet survey merge`: one link per respondent that opens their form;
// codes made from those links merge as in the app; a refused code writes nothing (exit 1); usage
// errors exit 2.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NetworkDocument } from '../../src/core/document';
import { codeFromPacket, decodeSurveyLink, surveysOf } from '../../src/core/survey';
import { cli, example } from '../helpers/cli';

let dir: string;
let file: string;
const roster = example.actors.slice(0, 6).map((a) => a.id);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'leadnet-survey-'));
  file = join(dir, 'net.json');
  const doc = {
    ...example,
    surveys: [
      {
        id: 'survey-demo',
        title: 'Who do you turn to?',
        questions: [
          { id: 'q1', text: 'Whom do you look to for advice?', kind: 'advice' },
          {
            id: 'q2',
            text: 'How often do you talk with them?',
            kind: 'talk',
            scale: [
              { label: 'Monthly', weight: 0.5 },
              { label: 'Weekly', weight: 1 },
            ],
          },
        ],
        waves: [{ id: 'w1', label: 'Spring', roster, responses: [] }],
      },
    ],
  };
  writeFileSync(file, JSON.stringify(doc, null, 2));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function links(): { id: string; name: string; url: string }[] {
  const result = cli('survey', 'links', file, '--base', 'https://example.org/leadnet/', '--json');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as { id: string; name: string; url: string }[];
}

function codeFor(index: number, advice: number[], talk: [number, number][]): string {
  const url = links()[index]!.url;
  const link = decodeSurveyLink(url.slice(url.indexOf('#')));
  if (!link.ok) throw new Error('the link does not read');
  return codeFromPacket(link.packet, [
    { named: advice },
    { named: talk.map(([who]) => who), levels: talk.map(([, level]) => level) },
  ]);
}

describe('leadnet survey links', () => {
  it('prints one link per respondent, with the warning that links carry names', () => {
    const result = cli('survey', 'links', file, '--base', 'https://example.org/leadnet/');
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines).toHaveLength(roster.length);
    const names = roster.map((id) => example.actors.find((a) => a.id === id)!.label);
    expect(lines.map((l) => l.split('\t')[0])).toEqual(names);
    for (const line of lines)
      expect(line.split('\t')[1]).toMatch(/^https:\/\/example\.org\/leadnet\/#survey=/);
    expect(result.stderr).toContain('carries the names on the roster');
  });

  it('exits 2 without --base and 1 for a network without a survey', () => {
    expect(cli('survey', 'links', file).code).toBe(2);
    expect(cli('survey', 'links', file, '--base', 'not a url').code).toBe(2);
    const plain = join(dir, 'plain.json');
    writeFileSync(plain, JSON.stringify(example));
    const result = cli('survey', 'links', plain, '--base', 'https://example.org/');
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`${plain}: the network has no survey`);
  });
});

describe('leadnet survey merge', () => {
  it('merges codes from arguments and files into OUT, with the report and response rate', () => {
    const codes = join(dir, 'codes.txt');
    writeFileSync(codes, `from Birgitte:\n${codeFor(1, [0], [[2, 1]])}\n`);
    const out = join(dir, 'merged.json');
    const result = cli('survey', 'merge', file, codeFor(0, [1, 2], []), codes, '-o', out);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(out);
    const merged = JSON.parse(readFileSync(out, 'utf8')) as NetworkDocument;
    const ties = merged.ties.filter((t) => t.attributes?.survey === 'survey-demo');
    expect(
      ties.map(
        (t) => `${t.source}→${t.target} ${t.kind} ${t.weight} by ${t.attributes?.reportedBy}`,
      ),
    ).toEqual([
      `${roster[0]}→${roster[1]} advice 1 by ${roster[0]}`,
      `${roster[0]}→${roster[2]} advice 1 by ${roster[0]}`,
      `${roster[1]}→${roster[0]} advice 1 by ${roster[1]}`,
      `${roster[1]}→${roster[2]} talk 1 by ${roster[1]}`,
    ]);
    expect(surveysOf(merged)[0]!.waves[0]!.responses.map((r) => r.respondent)).toEqual(
      roster.slice(0, 2),
    );
    expect(result.stderr.split('\n')).toEqual([
      expect.stringMatching(/^code 1: ".+": answers taken in, 2 ties added$/),
      expect.stringMatching(/^code 2 \(.+codes\.txt\): ".+": answers taken in, 2 ties added$/),
      '2 of 6 people asked have answered wave "Spring"',
      expect.stringMatching(
        /^warning: Only 2 of 6 people asked \(33 %\) have answered the survey ".+" \(wave "Spring"\)\./,
      ),
    ]);

    // a second code from the first respondent replaces their answers
    const again = cli('survey', 'merge', out, codeFor(0, [3], []), '-o', out);
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/the earlier answers are replaced \(2 ties out, 1 in\)/);
  });

  it('refuses a damaged code and writes nothing', () => {
    const out = join(dir, 'never.json');
    const good = codeFor(0, [1], []);
    const bad = good.slice(0, -2) + (good.endsWith('AA') ? 'BB' : 'AA');
    const result = cli('survey', 'merge', file, good, bad, '-o', out);
    expect(result.code).toBe(1);
    expect(result.stderr.split('\n')).toEqual([
      'code 2: this response code is damaged, cut short or changed: its checksum does not match. Ask the respondent to send it again, or to show its QR code',
      '1 of 2 codes refused: nothing written',
    ]);
    expect(existsSync(out)).toBe(false);
  });

  it('exits 2 without -o or codes', () => {
    expect(cli('survey', 'merge', file, 'LN1-AAAA').code).toBe(2);
    expect(cli('survey', 'merge', file, '-o', join(dir, 'x.json')).code).toBe(2);
    expect(cli('survey', 'frobnicate', file).code).toBe(2);
  });
});
