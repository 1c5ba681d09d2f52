// Ctrl/Cmd+V outside a field opens what was pasted (a file, or a file's text) in the import
// dialog. Read in the paste event itself (the clipboard's data is gone after it), so the app can
// take a paste before the import dialog has loaded (App.svelte hands it over once it has).
export type Pasted = { files: File[] } | { text: string };

/** What a paste outside a field holds for the import, claiming the event; null when nothing. */
export function pastedForImport(event: ClipboardEvent): Pasted | null {
  const target = event.target as HTMLElement | null;
  if (target?.closest('input, textarea, select, [contenteditable="true"]')) return null;
  const data = event.clipboardData;
  if (!data) return null;
  const files = [...data.files];
  if (files.length) {
    event.preventDefault();
    return { files };
  }
  const text = data.getData('text/plain');
  if (!text.trim()) return null;
  event.preventDefault();
  return { text };
}
