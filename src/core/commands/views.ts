// Story steps (the document's `views`): save (add or replace), delete and move. Each inverse
// puts the very view object back at its very index, so undo restores the list exactly; a view
// is stored as given, so fields this version does not know survive every edit.
import { describeValue } from '../document/paths';
import type { NetworkDocument } from '../document/types';
import { parseStep, viewId } from '../views/step';
import { CommandError } from './errors';
import { say } from './messages';
import type { CommandResult } from './types';

const indexOf = (doc: NetworkDocument, id: string) =>
  doc.views.findIndex((view) => viewId(view) === id);

/**
 * Adds a step (at the end, or at `at`) or replaces the step with the same id in place.
 * `restore` puts back a view exactly as it was (the inverse of a delete or a replace): it may
 * be one this version cannot read, kept from a file, so it is not checked again.
 */
export function saveView(
  doc: NetworkDocument,
  view: unknown,
  at?: number,
  restore = false,
): CommandResult {
  let id: string | undefined;
  if (restore) id = viewId(view);
  else {
    const parsed = parseStep(view);
    if (!parsed.ok) throw new CommandError(parsed.errors);
    id = parsed.step.id;
  }
  if (id === undefined) throw new CommandError(say('cmd_step_no_id', {}));
  const current = indexOf(doc, id);
  const views = doc.views.slice();
  if (current >= 0) {
    views[current] = view;
    return {
      doc: { ...doc, views },
      inverse: { type: 'views/save', view: doc.views[current], restore: true },
    };
  }
  const where = at ?? views.length;
  if (!Number.isInteger(where) || where < 0 || where > views.length) {
    throw new CommandError(
      say('cmd_step_position', { at: describeValue(at), count: views.length }),
    );
  }
  views.splice(where, 0, view);
  return { doc: { ...doc, views }, inverse: { type: 'views/delete', id } };
}

export function deleteView(doc: NetworkDocument, id: string): CommandResult {
  const at = indexOf(doc, id);
  if (at < 0) throw new CommandError(say('cmd_no_step', { id }));
  return {
    doc: { ...doc, views: doc.views.filter((_, i) => i !== at) },
    inverse: { type: 'views/save', view: doc.views[at], at, restore: true },
  };
}

/** Moves a step to index `to` of the list (the others keep their order). */
export function moveView(doc: NetworkDocument, id: string, to: number): CommandResult {
  const from = indexOf(doc, id);
  if (from < 0) throw new CommandError(say('cmd_no_step', { id }));
  if (!Number.isInteger(to) || to < 0 || to >= doc.views.length)
    throw new CommandError(
      say('cmd_step_move', { to: describeValue(to), count: doc.views.length }),
    );
  const views = doc.views.slice();
  const [view] = views.splice(from, 1);
  views.splice(to, 0, view);
  return { doc: { ...doc, views }, inverse: { type: 'views/move', id, to: from } };
}

/** A view's title for the undo and redo buttons, whatever the view holds: its id without one. */
export function viewTitle(view: unknown): string {
  const title =
    typeof view === 'object' && view !== null ? (view as { title?: unknown }).title : undefined;
  return typeof title === 'string' && title ? title : (viewId(view) ?? '');
}

/** The title of the step with this id in the document, or the id itself. */
export function stepTitle(doc: NetworkDocument | undefined, id: string): string {
  const view = doc?.views.find((v) => viewId(v) === id);
  return view === undefined ? id : viewTitle(view) || id;
}
