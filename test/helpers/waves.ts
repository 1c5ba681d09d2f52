// Two versions of the example collaborative for the comparison tests (issue 13): in the second,
// the emergency department's coordinator Lars W. is replaced by Sofie N. (his 11 ties go, her
// 6 come), and five other ties changed — three removed, two added. Built with commands, so the
// second version is a document the app would accept.
import { type Command, applyCommand } from '../../src/core/commands';
import type { NetworkDocument } from '../../src/core/document/types';
import { createExampleDocument } from '../../src/core/example/qic-example';

export const REPLACED = { id: 'team-ed-c', label: 'Lars W.' };
export const REPLACEMENT = { id: 'team-ed-c2', label: 'Sofie N.' };
/** The five ties changed apart from the replacement. */
export const REMOVED_TIES = [
  'leadership-team-med-5-team-med-4',
  'leadership-team-ortho-1-team-ortho-2',
  'leadership-team-ortho-3-team-ortho-4',
];
export const ADDED_TIES = [
  { source: 'team-ortho-2', target: 'team-ortho-5', kind: 'leadership', weight: 0.6 },
  { source: 'team-homecare-1', target: 'team-homecare-3', kind: 'leadership', weight: 0.4 },
];
/** The replacement's ties: four members look to her, she has support and coordination. */
export const REPLACEMENT_TIES = [
  ...['team-ed-1', 'team-ed-2', 'team-ed-3', 'team-ed-4'].map((source) => ({
    source,
    target: REPLACEMENT.id,
    kind: 'leadership',
    weight: 0.7,
  })),
  { source: REPLACEMENT.id, target: 'mgr-hospital', kind: 'support', weight: 0.6 },
  { source: REPLACEMENT.id, target: 'regional-coordinator', kind: 'coordination', weight: 0.8 },
];

export function exampleSecondWave(first: NetworkDocument = createExampleDocument()) {
  const commands: Command[] = [
    { type: 'actors/delete', ids: [REPLACED.id] },
    {
      type: 'actors/add',
      actor: { ...REPLACEMENT, role: 'coordinator', group: 'team-ed' },
    },
    ...REPLACEMENT_TIES.map((tie): Command => ({ type: 'ties/add', tie })),
    { type: 'ties/delete', ids: REMOVED_TIES },
    ...ADDED_TIES.map((tie): Command => ({ type: 'ties/add', tie })),
    { type: 'meta/update', patch: { title: `${first.meta.title ?? ''} — wave 2` } },
  ];
  let doc = first;
  for (const command of commands) doc = applyCommand(doc, command).doc;
  return doc;
}
