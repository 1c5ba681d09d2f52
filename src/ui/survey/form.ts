// The answer form's logic, kept out of the components so the Node tests reach it: people by team
// in roster order, search, what a finished answer needs, and the answers in the two shapes they
// travel in (by id into the network in the room; by roster index in a response code).
import type { CodedAnswer } from '../../core/survey/code';
import type { SurveyPacket } from '../../core/survey/link';
import type { RosterPerson } from '../../core/survey/model';
import type { Answer, Survey } from '../../core/survey/schema';

/** A person the form lists: their place on the roster, their name and team. */
export interface FormPerson {
  readonly index: number;
  readonly label: string;
  readonly team: string | null;
}

/** A question as the form asks it. */
export interface FormQuestion {
  readonly text: string;
  /** The frequency scale's steps, when the question has one. */
  readonly scale?: readonly string[];
  readonly symmetric?: boolean;
}

/** One question's ticks: roster indexes, and the scale step of each (null: not chosen yet). */
export interface FormAnswer {
  named: number[];
  levels: (number | null)[];
}

export interface TeamGroup {
  /** The team's label; null for the people in no team. */
  readonly team: string | null;
  readonly people: readonly FormPerson[];
}

/** People grouped by team, teams in the order the roster first names them, no team last. */
export function groupByTeam(people: readonly FormPerson[]): TeamGroup[] {
  const groups = new Map<string | null, FormPerson[]>();
  for (const person of people) {
    const list = groups.get(person.team);
    if (list) list.push(person);
    else groups.set(person.team, [person]);
  }
  const out = [...groups].map(([team, list]) => ({ team, people: list }));
  return [...out.filter((g) => g.team !== null), ...out.filter((g) => g.team === null)];
}

/** Text folded for search: case, accents and extra spaces do not matter ("Søren" ~ "soren"). */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ø/gi, 'o')
    .replace(/æ/gi, 'ae')
    .replace(/å/gi, 'a')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** The people whose name or team holds every word of the search. */
export function searchPeople(people: readonly FormPerson[], query: string): FormPerson[] {
  const words = fold(query).split(' ').filter(Boolean);
  if (!words.length) return [...people];
  return people.filter((p) => {
    const text = fold(`${p.label} ${p.team ?? ''}`);
    return words.every((w) => text.includes(w));
  });
}

/** The people ticked without a step of the question's scale (the form asks for one). */
export function missingLevels(question: FormQuestion, answer: FormAnswer): number[] {
  if (!question.scale) return [];
  return answer.named.filter((_, i) => answer.levels[i] === null);
}

export function emptyAnswers(questions: readonly FormQuestion[]): FormAnswer[] {
  return questions.map(() => ({ named: [], levels: [] }));
}

/** Ticks or unticks a person; unticking forgets their level. */
export function toggle(answer: FormAnswer, index: number, on: boolean): FormAnswer {
  const at = answer.named.indexOf(index);
  if (on && at < 0) return { named: [...answer.named, index], levels: [...answer.levels, null] };
  if (!on && at >= 0)
    return {
      named: answer.named.filter((_, i) => i !== at),
      levels: answer.levels.filter((_, i) => i !== at),
    };
  return answer;
}

export function setLevel(answer: FormAnswer, index: number, level: number): FormAnswer {
  const at = answer.named.indexOf(index);
  if (at < 0) return answer;
  const levels = answer.levels.slice();
  levels[at] = level;
  return { named: answer.named, levels };
}

/** The answers as a response code carries them (roster indexes). */
export function codedAnswers(
  questions: readonly FormQuestion[],
  answers: readonly FormAnswer[],
): CodedAnswer[] {
  return questions.map((q, i) => {
    const answer = answers[i] ?? { named: [], levels: [] };
    return q.scale
      ? { named: [...answer.named], levels: answer.levels.map((l) => l ?? 0) }
      : { named: [...answer.named] };
  });
}

/** The answers as the network takes them (actor ids of the wave's roster). */
export function answersById(
  survey: Survey,
  roster: readonly string[],
  answers: readonly FormAnswer[],
): Answer[] {
  return survey.questions.map((q, i) => {
    const answer = answers[i] ?? { named: [], levels: [] };
    const named = answer.named.map((index) => roster[index]!);
    return q.scale
      ? { question: q.id, named, levels: answer.levels.map((l) => l ?? 0) }
      : { question: q.id, named };
  });
}

/** A survey's questions as the form asks them. */
export function formQuestions(survey: Survey): FormQuestion[] {
  return survey.questions.map((q) => ({
    text: q.text,
    ...(q.scale ? { scale: q.scale.map((s) => s.label) } : {}),
    ...(q.symmetric ? { symmetric: true } : {}),
  }));
}

/** The people of a wave's roster who are in the network, by roster index. */
export function formPeopleOfRoster(
  roster: readonly string[],
  people: readonly RosterPerson[],
): FormPerson[] {
  const byId = new Map(people.map((p) => [p.id, p]));
  const out: FormPerson[] = [];
  roster.forEach((id, index) => {
    const person = byId.get(id);
    if (person) out.push({ index, label: person.label, team: person.team });
  });
  return out;
}

/** The people a respondent link carries (someone who left the network is not listed). */
export function formPeopleOfPacket(packet: SurveyPacket): FormPerson[] {
  const out: FormPerson[] = [];
  packet.people.forEach((label, index) => {
    if (label === null) return;
    const t = packet.team[index] ?? -1;
    out.push({ index, label, team: t < 0 ? null : (packet.teams[t] ?? null) });
  });
  return out;
}
