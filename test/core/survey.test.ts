// The roster survey in the engine: the document's `surveys` and its rules, answers into ties with
// provenance (one undo step per respondent, a re-submission replacing the earlier answers),
// symmetric questions, response codes and respondent links, and every kind of bad input refused
// with a plain message that merges nothing.
import { describe, expect, it } from 'vitest';
import { type Command, CommandError, applyCommand, describeCommand } from '../../src/core/commands';
import { planResponse } from '../../src/core/commands/surveys';
import { type NetworkDocument, parseDocument } from '../../src/core/document';
import { exportNetwork, importNetwork } from '../../src/core/formats';
import { englishText } from '../../src/core/messages';
import {
  type Survey,
  type SurveyPacket,
  LINK_PREFIX,
  codeFromPacket,
  decodeResponseCode,
  decodeSurveyLink,
  encodeResponseCode,
  encodeSurveyLink,
  findCodes,
  readCode,
  respondentLinks,
  responseWarnings,
  surveyKeys,
  surveyPacket,
  surveysOf,
  waveCoverage,
  waveNetwork,
} from '../../src/core/survey';
import { rawDocument } from '../helpers/documents';
import { checkReadiness } from '../../src/core/simulation/readiness';
import { BASE32 } from '../../src/core/bytes';

/** Five people in two teams, one hand-drawn tie (a1 → a2 leadership), and a survey of two questions. */
function surveyed(overrides: Partial<Survey> = {}): NetworkDocument {
  const raw = rawDocument();
  raw.actors = [
    { id: 'a1', label: 'Ann', role: 'member', group: 'g1' },
    { id: 'a2', label: 'Bo', role: 'coordinator', group: 'g1' },
    { id: 'a3', label: 'Cai', role: 'member', group: 'g2' },
    { id: 'a4', label: 'Dee', role: 'coordinator', group: 'g2' },
    { id: 'a5', label: 'Eli', role: 'manager' },
  ];
  raw.groups = [
    { id: 'g1', label: 'Ward A', kind: 'team' },
    { id: 'g2', label: 'Ward B', kind: 'team' },
  ];
  raw.ties = [{ id: 't1', source: 'a1', target: 'a2', kind: 'leadership', weight: 0.5 }];
  raw.surveys = [
    {
      id: 'survey-x',
      title: 'Who do you turn to?',
      questions: [
        {
          id: 'q-advice',
          text: 'Whom do you look to for advice on the improvement work?',
          kind: 'advice',
          scale: [
            { label: 'Monthly', weight: 0.25 },
            { label: 'Weekly', weight: 0.5 },
            { label: 'Daily', weight: 1 },
          ],
        },
        {
          id: 'q-coord',
          text: 'With whom do you coordinate across wards?',
          kind: 'coordination',
          symmetric: true,
        },
      ],
      waves: [
        {
          id: 'w1',
          label: 'Baseline',
          date: '2026-03-01',
          roster: ['a1', 'a2', 'a3', 'a4', 'a5'],
          responses: [],
        },
      ],
      ...overrides,
    },
  ];
  const parsed = parseDocument(raw);
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => englishText(e)).join('\n'));
  return parsed.doc;
}

const respond = (
  respondent: string,
  advice: [string, number][],
  coord: string[] = [],
): Command => ({
  type: 'surveys/respond',
  survey: 'survey-x',
  response: {
    respondent,
    via: 'room',
    answers: [
      {
        question: 'q-advice',
        named: advice.map(([id]) => id),
        levels: advice.map(([, level]) => level),
      },
      { question: 'q-coord', named: coord },
    ],
  },
});

const surveyTies = (doc: NetworkDocument) =>
  doc.ties
    .filter((t) => t.attributes?.survey === 'survey-x')
    .map((t) => ({
      from: t.source,
      to: t.target,
      kind: t.kind,
      weight: t.weight,
      by: t.attributes?.reportedBy,
      wave: t.attributes?.wave,
      confirmedBy: t.attributes?.confirmedBy,
    }));

function run(doc: NetworkDocument, ...commands: Command[]) {
  let current = doc;
  const inverses: Command[] = [];
  for (const command of commands) {
    const result = applyCommand(current, command);
    current = result.doc;
    inverses.push(result.inverse);
  }
  return { doc: current, inverses };
}

