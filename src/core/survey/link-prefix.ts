// What marks a respondent link (`…/#survey=…`), apart from link.ts so that the app's entry can
// tell a respondent's page from the app's without loading the link's decoder (zod, fflate).
export const LINK_PREFIX = '#survey=';

export function isSurveyLink(hash: string): boolean {
  return hash.startsWith(LINK_PREFIX);
}
