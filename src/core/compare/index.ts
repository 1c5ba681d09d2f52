// Comparing two networks (issue 13): compare.ts (matching, ties, measures' changes), output.ts
// (DESIGN §6 JSON and CSV), messages.ts (the match report's codes), step.ts (kept in a story step).
export * from './compare';
export { COMPARE_MESSAGES } from './messages';
export { compareCsv, toCompareJson } from './output';
export * from './step';
