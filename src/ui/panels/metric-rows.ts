// The rows of the measures tables: filtered by search text, role and group, and sorted by a
// column — a measure (highest or lowest first, undefined values always last) or a text column;
// and a measure's value as a cell says it.
import { groupSubtree } from '../../core/document/groups';
import type { NetworkDocument } from '../../core/document/types';
import type { MetricDefinition, MetricValue } from '../../core/metrics/types';
import { formatValue } from '../format';
import { groupKindName, roleName } from '../graph/palette';
import { m } from '../i18n-plain';

export interface MetricRow {
  /** Index in doc.actors or doc.groups: where the row's values sit in each measure's column. */
  index: number;
  id: string;
  label: string;
  /** The role (actors) or kind (groups), as shown (in the UI's language when it is ours). */
  role: string;
  /** The group (actors) or parent group (groups), as shown. */
  group: string;
}

export interface RowFilter {
  search: string;
  /** A role id, or '' for all. */
  role: string;
  /** A group id (its sub-groups included), or '' for all. */
  group: string;
  /** People whose attribute `name` reads `value` (see attributeChoices); absent for all. */
  attribute?: AttributeChoice | null;
}

/** An attribute value many people share: "position = Ledende sygeplejerske" (12 people). */
export interface AttributeChoice {
  name: string;
  value: string;
  count: number;
}

/** An attribute value as the filter compares it: text, a number or true/false as written. */
const attributeText = (value: unknown): string | undefined =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : undefined;

/**
 * The attribute values the people's filter offers: every value of an attribute that takes at
 * most `maxValues` different values (a category such as a position, not a name or an id),
 * by attribute name and then by value.
 */
export function attributeChoices(doc: NetworkDocument, maxValues = 40): AttributeChoice[] {
  const byName = new Map<string, Map<string, number>>();
  for (const actor of doc.actors)
    for (const [name, value] of Object.entries(actor.attributes ?? {})) {
      const text = attributeText(value);
      if (text === undefined || text === '') continue;
      let values = byName.get(name);
      if (!values) byName.set(name, (values = new Map()));
      values.set(text, (values.get(text) ?? 0) + 1);
    }
  const out: AttributeChoice[] = [];
  for (const name of [...byName.keys()].sort((a, b) => a.localeCompare(b))) {
    const values = byName.get(name)!;
    if (values.size > maxValues) continue;
    for (const value of [...values.keys()].sort((a, b) => a.localeCompare(b)))
      out.push({ name, value, count: values.get(value)! });
  }
  return out;
}

export interface RowSort {
  column: string;
  descending: boolean;
}

const matches = (needle: string, ...texts: string[]) =>
  !needle || texts.some((text) => text.toLocaleLowerCase().includes(needle));

export function actorRows(doc: NetworkDocument, filter: RowFilter): MetricRow[] {
  const needle = filter.search.trim().toLocaleLowerCase();
  const scope = filter.group ? groupSubtree(doc, filter.group) : null;
  const groupLabel = labelsOf(doc);
  // Each role's name once, not once per actor: a name is a message looked up in the UI language.
  const roleNames = new Map<string, string>();
  const nameOf = (role: string) => {
    let name = roleNames.get(role);
    if (name === undefined) roleNames.set(role, (name = roleName(role)));
    return name;
  };
  const rows: MetricRow[] = [];
  doc.actors.forEach((a, index) => {
    if (filter.role && a.role !== filter.role) return;
    if (scope && (a.group === undefined || !scope.has(a.group))) return;
    const wanted = filter.attribute;
    if (
      wanted &&
      (!Object.prototype.hasOwnProperty.call(a.attributes ?? {}, wanted.name) ||
        attributeText(a.attributes![wanted.name]) !== wanted.value)
    )
      return;
    const label = a.label ?? a.id;
    if (!matches(needle, label, a.id)) return;
    rows.push({ index, id: a.id, label, role: nameOf(a.role), group: groupLabel(a.group) });
  });
  return rows;
}

export function groupRows(doc: NetworkDocument, filter: RowFilter): MetricRow[] {
  const needle = filter.search.trim().toLocaleLowerCase();
  const scope = filter.group ? groupSubtree(doc, filter.group) : null;
  const groupLabel = labelsOf(doc);
  const rows: MetricRow[] = [];
  doc.groups.forEach((g, index) => {
    if (scope && !scope.has(g.id)) return;
    const label = g.label ?? g.id;
    if (!matches(needle, label, g.id)) return;
    rows.push({ index, id: g.id, label, role: groupKindName(g.kind), group: groupLabel(g.parent) });
  });
  return rows;
}

function labelsOf(doc: NetworkDocument): (id: string | undefined) => string {
  const labels = new Map(doc.groups.map((g) => [g.id, g.label ?? g.id]));
  return (id) => (id === undefined ? '' : (labels.get(id) ?? id));
}

/** Sorts rows in place by a measure column (values by row index) or a text column. */
export function sortRows(
  rows: MetricRow[],
  values: Record<string, MetricValue[]>,
  sort: RowSort,
): MetricRow[] {
  const sign = sort.descending ? -1 : 1;
  const measure = Object.prototype.hasOwnProperty.call(values, sort.column)
    ? values[sort.column]
    : undefined;
  return rows.sort((a, b) => {
    if (measure) {
      const x = measure[a.index] ?? null;
      const y = measure[b.index] ?? null;
      if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
      return sign * (x - y);
    }
    const key = (['label', 'role', 'group'] as const).find((k) => k === sort.column) ?? 'label';
    return sign * a[key].localeCompare(b[key]);
  });
}

/**
 * A measure's value as a table cell or the team card shows it. A group with people but no
 * support tie to a manager recorded has no support level: the cell says "not recorded" — unknown,
 * not zero, and not the dash of a value that cannot exist (an empty group).
 */
export function cellText(
  measure: Pick<MetricDefinition, 'level' | 'id' | 'format'>,
  value: MetricValue | undefined,
  groupSize?: MetricValue,
): string {
  const unrecorded =
    measure.level === 'group' &&
    measure.id === 'supportLevel' &&
    (value ?? null) === null &&
    (groupSize ?? 0) > 0;
  return unrecorded ? m.app_not_recorded() : formatValue(value, measure.format);
}
