// A story step: one saved view of the network (the document's `views`), shown in order when the
// facilitator presents. A step is plain JSON; fields this version does not know are kept as
// they are (the commands store the very object they were given).
//
// What a step holds, and why:
// - `positions`: every actor's position when the step was captured, so the step looks the same
//   after later drags or a new layout. Actors added later (not in the list) are drawn where the
//   document has them. A list of {id, x, y}, never an object keyed by user ids.
// - `viewport`: the part of the drawing on screen, as a box in drawing coordinates (not zoom and
//   pan, which depend on the screen's size): the box is fitted to whatever screen presents it.
//   Without it the focus is fitted, or the whole network when there is no focus.
// - `focus`: the actors and groups highlighted (a group brings every actor in it and in the
//   groups under it); everyone else is dimmed. `tieKinds` narrows the highlighted ties (those
//   between two highlighted actors) to these kinds. No focus: nothing is dimmed.
// - `measure`: the actor measures shown as node size and colour.
// - `scenario` and `week`: a what-if run (a preset id or a saved scenario's id) and the week of
//   it shown on the network.
// - `compare`: a comparison with an earlier network (src/core/compare/step.ts): its title, the
//   people who joined and left, the ties added and removed — drawn as the comparison is in the
//   app. Optional, so older steps still read.
import { z } from 'zod';
import '../document/schema'; // sets z.config({ jitless: true }) before any parse here
import { VALUE_MESSAGES } from '../messages/common';
import type { Message } from '../messages/types';
import { zodIssueMessage } from '../messages/zod';
import { VIEW_MESSAGES } from './messages';

// Custom errors are message codes (src/core/messages/zod.ts fills in their parameters).
const id = z.string().min(1, { error: 'value_nonempty' });
const ids = z.array(id).optional();
const coordinate = z.number().refine(Number.isFinite, { error: 'view_finite' });

/** The longest week a step may show (the simulation runs at most 260 weeks). */
export const MAX_STEP_WEEK = 260;

export const stepSchema = z
  .looseObject({
    id,
    title: z.string(),
    note: z.string().optional(),
    layout: z.string().optional(),
    positions: z.array(z.looseObject({ id, x: coordinate, y: coordinate })).optional(),
    viewport: z
      .looseObject({ x1: coordinate, y1: coordinate, x2: coordinate, y2: coordinate })
      .refine((v) => v.x2 > v.x1 && v.y2 > v.y1, { error: 'view_box' })
      .optional(),
    focus: z.looseObject({ actors: ids, groups: ids, tieKinds: ids }).optional(),
    measure: z.looseObject({ sizeBy: id.optional(), colorBy: id.optional() }).optional(),
    scenario: id.optional(),
    week: z.number().int({ error: 'value_whole_week' }).min(0).max(MAX_STEP_WEEK).optional(),
    compare: z
      .looseObject({
        title: z.string(),
        joined: z.array(id),
        left: z.array(
          z.looseObject({
            id,
            label: z.string().optional(),
            role: z.string(),
            group: id.optional(),
            x: coordinate.optional(),
            y: coordinate.optional(),
          }),
        ),
        added: z.array(id),
        removed: z.array(
          z.looseObject({
            source: id,
            target: id,
            kind: z.string(),
            weight: z.number().refine((w) => Number.isFinite(w) && w > 0 && w <= 1, {
              error: 'view_finite',
            }),
          }),
        ),
      })
      .optional(),
  })
  .refine((step) => step.week === undefined || step.scenario !== undefined, {
    error: 'view_week_needs_scenario',
    path: ['week'],
  });

export type StoryStep = z.output<typeof stepSchema>;
export type StepFocus = NonNullable<StoryStep['focus']>;
export type StepViewport = NonNullable<StoryStep['viewport']>;
export type StepPosition = NonNullable<StoryStep['positions']>[number];

/** What is wrong with a view: a message at its path (`views[2].week`). */
export type StepIssue = Message;

export type StepParse = { ok: true; step: StoryStep } | { ok: false; errors: StepIssue[] };

const STEP_CODES = { ...VALUE_MESSAGES.specs, ...VIEW_MESSAGES.specs };

/** Checks one view; `at` is where it sits (`['views', 2]`) for the messages. */
export function parseStep(value: unknown, at: readonly (string | number)[] = []): StepParse {
  const result = stepSchema.safeParse(value, { reportInput: true });
  if (result.success) return { ok: true, step: result.data };
  return {
    ok: false,
    errors: result.error.issues.map((issue) =>
      zodIssueMessage(
        issue,
        { path: [...at, ...issue.path.map((k) => (typeof k === 'number' ? k : String(k)))] },
        STEP_CODES,
      ),
    ),
  };
}

export { viewId } from './view-id';
