// From the intermediate graph to a Leadnet document, as DESIGN §3 says: attributes mapped to
// role, kind, group, weight and label; an undirected edge becomes two reciprocal ties;
// parallel ties of one kind merge (weights summed); self-loops are left out; a tie with no
// kind gets `leadership`, an actor with no role `member`; `reverse` flips every tie; weights
// end in (0, 1]. Missing or duplicate ids, ties to missing actors and weights that are not
// finite numbers > 0 refuse the file — unless `dropInvalid`, when they are left out and
// reported. Every change is a report line.
//
// Weights above 1 are rescaled, not capped: every weight is divided by the largest, so the
// strongest tie gets 1 and relative strengths survive (capping would make all strong ties
// equal). The report says so and by what.
import type { AttributeValue } from '../document/schema';
import { CURRENT_VERSION, FORMAT } from '../document/schema';
import { describeValue } from '../document/paths';
import { MAX_ERRORS, parseDocument, tieKey, withOverflow } from '../document/validate';
import type { Location, Message } from '../messages/types';
import type { Carrier } from './carrier';
import { importLeadnetValue } from './leadnet';
import {
  type ExactFields,
  type RawAttributes,
  type RawGraph,
  type RawGroup,
  type RawNode,
  defineOwn,
  isRecord,
  ownEntries,
  unescapeAttributeName,
} from './raw';
import { type FormatMessage, say } from './messages';
import type { ReportCollector } from './report';
import { type RoleRule, matchRoleRule } from './role-rules';
import { IMPORT_LIMITS, type ImportMapping, type ImportResult } from './types';

export interface ResolvedMapping {
  roleAttr?: string;
  kindAttr?: string;
  groupAttr?: string;
  weightAttr?: string;
  labelAttr?: string;
  reverse: boolean;
  roleRules?: RoleRule[];
}

const MAPPED_FIELDS = ['roleAttr', 'kindAttr', 'groupAttr', 'weightAttr', 'labelAttr'] as const;

function pick(names: Set<string>, candidates: string[]): string | undefined {
  for (const c of candidates) if (names.has(c)) return c;
  for (const c of candidates) for (const n of names) if (n.toLowerCase() === c) return n;
  return undefined;
}

export function attributeNames(items: readonly { attributes: RawAttributes }[]): Set<string> {
  const names = new Set<string>();
  for (const item of items) for (const k of item.attributes.keys()) names.add(k);
  return names;
}

/**
 * Attributes that name a person, most telling first: the label column a tool writes (`label`,
 * `Label`), then names and titles, then the tooltip a drawing shows (the airlines sample keeps
 * its airports' names there), and the Danish words.
 */
export const LABEL_ATTRIBUTES = [
  'label',
  'name',
  'full name',
  'fullname',
  'display name',
  'title',
  'tooltip',
  'navn',
  'titel',
];

/** The mapping Leadnet uses without the user's choice: attributes named role, kind, … */
export function suggestMapping(raw: RawGraph): ImportMapping {
  const node = attributeNames(raw.nodes);
  const edge = attributeNames(raw.edges);
  const out: ImportMapping = {};
  const set = (field: (typeof MAPPED_FIELDS)[number], value: string | undefined) => {
    if (value !== undefined) out[field] = value;
  };
  set('roleAttr', pick(node, ['role']));
  set('groupAttr', pick(node, ['group']));
  set('labelAttr', pick(node, LABEL_ATTRIBUTES));
  set('kindAttr', pick(edge, ['kind']));
  set('weightAttr', pick(edge, ['weight']));
  return out;
}

/** The user's choices over the suggestion; an empty string means "none". */
export function resolveMapping(chosen: ImportMapping, suggested: ImportMapping): ResolvedMapping {
  const out: ResolvedMapping = { reverse: chosen.reverse === true };
  if (chosen.roleRules?.length) out.roleRules = chosen.roleRules;
  for (const field of MAPPED_FIELDS) {
    const value = chosen[field] !== undefined ? chosen[field] : suggested[field];
    if (value) out[field] = value;
  }
  return out;
}

export function isDefaultMapping(chosen: ImportMapping, suggested: ImportMapping): boolean {
  return (
    !chosen.reverse &&
    !chosen.roleRules?.length &&
    MAPPED_FIELDS.every((f) => chosen[f] === undefined || chosen[f] === suggested[f])
  );
}

