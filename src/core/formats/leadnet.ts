// Leadnet JSON: migrations from older versions of the format, then the document rules of
// DESIGN §2 (parseDocument). No mapping step: the file already says roles, kinds and groups.
import { CURRENT_VERSION, FORMAT } from '../document/schema';
import type { NetworkDocument } from '../document/types';
import { parseDocument } from '../document/validate';
import type { Location, Message } from '../messages/types';
import { FormatError } from './errors';
import { type FormatMessage, say } from './messages';
import { ReportCollector } from './report';
import type { ImportResult } from './types';

/** One step of the format's history: turns a version `from` document into version `from + 1`. */
export interface Migration {
  from: number;
  migrate: (doc: Record<string, unknown>) => Record<string, unknown>;
}

/**
 * Every migration, in order. Version 1 is the first version, so the table is empty today; a
 * change to the format adds `{ from: 1, migrate }` here and raises CURRENT_VERSION.
 */
export const LEADNET_MIGRATIONS: readonly Migration[] = [];

export interface MigrationOutcome {
  value: unknown;
  /** The versions stepped through, e.g. [1, 2] for a version 1 file read as version 3. */
  steps: number[];
}

/**
 * Brings a parsed Leadnet value up to `current` by applying migrations n → n+1 in order.
 * Values that are not objects, newer versions and malformed versions are left to
 * parseDocument, which refuses them with its messages.
 */
export function migrateDocument(
  value: unknown,
  migrations: readonly Migration[] = LEADNET_MIGRATIONS,
  current: number = CURRENT_VERSION,
): MigrationOutcome {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { value, steps: [] };
  let doc = value as Record<string, unknown>;
  if (doc.format !== FORMAT) return { value, steps: [] };
  const steps: number[] = [];
  let version = doc.version;
  while (typeof version === 'number' && Number.isInteger(version) && version < current) {
    const step = migrations.find((m) => m.from === version);
    if (!step) {
      const first = migrations[0]?.from ?? current;
      const at: Location = { path: ['version'] };
      throw new FormatError(
        first === current
          ? say('fmt_no_migration', { version, current }, at)
          : say('fmt_no_migration_range', { version, first, current }, at),
      );
    }
    steps.push(version);
    doc = step.migrate(doc);
    const next: unknown = doc.version;
    if (next !== version + 1)
      throw new Error(`migration from version ${version} gave version ${String(next)}`);
    version = next;
  }
  return { value: doc, steps };
}

/**
 * Imports a parsed Leadnet value: migrate, validate, report the counts. A file refused only for
 * items that can be left out (ties to missing actors, self-ties, duplicate or missing ids,
 * weights that are not in (0, 1], repeated ties) says how many; with `dropInvalid` it imports
 * without them and the report lists each with its path.
 */
export function importLeadnetValue(
  value: unknown,
  migrations: readonly Migration[] = LEADNET_MIGRATIONS,
  current: number = CURRENT_VERSION,
  dropInvalid = false,
): ImportResult {
  let outcome: MigrationOutcome;
  try {
    outcome = migrateDocument(value, migrations, current);
  } catch (error) {
    if (error instanceof FormatError) return { ok: false, errors: [...error.messages] };
    throw error;
  }
  const { value: migrated, steps } = outcome;
  let parsed = parseDocument(migrated);
  const report = new ReportCollector();
  if (!parsed.ok) {
    const pruned = pruneInvalid(migrated);
    const retried = pruned && pruned.dropped.length ? parseDocument(pruned.value) : undefined;
    if (!pruned || !retried?.ok) return { ok: false, errors: parsed.errors };
    if (!dropInvalid) {
      const droppable = { actors: 0, ties: 0, groups: 0 };
      for (const item of pruned.dropped) droppable[item.collection] += 1;
      return { ok: false, errors: parsed.errors, droppable };
    }
    for (const item of pruned.dropped) report.add('refused', item.reason, item.at);
    parsed = retried;
  }
  if (steps.length)
    report.add('changed', say('fmt_changed_migrated', { from: steps[0]!, to: current }));
  const doc = parsed.doc;
  return {
    ok: true,
    doc,
    report: report.build('leadnet', {
      actors: doc.actors.length,
      ties: doc.ties.length,
      groups: doc.groups.length,
    }),
  };
}

interface DroppedItem {
  collection: 'actors' | 'ties' | 'groups';
  at: Location;
  reason: Message;
}

const isId = (v: unknown): v is string => typeof v === 'string' && v.length > 0;

/**
 * The file's value without the items `dropInvalid` may leave out, and what was left out; undefined
 * when the value is not a document-shaped object. Later duplicates go, the first is kept; ties
 * are checked against the actors that remain.
 */
function pruneInvalid(
  value: unknown,
): { value: Record<string, unknown>; dropped: DroppedItem[] } | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const doc = value as Record<string, unknown>;
  const dropped: DroppedItem[] = [];
  const keepUnique = (collection: 'actors' | 'groups') => {
    const items = doc[collection];
    if (!Array.isArray(items)) return { items, ids: new Set<string>() };
    const ids = new Set<string>();
    const kept = items.filter((item: unknown, i) => {
      const id = (item as { id?: unknown } | null)?.id;
      const at: Location = { path: [collection, i] };
      if (!isId(id)) dropped.push({ collection, at, reason: say('fmt_refused_missing_id', {}) });
      else if (ids.has(id))
        dropped.push({ collection, at, reason: say('fmt_refused_duplicate_id', {}) });
      else {
        ids.add(id);
        return true;
      }
      return false;
    });
    return { items: kept, ids };
  };
  const groups = keepUnique('groups');
  const actors = keepUnique('actors');
  let ties = doc.ties;
  if (Array.isArray(ties)) {
    const ids = new Set<string>();
    const pairs = new Set<string>();
    ties = ties.filter((item: unknown, i) => {
      const tie = (item ?? {}) as Record<string, unknown>;
      const drop = (code: FormatMessage['code']) => {
        dropped.push({
          collection: 'ties',
          at: { path: ['ties', i] },
          reason: { code, params: {} },
        });
        return false;
      };
      if (!isId(tie.id)) return drop('fmt_refused_tie_no_id');
      if (ids.has(tie.id)) return drop('fmt_refused_tie_duplicate_id');
      if (!isId(tie.source) || !actors.ids.has(tie.source))
        return drop('fmt_refused_tie_from_missing');
      if (!isId(tie.target) || !actors.ids.has(tie.target))
        return drop('fmt_refused_tie_to_missing');
      if (tie.source === tie.target) return drop('fmt_refused_self_tie');
      const w = tie.weight;
      if (w !== undefined && !(typeof w === 'number' && Number.isFinite(w) && w > 0 && w <= 1))
        return drop('fmt_refused_tie_weight');
      const pair = JSON.stringify([tie.source, tie.target, tie.kind]);
      if (pairs.has(pair)) return drop('fmt_refused_tie_repeated');
      ids.add(tie.id);
      pairs.add(pair);
      return true;
    });
  }
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(doc))
    Object.defineProperty(out, key, {
      value: v,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  out.groups = groups.items;
  out.actors = actors.items;
  out.ties = ties;
  if (doc.groups === undefined) delete out.groups;
  if (doc.ties === undefined) delete out.ties;
  return { value: out, dropped };
}

/** Leadnet JSON as the app saves it (two-space indented). */
export function exportLeadnet(doc: NetworkDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}
