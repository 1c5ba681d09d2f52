// The app's entry: opens the saved-networks library (recovering any journal left by a reload
// or a closed tab), then mounts the Svelte UI on the network that was open last.
import { mount } from 'svelte';
import { LibraryStore } from './state/library.svelte';
import { loadCommands } from './state/document.svelte';
import { loadStoryReader } from './state/story.svelte';
import App from './ui/App.svelte';
import { applyLocale, loadEngineTexts, loadStartMessages, m } from './ui/i18n.svelte';
import { registerOffline } from './share/pwa';
import { offerUpdate } from './ui/share/update.svelte';
import { isSurveyLink } from './core/survey/link-prefix';
import './ui/global.css';

applyLocale();
// The start language's messages (the other language loads when the user switches to it).
await loadStartMessages();
const target = document.getElementById('app')!;
const loading = document.createElement('p');
loading.style.cssText = 'margin: 2rem; color: #555;';
loading.textContent = m.app_loading();
target.append(loading);

// A respondent link (#survey=…) opens the respondent's form alone: no library, nothing saved on
// this device; the roster and questions come from the link (src/ui/survey/RespondentApp.svelte).
const respondent = isSurveyLink(location.hash);

if (respondent) {
  const { default: RespondentApp } = await import('./ui/survey/RespondentApp.svelte');
  loading.remove();
  mount(RespondentApp, { target, props: { hash: location.hash } });
  // The engine's texts (a refused answer says why in them) come right after the first view.
  void loadEngineTexts();
  // The app is kept for offline use here too: a link opened again without a network still works.
  registerOffline({ onUpdate: offerUpdate });
} else {
  const library = LibraryStore.create();
  // start() never throws for storage trouble: it gives up on storage after a few seconds and
  // runs in memory, saying so.
  try {
    await library.start();
  } catch (error) {
    console.error('Leadnet could not open the library:', error); // the example is shown instead
  }
  loading.remove();
  mount(App, { target, props: { library } });
  // The engine's texts (refusals, warnings, the measures' names), the edit commands and the
  // story's reader (with the schemas they check with, zod) come right after the first view: not
  // in its load; a message of the engine and a change asked for before wait for them.
  void loadEngineTexts();
  void loadCommands().catch(() => undefined); // a change asked for says so if they failed
  void loadStoryReader().catch(() => undefined);
  // Offline use after the first visit; a new version waits until the user says Reload.
  registerOffline({ onUpdate: offerUpdate });

  // A read-only hook for the browser tests: the open document and the library's state — only
  // in a build with the test hook and a browser driven by automation, as GraphView's.
  if (import.meta.env.LEADNET_TEST_HOOK && navigator.webdriver)
    (window as unknown as Record<string, unknown>).__leadnetLibrary = {
      doc: () => library.store.doc,
      revision: () => library.store.revision,
      state: () => ({
        currentId: library.currentId,
        readOnly: library.readOnly,
        save: library.save,
        entries: library.entries,
      }),
    };
}