/** A value as text for an id-like field; nothing for null, missing or empty. */
function textOf(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/**
 * A mapped attribute's value, each attribute taken once (mapped to two fields, the first gets
 * it); `taken` collects the names, which then stay out of the leftover attributes. The raw
 * attributes are never changed.
 */
function take(attributes: RawAttributes, name: string | undefined, taken: string[]): unknown {
  if (name === undefined || !attributes.has(name) || taken.includes(name)) return undefined;
  taken.push(name);
  return attributes.get(name);
}

type Weight = { ok: true; value: number } | { ok: false; got: string };

function weightOf(value: unknown): Weight {
  if (value === undefined || value === null || value === '') return { ok: true, value: 1 };
  const n =
    typeof value === 'number'
      ? value
      : typeof value === 'string'
        ? Number(value.trim() || NaN)
        : NaN;
  if (Number.isFinite(n) && n > 0) return { ok: true, value: n };
  const got = typeof value === 'string' ? JSON.stringify(value) : describeValue(value);
  return { ok: false, got };
}

class Mapper {
  readonly errors: Message[] = [];
  readonly invalid = { actors: 0, ties: 0, groups: 0 };

  constructor(
    readonly report: ReportCollector,
    readonly escapedNames: boolean,
  ) {}

  /**
   * An item the file cannot keep: it refuses the file (`message`, at `where`) unless
   * `dropInvalid`, when the report's `line` says it was left out.
   */
  refuse(
    what: 'actors' | 'ties' | 'groups',
    where: Location,
    message: Message,
    line: FormatMessage['code'],
  ): void {
    this.invalid[what] += 1;
    this.errors.push({ ...message, at: where });
    this.report.add('refused', { code: line, params: {} }, where);
  }

  /**
   * Leftover attributes — all but the `mapped` ones — as a document's attributes object
   * (undefined when none). The raw attributes are read, never changed.
   */
  attributes(
    raw: RawAttributes,
    where: Location,
    mapped: readonly string[] = [],
  ): Record<string, AttributeValue> | undefined {
    // `mapped` holds names present in `raw` (see take), each once.
    if (raw.size === mapped.length) return undefined;
    const out: Record<string, AttributeValue> = {};
    const names = new Set<string>();
    const entries = mapped.length ? [...raw].filter(([name]) => !mapped.includes(name)) : [...raw];
    // Plain names first, so an unescaped `attr:x` never takes the place of an `x`.
    if (this.escapedNames)
      entries.sort(([a], [b]) => Number(/^attr:/i.test(a)) - Number(/^attr:/i.test(b)));
    for (const [rawName, value] of entries) {
      let name = this.escapedNames ? unescapeAttributeName(rawName) : rawName;
      if (names.has(name)) name = rawName;
      names.add(name);
      let v: AttributeValue;
      if (value === undefined) continue;
      if (value === null || typeof value === 'string' || typeof value === 'boolean') v = value;
      else if (typeof value === 'number') {
        if (Number.isFinite(value)) v = value;
        else {
          v = String(value);
          this.report.add('changed', say('fmt_changed_not_finite', {}), where);
        }
      } else {
        v = JSON.stringify(value) ?? String(value);
        this.report.add('changed', say('fmt_changed_json_text', {}), where);
      }
      defineOwn(out, name, v);
    }
    return out;
  }
}

interface MapInput {
  name: string;
  raw: RawGraph;
  mapping: ResolvedMapping;
  dropInvalid: boolean;
  carrier?: Carrier;
}

function withFields(target: Record<string, unknown>, exact: ExactFields | undefined): void {
  if (exact?.fields === undefined) return;
  for (const [k, v] of ownEntries(exact.fields))
    if (!Object.prototype.hasOwnProperty.call(target, k)) defineOwn(target, k, v);
}

export function mapToDocument(input: MapInput, report: ReportCollector): ImportResult {
  const { raw, mapping, carrier } = input;
  const m = new Mapper(report, raw.escapedNames === true || carrier !== undefined);

  // Compound nodes (Cytoscape parents, GEXF pid) are groups, not actors.
  const parents = new Set<string>();
  for (const node of raw.nodes) if (node.parent !== undefined) parents.add(node.parent);
  const declaredGroups: RawGroup[] = [...raw.groups];
  const actorNodes: RawNode[] = [];
  for (const node of raw.nodes) {
    if (node.id !== undefined && parents.has(node.id)) {
      const taken: string[] = [];
      const label = textOf(take(node.attributes, mapping.labelAttr, taken));
      const kind = textOf(take(node.attributes, 'kind', taken));
      const attributes = new Map(node.attributes);
      for (const name of taken) attributes.delete(name);
      declaredGroups.push({
        id: node.id,
        label,
        kind,
        parent: node.parent,
        attributes,
        where: node.where,
      });
      report.add('changed', say('fmt_changed_compound', {}), node.where);
    } else actorNodes.push(node);
  }

  // Groups: the carrier's exactly, then those the file declares, then those named by actors.
  const groups: Record<string, unknown>[] = [];
  const groupIds = new Set<string>();
  const carried = carrier?.network.groups;
  if (Array.isArray(carried))
    for (const g of carried)
      if (isRecord(g)) {
        groups.push(g);
        if (typeof g.id === 'string') groupIds.add(g.id);
      }
  const groupWhere = new Map<string, Location>();
  for (const g of declaredGroups) {
    if (g.id === undefined || g.id === '') {
      m.refuse('groups', g.where, say('fmt_group_no_id', {}), 'fmt_refused_group_no_id');
      continue;
    }
    if (groupIds.has(g.id)) {
      // Not seen in the file: the group came with the Leadnet details the file carries.
      const first = groupWhere.get(g.id);
      m.refuse(
        'groups',
        g.where,
        first
          ? say('fmt_group_duplicate', { id: g.id, first })
          : say('fmt_group_duplicate_carried', { id: g.id }),
        'fmt_refused_group_duplicate',
      );
      continue;
    }
    groupIds.add(g.id);
    groupWhere.set(g.id, g.where);
    const group: Record<string, unknown> = { id: g.id };
    if (g.label !== undefined) group.label = g.label;
    if (g.kind === undefined || g.kind === '')
      report.add('changed', say('fmt_changed_group_kind', {}), g.where);
    group.kind = g.kind || 'team';
    if (g.parent !== undefined && g.parent !== '') group.parent = g.parent;
    const attributes = m.attributes(g.attributes, g.where);
    if (attributes) group.attributes = attributes;
    groups.push(group);
  }
  const ensureGroup = (id: string, where: Location) => {
    if (groupIds.has(id)) return;
    groupIds.add(id);
    groups.push({ id, kind: 'team' });
    report.add('changed', say('fmt_changed_groups_made', {}), where);
  };
  for (const g of [...groups])
    if (typeof g.parent === 'string')
      ensureGroup(g.parent, groupWhere.get(g.id as string) ?? { path: ['groups'] });

  // Actors.
  const actors: Record<string, unknown>[] = [];
  const actorWhere = new Map<string, Location>();
  const actorIdOf = new Map<string, string>(); // the id in the file → the actor's id
  for (const node of actorNodes) {
    if (node.id === undefined || node.id === '') {
      m.refuse('actors', node.where, say('fmt_node_no_id', {}), 'fmt_refused_node_no_id');
      continue;
    }
    const exact = node.exact;
    const id = exact?.id ?? node.id;
    if (actorWhere.has(id) || actorIdOf.has(node.id)) {
      const first = actorWhere.get(id) ?? actorWhere.get(actorIdOf.get(node.id)!)!;
      m.refuse(
        'actors',
        node.where,
        say('fmt_node_duplicate', { id, first }),
        'fmt_refused_node_duplicate',
      );
      continue;
    }
    actorWhere.set(id, node.where);
    actorIdOf.set(node.id, id);
    const attrs = node.attributes;
    const taken: string[] = [];
    // A role rule reads the attributes as the file has them, before mapped ones are taken out.
    const ruled = exact?.role === undefined ? matchRoleRule(mapping.roleRules, attrs) : undefined;
    // Mapped attributes are taken out first; the carrier's exact values then win over them.
    const labelValue = take(attrs, mapping.labelAttr, taken);
    const roleValue = take(attrs, mapping.roleAttr, taken);
    const groupValue =
      node.parent === undefined ? take(attrs, mapping.groupAttr, taken) : undefined;
    const label = exact?.label ?? (labelValue === '' ? '' : textOf(labelValue));
    let role = exact?.role ?? ruled?.rule.role ?? textOf(roleValue);
    if (ruled)
      report.add(
        'changed',
        say('fmt_changed_role_rule', {
          attribute: ruled.rule.attribute,
          value: ruled.rule.value,
          role: ruled.rule.role,
        }),
        node.where,
      );
    if (role === undefined) {
      role = 'member';
      report.add('changed', say('fmt_changed_role', {}), node.where);
    }
    const group = exact?.group ?? node.parent ?? textOf(groupValue);
    const actor: Record<string, unknown> = { id };
    if (label !== undefined) actor.label = label;
    actor.role = role;
    if (group !== undefined) {
      actor.group = group;
      ensureGroup(group, node.where);
    }
    const attributes = exact?.attributes ?? m.attributes(attrs, node.where, taken);
    if (attributes) actor.attributes = attributes;
    const position = exact?.position ?? node.position;
    if (position) actor.position = { x: position.x, y: position.y };
    withFields(actor, exact);
    actors.push(actor);
  }

  // Ties.
  const explicitIds = new Set<string>();
  for (const edge of raw.edges) {
    const id = edge.exact?.id ?? edge.id;
    if (id) explicitIds.add(id);
  }
  const usedIds = new Set<string>();
  let counter = 0;
  // The file's ids are kept; made-up ones (numbered, or a reverse tie's) avoid every id the
  // file uses, so no file id is ever renamed.
  const freshId = (fileId: string | undefined, base?: string) => {
    let id = fileId ?? base ?? `t${++counter}`;
    if (fileId !== undefined) {
      usedIds.add(id);
      return id;
    }
    for (let k = 2; usedIds.has(id) || explicitIds.has(id); k += 1)
      id = base === undefined ? `t${++counter}` : `${base} ${k}`;
    usedIds.add(id);
    return id;
  };
  const ties: Record<string, unknown>[] = [];
  const tieWhere: Location[] = [];
  const byKey = new Map<string, number>();
  const tieIdWhere = new Map<string, Location>();
  // Edges that end on a compound node: valid in the tool that wrote them (Cytoscape.js draws an
  // edge to a group), but a Leadnet tie joins two people. Left out, one report line per group.
  const groupLabel = new Map<string, string>();
  for (const g of declaredGroups)
    if (g.id !== undefined && g.label !== undefined && g.label !== '')
      groupLabel.set(g.id, g.label);
  // A tie from→to of `kind`; a second one of the same triple adds its weight to the first.
  const addTie = (
    from: string,
    to: string,
    id: string | undefined,
    base: string | undefined,
    kind: string,
    weight: number,
    attributes: Record<string, AttributeValue> | undefined,
    exact: ExactFields | undefined,
    where: Location,
  ) => {
    const key = tieKey(from, to, kind);
    const at = byKey.get(key);
    if (at !== undefined) {
      const tie = ties[at]!;
      const sum = (tie.weight as number) + weight;
      tie.weight = Number.isFinite(sum) ? sum : Number.MAX_VALUE;
      report.add('changed', say('fmt_changed_parallel', {}), where);
      return;
    }
    const tie: Record<string, unknown> = {
      id: freshId(id, base),
      source: from,
      target: to,
      kind,
      weight,
    };
    if (attributes) tie.attributes = attributes;
    withFields(tie, exact);
    byKey.set(key, ties.length);
    ties.push(tie);
    tieWhere.push(where);
  };
  for (const edge of raw.edges) {
    const { where, exact } = edge;
    if (
      edge.source === undefined ||
      edge.source === '' ||
      edge.target === undefined ||
      edge.target === ''
    ) {
      m.refuse('ties', where, say('fmt_edge_no_end', {}), 'fmt_refused_edge_no_end');
      continue;
    }
    let source = actorIdOf.get(edge.source);
    let target = actorIdOf.get(edge.target);
    if (source === undefined || target === undefined) {
      const group =
        source === undefined && parents.has(edge.source)
          ? edge.source
          : target === undefined && parents.has(edge.target)
            ? edge.target
            : undefined;
      if (group !== undefined)
        report.add(
          'refused',
          say('fmt_refused_edge_on_group', { group: groupLabel.get(group) ?? group }),
          where,
        );
      else {
        const id = source === undefined ? edge.source : edge.target;
        m.refuse('ties', where, say('fmt_edge_no_actor', { id }), 'fmt_refused_edge_no_actor');
      }
      continue;
    }
    const attrs = edge.attributes;
    const taken: string[] = [];
    const weightValue = take(attrs, mapping.weightAttr, taken);
    const weight = weightOf(weightValue);
    if (
      mapping.weightAttr !== undefined &&
      (weightValue === undefined || weightValue === null || weightValue === '')
    )
      report.add('changed', say('fmt_changed_weight_1', {}), where);
    const kindValue = take(attrs, mapping.kindAttr, taken);
    const kindText = exact?.kind ?? textOf(kindValue);
    if (!weight.ok) {
      m.refuse(
        'ties',
        where,
        say('fmt_edge_weight', { got: weight.got }),
        'fmt_refused_edge_weight',
      );
      continue;
    }
    const fileId = exact?.id ?? edge.id;
    if (fileId !== undefined && fileId !== '' && tieIdWhere.has(fileId)) {
      m.refuse(
        'ties',
        where,
        say('fmt_edge_duplicate', { id: fileId, first: tieIdWhere.get(fileId)! }),
        'fmt_refused_edge_duplicate',
      );
      continue;
    }
    if (fileId) tieIdWhere.set(fileId, where);
    if (source === target) {
      report.add('refused', say('fmt_refused_self_loop', {}), where);
      continue;
    }
    let kind = kindText;
    if (kind === undefined) {
      kind = 'leadership';
      report.add('changed', say('fmt_changed_kind', {}), where);
    }
    if (mapping.reverse) [source, target] = [target, source];
    const attributes = exact?.attributes ?? m.attributes(attrs, where, taken);
    const id = fileId || undefined;
    if (id === undefined) report.add('notes', say('fmt_note_edges_numbered', {}), where);
    const forward = ties.length;
    addTie(source, target, id, undefined, kind, weight.value, attributes, exact, where);
    if (!edge.directed) {
      const base = `${String(ties[forward]?.id ?? id ?? 'tie')} reverse`;
      addTie(target, source, undefined, base, kind, weight.value, attributes, exact, where);
      report.add('changed', say('fmt_changed_undirected', {}), where);
    }
  }
  if (mapping.reverse && ties.length)
    report.add('changed', say('fmt_changed_reversed', {}), undefined, ties.length);

  let max = 0;
  for (const t of ties) max = Math.max(max, t.weight as number);
  if (max > 1) {
    ties.forEach((t, i) => {
      const before = t.weight as number;
      let after = before / max;
      if (after === 0) {
        after = Number.MIN_VALUE;
        report.add('changed', say('fmt_changed_weight_min', {}), tieWhere[i]);
      }
      t.weight = after;
      if (after !== before)
        report.add('changed', say('fmt_changed_rescaled', { max }), tieWhere[i]);
    });
  }
  if (ties.length > IMPORT_LIMITS.ties)
    return {
      ok: false,
      errors: [say('fmt_too_many_ties_doubled', { max: IMPORT_LIMITS.ties }, { file: input.name })],
    };

  const doc: Record<string, unknown> = {};
  if (carrier) for (const [k, v] of ownEntries(carrier.network)) defineOwn(doc, k, v);
  else {
    doc.format = FORMAT;
    doc.version = CURRENT_VERSION;
    doc.meta = { source: input.name };
  }
  doc.groups = groups;
  doc.actors = actors;
  doc.ties = ties;

  const kept = { actors: actors.length, ties: ties.length, groups: groups.length };
  const invalidCount = m.invalid.actors + m.invalid.ties + m.invalid.groups;
  if (invalidCount && !input.dropInvalid) {
    return {
      ok: false,
      errors: withOverflow(m.errors.slice(0, MAX_ERRORS), m.errors.length),
      droppable: { ...m.invalid },
      report: report.build(raw.format, kept),
    };
  }
  const parsed = carrier ? importLeadnetValue(doc) : parseDocument(doc);
  if (!parsed.ok) return { ok: false, errors: parsed.errors };
  if (carrier && 'report' in parsed)
    for (const line of parsed.report.changed)
      report.add('changed', line.message, undefined, line.count);
  return { ok: true, doc: parsed.doc, report: report.build(raw.format, kept) };
}
