// applyCommand(doc, cmd) → {doc, inverse}: the only way the document changes. Pure; keeps the
// untouched parts of the document shared between versions.
import { describeValue } from '../document/paths';
import type { Actor, NetworkDocument } from '../document/types';
import type { Message } from '../messages/types';
import { checkParameter } from '../simulation/parameters';
import { parseScenario } from '../simulation/scenario-schema';
import { viewId } from '../views/step';
import { addActor, deleteActors, updateActor } from './actors';
import { CommandError } from './errors';
import { define, groupName, personName } from './fields';
import { addGroup, deleteGroups, updateGroup } from './groups';
import { updateMeta } from './meta';
import { type SpliceResult, applySplice } from './splice';
import { addTie, deleteTies, updateTie } from './ties';
import { say } from './messages';
import { deleteView, moveView, saveView, stepTitle, viewTitle } from './views';
import type { ActorMove, ActorPatch, Command, CommandResult, GroupPatch } from './types';
import { applySurveyCommand, describeSurveyCommand } from './surveys';

export type * from './types';
export { CommandError } from './errors';
export { COMMAND_MESSAGES } from './messages';
export { freshId } from './fields';

/** Nested batches deeper than this are refused (a runaway, not an edit). */
const MAX_BATCH_DEPTH = 16;

export function applyCommand(doc: NetworkDocument, command: Command, depth = 0): CommandResult {
  switch (command.type) {
    case 'document/replace':
      return {
        doc: command.doc,
        inverse: { type: 'document/replace', doc, label: command.label },
      };
    case 'actors/move':
      return moveActors(doc, command.moves, command.label);
    case 'parameters/set':
      return setParameter(doc, command.name, command.value);
    case 'scenarios/save':
      return saveScenario(doc, command.scenario);
    case 'scenarios/delete':
      return deleteScenario(doc, command.id);
    case 'views/save':
      return labelled(command, doc, saveView(doc, command.view, command.at, command.restore));
    case 'views/delete':
      return labelled(command, doc, deleteView(doc, command.id));
    case 'views/move':
      return labelled(command, doc, moveView(doc, command.id, command.to));
    case 'actors/add':
      return spliced(command, doc, addActor(doc, command.actor));
    case 'actors/update':
      return spliced(command, doc, updateActor(doc, command.id, command.patch));
    case 'actors/delete':
      return spliced(command, doc, deleteActors(doc, command.ids));
    case 'ties/add':
      return spliced(command, doc, addTie(doc, command.tie));
    case 'ties/update':
      return spliced(command, doc, updateTie(doc, command.id, command.patch));
    case 'ties/delete':
      return spliced(command, doc, deleteTies(doc, command.ids));
    case 'groups/add':
      return spliced(command, doc, addGroup(doc, command.group));
    case 'groups/update':
      return spliced(command, doc, updateGroup(doc, command.id, command.patch));
    case 'groups/delete':
      return spliced(command, doc, deleteGroups(doc, command.ids));
    case 'meta/update':
      return spliced(command, doc, updateMeta(doc, command.patch));
    case 'document/splice':
      return spliced(command, doc, applySplice(doc, command, true));
    case 'batch':
      return applyBatch(doc, command, depth);
    // The roster survey (src/core/commands/surveys.ts).
    case 'surveys/save':
    case 'surveys/delete':
    case 'surveys/respond':
    case 'surveys/put':
      return labelled(command, doc, applySurveyCommand(doc, command));
    default:
      throw new CommandError(
        say('cmd_unknown', { type: describeValue((command as { type?: unknown }).type) }),
      );
  }
}

/**
 * The result of an editing command: its inverse is a splice carrying the command's own
 * description, so the redo button names the command again after an undo.
 */
function spliced(
  command: Command,
  before: NetworkDocument,
  { doc, inverse }: SpliceResult,
): CommandResult {
  return {
    doc,
    inverse: { type: 'document/splice', ...inverse, label: describeCommand(command, before) },
  };
}

/** A step command's inverse carries the command's own description (the redo button says it). */
function labelled(
  command: Command,
  before: NetworkDocument,
  { doc, inverse }: CommandResult,
): CommandResult {
  return { doc, inverse: { ...inverse, label: describeCommand(command, before) } as Command };
}

function applyBatch(
  doc: NetworkDocument,
  batch: Extract<Command, { type: 'batch' }>,
  depth: number,
): CommandResult {
  if (!Array.isArray(batch.commands) || batch.commands.length === 0)
    throw new CommandError(say('cmd_nothing_to_do', {}));
  if (depth >= MAX_BATCH_DEPTH) throw new CommandError(say('cmd_too_deep', {}));
  let current = doc;
  const inverses: Command[] = [];
  for (const command of batch.commands) {
    const result = applyCommand(current, command, depth + 1);
    current = result.doc;
    inverses.push(result.inverse);
  }
  return {
    doc: current,
    inverse: { type: 'batch', commands: inverses.reverse(), label: describeCommand(batch, doc) },
  };
}

