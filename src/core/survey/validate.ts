// The rules a document's surveys keep beyond the schema: ids unique where they are referred to,
// one question per tie kind in a survey (ties are unique per source, target and kind, so two
// questions of one kind would claim the same ties), one response per person and wave, answers
// to the survey's own questions, levels on the question's scale. People who left the network
// may stay on a roster and in answers: the record of what was asked and said is kept.
import type { NetworkDocument } from '../document/types';
import type { Message } from '../messages/types';
import { say } from './messages';
import { surveysOf } from './model';

type Path = (string | number)[];

export function checkSurveys(doc: NetworkDocument): Message[] {
  const errors: Message[] = [];
  const at = (path: Path) => ({ path: ['surveys', ...path] });
  const surveyIds = new Set<string>();
  surveysOf(doc).forEach((survey, s) => {
    if (surveyIds.has(survey.id))
      errors.push(say('survey_duplicate_survey', { id: survey.id }, at([s, 'id'])));
    surveyIds.add(survey.id);
    const questions = new Map<string, (typeof survey.questions)[number]>();
    const kinds = new Map<string, string>();
    survey.questions.forEach((question, q) => {
      if (questions.has(question.id))
        errors.push(
          say('survey_duplicate_question', { id: question.id }, at([s, 'questions', q, 'id'])),
        );
      else questions.set(question.id, question);
      const first = kinds.get(question.kind);
      if (first !== undefined)
        errors.push(
          say(
            'survey_duplicate_kind',
            { kind: question.kind, first },
            at([s, 'questions', q, 'kind']),
          ),
        );
      else kinds.set(question.kind, question.id);
    });
    const waveIds = new Set<string>();
    survey.waves.forEach((wave, w) => {
      const where = (...rest: Path) => at([s, 'waves', w, ...rest]);
      if (waveIds.has(wave.id))
        errors.push(say('survey_duplicate_wave', { id: wave.id }, where('id')));
      waveIds.add(wave.id);
      const roster = new Set<string>();
      wave.roster.forEach((id, i) => {
        if (roster.has(id)) errors.push(say('survey_duplicate_roster', { id }, where('roster', i)));
        roster.add(id);
      });
      const respondents = new Set<string>();
      wave.responses.forEach((response, r) => {
        if (respondents.has(response.respondent))
          errors.push(
            say(
              'survey_duplicate_respondent',
              { id: response.respondent },
              where('responses', r, 'respondent'),
            ),
          );
        respondents.add(response.respondent);
        const answered = new Set<string>();
        response.answers.forEach((answer, a) => {
          const path = (...rest: Path) => where('responses', r, 'answers', a, ...rest);
          const question = questions.get(answer.question);
          if (!question) {
            errors.push(say('survey_unknown_question', { id: answer.question }, path('question')));
            return;
          }
          if (answered.has(answer.question))
            errors.push(say('survey_answer_twice', { id: answer.question }, path('question')));
          answered.add(answer.question);
          const named = new Set<string>();
          answer.named.forEach((id, i) => {
            if (named.has(id)) errors.push(say('survey_named_twice', { id }, path('named', i)));
            named.add(id);
          });
          const steps = question.scale?.length ?? 0;
          if (answer.levels === undefined) return;
          if (steps === 0) errors.push(say('survey_levels_without_scale', {}, path('levels')));
          else if (answer.levels.length !== answer.named.length)
            errors.push(
              say(
                'survey_levels_length',
                { named: answer.named.length, levels: answer.levels.length },
                path('levels'),
              ),
            );
          else
            answer.levels.forEach((level, i) => {
              if (level >= steps)
                errors.push(say('survey_level_outside', { level, steps }, path('levels', i)));
            });
        });
      });
    });
  });
  return errors;
}
