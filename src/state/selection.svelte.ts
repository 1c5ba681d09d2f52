// What the user has selected: actors, ties and groups, by document id. Most of the app shows
// one item (`current`); shift-click and box selection make several, which can be deleted at once.
import type { NetworkDocument } from '../core/document/types';

export type SelectionKind = 'actor' | 'tie' | 'group';
export type SelectionItem = { kind: SelectionKind; id: string };
export type Selection = SelectionItem | null;

const same = (a: SelectionItem, b: SelectionItem) => a.kind === b.kind && a.id === b.id;

export class SelectionStore {
  /** Everything selected, in the order it was picked. */
  items = $state.raw<readonly SelectionItem[]>([]);
  /** The one selected item; null when nothing or several are selected. */
  readonly current = $derived<Selection>(this.items.length === 1 ? this.items[0]! : null);
  readonly count = $derived(this.items.length);

  /** Selects one item only (or nothing). */
  select(selection: Selection): void {
    this.items = selection ? [selection] : [];
  }

  /** Selects exactly these items. */
  set(items: readonly SelectionItem[]): void {
    const unique: SelectionItem[] = [];
    for (const item of items) if (!unique.some((u) => same(u, item))) unique.push(item);
    this.items = unique;
  }

  /** Adds an item, or takes it out if it is already selected (shift-click). */
  toggle(item: SelectionItem): void {
    this.items = this.items.some((i) => same(i, item))
      ? this.items.filter((i) => !same(i, item))
      : [...this.items, item];
  }

  isSelected(kind: SelectionKind, id: string): boolean {
    return this.items.some((i) => i.kind === kind && i.id === id);
  }

  /** Drops what the document no longer has (after a delete or an undo). */
  prune(doc: NetworkDocument): void {
    if (!this.items.length) return;
    const lists = { actor: doc.actors, tie: doc.ties, group: doc.groups };
    const kept = this.items.filter((i) => lists[i.kind].some((item) => item.id === i.id));
    if (kept.length !== this.items.length) this.items = kept;
  }
}