describe('surveys in the document', () => {
  it('parses a survey and keeps a network without one free of the key', () => {
    const doc = surveyed();
    expect(surveysOf(doc)).toHaveLength(1);
    expect(surveysOf(doc)[0]!.questions[0]!.scale?.[1]).toEqual({ label: 'Weekly', weight: 0.5 });
    const plain = parseDocument(rawDocument());
    expect(plain.ok && 'surveys' in plain.doc).toBe(false);
  });

  it('refuses broken surveys with the path of each problem', () => {
    const raw = JSON.parse(JSON.stringify(surveyed())) as Record<string, never> & {
      surveys: Survey[];
    };
    const survey = raw.surveys[0]!;
    (survey.questions[1] as { kind: string }).kind = 'advice';
    survey.waves.push({ ...survey.waves[0]!, responses: [] });
    (survey.questions[0]!.scale![0] as { weight: number }).weight = 0;
    const parsed = parseDocument(raw);
    expect(parsed.ok).toBe(false);
    const lines = parsed.ok ? [] : parsed.errors.map((e) => englishText(e));
    expect(lines).toEqual([
      'surveys[0].questions[0].scale[0].weight: must be greater than 0 and at most 1 (got 0)',
    ]);
    (survey.questions[0]!.scale![0] as { weight: number }).weight = 0.25;
    const again = parseDocument(raw);
    expect(again.ok ? [] : again.errors.map((e) => englishText(e))).toEqual([
      'surveys[0].questions[1].kind: question "q-advice" already asks for "advice" ties: each question of a survey makes ties of a kind of its own',
      'surveys[0].waves[1].id: a second wave with id "w1" in this survey',
    ]);
  });

  it('refuses answers to a question the survey does not have and levels off the scale', () => {
    const raw = JSON.parse(JSON.stringify(surveyed())) as { surveys: Survey[] };
    raw.surveys[0]!.waves[0]!.responses.push({
      respondent: 'a1',
      via: 'room',
      answers: [
        { question: 'q-none', named: ['a2'] },
        { question: 'q-advice', named: ['a2', 'a3'], levels: [0, 3] },
      ],
    });
    const parsed = parseDocument(raw);
    expect(parsed.ok ? [] : parsed.errors.map((e) => englishText(e))).toEqual([
      'surveys[0].waves[0].responses[0].answers[0].question: no question with id "q-none" in this survey',
      "surveys[0].waves[0].responses[0].answers[1].levels[1]: level 3 is not on the question's scale (its steps are numbered from 0 to one less than 3)",
    ]);
  });
});

