// The network at one week of a what-if run: each team filled by its mean experienced progress
// under the scenario (pale at 0, green at 1), and the actors and ties the scenario has taken
// away faded. Cleared when no week is shown.
import type { Core } from 'cytoscape';
import { interpolateGreens } from 'd3-scale-chromatic';
import type { NetworkDocument } from '../../core/document/types';
import type { AbsentAt } from '../../core/simulation/timeline';
import { actorElementId, groupElementId, tieElementId } from './elements';

export const progressColor = (p: number) =>
  interpolateGreens(0.08 + 0.8 * Math.min(1, Math.max(0, p)));

export function applyWeekStyle(
  cy: Core,
  doc: NetworkDocument,
  shown: { progress: Record<string, number>; absent: AbsentAt } | null,
): void {
  cy.batch(() => {
    for (const group of doc.groups) {
      const p = shown?.progress[group.id];
      cy.getElementById(groupElementId(group.id)).data(
        'progressFill',
        p === undefined ? null : progressColor(p),
      );
    }
    for (const actor of doc.actors)
      cy.getElementById(actorElementId(actor.id)).data(
        'absent',
        shown?.absent.actors.has(actor.id) ?? false,
      );
    for (const tie of doc.ties)
      cy.getElementById(tieElementId(tie.id)).data(
        'absent',
        shown?.absent.ties.has(tie.id) ?? false,
      );
  });
}
