// parseDocument copies plainly valid groups, actors and ties by hand (src/core/document/
// fast-parse.ts) instead of running the schema on each: the result must be exactly the
// schema's — the same keys in the same order, defaults, undefined-valued keys, copies where the
// schema copies — and every refusal the schema's. Random items mutated from valid ones (fields
// dropped, set to undefined or to wrong values, extra keys such as `__proto__` in any order)
// are parsed both ways and compared key by key.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/core/document';
import { fastSchemaParse } from '../../src/core/document/fast-parse';
import { documentSchema } from '../../src/core/document/schema';
import { parseDocumentBySchema } from '../../src/core/document/validate';
import { createExampleDocument } from '../../src/core/example/qic-example';
import { createSyntheticNetwork } from '../../src/core/example/synthetic';
import { oddDocument } from './formats-helpers';

const NUM_RUNS = Number(process.env.LEADNET_FC_RUNS ?? 200);

/** Where two values differ (own keys in order, prototypes, primitives by Object.is), or ''. */
function difference(a: unknown, b: unknown, path = '$'): string {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null)
    return Object.is(a, b) ? '' : `${path}: ${String(a)} ≠ ${String(b)}`;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return `${path}: prototypes differ`;
  const ka = Reflect.ownKeys(a).map(String);
  const kb = Reflect.ownKeys(b).map(String);
  if (ka.join('\u0000') !== kb.join('\u0000')) return `${path}: keys [${ka}] ≠ [${kb}]`;
  for (const key of ka) {
    const d = difference(
      (a as Record<string, unknown>)[key],
      (b as Record<string, unknown>)[key],
      `${path}.${key}`,
    );
    if (d) return d;
  }
  return '';
}

let fast = 0;
/**
 * Where the two ways differ: the schema's output itself (before the document's rules, which
 * would hide a difference behind, say, a duplicate id), then the whole result.
 */
const bothWays = (value: unknown) => {
  const quick = fastSchemaParse(value);
  if (quick) {
    fast += 1;
    const schema = documentSchema.safeParse(value);
    if (!schema.success) return 'the fast path accepts what the schema refuses';
    const d = difference(quick, schema.data);
    if (d) return d;
  }
  return difference(parseDocument(value), parseDocumentBySchema(value));
};

const VALID = {
  group: { id: 'g1', label: 'Team', kind: 'team', parent: 'g0', attributes: { a: 1 } },
  actor: {
    id: 'p1',
    label: 'Anna',
    role: 'member',
    group: 'g1',
    attributes: { a: 'x', b: null },
    position: { x: 1, y: -2 },
  },
  tie: { id: 't1', source: 'p1', target: 'p2', kind: 'leadership', weight: 0.5, attributes: {} },
};

const oddValue = fc.constantFrom<unknown>(
  undefined,
  null,
  '',
  'g0',
  'p2',
  0,
  0.25,
  1,
  2,
  -1,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  true,
  {},
  [],
  { x: 3, y: 4 },
  { x: 3, y: 4, z: 5 },
  { x: '3', y: 4 },
  { x: 3 },
  { k: 1, l: 'v' },
  { k: {} },
  { k: Number.POSITIVE_INFINITY },
);

/** A valid item with some fields dropped or replaced, extra keys, and its keys shuffled. */
function mutated(base: Record<string, unknown>) {
  const keys = [...Object.keys(base), 'extra', '__proto__', 'constructor', '7', 'zz'];
  return fc
    .tuple(
      fc.array(fc.tuple(fc.constantFrom(...keys), fc.oneof(oddValue, fc.constant('drop'))), {
        maxLength: 2,
      }),
      fc.shuffledSubarray(keys, { minLength: keys.length }),
    )
    .map(([edits, order]) => {
      const entries = new Map<string, unknown>(Object.entries(base));
      for (const [key, value] of edits) {
        if (value === 'drop') entries.delete(key);
        else entries.set(key, value);
      }
      const out: Record<string, unknown> = {};
      for (const key of order)
        if (entries.has(key))
          Object.defineProperty(out, key, {
            value: entries.get(key),
            enumerable: true,
            writable: true,
            configurable: true,
          });
      return out;
    });
}

const items = (base: Record<string, unknown>) =>
  fc.array(fc.oneof(fc.constant(base), mutated(base)), { maxLength: 4 });

describe('the fast path gives the schema’s result', () => {
  it.each([
    ['the example', createExampleDocument()],
    ['a document of odd ids and values', oddDocument()],
    [
      'a synthetic network with positions',
      createSyntheticNetwork({ actors: 300, positions: true }),
    ],
  ])('%s', (_name, doc) => {
    expect(bothWays(doc)).toBe('');
    expect(bothWays({ ...doc, ties: doc.ties.map(({ weight: _, ...t }) => t) })).toBe('');
  });

  it('documents without groups or ties, and with items that are not objects', () => {
    const base = { format: 'leadnet-network', version: 1, actors: [VALID.actor] };
    expect(bothWays(base)).toBe('');
    expect(bothWays({ ...base, groups: undefined, ties: undefined })).toBe('');
    for (const odd of [null, 'p1', [VALID.actor], Object.create(VALID.actor) as unknown])
      expect(bothWays({ ...base, actors: [VALID.actor, odd] })).toBe('');
    expect(bothWays({ ...base, actors: 'none' })).toBe('');
    // The schema copies a position with only x and y.
    const placed = { ...VALID.actor, position: { z: 0, x: 1, y: 2 }, extra: [1] };
    expect(bothWays({ ...base, actors: [placed], groups: [{ id: 'g1', kind: 'team' }] })).toBe('');
    expect(bothWays({ ...base, meta: { title: 3 } })).toBe('');
  });

  test.prop(
    [
      fc.constantFrom('groups', 'actors', 'ties'),
      items(VALID.group),
      items(VALID.actor),
      items(VALID.tie),
      fc.boolean(),
    ],
    { numRuns: NUM_RUNS },
  )('random items, valid and not, in any key order', (mutants, groups, actors, ties, withMeta) => {
    // Mutants in one list at a time, so that the others do not send every document the slow way.
    const doc = {
      format: 'leadnet-network',
      version: 1,
      ...(withMeta ? { meta: { title: 'x' } } : {}),
      groups: [{ id: 'g0', kind: 'team' }, ...(mutants === 'groups' ? groups : [VALID.group])],
      actors: [{ id: 'p2', role: 'member' }, ...(mutants === 'actors' ? actors : [VALID.actor])],
      ties: mutants === 'ties' ? ties : [VALID.tie],
      note: 'kept',
    };
    expect(bothWays(doc)).toBe('');
  });

  it('took the fast path for a good share of the random documents', () => {
    // Mutants that stay valid (an extra key, a dropped optional field) go the fast way too.
    expect(fast).toBeGreaterThan(NUM_RUNS / 10);
  });
});
