// The layouts a user can choose. fcose (compound-aware) runs in the page and is kept for small
// networks: STACK.md measured 4.5–16.5 s for 1k nodes on the main thread. Above
// FCOSE_MAX_ACTORS the force layout is ForceAtlas2 in the worker; all other layouts are
// computed in the worker too, and positions are applied in one batch. Names and descriptions are
// read in the UI's language each time they are shown; the names are the engine's layout terms
// (src/core/layout/messages.ts), since undo labels and the status bar say them too.
import type { WorkerLayout } from '../../core/api';
import { LAYOUT_MESSAGES } from '../../core/layout/messages';
import type { Message } from '../../core/messages';
import { m } from '../i18n-plain';

export const FCOSE_MAX_ACTORS = 250;

export type LayoutName =
  'force' | 'hierarchy' | 'concentric' | 'concentric-inverse' | 'communities';

export const LAYOUTS: readonly { name: LayoutName; label: string; description: string }[] = [
  {
    name: 'force',
    get label() {
      return m.layout_force();
    },
    get description() {
      return m.app_layout_force_about();
    },
  },
  {
    name: 'hierarchy',
    get label() {
      return m.layout_hierarchy();
    },
    get description() {
      return m.app_layout_hierarchy_about();
    },
  },
  {
    name: 'concentric',
    get label() {
      return m.layout_concentric();
    },
    get description() {
      return m.app_layout_concentric_about();
    },
  },
  {
    name: 'concentric-inverse',
    get label() {
      return m.layout_concentric_inverse();
    },
    get description() {
      return m.app_layout_concentric_inverse_about();
    },
  },
  {
    name: 'communities',
    get label() {
      return m.layout_communities();
    },
    get description() {
      return m.app_layout_communities_about();
    },
  },
];

/** The engine's term that names a layout (the menu, undo labels and the status bar say it). */
const LAYOUT_TERMS = {
  force: 'layout_force',
  hierarchy: 'layout_hierarchy',
  concentric: 'layout_concentric',
  'concentric-inverse': 'layout_concentric_inverse',
  communities: 'layout_communities',
} as const satisfies Record<LayoutName, string>;

/** "layout: Hierarchy": a layout's undo label and the name of its job in the status bar. */
export function layoutLabel(name: LayoutName): Message {
  return LAYOUT_MESSAGES.say('layout_run', { layout: LAYOUT_TERMS[name] });
}

/** The worker layout behind a choice, or null when fcose runs in the page. */
export function workerLayoutFor(name: LayoutName, actors: number): WorkerLayout | null {
  if (name === 'force') return actors > FCOSE_MAX_ACTORS ? 'forceatlas2' : null;
  return name;
}
