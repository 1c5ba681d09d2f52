// The readiness check's fix-it actions as commands (one undo step each, with the words the undo
// button shows): mark groups as teams, give a person a role, add a support tie.
import type { Command } from '../../core/commands';
import type { NetworkDocument } from '../../core/document/types';
import { actorName, addTieCommand, groupName } from '../editing/actions';
import { roleName } from '../graph/palette';
import { m } from '../i18n-plain';

/** Marks the groups as teams (kind "team"): one undo step. */
export function markTeamsCommand(doc: NetworkDocument, ids: readonly string[]): Command {
  return {
    type: 'batch',
    label:
      ids.length === 1
        ? m.ws_undo_mark_team({ name: groupName(doc, ids[0]!) })
        : m.ws_undo_mark_teams({ count: ids.length }),
    commands: ids.map((id): Command => ({ type: 'groups/update', id, patch: { kind: 'team' } })),
  };
}

/** Gives a person a role (a local coordinator, a manager). */
export function setRoleCommand(doc: NetworkDocument, id: string, role: string): Command {
  return {
    type: 'actors/update',
    id,
    patch: { role },
    label: m.ws_undo_set_role({ name: actorName(doc, id), role: roleName(role).toLowerCase() }),
  };
}

/** A support tie: `source` (in a team) looks to `target` (a manager) for support. */
export function addSupportCommand(doc: NetworkDocument, source: string, target: string): Command {
  return addTieCommand(doc, source, target, 'support');
}
