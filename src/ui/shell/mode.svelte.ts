// The shell's modes: which panel is open under the network (the measures, the text view, the
// story) or beside it (What if…?, the scenario workspace), whether the details panel is
// unfolded in that workspace, and the layout chosen. Each switch fits the drawing to the
// canvas's new size.
import { tick } from 'svelte';
import type { LayoutName } from '../graph/layouts';

export type Drawer = 'measures' | 'whatif' | 'text' | 'story';

export class ShellMode {
  /** The panel under (or, for What if…?, beside) the network; null: none. */
  drawer = $state<Drawer | null>(null);
  /** The details panel (inspector, legend, summary) in the workspace: folded unless asked for. */
  detailsInWorkspace = $state(false);
  /** The layout last chosen in the toolbar (a story step records it). */
  layout = $state<LayoutName>('force');
  readonly #fit: () => void;
  readonly #presenting: () => boolean;

  /**
   * @param fit fits the drawing to the canvas (after the layout has its new size).
   * @param presenting whether projection mode is on (it hides the workspace).
   */
  constructor(fit: () => void, presenting: () => boolean) {
    this.#fit = fit;
    this.#presenting = presenting;
  }

  /** What if…? is the scenario workspace: the network and the chart side by side. */
  get workspace(): boolean {
    return this.drawer === 'whatif' && !this.#presenting();
  }

  /** Opens a panel, or closes it when it is the one open. */
  async toggle(panel: Drawer): Promise<void> {
    this.drawer = this.drawer === panel ? null : panel;
    await tick(); // the canvas has its new size: fit the drawing to it
    this.#fit();
  }

  async toggleDetails(): Promise<void> {
    this.detailsInWorkspace = !this.detailsInWorkspace;
    await tick();
    this.#fit();
  }
}
