// What a scenario takes away from the network at a given week, for the animated drawing: the
// actors who have left (until a newcomer fills their post) and the ties removed, with the ties
// of absent actors. Random choices (`count`, turnover bursts) differ per replicate and are not
// drawn.
import type { NetworkDocument } from '../document/types';
import { indexActors } from '../graph/build';
import type { Scenario } from './scenarios';
import { selectActors, selectTies } from './selectors';

export interface AbsentAt {
  actors: Set<string>;
  ties: Set<string>;
}

export function absentAt(doc: NetworkDocument, scenario: Scenario, week: number): AbsentAt {
  const actors = new Set<string>();
  const ties = new Set<string>();
  const selection = { doc, warnings: [] };
  const index = indexActors(doc);
  scenario.interventions.forEach((intervention, i) => {
    const from = intervention.week ?? 0;
    if (week < from) return;
    const path = ['interventions', i];
    if (intervention.action === 'remove-actors' && intervention.count === undefined) {
      const until =
        intervention.vacancyWeeks === undefined ? Infinity : from + intervention.vacancyWeeks;
      if (week < until)
        for (const a of selectActors(selection, intervention.actors, path))
          actors.add(doc.actors[a]!.id);
    } else if (intervention.action === 'remove-ties') {
      for (const tie of selectTies(selection, intervention.ties, path, index)) ties.add(tie.id);
    }
  });
  for (const tie of doc.ties)
    if (actors.has(tie.source) || actors.has(tie.target)) ties.add(tie.id);
  return { actors, ties };
}
