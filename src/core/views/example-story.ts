// The built-in example's story, the one a facilitator would tell: the whole collaborative, one
// team's distributed leadership, its manager's support, and what happens when support is
// withdrawn. Each step names the hierarchy layout and saves no positions or viewport: it is
// drawn in that layout (management on top, each team below its coordinator, wide like a
// projected screen) and fits its focus, whatever layout the user has on screen.
import type { StoryStep } from './step';

/** A fresh copy each call: documents are immutable, but a caller may build on the list. */
export function exampleStory(): StoryStep[] {
  return JSON.parse(JSON.stringify(EXAMPLE_STORY)) as StoryStep[];
}

const EXAMPLE_STORY: readonly StoryStep[] = [
  {
    id: 'step-whole',
    layout: 'hierarchy',
    title: 'The whole collaborative',
    note: 'Six local QI teams in a hospital and a municipality, one regional coordinator and two managers. An arrow points to the person someone looks to.',
  },
  {
    id: 'step-ortho-leadership',
    layout: 'hierarchy',
    title: 'Distributed leadership on the orthopaedic ward',
    note: 'Nurses, physicians and therapists look to each other, not only to their coordinator: leadership is shared across professions.',
    focus: { groups: ['team-ortho'], tieKinds: ['leadership'] },
  },
  {
    id: 'step-ortho-support',
    layout: 'hierarchy',
    title: "The ward's support from management",
    note: 'The hospital director supports the coordinator and one nurse; the coordinator reports to him.',
    focus: { actors: ['mgr-hospital'], groups: ['team-ortho'], tieKinds: ['support', 'reporting'] },
  },
  {
    id: 'step-support-withdrawn',
    layout: 'hierarchy',
    title: 'What if support is withdrawn?',
    note: 'Management withdraws its support at week 26. At week 52 the teams are filled by their simulated progress (pale: little, green: much); faded ties are gone.',
    scenario: 'support-withdrawn-26',
    week: 52,
  },
];
