// The open document and its history. The document is replaced, never mutated ($state.raw);
// every change is a command, and the history keeps each command with its inverse.
import { type Command, CommandError, applyCommand, describeCommand } from '../core/commands';
import type { NetworkDocument } from '../core/document/types';

interface HistoryEntry {
  /** Re-applies the change. */
  forward: Command;
  /** Undoes it. */
  backward: Command;
}

/** Undo steps kept; older ones are forgotten. */
export const HISTORY_LIMIT = 500;

export type ExecuteResult = { ok: true } | { ok: false; error: string };

export class DocumentStore {
  doc = $state.raw<NetworkDocument>() as NetworkDocument;
  /** Increases with every change: results computed for an older revision are stale. */
  revision = $state(0);
  #past = $state.raw<HistoryEntry[]>([]);
  #future = $state.raw<HistoryEntry[]>([]);

  readonly canUndo = $derived(this.#past.length > 0);
  readonly canRedo = $derived(this.#future.length > 0);
  readonly undoLabel = $derived(
    this.#past.length ? describeCommand(this.#past[this.#past.length - 1]!.forward) : '',
  );
  readonly redoLabel = $derived(
    this.#future.length ? describeCommand(this.#future[this.#future.length - 1]!.forward) : '',
  );

  constructor(doc: NetworkDocument) {
    this.doc = doc;
  }

  /** Applies a command as one undo step; a command that cannot apply changes nothing. */
  execute(command: Command): ExecuteResult {
    const result = this.#apply(command);
    if (!result.ok) return result;
    this.#past = [
      ...this.#past.slice(-(HISTORY_LIMIT - 1)),
      { forward: command, backward: result.inverse },
    ];
    this.#future = [];
    return { ok: true };
  }

  /**
   * Applies a command without an undo step: only for what the app derives on its own, such as
   * the first layout of a document that has no positions yet.
   */
  amend(command: Command): ExecuteResult {
    const result = this.#apply(command);
    return result.ok ? { ok: true } : result;
  }

  undo(): void {
    const entry = this.#past[this.#past.length - 1];
    if (!entry) return;
    const result = this.#apply(entry.backward);
    if (!result.ok) return;
    this.#past = this.#past.slice(0, -1);
    this.#future = [...this.#future, { forward: result.inverse, backward: entry.backward }];
  }

  redo(): void {
    const entry = this.#future[this.#future.length - 1];
    if (!entry) return;
    const result = this.#apply(entry.forward);
    if (!result.ok) return;
    this.#future = this.#future.slice(0, -1);
    this.#past = [...this.#past, { forward: entry.forward, backward: result.inverse }];
  }

  #apply(command: Command): { ok: true; inverse: Command } | { ok: false; error: string } {
    try {
      const { doc, inverse } = applyCommand(this.doc, command);
      if (doc !== this.doc) {
        this.doc = doc;
        this.revision += 1;
      }
      return { ok: true, inverse };
    } catch (error) {
      if (error instanceof CommandError) return { ok: false, error: error.message };
      throw error;
    }
  }
}
