// The survey form's and editor's logic: people by team in roster order (no team last), search
// that ignores case and Danish letters' accents, a scale question needing a step per ticked
// person, the answers in both shapes (roster indexes for a code, ids for the network), the draft
// turned into a survey (a removed question takes its answers along; scales and symmetry on/off).
import { describe, expect, it } from 'vitest';
import type { Survey } from '../../src/core/survey/schema';
import {
  answersById,
  codedAnswers,
  groupByTeam,
  missingLevels,
  searchPeople,
  setLevel,
  toggle,
} from '../../src/ui/survey/form';
import { applyDraft, draftOf, draftProblem, newSurveyId } from '../../src/ui/survey/draft';

const people = [
  { index: 0, label: 'Søren K.', team: 'Home care' },
  { index: 1, label: 'Ann', team: null },
  { index: 2, label: 'Bo', team: 'Ward A' },
  { index: 3, label: 'Åse', team: 'Home care' },
];

describe('the answer form', () => {
  it('groups by team in roster order, people without a team last', () => {
    expect(groupByTeam(people).map((g) => [g.team, g.people.map((p) => p.label)])).toEqual([
      ['Home care', ['Søren K.', 'Åse']],
      ['Ward A', ['Bo']],
      [null, ['Ann']],
    ]);
  });

  it('searches names and teams, whatever the case and the Danish letters', () => {
    expect(searchPeople(people, 'soren').map((p) => p.label)).toEqual(['Søren K.']);
    expect(searchPeople(people, 'ASE').map((p) => p.label)).toEqual(['Åse']);
    expect(searchPeople(people, 'home care').map((p) => p.label)).toEqual(['Søren K.', 'Åse']);
    expect(searchPeople(people, '  ')).toHaveLength(4);
  });

  it('asks for a step of the scale for every ticked person, and forgets it when unticked', () => {
    const question = { text: 'Whom?', scale: ['Monthly', 'Weekly'] };
    let answer = toggle(toggle({ named: [], levels: [] }, 2, true), 3, true);
    expect(missingLevels(question, answer)).toEqual([2, 3]);
    answer = setLevel(answer, 3, 1);
    expect(missingLevels(question, answer)).toEqual([2]);
    answer = toggle(answer, 2, false);
    expect(answer).toEqual({ named: [3], levels: [1] });
    expect(missingLevels({ text: 'Whom?' }, toggle(answer, 0, true))).toEqual([]);
  });

  it('gives the answers by roster index for a code and by id for the network', () => {
    const questions = [{ text: 'A', scale: ['x', 'y'] }, { text: 'B' }];
    const answers = [
      { named: [3, 0], levels: [1, 0] },
      { named: [2], levels: [null] },
    ];
    expect(codedAnswers(questions, answers)).toEqual([
      { named: [3, 0], levels: [1, 0] },
      { named: [2] },
    ]);
    const survey = {
      id: 's',
      title: 't',
      questions: [
        {
          id: 'qa',
          text: 'A',
          kind: 'advice',
          scale: [
            { label: 'x', weight: 0.5 },
            { label: 'y', weight: 1 },
          ],
        },
        { id: 'qb', text: 'B', kind: 'talk' },
      ],
      waves: [],
    } as Survey;
    expect(answersById(survey, ['p0', 'p1', 'p2', 'p3'], answers)).toEqual([
      { question: 'qa', named: ['p3', 'p0'], levels: [1, 0] },
      { question: 'qb', named: ['p2'] },
    ]);
  });
});

describe('the survey editor', () => {
  const survey: Survey = {
    id: 's',
    title: 'Who?',
    questions: [
      {
        id: 'q1',
        text: 'Advice?',
        kind: 'advice',
        scale: [
          { label: 'Often', weight: 1 },
          { label: 'Rarely', weight: 0.5 },
        ],
      },
      { id: 'q2', text: 'Coordinate?', kind: 'coordination', symmetric: true, confirm: 'both' },
    ],
    waves: [
      {
        id: 'w1',
        label: 'Baseline',
        roster: ['a', 'b'],
        responses: [
          {
            respondent: 'a',
            via: 'room',
            answers: [
              { question: 'q1', named: ['b'], levels: [0] },
              { question: 'q2', named: ['b'] },
            ],
          },
        ],
      },
    ],
  };

  it("keeps what a question had, turns scale and symmetry off, and drops a removed question's answers", () => {
    const drafts = draftOf(survey);
    drafts[0]!.scale = false;
    drafts[1]!.symmetric = false;
    const edited = applyDraft(survey, 'Who now?', [drafts[1]!, drafts[0]!], ['M', 'W', 'D']);
    expect(edited.title).toBe('Who now?');
    expect(edited.questions).toEqual([
      { id: 'q2', text: 'Coordinate?', kind: 'coordination' },
      { id: 'q1', text: 'Advice?', kind: 'advice' },
    ]);
    const fewer = applyDraft(survey, 'Who?', [draftOf(survey)[0]!], ['M', 'W', 'D']);
    expect(fewer.waves[0]!.responses[0]!.answers).toEqual([
      { question: 'q1', named: ['b'], levels: [0] },
    ]);
    // a scale turned on gets the steps in the UI's language, with weights a third apart
    const scaled = applyDraft(survey, 'Who?', [{ ...drafts[1]!, scale: true }], ['M', 'W', 'D']);
    expect(scaled.questions[0]!.scale).toEqual([
      { label: 'M', weight: 1 / 3 },
      { label: 'W', weight: 2 / 3 },
      { label: 'D', weight: 1 },
    ]);
  });

  it('says what is missing before saving: a title, a question, words, a kind, kinds of their own', () => {
    const d = draftOf(survey);
    expect(draftProblem('', d)).toBe('title');
    expect(draftProblem('x', [])).toBe('none');
    expect(draftProblem('x', [{ ...d[0]!, text: ' ' }])).toBe('text');
    expect(draftProblem('x', [{ ...d[0]!, kind: '' }])).toBe('kind');
    expect(draftProblem('x', [d[0]!, { ...d[1]!, kind: 'advice ' }])).toBe('kinds');
    expect(draftProblem('x', d)).toBeNull();
  });

  it("makes survey ids unlikely to meet another network's", () => {
    const ids = new Set(Array.from({ length: 200 }, () => newSurveyId()));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(/^survey-[0-9a-z]{6}$/);
  });
});
