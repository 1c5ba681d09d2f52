// The roster survey's place in the document (`surveys`): questions that each become ties of one
// kind, waves of asking, and the answers as they were given. The roster is the network's people:
// a wave records who was asked (`roster`, actor ids) so its response rate keeps its meaning when
// people join or leave later. Answers are kept as given (who named whom, at which level), and the
// ties each answer makes carry where they came from (`attributes.survey`, `question`, `wave`,
// `reportedBy`): the ties are the network, the answers are the record it was made from.
//
// The schema's own complaints are the shared `value_*` codes (src/core/messages/common.ts), so
// every surface says them in its language; the rules beyond the schema are in validate.ts.
import { z } from 'zod';

// A strict CSP forbids eval: zod must not compile validators with `new Function`. Set here too,
// because the document's schema is built from these (zod decides when a schema is made).
z.config({ jitless: true });

const id = z.string().min(1, { error: 'value_nonempty' });
const text = z.string();

/** One step of a frequency scale ("Weekly") and the tie weight an answer at that step gives. */
export const scaleStepSchema = z.looseObject({
  label: text,
  weight: z.number().gt(0, { error: 'value_weight' }).lte(1, { error: 'value_weight' }),
});

/**
 * A question: "Whom do you look to for …?" — the respondent looks to the people they tick, so a
 * tie points from the respondent to each of them (the Leadnet direction). A symmetric question
 * ("With whom do you coordinate?") ties both ways; with `confirm: 'both'` only when both named
 * each other.
 */
export const questionSchema = z.looseObject({
  id,
  text,
  kind: id,
  scale: z.array(scaleStepSchema).min(2).optional(),
  symmetric: z.boolean().optional(),
  confirm: z.enum(['either', 'both']).optional(),
});

/** One respondent's ticks for one question; `levels[i]` is the scale step of `named[i]`. */
export const answerSchema = z.looseObject({
  question: id,
  named: z.array(id),
  levels: z.array(z.number().int().min(0)).optional(),
});

export const responseSchema = z.looseObject({
  respondent: id,
  /** How the answers came in: the form in the room, or a response code. */
  via: z.enum(['room', 'code']),
  /** When they were merged (ISO 8601), where known. */
  at: z.string().optional(),
  answers: z.array(answerSchema),
});

export const waveSchema = z.looseObject({
  id,
  label: text,
  /** The day the wave was asked (YYYY-MM-DD). */
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'value_invalid' })
    .optional(),
  /** Who was asked: actor ids. */
  roster: z.array(id),
  responses: z.array(responseSchema).default([]),
});

export const surveySchema = z.looseObject({
  id,
  title: text,
  questions: z.array(questionSchema),
  waves: z.array(waveSchema).default([]),
});

export type ScaleStep = z.output<typeof scaleStepSchema>;
export type Question = z.output<typeof questionSchema>;
export type Answer = z.output<typeof answerSchema>;
export type SurveyResponse = z.output<typeof responseSchema>;
export type Wave = z.output<typeof waveSchema>;
export type Survey = z.output<typeof surveySchema>;

/** The document's `surveys` (optional: a network without a survey has no key at all). */
export const surveysSchema = z.array(surveySchema).optional();
