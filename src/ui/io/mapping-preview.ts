// What the mapping step shows: the attribute pickers' options, the first actors and ties as
// they would import, and the report's numbers in one line.
import type { AttributeValue } from '../../core/document/schema';
import type { NetworkDocument } from '../../core/document/types';
import type {
  AttributeSummary,
  ImportMapping,
  ImportReport,
  Inspection,
} from '../../core/formats/types';
import { kindName, roleName } from '../graph/palette';

/** The Leadnet fields a foreign attribute can give, and whether they read node or edge data. */
export const MAPPING_FIELDS: readonly {
  key: Exclude<keyof ImportMapping, 'reverse'>;
  label: string;
  on: 'nodes' | 'edges';
  hint: string;
}[] = [
  { key: 'labelAttr', label: 'Label', on: 'nodes', hint: 'the name shown on the drawing' },
  { key: 'roleAttr', label: 'Role', on: 'nodes', hint: 'manager, coordinator, member…' },
  { key: 'groupAttr', label: 'Group', on: 'nodes', hint: 'the team each person belongs to' },
  { key: 'kindAttr', label: 'Tie kind', on: 'edges', hint: 'leadership, support…' },
  { key: 'weightAttr', label: 'Weight', on: 'edges', hint: 'a number: stronger ties are thicker' },
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
  return `${summary.name} — ${summary.count} of ${total}${samples ? ` · ${samples}${more}` : ''}`;
}

/** "GEXF file: 12 nodes, 30 edges, directed". */
export function describeInspection(inspection: Inspection): string {
  const direction =
    inspection.directed === 'mixed'
      ? 'some edges directed, some not'
      : inspection.directed
        ? 'directed'
        : 'undirected (each edge becomes two ties, one each way)';
  return `${formatName(inspection.format)} file: ${inspection.nodes} nodes, ${inspection.edges} edges, ${direction}`;
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
      weight: String(Number((t.weight ?? 1).toPrecision(3))),
    })),
  };
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const lineTotal = (lines: ImportReport['refused']) => lines.reduce((sum, l) => sum + l.count, 0);

/** "40 actors, 118 ties, 6 groups kept · 2 changed · 1 refused". */
export function reportSummary(report: ImportReport): string {
  const { actors, ties, groups } = report.kept;
  const parts = [
    `${count(actors, 'actor', 'actors')}, ${count(ties, 'tie', 'ties')}, ${count(groups, 'group', 'groups')} kept`,
  ];
  const changed = lineTotal(report.changed);
  const refused = lineTotal(report.refused);
  if (changed) parts.push(`${changed} changed`);
  if (refused) parts.push(`${refused} refused`);
  return parts.join(' · ');
}

/** "at edges[3], edges[9] and 4 more": where a report line happened. */
export function whereText(line: { count: number; where: readonly string[] }): string {
  if (!line.where.length) return '';
  const more = line.count - line.where.length;
  return `at ${line.where.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
}
