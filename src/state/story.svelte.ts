// The story and the presenter: the steps of the open document (its `views`), whether the app is
// in projection mode, which step is shown, and what a step asks of the other stores — the
// measures shown on the nodes, and a what-if run at a week (run in the worker when there is no
// result for it yet). Presenting changes nothing in the document; leaving puts back the
// measures and week the user had.
import type { Story, readStory } from '../core/views/read';
import type { StoryStep } from '../core/views/step';
import type { PlacedStep } from '../core/views/story';
import type { DocumentStore } from './document.svelte';
import type { MetricsStore } from './metrics.svelte';
import type { SimulationStore } from './simulation.svelte';

interface Shown {
  sizeBy: string | null;
  colorBy: string | null;
  week: number | null;
  scenario: string;
}

/** Reads a document's story (each view checked by its schema): loaded after the first view. */
let reader = $state.raw<typeof readStory | null>(null);
let readerLoading: Promise<void> | null = null;

/**
 * Loads the story's reader and the step schema with it (src/main.ts, right after the first view;
 * the hand-out before it shows). Until then a document's story has no steps yet.
 */
export function loadStoryReader(): Promise<void> {
  if (!readerLoading) {
    readerLoading = import('../core/views/read').then((module) => {
      reader = module.readStory;
    });
    readerLoading.catch(() => (readerLoading = null));
  }
  return readerLoading;
}

const NO_STORY: Story = { steps: [], unreadable: [] };

export class StoryStore {
  readonly #store: DocumentStore;
  readonly #metrics: MetricsStore;
  readonly #simulation: SimulationStore;

  /** Projection mode: full screen, chrome hidden, the steps walked through. */
  presenting = $state(false);
  /** The index of the step shown, among `steps`. */
  index = $state(0);
  /** A step's what-if run is being computed (the presenter says "computing…"). */
  computing = $state(false);
  /** Why a step's scenario could not be shown, for the presenter. */
  problem = $state.raw<SimulationStore['error']>(null);

  readonly story: Story = $derived.by(() => (reader ? reader(this.#store.doc) : NO_STORY));
  readonly steps: readonly PlacedStep[] = $derived(this.story.steps);
  readonly current: StoryStep | null = $derived(this.steps[this.index]?.step ?? null);

  /** What the user had on screen before presenting, put back when they leave. */
  #before: Shown | null = null;
  #showing = 0;

  constructor(store: DocumentStore, metrics: MetricsStore, simulation: SimulationStore) {
    this.#store = store;
    this.#metrics = metrics;
    this.#simulation = simulation;
  }

  /** Enters projection mode at step `at` (the first by default). */
  start(at = 0): void {
    if (!this.presenting) {
      this.#before = {
        sizeBy: this.#metrics.sizeBy,
        colorBy: this.#metrics.colorBy,
        week: this.#simulation.week,
        scenario: this.#simulation.settings.scenario,
      };
    }
    this.index = Math.max(0, Math.min(at, this.steps.length - 1));
    this.presenting = true;
  }

  /** Leaves projection mode and puts back the measures and week shown before. */
  stop(): void {
    if (!this.presenting) return;
    this.presenting = false;
    this.computing = false;
    this.problem = null;
    this.#showing += 1; // a run still going no longer sets a week
    const before = this.#before;
    this.#before = null;
    if (!before) return;
    this.#metrics.sizeBy = before.sizeBy;
    this.#metrics.colorBy = before.colorBy;
    this.#simulation.settings.scenario = before.scenario;
    this.#simulation.week = before.week;
  }

  toggle(): void {
    if (this.presenting) this.stop();
    else this.start(this.index);
  }

  goTo(index: number): void {
    if (!this.steps.length) return;
    this.index = Math.max(0, Math.min(index, this.steps.length - 1));
  }
  next(): void {
    this.goTo(this.index + 1);
  }
  previous(): void {
    this.goTo(this.index - 1);
  }
  first(): void {
    this.goTo(0);
  }
  last(): void {
    this.goTo(this.steps.length - 1);
  }

  /**
   * Shows a step's measures and what-if week (the drawing itself is the canvas's job). A
   * scenario without a result for this network is run first; a newer step shown meanwhile wins.
   */
  async applyState(step: StoryStep | null): Promise<void> {
    const token = ++this.#showing;
    this.problem = null;
    this.#metrics.sizeBy = step?.measure?.sizeBy ?? null;
    this.#metrics.colorBy = step?.measure?.colorBy ?? null;
    const scenario = step?.scenario;
    if (!step || scenario === undefined) {
      this.computing = false;
      this.#simulation.week = null;
      return;
    }
    if (!this.#hasResult(scenario)) {
      this.#simulation.week = null;
      this.computing = true;
      await this.#run(scenario);
      if (token !== this.#showing) return;
      this.computing = false;
      if (!this.#hasResult(scenario)) {
        this.problem = this.#simulation.error ?? { text: 'no result' };
        return;
      }
    }
    const weeks = this.#simulation.result?.value.weeks ?? 0;
    this.#simulation.week = Math.min(step.week ?? weeks, weeks);
  }

  /** Starts a step's run ahead of time (the next step's), so it is ready when shown. */
  prepare(step: StoryStep | null): void {
    const scenario = step?.scenario;
    if (scenario === undefined || this.#simulation.busy) return;
    if (this.#hasResult(scenario)) return;
    // Only when the step shown has no week of its own: a new result resets the week shown.
    if (this.#simulation.week !== null) return;
    void this.#run(scenario);
  }

  #hasResult(scenario: string): boolean {
    const result = this.#simulation.currentResult(this.#store.doc, this.#store.revision);
    return result?.settings.scenario === scenario && result.settings.team === null;
  }

  #pending: { scenario: string; done: Promise<void> } | null = null;

  /** Runs a scenario in the worker; a run of the same scenario already going is joined. */
  #run(scenario: string): Promise<void> {
    if (this.#pending?.scenario === scenario) return this.#pending.done;
    const doc = this.#store.doc;
    this.#simulation.settings.scenario = scenario;
    // A step names a scenario, not a team: one-team presets act on their default team.
    const done = this.#simulation.run(doc, this.#store.revision, scenario, null).then(() => {
      if (this.#pending?.done === done) this.#pending = null;
    });
    this.#pending = { scenario, done };
    return done;
  }
}
