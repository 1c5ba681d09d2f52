// The layouts a user can choose. fcose (compound-aware) runs in the page and is kept for small
// networks: STACK.md measured 4.5–16.5 s for 1k nodes on the main thread. Above
// FCOSE_MAX_ACTORS the force layout is ForceAtlas2 in the worker; all other layouts are
// computed in the worker too, and positions are applied in one batch.
import type { WorkerLayout } from '../../core/api';

export const FCOSE_MAX_ACTORS = 250;

export type LayoutName = 'force' | 'hierarchy' | 'concentric' | 'concentric-inverse';

export const LAYOUTS: readonly { name: LayoutName; label: string; description: string }[] = [
  {
    name: 'force',
    label: 'Force-directed',
    description: 'Teams as clusters; tightly tied actors close together.',
  },
  {
    name: 'hierarchy',
    label: 'Hierarchy',
    description: 'Management on top, coordinators next, team members below.',
  },
  {
    name: 'concentric',
    label: 'Rings: managers outside',
    description: 'Managers on the outer ring, members inside, each team in its own sector.',
  },
  {
    name: 'concentric-inverse',
    label: 'Rings: members outside',
    description: 'Members on the outer ring, managers in the centre.',
  },
];

/** The worker layout behind a choice, or null when fcose runs in the page. */
export function workerLayoutFor(name: LayoutName, actors: number): WorkerLayout | null {
  if (name === 'force') return actors > FCOSE_MAX_ACTORS ? 'forceatlas2' : null;
  return name;
}
