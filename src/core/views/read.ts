// The story of a document: its readable steps in order, and which views cannot be read (kept as
// they are, never dropped). Each view is checked by the step's schema (zod): the page loads this
// after its first view (src/state/story.svelte.ts).
import type { NetworkDocument } from '../document/types';
import { say } from './messages';
import { type StepIssue, parseStep } from './step';
import type { PlacedStep } from './story';

export interface Story {
  readonly steps: readonly PlacedStep[];
  /** Views that are not steps this version can show: kept in the document, listed here. */
  readonly unreadable: readonly StepIssue[];
}

export function readStory(doc: NetworkDocument): Story {
  const steps: PlacedStep[] = [];
  const unreadable: StepIssue[] = [];
  const seen = new Set<string>();
  doc.views.forEach((view, at) => {
    const parsed = parseStep(view, ['views', at]);
    if (!parsed.ok) {
      unreadable.push(parsed.errors[0]!);
      return;
    }
    if (seen.has(parsed.step.id)) {
      unreadable.push(say('view_duplicate_id', {}, { path: ['views', at, 'id'] }));
      return;
    }
    seen.add(parsed.step.id);
    steps.push({ at, step: parsed.step });
  });
  return { steps, unreadable };
}
