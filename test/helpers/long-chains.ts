// Long chains, generated in the tests: a directed path or cycle of n actors (the shape that
// overflowed a recursive strong-components search at ~8,000 actors), and groups nested in one
// chain thousands deep. Plain JSON as a user's file would hold it.
import type { RawDocument } from './documents';

export interface ChainOptions {
  /** Close the path into a cycle: a_{n−1} → a_0. */
  cycle?: boolean;
  /** Give every actor a position (on a square grid), so the app needs no layout. */
  positions?: boolean;
  /** Put actor i in group g_i, each group nested in the one before: a chain of n groups. */
  nestedGroups?: boolean;
}

/** a_0 → a_1 → … → a_{n−1} (→ a_0 with `cycle`): each actor looks to the next one. */
export function chainDocument(n: number, options: ChainOptions = {}): RawDocument {
  const side = Math.ceil(Math.sqrt(n));
  const actors = Array.from({ length: n }, (_, i) => ({
    id: `a${i}`,
    label: `Person ${i}`,
    role: 'member',
    ...(options.nestedGroups ? { group: `g${i}` } : {}),
    ...(options.positions
      ? { position: { x: (i % side) * 60, y: Math.floor(i / side) * 60 } }
      : {}),
  }));
  const ties = Array.from({ length: options.cycle ? n : n - 1 }, (_, i) => ({
    id: `t${i}`,
    source: `a${i}`,
    target: `a${(i + 1) % n}`,
    kind: 'leadership',
  }));
  const groups = options.nestedGroups
    ? Array.from({ length: n }, (_, i) => ({
        id: `g${i}`,
        label: `Group ${i}`,
        kind: i === n - 1 ? 'team' : 'organization',
        ...(i > 0 ? { parent: `g${i - 1}` } : {}),
      }))
    : [];
  return {
    format: 'leadnet-network',
    version: 1,
    meta: { title: `A directed ${options.cycle ? 'cycle' : 'path'} of ${n} actors` },
    groups,
    actors,
    ties,
  };
}
