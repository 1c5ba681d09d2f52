// Property tests (fast-check): random valid documents — ids from fc.string(), weights from
// fc.double() mapped into (0, 1], attributes of every value type, nested groups — come back
// unchanged through every export/import pair (CSV: up to what its warnings say it cannot
// carry); random weights left as they come are kept, rescaled with a report line, or refused
// with a message. Nothing ever lands on Object.prototype.
import { fc, test } from '@fast-check/vitest';
import { afterEach, describe, expect } from 'vitest';
import type { AttributeValue } from '../../src/core/document';
import { importNetwork } from '../../src/core/formats';
import { EXPORT_FORMATS, csvExpectation, reimport, valid } from './formats-helpers';
import { englishText } from '../../src/core/messages';

const NUM_RUNS = Number(process.env.LEADNET_FC_RUNS ?? 60);

/** Strings of every kind: printable, prototype keys, any code unit (controls, lone surrogates). */
const text = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '__proto__',
    'constructor',
    'toString',
    'Sø 🏥',
    ' a b ',
    `<&>"'`,
    '=1+1',
    "'=x",
    'attr:x',
    'measure:x',
    'Role',
    'kind',
  ),
  fc.string({ unit: 'binary', maxLength: 6 }),
);
const nonEmpty = text.filter((s) => s.length > 0);

const attributeValue: fc.Arbitrary<AttributeValue> = fc.oneof(
  text,
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
);

/** An attributes object with own keys only (any key, `__proto__` included). */
const attributes = fc
  .uniqueArray(fc.tuple(text, attributeValue), { selector: ([k]) => k, maxLength: 4 })
  .map((entries) => {
    const out: Record<string, AttributeValue> = {};
    for (const [k, v] of entries)
      Object.defineProperty(out, k, {
        value: v,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    return out;
  });

const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const documentArb = fc
  .record({
    groupIds: fc.uniqueArray(nonEmpty, { maxLength: 4 }),
    actorIds: fc.uniqueArray(nonEmpty, { minLength: 1, maxLength: 7 }),
    tieIds: fc.uniqueArray(nonEmpty, { maxLength: 12 }),
    seed: fc.array(fc.nat(), { minLength: 40, maxLength: 40 }),
    kinds: fc.array(nonEmpty, { minLength: 12, maxLength: 12 }),
    weights: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 12, maxLength: 12 }),
    labels: fc.array(optional(text), { minLength: 11, maxLength: 11 }),
    roles: fc.array(nonEmpty, { minLength: 7, maxLength: 7 }),
    attrs: fc.array(optional(attributes), { minLength: 23, maxLength: 23 }),
    positions: fc.array(
      optional(
        fc.record({ x: fc.double({ noNaN: true, noDefaultInfinity: true }), y: fc.integer() }),
      ),
      { minLength: 7, maxLength: 7 },
    ),
    title: optional(text),
    scenarios: fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 2 }),
    views: fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 2 }),
    extra: optional(fc.jsonValue({ maxDepth: 2 })),
  })
  .map((r) => {
    const pick = <T>(list: readonly T[], k: number) =>
      list[r.seed[k % r.seed.length]! % list.length]!;
    const groups = r.groupIds.map((id, i) => ({
      id,
      kind: r.kinds[i]!,
      ...(r.labels[7 + i] !== undefined ? { label: r.labels[7 + i] } : {}),
      // Only earlier groups as parents: nesting without cycles.
      ...(i > 0 && r.seed[i]! % 2 ? { parent: r.groupIds[r.seed[i]! % i] } : {}),
      ...(r.attrs[19 + i] ? { attributes: r.attrs[19 + i] } : {}),
    }));
    const actors = r.actorIds.map((id, i) => ({
      id,
      role: r.roles[i]!,
      ...(r.labels[i] !== undefined ? { label: r.labels[i] } : {}),
      ...(groups.length && r.seed[10 + i]! % 3 ? { group: pick(r.groupIds, 10 + i) } : {}),
      ...(r.attrs[i] ? { attributes: r.attrs[i] } : {}),
      ...(r.positions[i] ? { position: r.positions[i] } : {}),
      ...(r.seed[20 + i]! % 5 === 0 ? { extraField: r.seed[20 + i] } : {}),
    }));
    const seen = new Set<string>();
    const ties = [];
    for (const [i, id] of r.tieIds.entries()) {
      const source = pick(r.actorIds, 2 * i);
      const target = pick(r.actorIds, 2 * i + 1);
      const kind = r.kinds[i]!;
      const key = JSON.stringify([source, target, kind]);
      if (source === target || seen.has(key)) continue;
      seen.add(key);
      const w = r.weights[i]!;
      ties.push({
        id,
        source,
        target,
        kind,
        // fc.double() in [0, 1], mapped into (0, 1].
        weight: w > 0 ? w : 1,
        ...(r.attrs[7 + i] ? { attributes: r.attrs[7 + i] } : {}),
      });
    }
    const doc: Record<string, unknown> = {
      format: 'leadnet-network',
      version: 1,
      meta: r.title === undefined ? {} : { title: r.title },
      groups,
      actors,
      ties,
      scenarios: r.scenarios,
      parameters: { chi0: 0.04 },
      views: r.views,
    };
    if (r.extra !== undefined) doc.extraTopLevel = r.extra;
    // Documents live as JSON: one trip through it gives the canonical form (no -0).
    return valid(doc);
  });

