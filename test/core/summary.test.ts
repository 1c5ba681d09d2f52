// The network summary (DESIGN §4: the simple directed graph, one arc per ordered pair
// whatever the kinds; where a standard definition exists, ours equals networkx's).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type NetworkSummary, summarizeNetwork } from '../../src/core/analysis/summary';
import { parseDocumentText } from '../../src/core/document';
import { makeDocument } from '../helpers/documents';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** networkx's values, written by test/fixtures/make-summary-fixture.py. */
type Reference = Pick<
  NetworkSummary,
  'actors' | 'arcs' | 'density' | 'reciprocity' | 'weakComponents' | 'strongComponents' | 'isolates'
>;
const fixture = JSON.parse(readFileSync(`${ROOT}test/fixtures/example-summary.json`, 'utf8')) as {
  all: Reference;
  leadership: Reference;
};

function exampleFile() {
  const result = parseDocumentText(readFileSync(`${ROOT}public/examples/qic-example.json`, 'utf8'));
  if (!result.ok) throw new Error('the example file does not parse');
  return result.doc;
}

function expectMatchesNetworkx(summary: NetworkSummary, reference: Reference) {
  expect(summary.actors).toBe(reference.actors);
  expect(summary.arcs).toBe(reference.arcs);
  expect(summary.density).toBeCloseTo(reference.density!, 12);
  expect(summary.reciprocity).toBeCloseTo(reference.reciprocity!, 12);
  expect(summary.weakComponents).toBe(reference.weakComponents);
  expect(summary.strongComponents).toBe(reference.strongComponents);
  expect(summary.isolates).toBe(reference.isolates);
}

describe('the example network matches networkx', () => {
  const doc = exampleFile();

  it('with all tie kinds', () => {
    expectMatchesNetworkx(summarizeNetwork(doc), fixture.all);
  });

  it('with leadership ties only', () => {
    expectMatchesNetworkx(summarizeNetwork(doc, { kinds: ['leadership'] }), fixture.leadership);
  });

  it('treats an empty kinds list as all kinds', () => {
    expectMatchesNetworkx(summarizeNetwork(doc, { kinds: [] }), fixture.all);
  });

  it('counts ties, groups, roles and kinds as listed in the file', () => {
    const summary = summarizeNetwork(doc);
    expect(summary.ties).toBe(doc.ties.length);
    expect(summary.groups).toBe(doc.groups.length);
    const sum = (counts: Record<string, number>) =>
      Object.values(counts).reduce((s, c) => s + c, 0);
    expect(sum(summary.actorsByRole)).toBe(doc.actors.length);
    expect(sum(summary.tiesByKind)).toBe(doc.ties.length);
    expect(sum(summary.groupsByKind)).toBe(doc.groups.length);
    expect(summary.actorsByRole.manager).toBe(
      doc.actors.filter((a) => a.role === 'manager').length,
    );
    const leadership = summarizeNetwork(doc, { kinds: ['leadership'] });
    expect(leadership.ties).toBe(doc.ties.filter((t) => t.kind === 'leadership').length);
    expect(Object.keys(leadership.tiesByKind)).toEqual(['leadership']);
  });
});