describe('answers into ties', () => {
  it('three respondents: ties with provenance, weights from the scale, one undo step each', () => {
    const doc = surveyed();
    const { doc: after, inverses } = run(
      doc,
      respond('a1', [
        ['a3', 2],
        ['a4', 0],
      ]),
      respond('a2', [['a1', 1]], ['a4']),
      respond('a3', [], ['a1']),
    );
    expect(surveyTies(after)).toEqual([
      {
        from: 'a1',
        to: 'a3',
        kind: 'advice',
        weight: 1,
        by: 'a1',
        wave: 'w1',
        confirmedBy: undefined,
      },
      {
        from: 'a1',
        to: 'a4',
        kind: 'advice',
        weight: 0.25,
        by: 'a1',
        wave: 'w1',
        confirmedBy: undefined,
      },
      {
        from: 'a2',
        to: 'a1',
        kind: 'advice',
        weight: 0.5,
        by: 'a2',
        wave: 'w1',
        confirmedBy: undefined,
      },
      // symmetric, "either": one naming ties the pair both ways, reported by the one who named
      {
        from: 'a2',
        to: 'a4',
        kind: 'coordination',
        weight: 1,
        by: 'a2',
        wave: 'w1',
        confirmedBy: undefined,
      },
      {
        from: 'a4',
        to: 'a2',
        kind: 'coordination',
        weight: 1,
        by: 'a2',
        wave: 'w1',
        confirmedBy: undefined,
      },
      {
        from: 'a3',
        to: 'a1',
        kind: 'coordination',
        weight: 1,
        by: 'a3',
        wave: 'w1',
        confirmedBy: undefined,
      },
      {
        from: 'a1',
        to: 'a3',
        kind: 'coordination',
        weight: 1,
        by: 'a3',
        wave: 'w1',
        confirmedBy: undefined,
      },
    ]);
    // the hand-drawn tie is untouched
    expect(after.ties[0]).toEqual(doc.ties[0]);
    const wave = surveysOf(after)[0]!.waves[0]!;
    expect(wave.responses.map((r) => r.respondent)).toEqual(['a1', 'a2', 'a3']);
    // the undo and redo buttons name each respondent by their label, as a code said in English
    const labels = inverses.map((inverse) => describeCommand(inverse));
    expect(labels.map((label) => englishText(label))).toEqual([
      'answers of "Ann"',
      'answers of "Bo"',
      'answers of "Cai"',
    ]);
    expect(labels.map((label) => label.code)).toEqual(Array(3).fill('survey_undo_respond'));
    // undo, step by step, restores each earlier document exactly (and finally the key order)
    let back = after;
    for (const inverse of inverses.reverse()) back = applyCommand(back, inverse).doc;
    expect(back).toEqual(doc);
    expect(JSON.stringify(back)).toBe(JSON.stringify(doc));
  });

  it('a re-submission replaces the earlier answers and their ties, with a report', () => {
    const first = run(
      surveyed(),
      respond('a1', [
        ['a3', 2],
        ['a4', 0],
      ]),
    ).doc;
    const command = respond('a1', [['a5', 1]]) as Extract<Command, { type: 'surveys/respond' }>;
    const plan = planResponse(first, command);
    expect(plan.report.map((m) => englishText(m))).toEqual([
      '"Ann" had answered before: the earlier answers are replaced (2 ties out, 1 in)',
    ]);
    const second = applyCommand(first, command);
    expect(surveyTies(second.doc).map((t) => `${t.from}→${t.to} ${t.weight}`)).toEqual([
      'a1→a5 0.5',
    ]);
    expect(surveysOf(second.doc)[0]!.waves[0]!.responses).toHaveLength(1);
    expect(applyCommand(second.doc, second.inverse).doc).toEqual(first);
  });

  it('"confirmed by both": a symmetric pair is tied only when both named each other', () => {
    const doc = surveyed();
    const survey = surveysOf(doc)[0]!;
    const both = applyCommand(doc, {
      type: 'surveys/save',
      survey: {
        ...survey,
        questions: [survey.questions[0], { ...survey.questions[1], confirm: 'both' }],
      },
    }).doc;
    const one = run(both, respond('a2', [], ['a4', 'a3'])).doc;
    expect(surveyTies(one)).toEqual([]);
    const two = run(one, respond('a4', [], ['a2'])).doc;
    expect(
      surveyTies(two).map((t) => `${t.from}→${t.to} by ${t.by} confirmed ${t.confirmedBy}`),
    ).toEqual(['a4→a2 by a4 confirmed a2', 'a2→a4 by a2 confirmed a4']);
  });

  it('keeps a tie that did not come from the survey and says so', () => {
    const raw = surveyed();
    const doc = {
      ...raw,
      ties: [...raw.ties, { id: 't2', source: 'a3', target: 'a1', kind: 'advice', weight: 0.7 }],
    };
    const command = respond('a3', [
      ['a1', 0],
      ['a2', 0],
    ]) as Extract<Command, { type: 'surveys/respond' }>;
    const plan = planResponse(doc, command);
    expect(plan.report.map((m) => englishText(m))).toEqual([
      '"Cai": answers taken in, 1 ties added',
      '1 of the ties asked for were already in the network, not from this survey: kept as they were',
    ]);
    expect(plan.doc.ties.find((t) => t.id === 't2')).toEqual(doc.ties[1]);
  });

  it('refuses answers that name people off the roster or the respondent, and changes nothing', () => {
    const doc = surveyed();
    const raw = JSON.parse(JSON.stringify(doc)) as { surveys: Survey[] };
    raw.surveys[0]!.waves[0]!.roster = ['a1', 'a2', 'a3'];
    const parsed = parseDocument(raw);
    if (!parsed.ok) throw new Error('invalid');
    expect(() =>
      applyCommand(
        parsed.doc,
        respond('a1', [
          ['a4', 0],
          ['a5', 0],
        ]),
      ),
    ).toThrow('the answers name people who are not on this wave\'s roster: "Dee" and "Eli"');
    expect(() => applyCommand(parsed.doc, respond('a4', []))).toThrow(
      '"Dee" is not on this wave\'s roster',
    );
    expect(() => applyCommand(parsed.doc, respond('a1', [['a1', 0]]))).toThrow(
      '"Ann" cannot name themself',
    );
    expect(() => applyCommand(parsed.doc, respond('a1', [['a2', 7]]))).toThrow(
      'the answer about "Bo" has no step of the question\'s scale',
    );
    // a refusal is a command error carrying its messages as codes (said in the user's language)
    try {
      applyCommand(parsed.doc, respond('a1', [['a5', 0]]));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CommandError);
      expect((error as CommandError).messages.map((m) => m.code)).toEqual([
        'survey_named_not_on_roster',
      ]);
    }
  });

  it('the network of one wave is rebuilt from its answers alone', () => {
    const doc = run(surveyed(), respond('a1', [['a3', 2]]), respond('a2', [['a1', 1]])).doc;
    const survey = surveysOf(doc)[0]!;
    const second = applyCommand(doc, {
      type: 'surveys/save',
      survey: {
        ...survey,
        waves: [
          ...survey.waves,
          { id: 'w2', label: 'Follow-up', roster: ['a1', 'a2', 'a3', 'a4', 'a5'], responses: [] },
        ],
      },
    }).doc;
    const later = run(second, respond('a1', [['a4', 0]])).doc;
    // the document shows each respondent's latest answers ...
    expect(surveyTies(later).map((t) => `${t.from}→${t.to} ${t.wave}`)).toEqual([
      'a2→a1 w1',
      'a1→a4 w2',
    ]);
    // ... and each wave can be seen on its own
    const w1 = waveNetwork(later, 'survey-x', 'w1');
    expect(
      w1.ties.filter((t) => t.attributes?.survey).map((t) => `${t.source}→${t.target}`),
    ).toEqual(['a1→a3', 'a2→a1']);
    const w2 = waveNetwork(later, 'survey-x', 'w2');
    expect(
      w2.ties.filter((t) => t.attributes?.survey).map((t) => `${t.source}→${t.target}`),
    ).toEqual(['a1→a4']);
    expect(parseDocument(JSON.parse(JSON.stringify(w1))).ok).toBe(true);
  });
});

