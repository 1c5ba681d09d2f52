// Roles, groups and team kinds set for many at once (issue 13): a selection of people gets one
// role or one group, chosen groups become teams — each as ONE undo step, whatever the count.
// Only the people whose role or group actually changes are in the command.
import type { Command } from '../../core/commands';
import { COMMAND_MESSAGES } from '../../core/commands/messages';
import type { NetworkDocument } from '../../core/document/types';
import { markTeamsCommand } from '../simulation/readiness-fixes';

const say = COMMAND_MESSAGES.say;

/** Everyone in `ids` gets `role`: one undo step; null when nobody's role would change. */
export function setRolesCommand(
  doc: NetworkDocument,
  ids: readonly string[],
  role: string,
): Command | null {
  const wanted = new Set(ids);
  const changing = doc.actors.filter((a) => wanted.has(a.id) && a.role !== role);
  if (!changing.length) return null;
  const commands = changing.map((a): Command => ({
    type: 'actors/update',
    id: a.id,
    patch: { role },
  }));
  if (commands.length === 1) return commands[0]!;
  return {
    type: 'batch',
    label: say('undo_set_role_many', { count: commands.length, role }),
    commands,
  };
}

/** Everyone in `ids` moves to `group` (null: out of any group): one undo step, or null. */
export function setGroupsCommand(
  doc: NetworkDocument,
  ids: readonly string[],
  group: string | null,
): Command | null {
  const wanted = new Set(ids);
  const changing = doc.actors.filter((a) => wanted.has(a.id) && (a.group ?? null) !== group);
  if (!changing.length) return null;
  const commands = changing.map((a): Command => ({
    type: 'actors/update',
    id: a.id,
    patch: { group },
  }));
  if (commands.length === 1) return commands[0]!;
  const name = group === null ? '' : (doc.groups.find((g) => g.id === group)?.label ?? group);
  return {
    type: 'batch',
    label:
      group === null
        ? say('undo_ungroup_many', { count: commands.length })
        : say('undo_regroup_many', { count: commands.length, group: name }),
    commands,
  };
}

/** The chosen groups that are not teams yet become teams (the readiness check's fix-it). */
export function makeTeamsCommand(doc: NetworkDocument, ids: readonly string[]): Command | null {
  const wanted = new Set(ids);
  const changing = doc.groups.filter((g) => wanted.has(g.id) && g.kind !== 'team').map((g) => g.id);
  return changing.length ? markTeamsCommand(changing) : null;
}
