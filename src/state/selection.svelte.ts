// What the user has selected: one actor, tie or group, by its document id.
export type Selection = { kind: 'actor' | 'tie' | 'group'; id: string } | null;

export class SelectionStore {
  current = $state.raw<Selection>(null);

  select(selection: Selection): void {
    this.current = selection;
  }

  isSelected(kind: 'actor' | 'tie' | 'group', id: string): boolean {
    return this.current?.kind === kind && this.current.id === id;
  }
}
