// The roster survey's commands (the document's `surveys`): save and delete a survey, take one
// respondent's answers into a wave (its ties in and their earlier ones out, one undo step), and
// the low-level `surveys/put` that is every survey command's inverse: it puts back the very
// `surveys` value (or its absence) and the ties, at their very indexes.
import type { NetworkDocument, Tie } from '../document/types';
import type { Message } from '../messages/types';
import { say } from '../survey/messages';
import {
  checkResponse,
  currentWave,
  findSurvey,
  nextId,
  surveysOf,
  tiesOfRespondent,
  wantedTies,
  withResponse,
} from '../survey/model';
import { type Survey, surveySchema, surveysSchema } from '../survey/schema';
import { checkSurveys } from '../survey/validate';
import { zodIssueMessage } from '../messages/zod';
import { CommandError } from './errors';
import { applySplice } from './splice';
import type { Command, CommandResult, Splice, SurveyCommand } from './types';

export type { SurveyCommand } from './types';

/** A survey command refused: the reasons as messages (a command error like any other). */
export class SurveyRefusal extends CommandError {
  override name = 'SurveyRefusal';
}

export function isSurveyCommand(command: { type: string }): command is SurveyCommand {
  return command.type.startsWith('surveys/');
}

type Surveys = readonly Survey[] | null;

const surveysIn = (doc: NetworkDocument): Surveys =>
  Object.prototype.hasOwnProperty.call(doc, 'surveys') ? surveysOf(doc) : null;

/** The document with `surveys` set (or removed), keeping the key's place. */
function withSurveys(doc: NetworkDocument, surveys: readonly unknown[] | null): NetworkDocument {
  if (surveys !== null) return { ...doc, surveys } as NetworkDocument;
  const rest: Record<string, unknown> = { ...doc };
  delete rest.surveys;
  return rest as NetworkDocument;
}

function checked(doc: NetworkDocument): NetworkDocument {
  const problems = checkSurveys(doc);
  if (problems.length) throw new SurveyRefusal(problems.slice(0, 3));
  return doc;
}

export function applySurveyCommand(doc: NetworkDocument, command: SurveyCommand): CommandResult {
  const label = command.label;
  const undo = (splice?: Splice): Command => ({
    type: 'surveys/put',
    surveys: surveysIn(doc),
    ...(splice ? { splice } : {}),
    ...(label ? { label } : {}),
  });
  switch (command.type) {
    case 'surveys/save': {
      const parsed = surveySchema.safeParse(command.survey);
      if (!parsed.success)
        throw new SurveyRefusal(
          parsed.error.issues
            .slice(0, 3)
            .map((issue) => zodIssueMessage(issue, { path: ['survey', ...issue.path.map(key)] })),
        );
      const surveys = [...surveysOf(doc)];
      const at = surveys.findIndex((s) => s.id === parsed.data.id);
      if (at >= 0) surveys[at] = parsed.data;
      else surveys.push(parsed.data);
      return { doc: checked(withSurveys(doc, surveys)), inverse: undo() };
    }
    case 'surveys/delete': {
      const survey = findSurvey(doc, command.id);
      if (!survey) throw new SurveyRefusal([say('survey_no_survey', { id: command.id })]);
      let next = doc;
      let inverse: Splice | undefined;
      if (command.removeTies) {
        const ids = doc.ties.filter((t) => t.attributes?.survey === survey.id).map((t) => t.id);
        if (ids.length)
          ({ doc: next, inverse } = applySplice(doc, { remove: { ties: ids } }, false));
      }
      const surveys = surveysOf(doc).filter((s) => s !== survey);
      return { doc: withSurveys(next, surveys), inverse: undo(inverse) };
    }
    case 'surveys/respond': {
      const { doc: next, inverse } = planResponse(doc, command);
      return { doc: next, inverse: undo(inverse) };
    }
    case 'surveys/put': {
      if (command.surveys !== null) {
        const parsed = surveysSchema.safeParse(command.surveys);
        if (!parsed.success)
          throw new SurveyRefusal(
            parsed.error.issues
              .slice(0, 3)
              .map((issue) =>
                zodIssueMessage(issue, { path: ['surveys', ...issue.path.map(key)] }),
              ),
          );
      }
      const spliced = command.splice ? applySplice(doc, command.splice, true) : undefined;
      const next = withSurveys(spliced?.doc ?? doc, command.surveys);
      return { doc: checked(next), inverse: undo(spliced?.inverse) };
    }
  }
}

