// What the app shell shares with every component below it: the open network's stores and the
// status line. App.svelte (through src/ui/shell/app-stores.ts) sets it once; a component reads
// what it needs with `appContext()` instead of having it passed down through its parents.
import { createContext } from 'svelte';
import type { AnalysisStore } from '../state/analysis.svelte';
import type { CompareStore } from '../state/compare.svelte';
import type { DocumentStore } from '../state/document.svelte';
import type { LibraryStore } from '../state/library.svelte';
import type { MetricsStore } from '../state/metrics.svelte';
import type { SelectionStore } from '../state/selection.svelte';
import type { SensitivityStore } from '../state/sensitivity.svelte';
import type { SimulationStore } from '../state/simulation.svelte';
import type { StatusStore } from '../state/status.svelte';

export interface AppContext {
  /** The saved networks; its document store holds the open one. */
  readonly library: LibraryStore;
  /** The open network: every change goes through its commands (undo/redo). */
  readonly store: DocumentStore;
  readonly selection: SelectionStore;
  /** The network's summary, imports and exports, in a worker. */
  readonly analysis: AnalysisStore;
  readonly metrics: MetricsStore;
  readonly simulation: SimulationStore;
  readonly sensitivity: SensitivityStore;
  /** Two networks compared: a library entry against the open one. */
  readonly compare: CompareStore;
  /** The status line: `status.say(…)` for what was done, `status.problem(…)` for a refusal. */
  readonly status: StatusStore;
  /** A hand-out file: read-only, no library, import, export or editing. */
  readonly handout: boolean;
}

const [get, set] = createContext<AppContext>();

/** The shell's stores; only inside App.svelte's tree (it throws elsewhere). */
export const appContext: () => AppContext = get;

/** Called once, by App.svelte, while it initialises. */
export const setAppContext: (context: AppContext) => AppContext = set;
