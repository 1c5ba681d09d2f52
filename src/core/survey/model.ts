// The roster survey's logic, pure: who is asked, who answered, what an answer is allowed to say,
// and which ties a respondent's answers make. Every change to the document goes through the
// commands (src/core/commands/surveys.ts), which call these.
//
// How answers become ties (documented in the README, "Roster survey"):
// - A question asks "whom do you look to …?": the respondent R looks to each person X they tick,
//   so the tie is R → X (Leadnet's direction), of the question's kind, weighted by the scale step
//   ticked (1 without a scale), with attributes {survey, question, wave, reportedBy: R}.
// - A symmetric question ("with whom do you coordinate?") ties a pair both ways. With `confirm:
//   'either'` (the default) one naming is enough; with 'both' the pair is tied only when both
//   named each other in the same wave (then each tie also has `confirmedBy`). The pair follows
//   the latest wave in which one of the two answered.
// - A re-submission replaces the respondent's earlier answers and the ties they made; nothing
//   else is touched. A tie of the same source, target and kind that did not come from this
//   survey question (drawn by hand, imported) is kept as it is, and the report says so.
import type { Message } from '../messages/types';
import type { AttributeValue } from '../document/schema';
import type { Actor, NetworkDocument, Tie } from '../document/types';
import { say } from './messages';
import type { Answer, Question, Survey, SurveyResponse, Wave } from './schema';

/** The share of people asked who must answer before measures stop warning (80 %). */
export const LOW_RESPONSE_RATE = 0.8;

type WithSurveys = { readonly surveys?: readonly Survey[] };

/** The document's surveys (none when it has no `surveys`). */
export function surveysOf(doc: NetworkDocument): readonly Survey[] {
  const surveys = (doc as WithSurveys).surveys;
  return Array.isArray(surveys) ? surveys : [];
}

export function findSurvey(doc: NetworkDocument, id: string): Survey | undefined {
  return surveysOf(doc).find((s) => s.id === id);
}

/** The wave being collected: the last one. */
export function currentWave(survey: Survey): Wave | undefined {
  return survey.waves[survey.waves.length - 1];
}

/** A person's name for a message: their label, or their id when they have none. */
export function actorName(doc: NetworkDocument, id: string): string {
  const actor = doc.actors.find((a) => a.id === id);
  return actor?.label || id;
}

/** One person of a roster as a form shows them: name and team, in the network's words. */
export interface RosterPerson {
  readonly id: string;
  readonly label: string;
  /** The label of the person's group (their team), or null when they are in none. */
  readonly team: string | null;
}

/** The people of a roster who are still in the network, with their names and teams. */
export function rosterPeople(doc: NetworkDocument, roster: readonly string[]): RosterPerson[] {
  const actors = new Map<string, Actor>(doc.actors.map((a) => [a.id, a]));
  const groups = new Map(doc.groups.map((g) => [g.id, g]));
  const people: RosterPerson[] = [];
  for (const id of roster) {
    const actor = actors.get(id);
    if (!actor) continue;
    const group = actor.group === undefined ? undefined : groups.get(actor.group);
    people.push({
      id,
      label: actor.label || id,
      team: group ? group.label || group.id : null,
    });
  }
  return people;
}

/** Who was asked in a wave, who answered and who has not. */
export interface WaveCoverage {
  /** Asked and still in the network. */
  readonly asked: readonly string[];
  readonly answered: readonly string[];
  readonly missing: readonly string[];
  /** On the roster but no longer in the network (not counted). */
  readonly left: readonly string[];
  /** answered / asked; null when nobody is asked. */
  readonly rate: number | null;
}

export function waveCoverage(doc: NetworkDocument, wave: Wave): WaveCoverage {
  const present = new Set(doc.actors.map((a) => a.id));
  const responded = new Set(wave.responses.map((r) => r.respondent));
  const asked = wave.roster.filter((id) => present.has(id));
  const answered = asked.filter((id) => responded.has(id));
  const missing = asked.filter((id) => !responded.has(id));
  const left = wave.roster.filter((id) => !present.has(id));
  return {
    asked,
    answered,
    missing,
    left,
    rate: asked.length ? answered.length / asked.length : null,
  };
}

/**
 * What measures and the readiness check say about the survey data under the network: for the
 * current wave of each survey that has answers, a warning when fewer than 80 % of the people
 * asked answered (missing respondents bias network measures: their ties are missing).
 */
