// The open document and its history. The document is replaced, never mutated ($state.raw);
// every change is a command, and the history keeps each command with its inverse.
//
// The commands (and the schemas they check with, zod) are not in the page's first load: the
// entry loads them right after the first view (loadCommands). A change asked for before they
// are there waits for them, in order, and is applied then — a refusal then goes to `refused`,
// which the status line says, as for any refused edit.
import type { Command } from '../core/commands';
import { CommandError } from '../core/commands/errors';
import type { NetworkDocument } from '../core/document/types';
import type { Message } from '../core/messages/types';
import { say } from '../services/messages';
import { READ_ONLY_NOTICE } from '../services/storage/library';

type Commands = Pick<typeof import('../core/commands'), 'applyCommand' | 'describeCommand'>;

let commands: Commands | null = null;
let commandsLoading: Promise<Commands> | null = null;

/** Loads the edit commands (once): the entry asks right after the first view. */
export function loadCommands(): Promise<Commands> {
  if (!commandsLoading) {
    commandsLoading = import('../core/commands').then((module) => (commands = module));
    commandsLoading.catch(() => (commandsLoading = null));
  }
  return commandsLoading;
}

/** Whether the edit commands are loaded (a change before waits for them). */
export function commandsLoaded(): boolean {
  return commands !== null;
}

interface HistoryEntry {
  /** Re-applies the change. */
  forward: Command;
  /** Undoes it. */
  backward: Command;
  /** What the undo and redo buttons say: described once, with the names the change had. */
  label: Message;
}

/** Undo steps kept; older ones are forgotten. */
export const HISTORY_LIMIT = 500;

/** A refused change says why in messages, which the UI shows in the user's language. */
export type ExecuteResult = { ok: true } | { ok: false; messages: readonly Message[] };

export class DocumentStore {
  doc = $state.raw<NetworkDocument>() as NetworkDocument;
  /** Increases with every change: results computed for an older revision are stale. */
  revision = $state(0);
  #past = $state.raw<HistoryEntry[]>([]);
  #future = $state.raw<HistoryEntry[]>([]);
  /** While another tab edits this network: execute, undo and redo refuse (DESIGN §7). */
  readOnly = $state(false);
  /** Why a read-only store refuses: another tab edits the network, unless a hand-out says so. */
  readOnlyNotice: Message = READ_ONLY_NOTICE;
  /** The last refused edit's messages and when, so the app can show them whatever made the edit. */
  refused = $state.raw<{ messages: readonly Message[]; at: number } | null>(null);
  // Not reactive on purpose: listeners are plain callbacks, never read by the UI.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly #listeners = new Set<() => void>();

  readonly canUndo = $derived(this.#past.length > 0);
  readonly canRedo = $derived(this.#future.length > 0);
  /** What Undo would undo, or null when there is nothing (reactive: it reads the history). */
  get undoLabel(): Message | null {
    return this.#past.at(-1)?.label ?? null;
  }
  /** What Redo would do again, or null when there is nothing. */
  get redoLabel(): Message | null {
    return this.#future.at(-1)?.label ?? null;
  }

  /** Changes asked for before the commands were loaded, applied in order once they are. */
  #waiting: { command: Command; undoable: boolean }[] = [];

  constructor(doc: NetworkDocument) {
    this.doc = doc;
  }

  /**
   * Applies a command as one undo step; a command that cannot apply changes nothing. Before the
   * commands are loaded (the first moment after the first view) it waits for them: the answer
   * is then ok, and a refusal comes through `refused`.
   */
  execute(command: Command): ExecuteResult {
    if (this.readOnly) return this.#refuse();
    if (!commands) return this.#wait(command, true);
    const label = commands.describeCommand(command, this.doc);
    const result = this.#apply(command);
    if (!result.ok) return result;
    this.#past = [
      ...this.#past.slice(-(HISTORY_LIMIT - 1)),
      { forward: command, backward: result.inverse, label },
    ];
    this.#future = [];
    return { ok: true };
  }

  /**
   * Applies a command without an undo step: only for what the app derives on its own, such as
   * the first layout of a document that has no positions yet.
   */
  amend(command: Command): ExecuteResult {
    if (!commands) return this.#wait(command, false);
    const result = this.#apply(command);
    return result.ok ? { ok: true } : result;
  }

  undo(): ExecuteResult {
    if (this.readOnly) return this.#refuse();
    const entry = this.#past[this.#past.length - 1];
    if (!entry) return { ok: true };
    const result = this.#apply(entry.backward);
    if (!result.ok) return result;
    this.#past = this.#past.slice(0, -1);
    this.#future = [
      ...this.#future,
      { forward: result.inverse, backward: entry.backward, label: entry.label },
    ];
    return { ok: true };
  }

  redo(): ExecuteResult {
    if (this.readOnly) return this.#refuse();
    const entry = this.#future[this.#future.length - 1];
    if (!entry) return { ok: true };
    const result = this.#apply(entry.forward);
    if (!result.ok) return result;
    this.#future = this.#future.slice(0, -1);
    this.#past = [
      ...this.#past,
      { forward: entry.forward, backward: result.inverse, label: entry.label },
    ];
    return { ok: true };
  }

  /**
   * Shows another document with a fresh history (opening a network from the library). Not a
   * change of this document: listeners are not told, and nothing is saved because of it.
   */
  load(doc: NetworkDocument): void {
    this.doc = doc;
    this.#past = [];
    this.#future = [];
    this.refused = null;
    this.revision += 1; // results computed for the previous document are stale
  }

  /** Renames the open document (from the library): not an undo step, but saved like an edit. */
  retitle(title: string): void {
    const doc = this.doc;
    this.amend({ type: 'document/replace', doc: { ...doc, meta: { ...doc.meta, title } } });
  }

  /** Calls `listener` after every change of the document (the autosave listens). */
  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #wait(command: Command, undoable: boolean): ExecuteResult {
    this.#waiting.push({ command, undoable });
    if (this.#waiting.length === 1)
      void loadCommands().then(
        () => {
          const waiting = this.#waiting;
          this.#waiting = [];
          for (const { command: next, undoable: undo } of waiting) {
            const result = undo ? this.execute(next) : this.amend(next);
            if (!result.ok) this.refused = { messages: result.messages, at: Date.now() };
          }
        },
        () => {
          // Not loaded (offline before the service worker had them): the changes are not made.
          this.#waiting = [];
          this.refused = { messages: [say('edit_not_loaded', {})], at: Date.now() };
        },
      );
    return { ok: true };
  }

  #refuse(): ExecuteResult {
    const messages = [this.readOnlyNotice];
    this.refused = { messages, at: Date.now() };
    return { ok: false, messages };
  }

  #apply(
    command: Command,
  ): { ok: true; inverse: Command } | { ok: false; messages: readonly Message[] } {
    try {
      const { doc, inverse } = commands!.applyCommand(this.doc, command);
      if (doc !== this.doc) {
        this.doc = doc;
        this.revision += 1;
        for (const listener of this.#listeners) listener();
      }
      return { ok: true, inverse };
    } catch (error) {
      if (error instanceof CommandError) return { ok: false, messages: error.messages };
      throw error;
    }
  }
}
