// The hand-out file's entry (vite.handout.config.ts builds it into one HTML file): reads the
// network placed in the page's data block and presents it. No library, no service worker.
import { loadCommands } from '../state/document.svelte';
import { loadStoryReader } from '../state/story.svelte';
import { applyLocale, loadEngineTexts, loadStartMessages, m } from '../ui/i18n.svelte';
import { bootHandout, handoutText, showProblem } from './boot-handout';
import '../ui/global.css';

applyLocale();
// One file holds everything: the engine's texts, the commands and the story's reader, at once.
await Promise.all([loadStartMessages(), loadEngineTexts(), loadCommands(), loadStoryReader()]);
const target = document.getElementById('app')!;
const loading = document.createElement('p');
loading.className = 'handout-loading';
loading.textContent = m.share_handout_loading();
target.append(loading);

const text = handoutText();
if (text === null) showProblem(target, ['the file holds no network']);
else await bootHandout(target, text);
loading.remove();