/**
 * What the undo and redo buttons say for a command: its own label, or a description naming
 * people, groups, ties, scenarios and steps by their labels in `doc` (the document the command
 * applies to; without it, by their ids).
 */
export function describeCommand(command: Command, doc?: NetworkDocument): Message {
  if ('label' in command && command.label) return command.label;
  const person = (id: string) => personName(doc, id);
  const group = (id: string) => groupName(doc, id);
  const tie = (id: string) => {
    const found = doc?.ties.find((t) => t.id === id);
    return found
      ? { source: person(found.source), target: person(found.target) }
      : { source: id, target: id };
  };
  switch (command.type) {
    case 'document/replace':
      return say('undo_replace', {});
    case 'actors/move':
      return command.moves.length === 1
        ? say('undo_move_one', { name: person(command.moves[0]!.id) })
        : say('undo_move_many', { count: command.moves.length });
    case 'parameters/set':
      return command.value === null
        ? say('undo_reset_parameter', { name: command.name })
        : say('undo_set_parameter', { name: command.name, value: command.value });
    case 'scenarios/save': {
      const scenario = command.scenario as { label?: unknown; id?: unknown } | null;
      const label = typeof scenario?.label === 'string' ? scenario.label : '';
      return say('undo_save_scenario', { scenario: label || String(scenario?.id ?? '') });
    }
    case 'scenarios/delete': {
      const saved = doc?.scenarios.find((s) => scenarioId(s) === command.id) as
        { label?: unknown } | undefined;
      const label = typeof saved?.label === 'string' && saved.label ? saved.label : command.id;
      return say('undo_delete_scenario', { scenario: label });
    }
    case 'views/save': {
      const id = viewId(command.view);
      const exists = id !== undefined && doc?.views.some((v) => viewId(v) === id);
      const title = viewTitle(command.view);
      return exists ? say('undo_change_step', { title }) : say('undo_add_step', { title });
    }
    case 'views/delete':
      return say('undo_delete_step', { title: stepTitle(doc, command.id) });
    case 'views/move':
      return say('undo_move_step', { title: stepTitle(doc, command.id), position: command.to + 1 });
    case 'actors/add':
      return say('undo_add_person', { name: command.actor.label ?? command.actor.id ?? '' });
    case 'actors/update':
      return describePersonChange(command.id, command.patch, person, group);
    case 'actors/delete':
      return command.ids.length === 1
        ? say('undo_delete_person', { name: person(command.ids[0]!) })
        : say('undo_delete_people', { count: command.ids.length });
    case 'ties/add':
      return say('undo_add_tie', {
        kind: command.tie.kind,
        source: person(command.tie.source),
        target: person(command.tie.target),
      });
    case 'ties/update': {
      const ends = tie(command.id);
      const { patch } = command;
      if (patch.reverse) return say('undo_reverse_tie', ends);
      const fields = Object.keys(patch);
      if (fields.length === 1 && patch.weight !== undefined)
        return say('undo_tie_weight', { ...ends, weight: patch.weight });
      if (fields.length === 1 && patch.kind !== undefined)
        return say('undo_tie_kind', { ...ends, kind: patch.kind });
      return say('undo_change_tie', ends);
    }
    case 'ties/delete':
      return command.ids.length === 1
        ? say('undo_delete_tie', tie(command.ids[0]!))
        : say('undo_delete_ties', { count: command.ids.length });
    case 'groups/add':
      return say('undo_add_group', { name: command.group.label ?? command.group.id ?? '' });
    case 'groups/update':
      return describeGroupChange(command.id, command.patch, group);
    case 'groups/delete':
      return command.ids.length === 1
        ? say('undo_delete_group', { name: group(command.ids[0]!) })
        : say('undo_delete_groups', { count: command.ids.length });
    case 'meta/update':
      if (command.patch.title !== undefined)
        return command.patch.title
          ? say('undo_rename_network', { title: command.patch.title })
          : say('undo_untitle_network', {});
      return say('undo_description', {});
    case 'batch':
      return say('undo_batch', { count: command.commands.length });
    case 'surveys/save':
    case 'surveys/delete':
    case 'surveys/respond':
    case 'surveys/put':
      return describeSurveyCommand(command, doc);
    default:
      return say('undo_change', {});
  }
}