export function responseWarnings(doc: NetworkDocument): Message[] {
  const warnings: Message[] = [];
  for (const survey of surveysOf(doc)) {
    const wave = currentWave(survey);
    if (!wave || wave.responses.length === 0) continue;
    const coverage = waveCoverage(doc, wave);
    if (coverage.rate === null || coverage.rate >= LOW_RESPONSE_RATE) continue;
    warnings.push(
      say('survey_low_response', {
        survey: survey.title || survey.id,
        wave: wave.label || wave.id,
        answered: coverage.answered.length,
        asked: coverage.asked.length,
        percent: Math.floor(coverage.rate * 100),
      }),
    );
  }
  return warnings;
}

/** A respondent's answers as the form or a code gives them. */
export interface ResponseInput {
  readonly respondent: string;
  readonly answers: readonly Answer[];
  readonly via: SurveyResponse['via'];
  readonly at?: string;
}

/**
 * Why these answers cannot be taken into this wave, or nothing. The respondent and everyone
 * they name must be on the wave's roster and still in the network; each question at most once,
 * each person at most once per question, nobody names themself, levels on the question's scale.
 */
export function checkResponse(
  doc: NetworkDocument,
  survey: Survey,
  wave: Wave,
  input: ResponseInput,
): Message[] {
  const present = new Set(doc.actors.map((a) => a.id));
  const onRoster = new Set(wave.roster.filter((id) => present.has(id)));
  const name = (id: string) => actorName(doc, id);
  if (!present.has(input.respondent))
    return [say('survey_respondent_not_in_network', { id: input.respondent })];
  if (!onRoster.has(input.respondent))
    return [say('survey_respondent_not_on_roster', { name: name(input.respondent) })];
  const questions = new Map(survey.questions.map((q) => [q.id, q]));
  const problems: Message[] = [];
  const seen = new Set<string>();
  const offRoster = new Set<string>();
  for (const answer of input.answers) {
    const question = questions.get(answer.question);
    if (!question) {
      problems.push(say('survey_unknown_question', { id: answer.question }));
      continue;
    }
    if (seen.has(answer.question))
      problems.push(say('survey_answer_twice', { id: answer.question }));
    seen.add(answer.question);
    const named = new Set<string>();
    for (const [i, id] of answer.named.entries()) {
      if (id === input.respondent) problems.push(say('survey_named_self', { name: name(id) }));
      else if (!onRoster.has(id)) offRoster.add(id);
      if (named.has(id)) problems.push(say('survey_named_twice', { id }));
      named.add(id);
      const level = answer.levels?.[i];
      const steps = question.scale?.length ?? 0;
      if (
        (steps > 0 &&
          (level === undefined || !Number.isInteger(level) || level < 0 || level >= steps)) ||
        (steps === 0 && level !== undefined)
      )
        problems.push(say('survey_bad_level', { name: name(id) }));
    }
  }
  if (offRoster.size)
    problems.push(
      say('survey_named_not_on_roster', {
        names: [...offRoster].map((id) => (present.has(id) ? name(id) : id)),
      }),
    );
  return problems;
}

/** The tie weight of an answer at scale step `level` (1 without a scale). */
export function stepWeight(question: Question, level: number | undefined): number {
  if (!question.scale || level === undefined) return 1;
  return question.scale[level]?.weight ?? 1;
}

/** A tie a survey answer asks for, before it has an id. */
export interface WantedTie {
  readonly source: string;
  readonly target: string;
  readonly kind: string;
  readonly weight: number;
  readonly attributes: Readonly<Record<string, AttributeValue>>;
}

const provenance = (
  survey: Survey,
  question: Question,
  wave: Wave,
  reportedBy: string,
  confirmedBy?: string,
): Record<string, AttributeValue> => ({
  survey: survey.id,
  question: question.id,
  wave: wave.id,
  reportedBy,
  ...(confirmedBy === undefined ? {} : { confirmedBy }),
});

/** Whether a tie was made by this survey's question (its provenance says so). */
export function madeBy(tie: Tie, survey: Survey, question: Question): boolean {
  const a = tie.attributes;
  return a !== undefined && a.survey === survey.id && a.question === question.id;
}

function nomination(answer: Answer | undefined, id: string): { level?: number } | undefined {
  if (!answer) return undefined;
  const i = answer.named.indexOf(id);
  return i < 0 ? undefined : { level: answer.levels?.[i] };
}

