// Starting the app as a hand-out: the network comes from the page's own data block (no library,
// no IndexedDB, nothing saved), is checked through the import path in the worker like any file,
// and is shown read-only with the story presented from its first step.
import { mount } from 'svelte';
import { FORMAT_MESSAGES } from '../core/formats/messages';
import { AnalysisClient } from '../services/analysis-client';
import { say } from '../services/messages';
import { Journal } from '../services/storage/journal';
import { MemoryDocumentStorage } from '../services/storage/memory';
import { MemoryTabHub } from '../services/storage/tabs';
import { DocumentStore } from '../state/document.svelte';
import { LibraryStore } from '../state/library.svelte';
import App from '../ui/App.svelte';
import { messageText } from '../ui/engine-text';
import { m } from '../ui/i18n.svelte';
import { HANDOUT_BLOCK_ID } from './handout';

/** The hand-out's Leadnet JSON, or null on an ordinary page. */
export function handoutText(): string | null {
  const block = document.getElementById(HANDOUT_BLOCK_ID);
  return block instanceof HTMLScriptElement ? (block.textContent ?? '') : null;
}

/** Checks the embedded network in the worker, then mounts the app on it, read-only. */
export async function bootHandout(target: HTMLElement, text: string): Promise<void> {
  const checker = new AnalysisClient();
  let result;
  try {
    result = await checker.remote.importNetwork({ name: 'hand-out', text }, { format: 'leadnet' });
  } catch (error) {
    result = {
      ok: false as const,
      errors: [
        FORMAT_MESSAGES.say('fmt_unreadable', {
          reason: error instanceof Error ? error.message : String(error),
        }),
      ],
    };
  } finally {
    checker.dispose();
  }
  if (!result.ok)
    return showProblem(
      target,
      result.errors.map((e) => messageText(e)),
    );
  const doc = result.doc;
  const library = new LibraryStore(new DocumentStore(doc), {
    storage: new MemoryDocumentStorage(),
    journal: new Journal(null),
    tabs: new MemoryTabHub().tab(),
    prefs: { session: null, shared: null },
    createExample: () => doc,
    offReason: 'storage_handout',
  });
  // Never started: no storage is opened. Every edit refuses, saying why (not "another tab").
  library.store.readOnly = true;
  library.store.readOnlyNotice = say('storage_handout_read_only', {});
  mount(App, { target, props: { library, handout: true, presentOnStart: true } });
}

export function showProblem(target: HTMLElement, lines: string[]): void {
  const box = document.createElement('div');
  box.className = 'handout-problem';
  box.setAttribute('role', 'alert');
  const heading = document.createElement('h1');
  heading.textContent = m.share_handout_invalid_title();
  const list = document.createElement('ul');
  for (const line of lines.slice(0, 10)) {
    const item = document.createElement('li');
    item.textContent = line;
    list.append(item);
  }
  const advice = document.createElement('p');
  advice.textContent = m.share_handout_invalid_advice();
  box.append(heading, list, advice);
  target.replaceChildren(box);
}