describe('response rate', () => {
  it('counts who answered and warns below 80 %, naming the wave and survey', () => {
    let doc = surveyed();
    expect(responseWarnings(doc)).toEqual([]); // no answers yet: nothing to warn about
    doc = run(doc, respond('a1', []), respond('a2', []), respond('a3', [])).doc;
    const wave = surveysOf(doc)[0]!.waves[0]!;
    expect(waveCoverage(doc, wave)).toEqual({
      asked: ['a1', 'a2', 'a3', 'a4', 'a5'],
      answered: ['a1', 'a2', 'a3'],
      missing: ['a4', 'a5'],
      left: [],
      rate: 0.6,
    });
    expect(responseWarnings(doc).map((m) => englishText(m))).toEqual([
      'Only 3 of 5 people asked (60 %) have answered the survey "Who do you turn to?" (wave "Baseline"). Missing respondents bias network measures: the ties they would have reported are missing, so their in-degree and the density are too low.',
    ]);
    // the What if…? readiness check says the same before a run
    expect(checkReadiness(doc).responses).toEqual(responseWarnings(doc));
    doc = run(doc, respond('a4', [])).doc;
    expect(responseWarnings(doc)).toEqual([]); // 4 of 5 = 80 %
    expect(checkReadiness(doc).responses).toEqual([]);
  });
});

