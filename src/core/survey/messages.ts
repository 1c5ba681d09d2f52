// What the roster survey says: document rules, refused answers, response codes and links, the
// merge report, the low-response warning and undo labels, as codes (texts in
// messages/{en,da}/engine-survey.json). People, surveys and waves are named by their labels.
import { defineMessages } from '../messages/types';

export const SURVEY_MESSAGES = defineMessages({
  // The document's rules beyond the schema (validate.ts).
  survey_duplicate_survey: { id: 'text' },
  survey_duplicate_question: { id: 'text' },
  survey_duplicate_kind: { kind: 'text', first: 'text' },
  survey_duplicate_wave: { id: 'text' },
  survey_duplicate_roster: { id: 'text' },
  survey_duplicate_respondent: { id: 'text' },
  survey_unknown_question: { id: 'text' },
  survey_answer_twice: { id: 'text' },
  survey_named_twice: { id: 'text' },
  survey_levels_length: { named: 'count', levels: 'count' },
  survey_levels_without_scale: {},
  survey_level_outside: { level: 'count', steps: 'count' },
  // Answers that cannot be taken (from the form, a code or a file).
  survey_no_survey: { id: 'text' },
  survey_no_wave: { survey: 'name' },
  survey_no_such_wave: { id: 'text' },
  survey_respondent_not_on_roster: { name: 'name' },
  survey_respondent_not_in_network: { id: 'text' },
  survey_named_not_on_roster: { names: 'names' },
  survey_named_self: { name: 'name' },
  survey_bad_level: { name: 'name' },
  // Response codes.
  survey_code_empty: {},
  survey_code_not_a_code: { text: 'text' },
  survey_code_damaged: {},
  survey_code_newer: { version: 'count' },
  survey_code_other_survey: { survey: 'name' },
  survey_code_other_wave: { wave: 'name', current: 'name' },
  survey_code_unknown_wave: { current: 'name' },
  survey_code_other_network: {},
  survey_code_off_roster: {},
  // Respondent links.
  survey_link_missing: {},
  survey_link_too_long: { length: 'count', limit: 'count' },
  survey_link_damaged: {},
  survey_link_unreadable: {},
  // The merge report.
  survey_merged: { name: 'name', added: 'count' },
  survey_replaced: { name: 'name', removed: 'count', added: 'count' },
  survey_kept_existing: { count: 'count' },
  survey_codes_refused: { refused: 'count', total: 'count' },
  survey_answered: { answered: 'count', asked: 'count', wave: 'name' },
  // The links (the CLI's note; the app's dialog says the same in its own words).
  survey_links_made: { count: 'count', wave: 'name', survey: 'name' },
  // The response rate.
  survey_low_response: {
    survey: 'name',
    wave: 'name',
    answered: 'count',
    asked: 'count',
    percent: 'count',
  },
  survey_roster_left: { count: 'count' },
  // What CSV cannot keep (src/core/formats/csv.ts).
  survey_export_csv: { count: 'count' },
  // Undo labels.
  survey_undo_respond: { name: 'name' },
  survey_undo_merge: { count: 'count' },
  survey_undo_save: { survey: 'name' },
  survey_undo_delete: { survey: 'name' },
  survey_undo_wave: { wave: 'name' },
  survey_undo_change: {},
});

export const say = SURVEY_MESSAGES.say;
export type SurveyMessage = ReturnType<typeof say>;