/** The ties that involve `respondent` according to the wave's answers, question by question. */
export function wantedTies(survey: Survey, wave: Wave, respondent: string): WantedTie[] {
  const byRespondent = new Map(wave.responses.map((r) => [r.respondent, r]));
  const answerOf = (who: string, question: Question) =>
    byRespondent.get(who)?.answers.find((a) => a.question === question.id);
  const ties: WantedTie[] = [];
  for (const question of survey.questions) {
    const mine = answerOf(respondent, question);
    if (!question.symmetric) {
      for (const [i, target] of (mine?.named ?? []).entries())
        ties.push({
          source: respondent,
          target,
          kind: question.kind,
          weight: stepWeight(question, mine?.levels?.[i]),
          attributes: provenance(survey, question, wave, respondent),
        });
      continue;
    }
    const others = [...(mine?.named ?? [])];
    for (const response of wave.responses)
      if (
        response.respondent !== respondent &&
        !others.includes(response.respondent) &&
        nomination(answerOf(response.respondent, question), respondent)
      )
        others.push(response.respondent);
    const both = question.confirm === 'both';
    for (const other of others) {
      const said = nomination(mine, other);
      const heard = nomination(answerOf(other, question), respondent);
      if (both ? !(said && heard) : !(said || heard)) continue;
      const way = (from: string, to: string, own: typeof said, theirs: typeof said) => {
        const reporter = own ? from : to;
        ties.push({
          source: from,
          target: to,
          kind: question.kind,
          weight: stepWeight(question, (own ?? theirs)?.level),
          attributes: provenance(survey, question, wave, reporter, both ? to : undefined),
        });
      };
      way(respondent, other, said, heard);
      way(other, respondent, heard, said);
    }
  }
  return ties;
}

/** The ties a respondent's answers made (any wave): the ones a re-submission replaces. */
export function tiesOfRespondent(
  doc: NetworkDocument,
  survey: Survey,
  respondent: string,
): Set<string> {
  const ids = new Set<string>();
  for (const question of survey.questions)
    for (const tie of doc.ties)
      if (
        madeBy(tie, survey, question) &&
        (tie.source === respondent || (question.symmetric === true && tie.target === respondent))
      )
        ids.add(tie.id);
  return ids;
}

/** The wave with a respondent's answers put in (in place of earlier ones). */
export function withResponse(wave: Wave, input: ResponseInput): Wave {
  const response: SurveyResponse = {
    respondent: input.respondent,
    via: input.via,
    ...(input.at === undefined ? {} : { at: input.at }),
    answers: input.answers.map((a) => ({
      question: a.question,
      named: [...a.named],
      ...(a.levels === undefined ? {} : { levels: [...a.levels] }),
    })),
  };
  const at = wave.responses.findIndex((r) => r.respondent === input.respondent);
  const responses = wave.responses.slice();
  if (at >= 0) responses[at] = response;
  else responses.push(response);
  return { ...wave, responses };
}

/** A new id among `used` (`tie-N`, counting up from `start`), added to `used`. */
export function nextId(used: Set<string>, prefix: string, start: number): string {
  let n = start;
  while (used.has(`${prefix}-${n}`)) n += 1;
  const id = `${prefix}-${n}`;
  used.add(id);
  return id;
}

/** The network as one wave saw it: every survey tie replaced by that wave's answers alone. */
export function waveNetwork(
  doc: NetworkDocument,
  surveyId: string,
  waveId: string,
): NetworkDocument {
  const survey = findSurvey(doc, surveyId);
  const wave = survey?.waves.find((w) => w.id === waveId);
  if (!survey || !wave) return doc;
  const present = new Set(doc.actors.map((a) => a.id));
  const kept = doc.ties.filter((t) => !survey.questions.some((q) => madeBy(t, survey, q)));
  const seen = new Set(kept.map((t) => `${t.source}\u0000${t.target}\u0000${t.kind}`));
  const used = new Set(kept.map((t) => t.id));
  const ties: Tie[] = [...kept];
  for (const response of wave.responses)
    for (const want of wantedTies(survey, wave, response.respondent)) {
      const key = `${want.source}\u0000${want.target}\u0000${want.kind}`;
      if (seen.has(key) || !present.has(want.source) || !present.has(want.target)) continue;
      seen.add(key);
      ties.push({ id: nextId(used, 'tie', ties.length + 1), ...want });
    }
  return { ...doc, ties };
}