describe('response codes', () => {
  const doc = surveyed();
  const survey = surveysOf(doc)[0]!;
  const wave = survey.waves[0]!;
  const keys = surveyKeys(survey, wave);
  const code = encodeResponseCode({
    keys,
    respondent: 0,
    answers: [{ named: [3, 2], levels: [0, 2] }, { named: [4] }],
  });

  it('round-trips, short, in capitals and digits only', () => {
    expect(code).toMatch(/^LN1(-[0-9A-HJKMNP-TV-Z]{1,4})+$/);
    expect(code.length).toBeLessThan(60);
    const decoded = decodeResponseCode(code.toLowerCase().replace(/-/g, ' '));
    expect(decoded).toEqual({
      ok: true,
      response: {
        keys,
        respondent: 0,
        answers: [{ named: [2, 3], levels: [2, 0] }, { named: [4] }],
      },
    });
    const read = readCode(doc, 'survey-x', code);
    expect(read.ok && read.input).toEqual({
      respondent: 'a1',
      via: 'code',
      answers: [
        { question: 'q-advice', named: ['a3', 'a4'], levels: [2, 0] },
        { question: 'q-coord', named: ['a5'] },
      ],
    });
  });

  const refusal = (text: string, d: NetworkDocument = doc) => {
    const read = readCode(d, 'survey-x', text);
    return read.ok ? 'accepted' : read.messages.map((m) => englishText(m)).join('; ');
  };
  const DAMAGED =
    'this response code is damaged, cut short or changed: its checksum does not match. Ask the respondent to send it again, or to show its QR code';

  it('refuses a damaged, truncated or altered code', () => {
    const last = code[code.length - 1]!;
    expect(refusal(code.slice(0, -1) + (last === 'A' ? 'B' : 'A'))).toBe(DAMAGED);
    expect(refusal(code.slice(0, -5))).toBe(DAMAGED);
    const middle = code.length >> 1;
    const swapped =
      code.slice(0, middle) + (code[middle] === '7' ? '8' : '7') + code.slice(middle + 1);
    expect(refusal(swapped)).toBe(DAMAGED);
    // every other last character, and every single character changed anywhere, is refused
    // (the last character's spare bits are checked too: the browser test once took a code whose
    // last character was changed)
    for (let at = 4; at < code.length; at += 1) {
      if (code[at] === '-') continue;
      for (const char of BASE32) {
        if (char === code[at]) continue;
        const altered = code.slice(0, at) + char + code.slice(at + 1);
        expect(refusal(altered), altered).toBe(DAMAGED);
      }
    }
    expect(refusal(code + 'A')).toBe(DAMAGED);
    expect(refusal('hello')).toBe('"hello" is not a response code: a code starts with LN1-');
    expect(refusal('LN9-AAAA')).toBe(
      'this response code was made by a newer Leadnet (code version 9)',
    );
  });

  it('refuses a code for another survey, another wave, or another network', () => {
    const other = (k: Partial<typeof keys>) =>
      encodeResponseCode({
        keys: { ...keys, ...k },
        respondent: 0,
        answers: [{ named: [], levels: [] }, { named: [] }],
      });
    expect(refusal(other({ survey: keys.survey ^ 1 }))).toBe(
      'this response code answers another survey, not "Who do you turn to?"',
    );
    expect(refusal(other({ wave: keys.wave ^ 1 }))).toBe(
      'this response code answers another wave, not the current wave "Baseline"',
    );
    expect(refusal(other({ roster: keys.roster ^ 1 }))).toBe(
      'this response code was made from another network: the people or the questions of this wave differ from those of the link it was answered with',
    );
    // a code for the first wave once the second is current names the wave it was for
    const later = applyCommand(doc, {
      type: 'surveys/save',
      survey: {
        ...survey,
        waves: [wave, { id: 'w2', label: 'Follow-up', roster: wave.roster, responses: [] }],
      },
    }).doc;
    expect(refusal(code, later)).toBe(
      'this response code answers wave "Baseline", not the current wave "Follow-up"',
    );
  });

  it('refuses a code naming people who are not on the roster', () => {
    const beyond = encodeResponseCode({
      keys,
      respondent: 0,
      answers: [{ named: [9], levels: [0] }, { named: [] }],
    });
    expect(refusal(beyond)).toBe(
      "this response code names people who are not on this wave's roster",
    );
    const self = encodeResponseCode({
      keys,
      respondent: 1,
      answers: [{ named: [1], levels: [0] }, { named: [] }],
    });
    expect(refusal(self)).toBe('"Bo" cannot name themself');
  });

  it('finds the codes in a pasted text, also one broken across lines after a dash', () => {
    const other = encodeResponseCode({
      keys,
      respondent: 2,
      answers: [{ named: [], levels: [] }, { named: [0] }],
    });
    const cut = code.indexOf('-', 12) + 1;
    const text = `Here are the codes:\n${code.slice(0, cut)}\n${code.slice(cut)}, and\n  ${other}\nthanks!`;
    expect(findCodes(text)).toEqual([code, other]);
  });
});