function describePersonChange(
  id: string,
  patch: ActorPatch,
  person: (id: string) => string,
  group: (id: string) => string,
): Message {
  const name = person(id);
  const fields = Object.keys(patch).filter(
    (key) => (patch as Record<string, unknown>)[key] !== undefined,
  );
  if (fields.length !== 1) return say('undo_change_person', { name });
  if (patch.label !== undefined)
    return say('undo_rename_person', { name, label: patch.label ?? id });
  if (patch.role !== undefined) return say('undo_set_role', { name, role: patch.role });
  if (patch.group !== undefined)
    return patch.group === null
      ? say('undo_ungroup', { name })
      : say('undo_regroup', { name, group: group(patch.group) });
  return say('undo_person_attributes', { name });
}

function describeGroupChange(
  id: string,
  patch: GroupPatch,
  group: (id: string) => string,
): Message {
  const name = group(id);
  const fields = Object.keys(patch).filter(
    (key) => (patch as Record<string, unknown>)[key] !== undefined,
  );
  if (fields.length !== 1) return say('undo_change_group', { name });
  if (patch.label !== undefined)
    return say('undo_rename_group', { name, label: patch.label ?? id });
  if (patch.kind !== undefined) return say('undo_group_kind', { name, kind: patch.kind });
  if (patch.parent !== undefined)
    return patch.parent === null
      ? say('undo_group_out', { name })
      : say('undo_group_move', { name, parent: group(patch.parent) });
  return say('undo_group_attributes', { name });
}

function moveActors(
  doc: NetworkDocument,
  moves: readonly ActorMove[],
  label?: Message,
): CommandResult {
  const index = new Map<string, number>();
  doc.actors.forEach((actor, i) => index.set(actor.id, i));
  const actors: Actor[] = doc.actors.slice();
  const undo: ActorMove[] = [];
  for (const move of moves) {
    const i = index.get(move.id);
    if (i === undefined) throw new CommandError(say('cmd_no_person', { id: move.id }));
    if (move.position && !(Number.isFinite(move.position.x) && Number.isFinite(move.position.y)))
      throw new CommandError(
        say('cmd_position_not_finite', { person: doc.actors[i]!.label ?? move.id }),
      );
    const current = actors[i] as Actor;
    undo.push({ id: move.id, position: current.position ?? null });
    actors[i] = withPosition(current, move.position);
  }
  return {
    doc: { ...doc, actors },
    inverse: { type: 'actors/move', moves: undo.reverse(), label },
  };
}

function setParameter(doc: NetworkDocument, name: string, value: number | null): CommandResult {
  if (value !== null) {
    const error = checkParameter(name, value, { path: ['parameters', name] }, []);
    if (error) throw new CommandError(error);
  }
  const previous = Object.prototype.hasOwnProperty.call(doc.parameters, name)
    ? doc.parameters[name]!
    : null;
  const parameters: Record<string, number> = {};
  for (const [key, current] of Object.entries(doc.parameters))
    if (key !== name) define(parameters, key, current);
  if (value !== null) define(parameters, name, value);
  return {
    doc: { ...doc, parameters },
    inverse: { type: 'parameters/set', name, value: previous },
  };
}

const scenarioId = (s: unknown) =>
  typeof s === 'object' && s !== null ? (s as { id?: unknown }).id : undefined;

function saveScenario(doc: NetworkDocument, value: unknown): CommandResult {
  const parsed = parseScenario(value);
  if (!parsed.ok) throw new CommandError(parsed.errors);
  const id = parsed.scenario.id;
  const at = doc.scenarios.findIndex((s) => scenarioId(s) === id);
  const scenarios = doc.scenarios.slice();
  if (at >= 0) scenarios[at] = value;
  else scenarios.push(value);
  return {
    doc: { ...doc, scenarios },
    inverse:
      at >= 0
        ? { type: 'scenarios/save', scenario: doc.scenarios[at] }
        : { type: 'scenarios/delete', id },
  };
}

function deleteScenario(doc: NetworkDocument, id: string): CommandResult {
  const at = doc.scenarios.findIndex((s) => scenarioId(s) === id);
  if (at < 0) throw new CommandError(say('cmd_no_scenario', { id }));
  return {
    doc: { ...doc, scenarios: doc.scenarios.filter((_, i) => i !== at) },
    inverse: { type: 'scenarios/save', scenario: doc.scenarios[at] },
  };
}

function withPosition(actor: Actor, position: ActorMove['position']): Actor {
  if (position) return { ...actor, position: { x: position.x, y: position.y } };
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(actor))
    if (key !== 'position') define(rest, key, value);
  return rest as Actor;
}
