// Two networks compared (issue 13, DESIGN §6 `compare`): two waves of a survey, or two versions
// of a collaborative. People are matched by id — or, when the two share no id, by label (each
// label held by exactly one person on each side); the match report says which and who could not
// be matched. Ties match by their two people and their kind: added, removed, kept (and kept with
// another weight). Every measure of the registry is computed for both and its change given per
// person, group and the network; a value undefined on either side gives no change (null, never 0).
import type { Actor, Group, NetworkDocument, Tie } from '../document/types';
import type { Message } from '../messages/types';
import { computeMetrics } from '../metrics/compute';
import { ACTOR_MEASURES, GROUP_MEASURES, NETWORK_MEASURES } from '../metrics/registry';
import type { MetricTable, MetricValue, MetricsResult } from '../metrics/types';
import { say } from './messages';

export type MatchBy = 'id' | 'label';

export interface CompareOptions {
  /** How to match people: 'auto' (by id when the networks share one, else by label). */
  match?: MatchBy | 'auto';
  /** Tie kinds the measures count (all when absent), as `leadnet metrics --kinds`. */
  kinds?: string[];
  /** Louvain's seed for the communities, on both sides. */
  seed?: number;
}

/** A person as the comparison names them: their id and label in the network they are in. */
export interface PersonRef {
  id: string;
  label: string | null;
}

/** A tie by its two people (ids in the network it is in) and kind. */
export interface TieRef {
  id: string;
  source: string;
  target: string;
  kind: string;
  weight: number;
}

export interface Change {
  before: MetricValue;
  after: MetricValue;
  /** after − before; null when either is undefined, and for labels (a community number). */
  change: MetricValue;
}

export type ChangeRow = Record<string, Change>;

export interface Comparison {
  match: {
    by: MatchBy;
    /** People on both sides, matched. */
    actors: number;
    groups: number;
    /** What the match says: how it matched, whom it could not. */
    notes: Message[];
  };
  actors: { joined: PersonRef[]; left: PersonRef[] };
  ties: {
    /** Ties of the later network (its ids) that the earlier one lacks. */
    added: TieRef[];
    /** Ties of the earlier network (its ids) that the later one lacks. */
    removed: TieRef[];
    kept: number;
    /** Kept ties whose weight changed: the later tie, and the earlier weight. */
    reweighted: (TieRef & { before: number })[];
  };
  measures: {
    network: ChangeRow;
    /** By the later network's group id; groups only in the earlier one by theirs. */
    groups: Record<string, ChangeRow>;
    /** By the later network's actor id; people who left by their earlier id. */
    actors: Record<string, ChangeRow>;
  };
  /** The pairs: later actor id → earlier actor id (and groups), for drawing the comparison. */
  pairs: { actors: Record<string, string>; groups: Record<string, string> };
}

/** Measures whose values are labels, not amounts: shown before and after, never subtracted. */
const LABEL_MEASURES = new Set(['community']);

const own = <T>(): Record<string, T> => Object.create(null) as Record<string, T>;

/**
 * Pairs items of two lists: by id when `by` is 'id', else by label, where a label held by more
 * than one item on either side (or no label) matches nothing. Returns later id → earlier id.
 */
function pairItems<T extends { id: string; label?: string }>(
  before: readonly T[],
  after: readonly T[],
  by: MatchBy,
  notes?: Message[],
): Map<string, string> {
  const pairs = new Map<string, string>();
  if (by === 'id') {
    const ids = new Set(before.map((x) => x.id));
    for (const x of after) if (ids.has(x.id)) pairs.set(x.id, x.id);
    return pairs;
  }
  const byLabel = (items: readonly T[]) => {
    const map = new Map<string, T[]>();
    for (const item of items) {
      if (!item.label) continue;
      const list = map.get(item.label) ?? [];
      list.push(item);
      map.set(item.label, list);
    }
    return map;
  };
  const earlier = byLabel(before);
  const later = byLabel(after);
  const twice = new Set<string>();
  for (const [label, list] of later) {
    const other = earlier.get(label);
    if (list.length > 1 || (other && other.length > 1)) {
      twice.add(label);
      continue;
    }
    if (other) pairs.set(list[0]!.id, other[0]!.id);
  }
  for (const [label, list] of earlier) if (list.length > 1 && later.has(label)) twice.add(label);
  if (notes) {
    for (const label of [...twice].sort()) {
      const count = Math.max(earlier.get(label)?.length ?? 0, later.get(label)?.length ?? 0);
      notes.push(say('cmp_label_twice', { name: label, count }));
    }
    const unlabelled = before.filter((x) => !x.label).length + after.filter((x) => !x.label).length;
    if (unlabelled) notes.push(say('cmp_no_label', { count: unlabelled }));
  }
  return pairs;
}

/** 'auto': by id when one person's id is in both networks, else by label. */
export function chooseMatch(
  before: NetworkDocument,
  after: NetworkDocument,
  match: CompareOptions['match'] = 'auto',
): MatchBy {
  if (match !== 'auto') return match;
  const ids = new Set(before.actors.map((a) => a.id));
  return after.actors.some((a) => ids.has(a.id)) ? 'id' : 'label';
}

const person = (actor: Actor): PersonRef => ({ id: actor.id, label: actor.label ?? null });
const tieRef = (tie: Tie): TieRef => ({
  id: tie.id,
  source: tie.source,
  target: tie.target,
  kind: tie.kind,
  weight: tie.weight,
});

function change(measure: string, before: MetricValue, after: MetricValue): Change {
  const both = before !== null && after !== null && !LABEL_MEASURES.has(measure);
  return { before, after, change: both ? after - before : null };
}