describe('respondent links', () => {
  const doc = surveyed();
  const survey = surveysOf(doc)[0]!;
  const wave = survey.waves[0]!;

  it('carries the names, teams and questions, not ids, and round-trips', () => {
    const packet = surveyPacket(doc, survey, wave, 2);
    expect(packet).toEqual({
      v: 1,
      keys: [expect.any(Number), expect.any(Number), expect.any(Number)],
      title: 'Who do you turn to?',
      wave: { label: 'Baseline', date: '2026-03-01' },
      questions: [
        {
          text: 'Whom do you look to for advice on the improvement work?',
          scale: ['Monthly', 'Weekly', 'Daily'],
        },
        { text: 'With whom do you coordinate across wards?', symmetric: true },
      ],
      people: ['Ann', 'Bo', 'Cai', 'Dee', 'Eli'],
      teams: ['Ward A', 'Ward B'],
      team: [0, 0, 1, 1, -1],
      you: 2,
    } satisfies SurveyPacket);
    const fragment = encodeSurveyLink(packet);
    expect(fragment.startsWith(LINK_PREFIX)).toBe(true);
    expect(fragment).not.toContain('a3');
    expect(decodeSurveyLink(fragment)).toEqual({ ok: true, packet });
  });

  it('makes one link per respondent, and the code made from a link merges', () => {
    const links = respondentLinks(doc, survey, wave, 'https://example.org/leadnet/#old');
    expect(links.map((l) => l.name)).toEqual(['Ann', 'Bo', 'Cai', 'Dee', 'Eli']);
    expect(links.every((l) => l.url.startsWith('https://example.org/leadnet/#survey='))).toBe(true);
    const link = decodeSurveyLink(links[2]!.url.slice(links[2]!.url.indexOf('#')));
    if (!link.ok) throw new Error('link');
    const code = codeFromPacket(link.packet, [{ named: [0, 4], levels: [1, 2] }, { named: [3] }]);
    const read = readCode(doc, 'survey-x', code);
    if (!read.ok) throw new Error(read.messages.map((m) => englishText(m)).join());
    const merged = applyCommand(doc, {
      type: 'surveys/respond',
      survey: 'survey-x',
      response: read.input,
    });
    expect(surveyTies(merged.doc).map((t) => `${t.from}→${t.to} ${t.kind} ${t.weight}`)).toEqual([
      'a3→a1 advice 0.5',
      'a3→a5 advice 1',
      'a3→a4 coordination 1',
      'a4→a3 coordination 1',
    ]);
  });

  it('refuses a damaged, cut or altered link with a plain message', () => {
    const fragment = encodeSurveyLink(surveyPacket(doc, survey, wave, 0));
    const said = (hash: string) => {
      const decoded = decodeSurveyLink(hash);
      return decoded.ok ? 'read' : englishText(decoded.message);
    };
    const damaged =
      'the survey link is damaged, cut short or changed: its checksum does not match. Ask for the link again';
    expect(said(fragment.slice(0, -6))).toBe(damaged);
    const i = fragment.length - 10;
    expect(
      said(fragment.slice(0, i) + (fragment[i] === 'A' ? 'B' : 'A') + fragment.slice(i + 1)),
    ).toBe(damaged);
    expect(said('#doc=abc')).toBe('the link does not carry a survey (no #survey= part)');
    expect(said(`${LINK_PREFIX}${'A'.repeat(40_000)}`)).toBe(
      "the link's survey part is 40008 characters; Leadnet reads links up to 32768",
    );
  });
});

describe('surveys in files', () => {
  const doc = run(surveyed(), respond('a1', [['a3', 2]], ['a4'])).doc;

  it("Leadnet JSON, GEXF and GraphML keep the survey, its answers and the ties' provenance", () => {
    for (const format of ['leadnet', 'gexf', 'graphml'] as const) {
      const file = exportNetwork(doc, format).files[0]!;
      const back = importNetwork({ name: file.name, text: file.text });
      if (!back.ok) throw new Error(`${format}: ${JSON.stringify(back.errors)}`);
      expect(surveysOf(back.doc), format).toEqual(surveysOf(doc));
      expect(back.doc.ties, format).toEqual(doc.ties);
    }
  });

  it('CSV says it cannot keep the survey before saving', () => {
    expect(exportNetwork(doc, 'csv').warnings.map((w) => englishText(w))).toContain(
      'CSV does not keep surveys (1: questions, waves and answers; their ties are kept): export Leadnet JSON for those',
    );
  });
});