afterEach(() => {
  expect(Object.keys(Object.prototype)).toEqual([]);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

describe('random documents round-trip', () => {
  for (const format of EXPORT_FORMATS) {
    test.prop([documentArb], { numRuns: NUM_RUNS })(`through ${format}`, (doc) => {
      const result = reimport(doc, format);
      if (!result.ok) throw new Error(JSON.stringify(result.errors));
      expect(result.doc).toEqual(format === 'csv' ? csvExpectation(doc) : doc);
      expect(result.report.changed).toEqual([]);
      expect(result.report.refused).toEqual([]);
    });
  }
});

describe('random weights in foreign files', () => {
  const weight = fc.oneof(fc.double(), fc.constantFrom(0, -0, 1e308, 1e-320, Infinity, NaN));
  test.prop([fc.array(weight, { minLength: 1, maxLength: 6 }), fc.constantFrom('csv', 'gexf')], {
    numRuns: NUM_RUNS,
  })('are kept, rescaled with a report line, or refused with a message', (weights, format) => {
    const text =
      format === 'csv'
        ? `source,target,weight\n${weights.map((w, i) => `a,b${i},${String(w)}\n`).join('')}`
        : `<gexf><graph defaultedgetype="directed"><nodes><node id="a"/>${weights.map((_, i) => `<node id="b${i}"/>`).join('')}</nodes><edges>${weights.map((w, i) => `<edge source="a" target="b${i}" weight="${String(w)}"/>`).join('')}</edges></graph></gexf>`;
    const result = importNetwork({ name: `w.${format}`, text });
    const invalid = weights.filter((w) => !(Number.isFinite(w) && w > 0));
    if (invalid.length) {
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.errors).toHaveLength(invalid.length);
      for (const e of result.errors)
        expect(englishText(e)).toMatch(/weight must be a finite number greater than 0/);
      expect(result.droppable).toEqual({ actors: 0, ties: invalid.length, groups: 0 });
      return;
    }
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const got = result.doc.ties.map((t) => t.weight);
    for (const w of got) expect(w > 0 && w <= 1).toBe(true);
    const max = Math.max(...weights);
    if (max > 1) {
      expect(result.report.changed.map((l) => englishText(l.message)).join()).toMatch(
        /weights rescaled/,
      );
      got.forEach((w, i) => expect(w).toBe(weights[i]! / max || Number.MIN_VALUE));
    } else expect(got).toEqual(weights);
  });
});
