// Commands: plain data describing one change to the document (DESIGN §1, STYLE "State flow").
// Ids are stable: a command never renames an actor's, tie's or group's id (ties and groups
// point at ids, and so do saved scenarios); what users rename is the label.
import type { AttributeValue } from '../document/schema';
import type { Actor, DocumentMeta, Group, NetworkDocument, Position, Tie } from '../document/types';
import type { Message } from '../messages/types';

export interface ActorMove {
  readonly id: string;
  /** The new position; null removes the actor's stored position. */
  readonly position: Position | null;
}

export type Attributes = Readonly<Record<string, AttributeValue>>;

/** A new person; without an id one is made (`person-1`, `person-2`, …). */
export interface NewActor {
  readonly id?: string;
  readonly label?: string;
  readonly role: string;
  readonly group?: string;
  readonly attributes?: Attributes;
  readonly position?: Position;
}

/** A change to a person: a missing field stays; null removes an optional field. */
export interface ActorPatch {
  readonly label?: string | null;
  readonly role?: string;
  readonly group?: string | null;
  readonly attributes?: Attributes | null;
}

/** A new tie, from the one who looks to (`source`) to the one looked to; weight 1 by default. */
export interface NewTie {
  readonly id?: string;
  readonly source: string;
  readonly target: string;
  readonly kind: string;
  readonly weight?: number;
  readonly attributes?: Attributes;
}

export interface TiePatch {
  readonly kind?: string;
  readonly weight?: number;
  /** Swap source and target. */
  readonly reverse?: boolean;
}

export interface NewGroup {
  readonly id?: string;
  readonly label?: string;
  readonly kind: string;
  readonly parent?: string;
  readonly attributes?: Attributes;
}

export interface GroupPatch {
  readonly label?: string | null;
  readonly kind?: string;
  readonly parent?: string | null;
  readonly attributes?: Attributes | null;
}

export interface MetaPatch {
  readonly title?: string | null;
  readonly description?: string | null;
}

/** An item and its index in the array it belongs to. */
export interface Placed<T> {
  readonly at: number;
  readonly item: T;
}

interface Collections<G, A, T> {
  readonly groups?: readonly G[];
  readonly actors?: readonly A[];
  readonly ties?: readonly T[];
}

/**
 * The structural change every editing command comes down to, and the form of their inverses:
 * remove items by id, insert whole items at indexes of the resulting arrays (ascending), and
 * replace items in place (same id). Undo puts back the very objects, at their very indexes.
 */
export interface Splice {
  readonly remove?: Collections<string, string, string>;
  readonly insert?: Collections<Placed<Group>, Placed<Actor>, Placed<Tie>>;
  readonly replace?: Collections<Placed<Group>, Placed<Actor>, Placed<Tie>>;
  /** The whole new meta object. */
  readonly meta?: DocumentMeta;
}

/**
 * `label` on a command is what the undo and redo buttons say (describeCommand): a message, so it
 * follows a language switch. Without one, describeCommand says what the command does.
 */
export type Command =
  /** Replace the whole document (opening a file, restoring the example). */
  | { readonly type: 'document/replace'; readonly doc: NetworkDocument; readonly label?: Message }
  /** Move actors: a drag, or a layout applied to the whole network; one undo step. */
  | { readonly type: 'actors/move'; readonly moves: readonly ActorMove[]; readonly label?: Message }
  /** Set a model parameter (DESIGN §5.3) for this network; null returns it to its default. */
  | { readonly type: 'parameters/set'; readonly name: string; readonly value: number | null }
  /** Save a scenario (DESIGN §5.4) in the document, replacing one with the same id. */
  | { readonly type: 'scenarios/save'; readonly scenario: unknown }
  /** Remove the scenario with this id from the network. */
  | { readonly type: 'scenarios/delete'; readonly id: string }
  /**
   * Save a story step (`views`): replace the step with the same id in place, or add it at the
   * end (or at index `at`). The view is stored as given, unknown fields included.
   */
  | {
      readonly type: 'views/save';
      readonly view: unknown;
      readonly at?: number;
      /** Put back a view exactly as it was, unchecked (the inverse of a delete or replace). */
      readonly restore?: boolean;
      readonly label?: Message;
    }
  /** Remove the story step with this id. */
  | { readonly type: 'views/delete'; readonly id: string; readonly label?: Message }
  /** Move the story step with this id to index `to` of the steps. */
  | {
      readonly type: 'views/move';
      readonly id: string;
      readonly to: number;
      readonly label?: Message;
    }
  | { readonly type: 'actors/add'; readonly actor: NewActor; readonly label?: Message }
  | {
      readonly type: 'actors/update';
      readonly id: string;
      readonly patch: ActorPatch;
      readonly label?: Message;
    }
  /** Delete people and every tie to or from them. */
  | { readonly type: 'actors/delete'; readonly ids: readonly string[]; readonly label?: Message }
  | { readonly type: 'ties/add'; readonly tie: NewTie; readonly label?: Message }
  | {
      readonly type: 'ties/update';
      readonly id: string;
      readonly patch: TiePatch;
      readonly label?: Message;
    }
  | { readonly type: 'ties/delete'; readonly ids: readonly string[]; readonly label?: Message }
  | { readonly type: 'groups/add'; readonly group: NewGroup; readonly label?: Message }
  | {
      readonly type: 'groups/update';
      readonly id: string;
      readonly patch: GroupPatch;
      readonly label?: Message;
    }
  /**
   * Delete groups. Their members become ungrouped (they stay in the network); groups nested in
   * a deleted group move up to its parent (the nearest one not deleted, or none).
   */
  | { readonly type: 'groups/delete'; readonly ids: readonly string[]; readonly label?: Message }
  /** Rename the network or change its description. */
  | { readonly type: 'meta/update'; readonly patch: MetaPatch; readonly label?: Message }
  /** Several commands as one undo step, applied in order; all apply or none. */
  | { readonly type: 'batch'; readonly commands: readonly Command[]; readonly label: Message }
  /** The structural form of the commands above (see Splice); the inverse of each of them. */
  | ({ readonly type: 'document/splice'; readonly label?: Message } & Splice);

export interface CommandResult {
  readonly doc: NetworkDocument;
  /** The command that undoes this one when applied to `doc`. */
  readonly inverse: Command;
}
