// What reading a story step says (texts in messages/{en,da}/engine-views.json); the rest of a
// step's complaints are the schema's `value_*` codes.
import { defineMessages } from '../messages/types';

export const VIEW_MESSAGES = defineMessages({
  view_finite: { got: 'value' },
  view_box: { got: 'value' },
  view_week_needs_scenario: {},
  view_duplicate_id: {},
});

export const say = VIEW_MESSAGES.say;
