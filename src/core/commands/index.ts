// applyCommand(doc, cmd) → {doc, inverse}: the only way the document changes. Pure; keeps the
// untouched parts of the document shared between versions.
import { describeValue } from '../document/paths';
import type { Actor, NetworkDocument } from '../document/types';
import { checkParameter } from '../simulation/parameters';
import { englishText } from '../messages/english';
import { parseScenario } from '../simulation/scenarios';
import { addActor, deleteActors, updateActor } from './actors';
import { CommandError } from './errors';
import { define } from './fields';
import { addGroup, deleteGroups, updateGroup } from './groups';
import { updateMeta } from './meta';
import { type SpliceResult, applySplice } from './splice';
import { addTie, deleteTies, updateTie } from './ties';
import { deleteView, moveView, saveView, viewTitle } from './views';
import { applySurveyCommand } from './surveys';
import type { ActorMove, Command, CommandResult } from './types';

export type * from './types';
export { CommandError } from './errors';
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
      return labelled(command, saveView(doc, command.view, command.at, command.restore));
    case 'views/delete':
      return labelled(command, deleteView(doc, command.id));
    case 'views/move':
      return labelled(command, moveView(doc, command.id, command.to));
    case 'actors/add':
      return spliced(command, addActor(doc, command.actor));
    case 'actors/update':
      return spliced(command, updateActor(doc, command.id, command.patch));
    case 'actors/delete':
      return spliced(command, deleteActors(doc, command.ids));
    case 'ties/add':
      return spliced(command, addTie(doc, command.tie));
    case 'ties/update':
      return spliced(command, updateTie(doc, command.id, command.patch));
    case 'ties/delete':
      return spliced(command, deleteTies(doc, command.ids));
    case 'groups/add':
      return spliced(command, addGroup(doc, command.group));
    case 'groups/update':
      return spliced(command, updateGroup(doc, command.id, command.patch));
    case 'groups/delete':
      return spliced(command, deleteGroups(doc, command.ids));
    case 'meta/update':
      return spliced(command, updateMeta(doc, command.patch));
    case 'document/splice':
      return spliced(command, applySplice(doc, command, true));
    case 'batch':
      return applyBatch(doc, command, depth);
    // The roster survey (src/core/commands/surveys.ts).
    case 'surveys/save':
    case 'surveys/delete':
    case 'surveys/respond':
    case 'surveys/put':
      return applySurveyCommand(doc, command);
    default:
      throw new CommandError(
        `unknown command ${describeValue((command as { type?: unknown }).type)}`,
      );
  }
}

/**
 * The result of an editing command: its inverse is a splice carrying the command's own
 * description, so the redo button names the command again after an undo.
 */
function spliced(command: Command, { doc, inverse }: SpliceResult): CommandResult {
  return { doc, inverse: { type: 'document/splice', ...inverse, label: describeCommand(command) } };
}

/** A step command's inverse carries the command's own description (the redo button says it). */
function labelled(command: Command, { doc, inverse }: CommandResult): CommandResult {
  return { doc, inverse: { ...inverse, label: describeCommand(command) } as Command };
}

function applyBatch(
  doc: NetworkDocument,
  batch: Extract<Command, { type: 'batch' }>,
  depth: number,
): CommandResult {
  if (!Array.isArray(batch.commands) || batch.commands.length === 0)
    throw new CommandError('nothing to do');
  if (depth >= MAX_BATCH_DEPTH) throw new CommandError('commands nested too deep');
  let current = doc;
  const inverses: Command[] = [];
  for (const command of batch.commands) {
    const result = applyCommand(current, command, depth + 1);
    current = result.doc;
    inverses.push(result.inverse);
  }
  return {
    doc: current,
    inverse: { type: 'batch', commands: inverses.reverse(), label: describeCommand(batch) },
  };
}

/** A short description for the undo and redo buttons. */
export function describeCommand(command: Command): string {
  if ('label' in command && command.label) return command.label;
  switch (command.type) {
    case 'document/replace':
      return 'replace the network';
    case 'actors/move':
      return command.moves.length === 1 ? 'move an actor' : `move ${command.moves.length} actors`;
    case 'parameters/set':
      return command.value === null
        ? `reset ${command.name}`
        : `set ${command.name} to ${command.value}`;
    case 'scenarios/save':
      return `save scenario ${JSON.stringify((command.scenario as { label?: unknown })?.label ?? '')}`;
    case 'scenarios/delete':
      return `delete scenario ${JSON.stringify(command.id)}`;
    case 'views/save':
      return `save step ${viewTitle(command.view)}`;
    case 'views/delete':
      return `delete step ${describeValue(command.id)}`;
    case 'views/move':
      return `move step ${describeValue(command.id)} to position ${command.to + 1}`;
    case 'actors/add':
      return `add person ${command.actor.label ?? command.actor.id ?? ''}`.trim();
    case 'actors/update':
      return `change ${fieldList(command.patch)} of ${describeValue(command.id)}`;
    case 'actors/delete':
      return count(command.ids, 'person', 'people');
    case 'ties/add':
      return `add ${command.tie.kind} tie ${command.tie.source} → ${command.tie.target}`;
    case 'ties/update':
      return command.patch.reverse
        ? `reverse tie ${describeValue(command.id)}`
        : `change ${fieldList(command.patch)} of tie ${describeValue(command.id)}`;
    case 'ties/delete':
      return count(command.ids, 'tie', 'ties');
    case 'groups/add':
      return `add group ${command.group.label ?? command.group.id ?? ''}`.trim();
    case 'groups/update':
      return `change ${fieldList(command.patch)} of group ${describeValue(command.id)}`;
    case 'groups/delete':
      return count(command.ids, 'group', 'groups');
    case 'meta/update':
      return command.patch.title !== undefined ? 'rename the network' : 'change the description';
    case 'batch':
      return `${command.commands.length} changes`;
    case 'document/splice':
      return 'change the network';
    default:
      return 'change';
  }
}

const fieldList = (patch: object) => Object.keys(patch).join(', ') || 'nothing';

function count(ids: readonly string[], one: string, many: string): string {
  return ids.length === 1
    ? `delete ${one} ${describeValue(ids[0])}`
    : `delete ${ids.length} ${many}`;
}

function moveActors(
  doc: NetworkDocument,
  moves: readonly ActorMove[],
  label?: string,
): CommandResult {
  const index = new Map<string, number>();
  doc.actors.forEach((actor, i) => index.set(actor.id, i));
  const actors: Actor[] = doc.actors.slice();
  const undo: ActorMove[] = [];
  for (const move of moves) {
    const i = index.get(move.id);
    if (i === undefined)
      throw new CommandError(`actors/move: no actor with id ${describeValue(move.id)}`);
    if (move.position && !(Number.isFinite(move.position.x) && Number.isFinite(move.position.y))) {
      throw new CommandError(`actors/move: position of ${describeValue(move.id)} is not finite`);
    }
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
    if (error) throw new CommandError(`parameters/set: ${englishText(error)}`);
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
  if (!parsed.ok) {
    throw new CommandError(
      `scenarios/save: ${parsed.errors.map((e) => englishText(e)).join('; ')}`,
    );
  }
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
  if (at < 0) throw new CommandError(`scenarios/delete: no scenario with id ${describeValue(id)}`);
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
