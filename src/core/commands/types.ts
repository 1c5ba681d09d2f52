// Commands: plain data describing one change to the document (DESIGN §1, STYLE "State flow").
import type { NetworkDocument, Position } from '../document/types';

export interface ActorMove {
  readonly id: string;
  /** The new position; null removes the actor's stored position. */
  readonly position: Position | null;
}

export type Command =
  /** Replace the whole document (opening a file, restoring the example). */
  | { readonly type: 'document/replace'; readonly doc: NetworkDocument; readonly label?: string }
  /** Move actors: a drag, or a layout applied to the whole network; one undo step. */
  | { readonly type: 'actors/move'; readonly moves: readonly ActorMove[]; readonly label?: string }
  /** Set a model parameter (DESIGN §5.3) for this network; null returns it to its default. */
  | { readonly type: 'parameters/set'; readonly name: string; readonly value: number | null }
  /** Save a scenario (DESIGN §5.4) in the document, replacing one with the same id. */
  | { readonly type: 'scenarios/save'; readonly scenario: unknown }
  /** Remove the scenario with this id from the network. */
  | { readonly type: 'scenarios/delete'; readonly id: string };

export interface CommandResult {
  readonly doc: NetworkDocument;
  /** The command that undoes this one when applied to `doc`. */
  readonly inverse: Command;
}