const key = (part: PropertyKey) => (typeof part === 'number' ? part : String(part));

/** What taking a response in does: the new document, the ties' splice, and the report. */
export interface ResponsePlan {
  readonly doc: NetworkDocument;
  readonly inverse: Splice;
  readonly report: Message[];
}

/**
 * Takes a respondent's answers into a wave: refuses answers that name people off the roster (or
 * the respondent themself), else replaces their earlier answers and the ties those made.
 */
export function planResponse(
  doc: NetworkDocument,
  command: Extract<SurveyCommand, { type: 'surveys/respond' }>,
): ResponsePlan {
  const survey = findSurvey(doc, command.survey);
  if (!survey) throw new SurveyRefusal([say('survey_no_survey', { id: command.survey })]);
  const wave =
    command.wave === undefined
      ? currentWave(survey)
      : survey.waves.find((w) => w.id === command.wave);
  if (!wave)
    throw new SurveyRefusal([
      command.wave === undefined
        ? say('survey_no_wave', { survey: survey.title || survey.id })
        : say('survey_no_such_wave', { id: command.wave }),
    ]);
  const input = command.response;
  const problems = checkResponse(doc, survey, wave, input);
  if (problems.length) throw new SurveyRefusal(problems);
  const replaced = wave.responses.some((r) => r.respondent === input.respondent);

  const newWave = withResponse(wave, input);
  const newSurvey: Survey = {
    ...survey,
    waves: survey.waves.map((w) => (w === wave ? newWave : w)),
  };
  const surveys = surveysOf(doc).map((s) => (s === survey ? newSurvey : s));

  const removing = tiesOfRespondent(doc, survey, input.respondent);
  const kept = doc.ties.filter((t) => !removing.has(t.id));
  const taken = new Set(kept.map((t) => `${t.source}\u0000${t.target}\u0000${t.kind}`));
  const present = new Set(doc.actors.map((a) => a.id));
  const used = new Set(kept.map((t) => t.id));
  const added: Tie[] = [];
  let clashes = 0;
  for (const want of wantedTies(newSurvey, newWave, input.respondent)) {
    if (!present.has(want.source) || !present.has(want.target)) continue;
    const pair = `${want.source}\u0000${want.target}\u0000${want.kind}`;
    if (taken.has(pair)) {
      clashes += 1;
      continue;
    }
    taken.add(pair);
    added.push({ id: nextId(used, 'tie', doc.ties.length + 1), ...want });
  }
  const splice: Splice = {
    remove: { ties: [...removing] },
    insert: { ties: added.map((item, i) => ({ at: kept.length + i, item })) },
  };
  const spliced = applySplice(doc, splice, false);
  const name = doc.actors.find((a) => a.id === input.respondent)?.label || input.respondent;
  const report: Message[] = [
    replaced
      ? say('survey_replaced', { name, removed: removing.size, added: added.length })
      : say('survey_merged', { name, added: added.length }),
  ];
  if (clashes) report.push(say('survey_kept_existing', { count: clashes }));
  return { doc: withSurveys(spliced.doc, surveys), inverse: spliced.inverse, report };
}

/**
 * What the undo and redo buttons say for a survey command without a label of its own: the
 * respondent, or the survey, named by their labels in `doc`.
 */
export function describeSurveyCommand(command: SurveyCommand, doc?: NetworkDocument): Message {
  switch (command.type) {
    case 'surveys/respond': {
      const id = command.response.respondent;
      const actor = doc?.actors.find((a) => a.id === id);
      return say('survey_undo_respond', { name: actor?.label || id });
    }
    case 'surveys/save': {
      const survey = command.survey as { title?: unknown; id?: unknown } | null;
      const title = typeof survey?.title === 'string' && survey.title ? survey.title : '';
      return say('survey_undo_save', { survey: title || String(survey?.id ?? '') });
    }
    case 'surveys/delete': {
      const survey = doc ? findSurvey(doc, command.id) : undefined;
      return say('survey_undo_delete', { survey: survey?.title || command.id });
    }
    case 'surveys/put':
      return say('survey_undo_change', {});
  }
}
