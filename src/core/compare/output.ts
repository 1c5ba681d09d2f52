// A comparison as it leaves Leadnet (DESIGN §6 `compare`): JSON `{actors: {joined, left}, ties:
// {added, removed, kept}, measures: {network, groups, actors}}` with the match report beside it,
// and CSV — one row per measure and item: level, id, label, measure, before, after, change.
import type { NetworkDocument } from '../document/types';
import { englishText } from '../messages/english';
import { toCsv } from '../metrics/output';
import type { ChangeRow, Comparison } from './compare';

export interface CompareJson {
  match: { by: string; actors: number; groups: number; notes: string[] };
  actors: Comparison['actors'];
  ties: Comparison['ties'];
  measures: Comparison['measures'];
}

/** The JSON of `leadnet compare --json`; the match notes in English (the CLI's words). */
export function toCompareJson(comparison: Comparison): CompareJson {
  const { match, actors, ties, measures } = comparison;
  return {
    match: { ...match, notes: match.notes.map((note) => englishText(note)) },
    actors,
    ties,
    measures,
  };
}

/** `leadnet compare --csv`: every measure's change, network, groups and people, one per row. */
export function compareCsv(
  comparison: Comparison,
  before: NetworkDocument,
  after: NetworkDocument,
): string {
  const label = (items: readonly { id: string; label?: string }[]) => {
    const map = new Map(items.map((x) => [x.id, x.label ?? '']));
    return (id: string, fallback: Map<string, string>) => map.get(id) ?? fallback.get(id) ?? '';
  };
  const earlierActors = new Map(before.actors.map((a) => [a.id, a.label ?? '']));
  const earlierGroups = new Map(before.groups.map((g) => [g.id, g.label ?? '']));
  const actorLabel = label(after.actors);
  const groupLabel = label(after.groups);
  const body: unknown[][] = [];
  const rows = (level: string, id: string, name: string, row: ChangeRow) => {
    for (const [measure, c] of Object.entries(row))
      body.push([level, id, name, measure, c.before, c.after, c.change]);
  };
  rows('network', '', '', comparison.measures.network);
  for (const [id, row] of Object.entries(comparison.measures.groups))
    rows('group', id, groupLabel(id, earlierGroups), row);
  for (const [id, row] of Object.entries(comparison.measures.actors))
    rows('actor', id, actorLabel(id, earlierActors), row);
  return toCsv(['level', 'id', 'label', 'measure', 'before', 'after', 'change'], body);
}
