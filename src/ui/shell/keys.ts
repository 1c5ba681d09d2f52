// The shell's keyboard shortcuts: P and the presenter's keys (src/ui/present/keys.ts), undo and
// redo (Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z, Ctrl/Cmd+Y), Escape to clear the selection and
// Delete/Backspace to delete it. Keys typed into a field are the field's.
import type { AppContext } from '../app-context';
import { deleteSelection } from '../editing/actions';
import { type Walk, presenterKey } from '../present/keys';
import { redo, undo } from './shell.svelte';

export function shellKeydown(event: KeyboardEvent, context: AppContext, story: Walk): void {
  if (presenterKey(event, story)) return; // P starts projection; then keys walk the story
  const target = event.target as HTMLElement | null;
  if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
  const { selection, store, status } = context;
  const mod = event.ctrlKey || event.metaKey;
  if (mod && event.key.toLowerCase() === 'z') {
    event.preventDefault();
    if (event.shiftKey) redo(context);
    else undo(context);
  } else if (mod && event.key.toLowerCase() === 'y') {
    event.preventDefault();
    redo(context);
  } else if (event.key === 'Escape') {
    selection.select(null);
  } else if ((event.key === 'Delete' || event.key === 'Backspace') && selection.count) {
    event.preventDefault();
    const said = deleteSelection(store, selection);
    if (said) status.say(said);
  }
}
