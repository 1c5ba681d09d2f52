// Which network a what-if result belongs to. A result is drawn only on the network and the
// version of it that it was run for: another network clears it, an edit that changes what the
// model reads (actors, ties, groups, parameters, the scenario run) greys it until it is run again.
// A drag, a new title or a new story step changes none of that, so the result stays current.
import { sameStructure } from '../core/document/structure';
import type { NetworkDocument } from '../core/document/types';

/**
 * `none`: no result; `current`: for this network as it is; `edited`: for an earlier version of
 * this network (shown greyed, never drawn on the network); `other`: for another network (cleared).
 */
export type ResultStanding = 'none' | 'current' | 'edited' | 'other';

/** What a result keeps of the input it was computed for. */
export interface ResultOrigin {
  /** The document store's revision at the run. */
  revision: number;
  /** Which network was open (the library entry's id). */
  network: string;
  /** The document simulated (documents are immutable: kept by reference). */
  doc: NetworkDocument;
  /** The id of the scenario run: a saved scenario with this id must be unchanged too. */
  scenarioId: string;
}

/** The saved scenario with this id, if any (documents keep scenarios as loose data). */
function savedScenario(doc: NetworkDocument, id: string): unknown {
  return doc.scenarios.find(
    (s) => typeof s === 'object' && s !== null && (s as { id?: unknown }).id === id,
  );
}

export function resultStanding(
  origin: ResultOrigin | null,
  doc: NetworkDocument,
  revision: number,
  network: string,
): ResultStanding {
  if (!origin) return 'none';
  if (origin.network !== network) return 'other';
  if (origin.revision === revision || origin.doc === doc) return 'current';
  const before = origin.doc;
  const same =
    sameStructure(before, doc) &&
    before.parameters === doc.parameters &&
    JSON.stringify(savedScenario(before, origin.scenarioId) ?? null) ===
      JSON.stringify(savedScenario(doc, origin.scenarioId) ?? null);
  return same ? 'current' : 'edited';
}
