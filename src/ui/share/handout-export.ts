// "Hand-out file (HTML)" in the browser: the user has no build tools, so the app fetches its own
// single-file shell (built next to it and precached for offline use), puts the network's Leadnet
// JSON in it and saves the result. Nothing leaves the browser: the shell comes from this origin.
import type { NetworkDocument } from '../../core/document/types';
import type { AnalysisStore } from '../../state/analysis.svelte';
import { HANDOUT_SHELL_FILE, buildHandout, handoutFileName } from '../../share/handout';
import { downloadBlob } from '../format';
import { m } from '../i18n.svelte';

/** Thrown with a message for the user. */
export class HandoutError extends Error {
  override name = 'HandoutError';
}

async function loadShell(): Promise<string> {
  let response: Response;
  try {
    response = await fetch(`${import.meta.env.BASE_URL}${HANDOUT_SHELL_FILE}`);
  } catch (error) {
    throw new HandoutError(
      m.share_handout_no_shell({ reason: error instanceof Error ? error.message : String(error) }),
    );
  }
  if (!response.ok)
    throw new HandoutError(m.share_handout_no_shell({ reason: `HTTP ${response.status}` }));
  return response.text();
}

/** Makes and saves the hand-out of `doc`; resolves with the file's name. */
export async function saveHandout(doc: NetworkDocument, analysis: AnalysisStore): Promise<string> {
  const [shell, exported] = await Promise.all([
    loadShell(),
    analysis.exportNetwork(doc, 'leadnet'),
  ]);
  const title = doc.meta.title ?? 'Leadnet';
  const html = buildHandout(shell, exported.files[0]!.text, title);
  const name = handoutFileName(doc.meta.title);
  downloadBlob(name, new Blob([html], { type: 'text/html;charset=utf-8' }));
  return name;
}
