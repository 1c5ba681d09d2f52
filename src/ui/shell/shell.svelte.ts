// The app shell's stores and the effects that keep them in step with the open network. Called
// once while App.svelte initialises: it sets the app context (src/ui/app-context.ts) that every
// component reads instead of props passed down through its parents.
import { untrack } from 'svelte';
import type { LibraryStore } from '../../state/library.svelte';
import { AnalysisStore } from '../../state/analysis.svelte';
import { CompareStore } from '../../state/compare.svelte';
import { MetricsStore } from '../../state/metrics.svelte';
import { SelectionStore } from '../../state/selection.svelte';
import { SensitivityStore } from '../../state/sensitivity.svelte';
import { SimulationStore } from '../../state/simulation.svelte';
import { StatusStore } from '../../state/status.svelte';
import { AnalysisClient, type JobStatus } from '../../services/analysis-client';
import { type AppContext, setAppContext } from '../app-context';
import { messageText, messagesText } from '../engine-text';
import { m } from '../i18n.svelte';

/** Creates the shell's stores, wires them to the open network and shares them as the context. */
export function createShell(library: LibraryStore, handout: boolean): AppContext {
  const store = library.store;
  const client = (onStatus: (jobs: JobStatus[]) => void) => new AnalysisClient({ onStatus });
  const pool = Math.min(navigator.hardwareConcurrency || 1, 4);
  const analysis = new AnalysisStore(client);
  // The measures get a worker of their own, so a long computation never holds up a layout.
  const metrics = new MetricsStore(client, pool);
  const simulation = new SimulationStore(client, pool, () => library.currentId);
  // "Which assumptions matter?" screens on a pool of its own: cancelling it stops no other run.
  const sensitivity = new SensitivityStore(client, pool, () => library.currentId);
  // Two networks compared (issue 13): a library entry against the open network, in a worker.
  const compare = new CompareStore(client);
  const status = new StatusStore(
    [analysis, metrics, simulation, sensitivity, compare],
    messagesText,
  );
  const selection = new SelectionStore();
  const context = setAppContext({
    library,
    store,
    selection,
    analysis,
    metrics,
    simulation,
    sensitivity,
    compare,
    status,
    handout,
  });

  // What the library and a refused edit have to say goes to the status line.
  $effect(() => {
    if (library.notice) status.problem([library.notice]);
  });
  $effect(() => {
    if (store.refused) status.problem(store.refused.messages);
  });

  // A result belongs to the network it was run for: opening another drops it (chart, table and
  // the weeks played on the network), and an edit that changes what the model reads stops the
  // weeks being drawn (the panel greys the result until it is run again).
  $effect(() => {
    const standing = simulation.standing(store.doc, store.revision);
    if (standing === 'other') simulation.forget();
    else if (standing === 'edited' && simulation.week !== null)
      untrack(() => (simulation.week = null));
  });

  $effect(() => {
    const request = [store.doc, store.revision, metrics.kinds] as const;
    // refresh() reads and writes the store's own result: keep that out of this effect's
    // dependencies, or each result would trigger another refresh.
    untrack(() => void metrics.refresh(...request));
  });
  $effect(() => {
    const request = [store.doc, store.revision] as const;
    untrack(() => void analysis.refresh(...request));
  });

  // A selection that no longer exists (after undo, say) is cleared.
  $effect(() => {
    const current = selection.current;
    if (!current) return;
    const doc = store.doc;
    const exists =
      current.kind === 'actor'
        ? doc.actors.some((a) => a.id === current.id)
        : current.kind === 'tie'
          ? doc.ties.some((t) => t.id === current.id)
          : doc.groups.some((g) => g.id === current.id);
    if (!exists) selection.select(null);
  });
  return context;
}

/** Undo, saying in the status line what was undone. */
export function undo({ store, status }: AppContext): void {
  const label = store.undoLabel;
  if (store.undo().ok && label) status.say(() => m.app_undone({ action: messageText(label) }));
}

/** Redo, saying in the status line what was done again. */
export function redo({ store, status }: AppContext): void {
  const label = store.redoLabel;
  if (store.redo().ok && label) status.say(() => m.app_redone({ action: messageText(label) }));
}