/** A row of a metric table (values by measure) for the item at `index`, or all null. */
function rowOf(table: MetricTable, index: number | undefined): Record<string, MetricValue> {
  const row = own<MetricValue>();
  for (const [id, values] of Object.entries(table.values))
    row[id] = index === undefined ? null : (values[index] ?? null);
  return row;
}

function changeRows(
  measures: readonly { id: string }[],
  before: Record<string, MetricValue>,
  after: Record<string, MetricValue>,
): ChangeRow {
  const row = own<Change>();
  for (const { id } of measures) row[id] = change(id, before[id] ?? null, after[id] ?? null);
  return row;
}

/** Compares `before` (the earlier network) with `after` (the later one). */
export function compareNetworks(
  before: NetworkDocument,
  after: NetworkDocument,
  options: CompareOptions = {},
): Comparison {
  const by = chooseMatch(before, after, options.match);
  const notes: Message[] = [];
  const actorPairs = pairItems(before.actors, after.actors, by, notes);
  const groupBy: MatchBy =
    by === 'label' && !after.groups.some((g) => before.groups.some((h) => h.id === g.id))
      ? 'label'
      : 'id';
  const groupPairs = pairItems<Group>(before.groups, after.groups, groupBy);
  notes.unshift(
    actorPairs.size === 0
      ? say('cmp_nothing_matched', {})
      : say(by === 'id' ? 'cmp_matched_by_id' : 'cmp_matched_by_label', {
          matched: actorPairs.size,
          before: before.actors.length,
          after: after.actors.length,
        }),
  );
  if (groupBy === 'label' && groupPairs.size)
    notes.push(say('cmp_groups_by_label', { matched: groupPairs.size }));

  const earlierOf = actorPairs; // later id → earlier id
  const laterOf = new Map([...actorPairs].map(([later, earlier]) => [earlier, later]));
  const joined = after.actors.filter((a) => !earlierOf.has(a.id)).map(person);
  const left = before.actors.filter((a) => !laterOf.has(a.id)).map(person);

  // Ties by (source, target, kind) in the later network's ids; an earlier tie whose person left
  // has no such key and is removed. Lists keep each network's order.
  const key = (source: string, target: string, kind: string) =>
    JSON.stringify([source, target, kind]);
  const earlierTies = new Map<string, number>();
  before.ties.forEach((tie, i) => {
    const source = laterOf.get(tie.source);
    const target = laterOf.get(tie.target);
    if (source !== undefined && target !== undefined)
      earlierTies.set(key(source, target, tie.kind), i);
  });
  const keptBefore = new Set<number>();
  const added: TieRef[] = [];
  const reweighted: (TieRef & { before: number })[] = [];
  for (const tie of after.ties) {
    const i = earlierTies.get(key(tie.source, tie.target, tie.kind));
    if (i === undefined) {
      added.push(tieRef(tie));
      continue;
    }
    keptBefore.add(i);
    const earlier = before.ties[i]!;
    if (earlier.weight !== tie.weight) reweighted.push({ ...tieRef(tie), before: earlier.weight });
  }
  const removed = before.ties.filter((_, i) => !keptBefore.has(i)).map(tieRef);
  const kept = keptBefore.size;

  const metricOptions = { kinds: options.kinds, seed: options.seed };
  const mBefore = computeMetrics(before, metricOptions);
  const mAfter = computeMetrics(after, metricOptions);
  return {
    match: { by, actors: actorPairs.size, groups: groupPairs.size, notes },
    actors: { joined, left },
    ties: { added, removed, kept, reweighted },
    measures: measureChanges(before, after, mBefore, mAfter, actorPairs, groupPairs),
    pairs: { actors: Object.fromEntries(actorPairs), groups: Object.fromEntries(groupPairs) },
  };
}

function measureChanges(
  before: NetworkDocument,
  after: NetworkDocument,
  mBefore: MetricsResult,
  mAfter: MetricsResult,
  actorPairs: Map<string, string>,
  groupPairs: Map<string, string>,
): Comparison['measures'] {
  const network = changeRows(NETWORK_MEASURES, mBefore.network, mAfter.network);
  const level = (
    measures: readonly { id: string }[],
    itemsBefore: readonly { id: string }[],
    itemsAfter: readonly { id: string }[],
    tableBefore: MetricTable,
    tableAfter: MetricTable,
    pairs: Map<string, string>,
  ) => {
    const indexBefore = new Map(itemsBefore.map((x, i) => [x.id, i]));
    const out = own<ChangeRow>();
    const paired = new Set<string>();
    itemsAfter.forEach((item, i) => {
      const earlier = pairs.get(item.id);
      if (earlier !== undefined) paired.add(earlier);
      const b = rowOf(tableBefore, earlier === undefined ? undefined : indexBefore.get(earlier));
      out[item.id] = changeRows(measures, b, rowOf(tableAfter, i));
    });
    itemsBefore.forEach((item, i) => {
      if (paired.has(item.id) || Object.prototype.hasOwnProperty.call(out, item.id)) return;
      out[item.id] = changeRows(measures, rowOf(tableBefore, i), rowOf(tableAfter, undefined));
    });
    return out;
  };
  return {
    network,
    groups: level(
      GROUP_MEASURES,
      before.groups,
      after.groups,
      mBefore.groups,
      mAfter.groups,
      groupPairs,
    ),
    actors: level(
      ACTOR_MEASURES,
      before.actors,
      after.actors,
      mBefore.actors,
      mAfter.actors,
      actorPairs,
    ),
  };
}
