// applyCommand(doc, cmd) → {doc, inverse}: the only way the document changes. Pure; keeps the
// untouched parts of the document shared between versions.
import { describeValue } from '../document/paths';
import type { Actor, NetworkDocument } from '../document/types';
import { checkParameter } from '../simulation/parameters';
import { parseScenario } from '../simulation/scenarios';
import type { ActorMove, Command, CommandResult } from './types';

export type { ActorMove, Command, CommandResult } from './types';

/** A command that cannot apply to the document (for example, it names a missing actor). */
export class CommandError extends Error {
  override name = 'CommandError';
}

export function applyCommand(doc: NetworkDocument, command: Command): CommandResult {
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
  }
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
  }
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
    const error = checkParameter(name, value, `parameters.${name}`, []);
    if (error) throw new CommandError(`parameters/set: ${error.path}: ${error.message}`);
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
      `scenarios/save: ${parsed.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`,
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

/** Copies a key as an own data property, so an id-like key such as `__proto__` stays data. */
function define(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}
