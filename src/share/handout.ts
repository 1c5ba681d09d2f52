// The hand-out file: the single-file app shell (built as handout-shell.html) with the network's
// Leadnet JSON placed in a data block. A `<script type="application/json">` block is never run,
// so the shell's CSP hashes of its inline scripts stay valid. Used by the Export menu in the
// browser and by `npm run handout` in Node.

/** The id of the data block the hand-out boot reads. */
export const HANDOUT_BLOCK_ID = 'leadnet-handout';

/** Where the shell is served next to the app (precached for offline use). */
export const HANDOUT_SHELL_FILE = 'handout-shell.html';

/**
 * JSON made safe inside a script element: every `<`, `>` and `&` becomes a \u escape (still the
 * same JSON), so `</script>` or `<!--` in a label cannot end the block or change how it is parsed.
 * U+2028 and U+2029 are escaped too, as JSON in HTML conventionally does.
 */
export function escapeJsonForScript(json: string): string {
  return json.replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** The shell with the network inside: one HTML file that opens from a disk or an attachment. */
export function buildHandout(shellHtml: string, leadnetJson: string, title: string): string {
  const end = shellHtml.lastIndexOf('</body>');
  // The last </body> is the real one: the inline scripts all stand in the head before it.
  if (end === -1) throw new Error('The hand-out shell is not the one Leadnet builds (no </body>).');
  const block = `<script type="application/json" id="${HANDOUT_BLOCK_ID}">${escapeJsonForScript(leadnetJson)}</script>\n`;
  const withBlock = shellHtml.slice(0, end) + block + shellHtml.slice(end);
  // The title is replaced only where it stands before any script, so no script text changes
  // (their CSP hashes must stay valid).
  const title0 = withBlock.indexOf('<title>');
  const title1 = withBlock.indexOf('</title>', title0);
  const firstScript = withBlock.indexOf('<script');
  if (title0 === -1 || title1 === -1 || (firstScript !== -1 && firstScript < title1))
    return withBlock;
  return (
    withBlock.slice(0, title0) +
    // Isolated (FSI…PDI): a title ending in U+202E must not turn “– Leadnet” around.
    `<title>\u2068${escapeHtmlText(title)}\u2069 – Leadnet</title>` +
    withBlock.slice(title1 + '</title>'.length)
  );
}

function escapeHtmlText(text: string): string {
  return text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

/** A file name for the hand-out from the network's title. */
export function handoutFileName(title: string | undefined): string {
  const base = (title ?? '')
    .trim()
    // Characters file systems refuse; control characters become spaces with the \s+ below.
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\p{Cc}+/gu, ' ')
    .replace(/\s+/g, ' ')
    .slice(0, 80)
    .trim();
  return `${base || 'network'} (hand-out).html`;
}
