// "Add this view as a step": what is on screen now, as a story step's data — the canvas's
// positions and visible box, the layout chosen, the selection as the focus, the measures shown
// on the nodes, and the what-if week on the network if one is shown.
import type { StepFocus, StepPosition, StepViewport, StoryStep } from '../../core/views';
import type { SelectionItem } from '../../state/selection.svelte';

export interface Screen {
  canvas: { positions: StepPosition[]; viewport: StepViewport } | null;
  layout: string;
  selection: readonly SelectionItem[];
  sizeBy: string | null;
  colorBy: string | null;
  /** The scenario of the result shown on the network, and its week; null when none is shown. */
  simulated: { scenario: string; week: number } | null;
}

/** The selected actors and groups as a step's focus; undefined when nothing is selected. */
export function focusFromSelection(items: readonly SelectionItem[]): StepFocus | undefined {
  const actors = items.filter((i) => i.kind === 'actor').map((i) => i.id);
  const groups = items.filter((i) => i.kind === 'group').map((i) => i.id);
  if (!actors.length && !groups.length) return undefined;
  return { ...(actors.length ? { actors } : {}), ...(groups.length ? { groups } : {}) };
}

/**
 * The screen's view, as the fields of a step it sets. `keep` is the step being updated: its
 * id, title, note, focus and any fields this version does not know stay as they are.
 */
export function stepFromScreen(
  screen: Screen,
  keep: Record<string, unknown> & { id: string; title: string },
  withFocus: boolean,
): StoryStep {
  const step: Record<string, unknown> = { ...keep };
  // Fields the screen sets are dropped first, so "none" on screen means none in the step.
  for (const key of ['layout', 'positions', 'viewport', 'measure', 'scenario', 'week'])
    delete step[key];
  step.layout = screen.layout;
  if (screen.canvas) {
    step.positions = screen.canvas.positions;
    step.viewport = screen.canvas.viewport;
  }
  if (withFocus) {
    delete step.focus;
    const focus = focusFromSelection(screen.selection);
    if (focus) step.focus = focus;
  }
  if (screen.sizeBy || screen.colorBy) {
    step.measure = {
      ...(screen.sizeBy ? { sizeBy: screen.sizeBy } : {}),
      ...(screen.colorBy ? { colorBy: screen.colorBy } : {}),
    };
  }
  if (screen.simulated) {
    step.scenario = screen.simulated.scenario;
    step.week = screen.simulated.week;
  }
  return step as StoryStep;
}

/** The screen as the app's stores have it: what a new or updated step takes. */
export function readScreen(
  canvas: Screen['canvas'],
  layout: string,
  selection: { items: readonly SelectionItem[] },
  metrics: { sizeBy: string | null; colorBy: string | null },
  simulation: { week: number | null; result: { settings: { scenario: string } } | null },
): Screen {
  const result = simulation.result;
  return {
    canvas,
    layout,
    selection: selection.items,
    sizeBy: metrics.sizeBy,
    colorBy: metrics.colorBy,
    simulated:
      simulation.week !== null && result
        ? { scenario: result.settings.scenario, week: simulation.week }
        : null,
  };
}
