// What the mapping step shows: the attribute pickers' options, the first actors and ties as
// they would import, and the report's numbers in one line — in the UI's language.
import type { AttributeValue } from '../../core/document/schema';
import type { NetworkDocument } from '../../core/document/types';
import type {
  AttributeSummary,
  ImportMapping,
  ImportReport,
  Inspection,
} from '../../core/formats/types';
import type { Location } from '../../core/messages';
import { locationText } from '../engine-text';
import { formatNumber } from '../format';
import { kindName, roleName } from '../graph/palette';
import { m } from '../i18n-plain';

/** The Leadnet fields a foreign attribute can give, and whether they read node or edge data. */
export const MAPPING_FIELDS: readonly {
  key: Exclude<keyof ImportMapping, 'reverse'>;
  label: () => string;
  on: 'nodes' | 'edges';
  hint: () => string;
}[] = [
  {
    key: 'labelAttr',
    label: () => m.work_io_field_label(),
    on: 'nodes',
    hint: () => m.work_io_field_label_hint(),
  },
  {
    key: 'roleAttr',
    label: () => m.work_io_field_role(),
    on: 'nodes',
    hint: () => m.work_io_field_role_hint(),
  },
  {
    key: 'groupAttr',
    label: () => m.work_io_field_group(),
    on: 'nodes',
    hint: () => m.work_io_field_group_hint(),
  },
  {
    key: 'kindAttr',
    label: () => m.work_io_field_kind(),
    on: 'edges',
    hint: () => m.work_io_field_kind_hint(),
  },
  {
    key: 'weightAttr',
    label: () => m.work_io_field_weight(),
    on: 'edges',
    hint: () => m.work_io_field_weight_hint(),
  },
];

const FORMAT_NAMES = {
  leadnet: 'Leadnet JSON',
  graphology: 'graphology JSON',
  cytoscape: 'Cytoscape JSON',
  gexf: 'GEXF',
  graphml: 'GraphML',
  csv: 'CSV',
} as const;

export const formatName = (format: keyof typeof FORMAT_NAMES): string => FORMAT_NAMES[format];

function sampleText(value: AttributeValue): string {
  const text = value === null ? 'null' : String(value);
  return text.length > 24 ? `${text.slice(0, 23)}…` : text;
}

/** `role — 12 of 40 · manager, member, coordinator…`: what a picker option offers. */
export function attributeOptionLabel(summary: AttributeSummary, total: number): string {
  const samples = summary.samples.map(sampleText).join(', ');
  const more = summary.distinct > summary.samples.length ? '…' : '';
  const counted = m.work_io_option({ name: summary.name, count: summary.count, total });
  return `${counted}${samples ? ` · ${samples}${more}` : ''}`;
}

/** "GEXF file: 12 nodes, 30 edges, directed". */
export function describeInspection(inspection: Inspection): string {
  const direction =
    inspection.directed === 'mixed'
      ? m.work_io_mixed()
      : inspection.directed
        ? m.work_io_directed()
        : m.work_io_undirected();
  return m.work_io_inspection({
    format: formatName(inspection.format),
    nodes: inspection.nodes,
    edges: inspection.edges,
    direction,
  });
}

/** The mapping the user starts from: the suggestion, as drawn unless the file says otherwise. */
export function initialMapping(inspection: Inspection): ImportMapping {
  return { reverse: false, ...inspection.suggested };
}

/** Picker value for a mapping field: '' stands for "(none)". */
export const pickerValue = (mapping: ImportMapping, key: keyof ImportMapping): string =>
  typeof mapping[key] === 'string' ? (mapping[key] as string) : '';

/** The mapping with a picker's choice applied; "(none)" removes the field. */
export function withPick(
  mapping: ImportMapping,
  key: Exclude<keyof ImportMapping, 'reverse'>,
  value: string,
): ImportMapping {
  const next: ImportMapping = { ...mapping };
  if (value) next[key] = value;
  else delete next[key];
  return next;
}

export interface PreviewActor {
  id: string;
  label: string;
  role: string;
  group: string;
}
export interface PreviewTie {
  id: string;
  source: string;
  target: string;
  kind: string;
  weight: string;
}

/** The first actors and ties of an imported document, as a person reads them. */
export function previewRows(
  doc: NetworkDocument,
  rows = 6,
): { actors: PreviewActor[]; ties: PreviewTie[] } {
  const actorLabel = new Map(doc.actors.map((a) => [a.id, a.label ?? a.id] as const));
  const groupLabel = new Map(doc.groups.map((g) => [g.id, g.label ?? g.id] as const));
  return {
    actors: doc.actors.slice(0, rows).map((a) => ({
      id: a.id,
      label: a.label ?? a.id,
      role: roleName(a.role),
      group: a.group ? (groupLabel.get(a.group) ?? a.group) : '—',
    })),
    ties: doc.ties.slice(0, rows).map((t) => ({
      id: t.id,
      source: actorLabel.get(t.source) ?? t.source,
      target: actorLabel.get(t.target) ?? t.target,
      kind: kindName(t.kind),
      weight: formatNumber(Number((t.weight ?? 1).toPrecision(3))),
    })),
  };
}

/** "1 actor", "40 actors", in the UI's language. */
export const countActors = (n: number): string =>
  n === 1 ? m.work_count_actor_one() : m.work_count_actor_many({ count: n });
export const countTies = (n: number): string =>
  n === 1 ? m.work_count_tie_one() : m.work_count_tie_many({ count: n });
export const countGroups = (n: number): string =>
  n === 1 ? m.work_count_group_one() : m.work_count_group_many({ count: n });

const lineTotal = (lines: ImportReport['refused']) => lines.reduce((sum, l) => sum + l.count, 0);

/** "40 actors, 118 ties, 6 groups kept · 2 changed · 1 refused". */
export function reportSummary(report: ImportReport): string {
  const { actors, ties, groups } = report.kept;
  const parts = [
    m.work_io_kept_list({
      list: `${countActors(actors)}, ${countTies(ties)}, ${countGroups(groups)}`,
    }),
  ];
  const changed = lineTotal(report.changed);
  const refused = lineTotal(report.refused);
  if (changed) parts.push(m.work_io_n_changed({ count: changed }));
  if (refused) parts.push(m.work_io_n_refused({ count: refused }));
  return parts.join(' · ');
}

/** "at edges[3], edges[9] and 4 more": where a report line happened, in the UI's language. */
export function whereText(line: { count: number; where: readonly Location[] }): string {
  if (!line.where.length) return '';
  const more = line.count - line.where.length;
  const where = line.where.map(locationText).join(', ');
  return more > 0 ? m.work_io_at_more({ where, more }) : m.work_io_at({ where });
}
