// The open document and its history. The document is replaced, never mutated ($state.raw);
// every change is a command, and the history keeps each command with its inverse.
import { type Command, CommandError, applyCommand, describeCommand } from '../core/commands';
import type { NetworkDocument } from '../core/document/types';
import type { Message } from '../core/messages';
import { READ_ONLY_NOTICE } from '../services/storage/library';

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

  constructor(doc: NetworkDocument) {
    this.doc = doc;
  }

  /** Applies a command as one undo step; a command that cannot apply changes nothing. */
  execute(command: Command): ExecuteResult {
    if (this.readOnly) return this.#refuse();
    const label = describeCommand(command, this.doc);
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

  #refuse(): ExecuteResult {
    const messages = [this.readOnlyNotice];
    this.refused = { messages, at: Date.now() };
    return { ok: false, messages };
  }

  #apply(
    command: Command,
  ): { ok: true; inverse: Command } | { ok: false; messages: readonly Message[] } {
    try {
      const { doc, inverse } = applyCommand(this.doc, command);
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