describe('small networks worked out by hand', () => {
  it('an empty document has no density, no reciprocity and no components', () => {
    const summary = summarizeNetwork(makeDocument([]));
    expect(summary).toMatchObject({
      actors: 0,
      ties: 0,
      arcs: 0,
      density: null,
      reciprocity: null,
      weakComponents: 0,
      strongComponents: 0,
      isolates: 0,
    });
  });

  it('a single actor has no density (n(n−1) = 0) and is one isolated component', () => {
    const summary = summarizeNetwork(makeDocument([['a', 'member']]));
    expect(summary).toMatchObject({
      actors: 1,
      arcs: 0,
      density: null,
      reciprocity: null,
      weakComponents: 1,
      strongComponents: 1,
      isolates: 1,
    });
  });

  it('two actors joined both ways by ties of different kinds are fully reciprocal', () => {
    // a→b (leadership), b→a (support): 2 arcs of n(n−1) = 2 possible, density 1;
    // both arcs are reciprocated, 2M/L = 2·1/2 = 1; one weak and one strong component.
    const summary = summarizeNetwork(
      makeDocument(
        [
          ['a', 'member'],
          ['b', 'coordinator'],
        ],
        [
          ['a', 'b', 'leadership', 0.4],
          ['b', 'a', 'support', 0.9],
        ],
      ),
    );
    expect(summary).toMatchObject({
      actors: 2,
      ties: 2,
      arcs: 2,
      density: 1,
      reciprocity: 1,
      weakComponents: 1,
      strongComponents: 1,
      isolates: 0,
    });
  });

  it('counts parallel ties of two kinds on one ordered pair as one arc', () => {
    // a→b twice (leadership and reporting), nothing back, c alone: 2 ties but 1 arc;
    // density 1/(3·2) = 1/6; reciprocity 0/1 = 0; weak components {a,b},{c} = 2;
    // strong components {a},{b},{c} = 3; c is the only isolate.
    const summary = summarizeNetwork(
      makeDocument(
        [
          ['a', 'member'],
          ['b', 'coordinator'],
          ['c', 'member'],
        ],
        [
          ['a', 'b', 'leadership'],
          ['a', 'b', 'reporting'],
        ],
      ),
    );
    expect(summary.ties).toBe(2);
    expect(summary.arcs).toBe(1);
    expect(summary.density).toBeCloseTo(1 / 6, 15);
    expect(summary.reciprocity).toBe(0);
    expect(summary.weakComponents).toBe(2);
    expect(summary.strongComponents).toBe(3);
    expect(summary.isolates).toBe(1);
    expect(summary.tiesByKind).toEqual({ leadership: 1, reporting: 1 });
  });

  it('the kinds filter keeps only the chosen kinds of tie', () => {
    // Ties: a→b leadership, b→a support, b→c leadership, c→a advice.
    // All kinds: arcs a→b, b→a, b→c, c→a = 4 of 6, density 2/3; the reciprocated arcs are
    // a→b and b→a, 2/4 = 0.5; a→b→c→a is one strong component.
    // Leadership only: arcs a→b, b→c = 2 of 6, density 1/3; none reciprocated; the path
    // a→b→c is one weak component and three strong ones.
    // Support and advice: arcs b→a, c→a = 2, density 1/3; b and c point at a, one weak
    // component, three strong; nothing reciprocated.
    const doc = makeDocument(
      [
        ['a', 'member'],
        ['b', 'coordinator'],
        ['c', 'member'],
      ],
      [
        ['a', 'b', 'leadership'],
        ['b', 'a', 'support'],
        ['b', 'c', 'leadership'],
        ['c', 'a', 'advice'],
      ],
    );
    const all = summarizeNetwork(doc);
    expect(all.arcs).toBe(4);
    expect(all.density).toBeCloseTo(2 / 3, 15);
    expect(all.reciprocity).toBeCloseTo(0.5, 15);
    expect(all.strongComponents).toBe(1);

    const leadership = summarizeNetwork(doc, { kinds: ['leadership'] });
    expect(leadership).toMatchObject({
      actors: 3,
      ties: 2,
      arcs: 2,
      reciprocity: 0,
      weakComponents: 1,
      strongComponents: 3,
      isolates: 0,
    });
    expect(leadership.density).toBeCloseTo(1 / 3, 15);
    expect(leadership.tiesByKind).toEqual({ leadership: 2 });

    const other = summarizeNetwork(doc, { kinds: ['support', 'advice'] });
    expect(other).toMatchObject({ ties: 2, arcs: 2, weakComponents: 1, strongComponents: 3 });
    expect(other.tiesByKind).toEqual({ support: 1, advice: 1 });
  });

  it('a kinds filter that matches nothing leaves every actor isolated and reciprocity null', () => {
    // 3 actors, no arcs: density 0/6 = 0, reciprocity undefined (0/0), 3 components of one.
    const doc = makeDocument(
      [
        ['a', 'member'],
        ['b', 'member'],
        ['c', 'member'],
      ],
      [['a', 'b', 'leadership']],
    );
    expect(summarizeNetwork(doc, { kinds: ['friendship'] })).toMatchObject({
      ties: 0,
      arcs: 0,
      density: 0,
      reciprocity: null,
      weakComponents: 3,
      strongComponents: 3,
      isolates: 3,
    });
  });

  it('counts roles and kinds named like Object.prototype members', () => {
    const doc = makeDocument(
      [
        ['__proto__', '__proto__'],
        ['constructor', 'constructor'],
        ['x', 'toString'],
      ],
      [
        ['__proto__', 'constructor', '__proto__'],
        ['constructor', '__proto__', 'hasOwnProperty'],
      ],
    );
    const summary = summarizeNetwork(doc);
    expect(summary.arcs).toBe(2);
    expect(summary.reciprocity).toBe(1);
    expect(summary.isolates).toBe(1);
    expect(Object.entries(summary.actorsByRole).sort()).toEqual([
      ['__proto__', 1],
      ['constructor', 1],
      ['toString', 1],
    ]);
    expect(Object.entries(summary.tiesByKind).sort()).toEqual([
      ['__proto__', 1],
      ['hasOwnProperty', 1],
    ]);
  });
});
