// A view's id, read without its schema (zod): the story's pure helpers and the commands use it.
/** The id of a view if it has one, without trusting its shape. */
export function viewId(view: unknown): string | undefined {
  if (typeof view !== 'object' || view === null || Array.isArray(view)) return undefined;
  const value = Object.prototype.hasOwnProperty.call(view, 'id')
    ? (view as { id?: unknown }).id
    : undefined;
  return typeof value === 'string' ? value : undefined;
}
