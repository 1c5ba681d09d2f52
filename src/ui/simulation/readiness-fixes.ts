// The readiness check's fix-it actions as commands (one undo step each; the undo button names
// them as the engine describes them): mark groups as teams, give a person a role, add a support tie.
import type { Command } from '../../core/commands';
import { say } from '../../core/commands/messages';
import type { NetworkDocument } from '../../core/document/types';
import { addTieCommand } from '../editing/actions';

/** Marks the groups as teams (kind "team"): one undo step. */
export function markTeamsCommand(ids: readonly string[]): Command {
  const commands = ids.map((id): Command => ({
    type: 'groups/update',
    id,
    patch: { kind: 'team' },
  }));
  // One group: its own label ("make group Medical ward a team").
  if (commands.length === 1) return commands[0]!;
  return { type: 'batch', label: say('undo_mark_teams', { count: ids.length }), commands };
}

/** Gives a person a role (a local coordinator, a manager): "set role of Mette H. to manager". */
export function setRoleCommand(id: string, role: string): Command {
  return { type: 'actors/update', id, patch: { role } };
}

/** A support tie: `source` (in a team) looks to `target` (a manager) for support. */
export function addSupportCommand(doc: NetworkDocument, source: string, target: string): Command {
  return addTieCommand(doc, source, target, 'support');
}
