// The layouts' names as terms, and the words for running one (an undo label and a job's name):
// texts in messages/{en,da}/engine-layout.json. The layout menu shows the same names.
import { defineMessages } from '../messages/types';

export const LAYOUT_MESSAGES = defineMessages({
  layout_run: { layout: 'term' },
  layout_force: {},
  layout_hierarchy: {},
  layout_concentric: {},
  layout_concentric_inverse: {},
  /** The overview's community-first layout (overview.ts). */
  layout_communities: {},
});

export const say = LAYOUT_MESSAGES.say;
