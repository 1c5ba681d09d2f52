// The shell's parts the first view does not show: loaded on first use, and in the background
// after the first paint (src/ui/lazy.svelte.ts). The bundle budget counts none of them.
import { lazy } from '../lazy.svelte';

export function lazyParts() {
  return {
    measures: lazy(() => import('../panels/MetricsPanel.svelte')),
    whatIf: lazy(() => import('../simulation/ScenarioPanel.svelte')),
    presenter: lazy(() => import('../present/Presenter.svelte')),
    story: lazy(() => import('../present/StoryPanel.svelte')),
    text: lazy(() => import('../access/TextView.svelte')),
    library: lazy(() => import('../library/LibraryDialog.svelte')),
    compare: lazy(() => import('../compare/ComparePanel.svelte')),
    survey: lazy(() => import('../survey/SurveyDialog.svelte')),
    room: lazy(() => import('../survey/RoomForm.svelte')),
    importer: lazy(() => import('../io/ImportDialog.svelte')),
  };
}
