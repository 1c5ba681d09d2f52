// What comparing two networks says (texts in messages/{en,da}/engine-compare.json): how people
// and groups were matched, and who could not be. People are named by their labels.
import { defineMessages } from '../messages/types';

export const COMPARE_MESSAGES = defineMessages({
  cmp_matched_by_id: { matched: 'count', before: 'count', after: 'count' },
  cmp_matched_by_label: { matched: 'count', before: 'count', after: 'count' },
  cmp_label_twice: { name: 'name', count: 'count' },
  cmp_no_label: { count: 'count' },
  cmp_groups_by_label: { matched: 'count' },
  cmp_nothing_matched: {},
});

export const say = COMPARE_MESSAGES.say;
