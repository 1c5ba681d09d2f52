// The roster survey: the document's `surveys`, its rules, answers into ties, respondent links
// and response codes (see model.ts for how answers become ties).
export * from './schema';
export * from './model';
export * from './code';
export * from './link';
export { checkSurveys } from './validate';
export { SURVEY_MESSAGES } from './messages';
