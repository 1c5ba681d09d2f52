// The survey editor's draft: the questions as the facilitator edits them, turned into the survey
// the document keeps (one undo step per save), and the defaults of a new survey and wave.
import type { NetworkDocument } from '../../core/document/types';
import type { Question, Survey, Wave } from '../../core/survey/schema';

export interface QuestionDraft {
  id: string;
  text: string;
  kind: string;
  scale: boolean;
  symmetric: boolean;
  both: boolean;
}

/** The steps of the frequency scale a question gets, and the weight each gives a tie. */
export const SCALE_WEIGHTS = [1 / 3, 2 / 3, 1] as const;

export function draftOf(survey: Survey): QuestionDraft[] {
  return survey.questions.map((q) => ({
    id: q.id,
    text: q.text,
    kind: q.kind,
    scale: q.scale !== undefined,
    symmetric: q.symmetric === true,
    both: q.confirm === 'both',
  }));
}

/**
 * The survey with the draft's questions. A question keeps its own scale labels when it had a
 * scale; a new scale gets the steps in the UI's language (`steps`).
 */
export function applyDraft(
  survey: Survey,
  title: string,
  drafts: readonly QuestionDraft[],
  steps: readonly string[],
): Survey {
  const questions = drafts.map((d) => {
    const before = survey.questions.find((q) => q.id === d.id);
    const out: Record<string, unknown> = { ...before, id: d.id, text: d.text, kind: d.kind.trim() };
    if (d.scale)
      out.scale =
        before?.scale ?? steps.map((label, i) => ({ label, weight: SCALE_WEIGHTS[i] ?? 1 }));
    else delete out.scale;
    if (d.symmetric) out.symmetric = true;
    else delete out.symmetric;
    if (d.symmetric && d.both) out.confirm = 'both';
    else delete out.confirm;
    return out as Question;
  });
  const kept = new Set(questions.map((q) => q.id));
  // Answers to a removed question go with it (undo brings them back).
  const waves = survey.waves.map((w) => ({
    ...w,
    responses: w.responses.map((r) => ({
      ...r,
      answers: r.answers.filter((a) => kept.has(a.question)),
    })),
  }));
  return { ...survey, title, questions, waves };
}

/** A question id not yet used in the draft: q1, q2, … */
export function newQuestionId(drafts: readonly QuestionDraft[]): string {
  const used = new Set(drafts.map((d) => d.id));
  let n = drafts.length + 1;
  while (used.has(`q${n}`)) n += 1;
  return `q${n}`;
}

/** Why the draft cannot be saved yet, as a key of what is wrong (the dialog says it). */
export function draftProblem(
  title: string,
  drafts: readonly QuestionDraft[],
): 'title' | 'none' | 'text' | 'kind' | 'kinds' | null {
  if (!title.trim()) return 'title';
  if (!drafts.length) return 'none';
  if (drafts.some((d) => !d.text.trim())) return 'text';
  if (drafts.some((d) => !d.kind.trim())) return 'kind';
  const kinds = drafts.map((d) => d.kind.trim());
  if (new Set(kinds).size !== kinds.length) return 'kinds';
  return null;
}

/** Today as YYYY-MM-DD, in the device's time zone. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A new wave asking everyone now in the network. */
export function newWave(
  doc: NetworkDocument,
  survey: Survey | undefined,
  label: string,
  date: string,
): Wave {
  const used = new Set(survey?.waves.map((w) => w.id) ?? []);
  let n = (survey?.waves.length ?? 0) + 1;
  while (used.has(`wave-${n}`)) n += 1;
  return {
    id: `wave-${n}`,
    label,
    ...(date ? { date } : {}),
    roster: doc.actors.map((a) => a.id),
    responses: [],
  };
}

/** A survey id that another network's survey is unlikely to share (codes tell them apart). */
export function newSurveyId(random: () => number = Math.random): string {
  let tail = '';
  for (let i = 0; i < 6; i++) tail += '0123456789abcdefghjkmnpqrstvwxyz'[Math.floor(random() * 32)];
  return `survey-${tail}`;
}
