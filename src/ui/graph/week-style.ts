// The network at one week of a what-if run: each team filled by its mean experienced progress
// under the scenario (pale at 0, green at 1), each person by the share of replicates in which
// they are active that week (white never, dark purple always), and the actors and ties the
// scenario has taken away faded. Cleared when no week is shown.
import type { Core } from 'cytoscape';
import { interpolateGreens, interpolatePurples } from './colour-ramps';
import type { NetworkDocument } from '../../core/document/types';
import type { AbsentAt } from '../../core/simulation/timeline';
import { actorElementId, groupElementId, tieElementId } from './elements';

const clamp = (v: number) => Math.min(1, Math.max(0, v));
export const progressColor = (p: number) => interpolateGreens(0.08 + 0.8 * clamp(p));
export const activityColor = (share: number) => interpolatePurples(0.05 + 0.9 * clamp(share));

export interface WeekShown {
  /** Mean experienced progress of each team at the week. */
  progress: Record<string, number>;
  /**
   * Each actor's share of replicates active at the week, in doc.actors order; null where the
   * model has no activity for them (outside the teams): their node keeps its role's colour.
   */
  active: readonly (number | null)[];
  absent: AbsentAt;
}

export function applyWeekStyle(cy: Core, doc: NetworkDocument, shown: WeekShown | null): void {
  cy.batch(() => {
    for (const group of doc.groups) {
      const p = shown?.progress[group.id];
      cy.getElementById(groupElementId(group.id)).data(
        'progressFill',
        p === undefined ? null : progressColor(p),
      );
    }
    for (const [i, actor] of doc.actors.entries()) {
      const active = shown?.active[i];
      cy.getElementById(actorElementId(actor.id)).data({
        absent: shown?.absent.actors.has(actor.id) ?? false,
        activityFill: active === undefined || active === null ? null : activityColor(active),
      });
    }
    for (const tie of doc.ties)
      cy.getElementById(tieElementId(tie.id)).data(
        'absent',
        shown?.absent.ties.has(tie.id) ?? false,
      );
  });
}
