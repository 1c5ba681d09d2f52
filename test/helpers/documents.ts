// Small documents for tests, written out in full so each test shows what it is about.
import { type NetworkDocument, parseDocument } from '../../src/core/document';
import { englishText } from '../../src/core/messages';

/** A JSON-like value as a user's file would hold it (before parsing and defaults). */
export type RawDocument = Record<string, unknown> & {
  groups?: Record<string, unknown>[];
  actors?: Record<string, unknown>[];
  ties?: Record<string, unknown>[];
};

/**
 * Two teams under one organisation; a1 leads nothing, a1 looks to a2 for leadership.
 * A fresh object each call, so a test can break one part of it.
 */
export function rawDocument(): RawDocument {
  return {
    format: 'leadnet-network',
    version: 1,
    groups: [
      { id: 'org', kind: 'organization' },
      { id: 'g1', kind: 'team', parent: 'org' },
      { id: 'g2', kind: 'team', parent: 'org' },
    ],
    actors: [
      { id: 'a1', role: 'member', group: 'g1' },
      { id: 'a2', role: 'coordinator', group: 'g1' },
      { id: 'a3', role: 'member', group: 'g2' },
    ],
    ties: [{ id: 't1', source: 'a1', target: 'a2', kind: 'leadership', weight: 0.5 }],
  };
}

type ActorSpec = [id: string, role: string, group?: string];
type TieSpec = [source: string, target: string, kind: string, weight?: number];

/**
 * A valid, normalised document built from short specs. It goes through parseDocument, so a
 * test can never run on a document the app would refuse.
 */
export function makeDocument(
  actors: ActorSpec[],
  ties: TieSpec[] = [],
  groups: { id: string; kind: string; parent?: string }[] = [],
): NetworkDocument {
  const result = parseDocument({
    format: 'leadnet-network',
    version: 1,
    groups,
    actors: actors.map(([id, role, group]) =>
      group === undefined ? { id, role } : { id, role, group },
    ),
    ties: ties.map(([source, target, kind, weight], i) => ({
      id: `t${i}`,
      source,
      target,
      kind,
      ...(weight === undefined ? {} : { weight }),
    })),
  });
  if (!result.ok) throw new Error(result.errors.map((e) => englishText(e)).join('\n'));
  return result.doc;
}

/** A normalised document from the parts a test names; the rest empty. Not validated. */
export function documentOf(parts: Partial<NetworkDocument>): NetworkDocument {
  return {
    format: 'leadnet-network',
    version: 1,
    meta: {},
    groups: [],
    actors: [],
    ties: [],
    scenarios: [],
    parameters: {},
    views: [],
    ...parts,
  };
}

/**
 * Two teams under an organisation and an empty team: a, b in t1, c in t2, the manager m outside
 * any team, placed, with ties a–b, b–c (across teams) and m–c (what an overview folds away).
 */
export function nestedTeams(): NetworkDocument {
  return documentOf({
    groups: [
      { id: 'org', kind: 'organisation' },
      { id: 't1', kind: 'team', parent: 'org' },
      { id: 't2', kind: 'team', parent: 'org' },
      { id: 'empty', kind: 'team' },
    ],
    actors: [
      { id: 'a', role: 'member', group: 't1', position: { x: 0, y: 0 } },
      { id: 'b', role: 'member', group: 't1', position: { x: 10, y: 0 } },
      { id: 'c', role: 'member', group: 't2', position: { x: 50, y: 0 } },
      { id: 'm', role: 'manager', position: { x: 20, y: -40 } },
    ],
    ties: [
      { id: 'ab', source: 'a', target: 'b', kind: 'leadership', weight: 1 },
      { id: 'bc', source: 'b', target: 'c', kind: 'leadership', weight: 1 },
      { id: 'mc', source: 'm', target: 'c', kind: 'support', weight: 1 },
    ],
  });
}
