// Long chains through every traversal in core: strong and weak components equal networkx's
// (test/fixtures/components.json), and a 9,000-actor directed path, a 50,000-actor cycle and
// groups nested 50,000 deep go through the summary, the measures, the layouts and the group
// walks without overflowing the stack (a recursive strong-components search did at ~8,000).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type NetworkSummary, summarizeNetwork } from '../../src/core/analysis/summary';
import { applyCommand } from '../../src/core/commands';
import { type NetworkDocument, parseDocument } from '../../src/core/document';
import { forceAtlas2Layout } from '../../src/core/layout/forceatlas2';
import { concentricLayout, hierarchyLayout } from '../../src/core/layout/tiers';
import { compactFromEdges, toCompactDigraph } from '../../src/core/metrics/compact';
import { computeMetrics } from '../../src/core/metrics/compute';
import {
  type Components,
  strongComponents,
  weakComponents,
} from '../../src/core/metrics/kernels/components';
import { ACTOR_MEASURES, GROUP_MEASURES, NETWORK_MEASURES } from '../../src/core/metrics/registry';
import { documentOf } from '../helpers/documents';
import { type ChainOptions, chainDocument } from '../helpers/long-chains';

interface Case {
  name: string;
  n: number;
  arcs: [number, number][];
  strong: number[][];
  weak: number[][];
  /** networkx's figures, null where Leadnet's are null (density < 2 actors, no arcs). */
  summary: Pick<
    NetworkSummary,
    'arcs' | 'density' | 'reciprocity' | 'weakComponents' | 'strongComponents' | 'isolates'
  >;
}
const fixture = JSON.parse(
  readFileSync(new URL('../fixtures/components.json', import.meta.url), 'utf8'),
) as { cases: Case[] };

/** The components as networkx lists them: each its sorted members, the lists sorted. */
function partition(components: Components): number[][] {
  const members: number[][] = Array.from({ length: components.count }, () => []);
  components.label.forEach((c, i) => members[c]!.push(i));
  const key = (list: number[]) => list.join(',');
  return members.sort((a, b) => a[0]! - b[0]! || key(a).localeCompare(key(b)));
}

function chain(n: number, options: ChainOptions = {}): NetworkDocument {
  const parsed = parseDocument(chainDocument(n, options));
  if (!parsed.ok) throw new Error('the generated chain does not parse');
  return parsed.doc;
}

const every = (values: ArrayLike<number>, test: (v: number, i: number) => boolean) =>
  Array.prototype.every.call(values, test as (v: unknown, i: number) => boolean);

describe('strong and weak components equal networkx’s', () => {
  it.each(fixture.cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const graph = compactFromEdges(c.n, c.arcs);
    const strong = strongComponents(graph);
    expect(partition(strong)).toEqual(c.strong);
    expect(partition(weakComponents(graph))).toEqual(c.weak);
    // Tarjan's order, which the reachability kernels rely on: an arc between two components
    // goes from the higher label to the lower one.
    for (const [u, v] of c.arcs)
      if (strong.label[u] !== strong.label[v])
        expect(strong.label[u]!).toBeGreaterThan(strong.label[v]!);
  });

  it.each(fixture.cases.map((c) => [c.name, c] as const))('the summary of %s', (_name, c) => {
    const doc = documentOf({
      actors: Array.from({ length: c.n }, (_, i) => ({ id: `a${i}`, role: 'member' })),
      ties: c.arcs.map(([s, t], k) => ({
        id: `t${k}`,
        source: `a${s}`,
        target: `a${t}`,
        kind: 'leadership',
        weight: 1,
      })),
    });
    const summary = summarizeNetwork(doc);
    expect(summary).toMatchObject({
      arcs: c.summary.arcs,
      weakComponents: c.summary.weakComponents,
      strongComponents: c.summary.strongComponents,
      isolates: c.summary.isolates,
    });
    expect(summary.density).toBeCloseTo(c.summary.density!, 12);
    if (c.summary.reciprocity === null) expect(summary.reciprocity).toBeNull();
    else expect(summary.reciprocity).toBeCloseTo(c.summary.reciprocity, 12);
  });
});

describe('a directed path of 9,000 actors', () => {
  const n = 9_000;
  const doc = chain(n);

  it('has 9,000 strong components and one weak one in the summary', () => {
    expect(summarizeNetwork(doc)).toMatchObject({
      actors: n,
      ties: n - 1,
      arcs: n - 1,
      reciprocity: 0,
      weakComponents: 1,
      strongComponents: n,
      isolates: 0,
    });
  });

  it('gets every measure of the registry, each with its value for a chain', () => {
    const result = computeMetrics(doc);
    // Least-upper-boundedness refuses more strong components than its cubic search allows,
    // with a message; no other measure fails.
    expect(result.errors).toEqual([
      {
        metric: 'lubness',
        message: 'lubness: 9000 strong components in one weak component (at most 4000)',
      },
    ]);
    expect(result.network).toMatchObject({
      strongComponents: n,
      weakComponents: 1,
      connectedness: 1,
      hierarchy: 1, // no pair reaches each other both ways
      efficiency: 1, // a tree: no edge beyond the n − 1 it needs
      lubness: null,
    });
    const value = (id: string, i: number) => result.actors.values[id]![i];
    // Betweenness of a_i on the path: i·(n−1−i) pairs through it, over (n−1)(n−2).
    const i = 4_321;
    expect(value('betweenness', i)).toBeCloseTo((i * (n - 1 - i)) / ((n - 1) * (n - 2)), 12);
    expect(value('coreNumber', i)).toBe(1);
    expect(value('inDegree', 0)).toBe(0);
  });

  it('is laid out by every layout with finite positions', () => {
    for (const positions of [
      hierarchyLayout(doc),
      concentricLayout(doc),
      forceAtlas2Layout(doc, { seed: 3, iterations: 5 }),
    ]) {
      expect(positions).toHaveLength(2 * n);
      expect(every(positions, Number.isFinite)).toBe(true);
    }
  });
});

describe('a directed cycle of 50,000 actors', () => {
  const n = 50_000;
  const doc = chain(n, { cycle: true });

  it('is one strong component in the summary', () => {
    expect(summarizeNetwork(doc)).toMatchObject({
      actors: n,
      arcs: n,
      reciprocity: 0,
      weakComponents: 1,
      strongComponents: 1,
      isolates: 0,
    });
  });

  it('gets every measure but betweenness and closeness (the CLI test runs those)', () => {
    const only = [...ACTOR_MEASURES, ...GROUP_MEASURES, ...NETWORK_MEASURES]
      .map((m) => m.id)
      .filter((id) => id !== 'betweenness' && id !== 'closeness');
    const result = computeMetrics(doc, {}, { only });
    expect(result.errors).toEqual([]);
    expect(result.network).toMatchObject({
      strongComponents: 1,
      weakComponents: 1,
      connectedness: 1,
      hierarchy: 0, // everyone reaches everyone
      lubness: 1,
    });
    expect(new Set(result.actors.values.coreNumber)).toEqual(new Set([2]));
    expect(result.actors.values.pagerank![123]).toBeCloseTo(1 / n, 12);
  });

  it('is laid out by the tier layouts with finite positions', () => {
    for (const positions of [hierarchyLayout(doc), concentricLayout(doc)])
      expect(every(positions, Number.isFinite)).toBe(true);
  });
});

describe('the components kernels on a 50,000-actor path', () => {
  it('label each actor its own strong component, in reverse order along the path', () => {
    const n = 50_000;
    const graph = toCompactDigraph(chain(n));
    const strong = strongComponents(graph);
    expect(strong.count).toBe(n);
    // a_{n−1} reaches no one and closes first; a_0 closes last.
    expect(every(strong.label, (label, i) => label === n - 1 - i)).toBe(true);
    expect(weakComponents(graph).count).toBe(1);
  });
});

describe('groups nested 50,000 deep', () => {
  const n = 50_000;
  const doc = chain(n, { nestedGroups: true });

  it('are laid out in a hierarchy, each group’s person above the next group’s', () => {
    const positions = hierarchyLayout(doc);
    expect(every(positions, Number.isFinite)).toBe(true);
    expect(
      every(new Int8Array(n - 1), (_, i) => positions[2 * i + 1]! < positions[2 * i + 3]!),
    ).toBe(true);
  });

  it('are laid out in rings with finite positions', () => {
    for (const outer of ['managers', 'members'] as const)
      expect(every(concentricLayout(doc, { outer }), Number.isFinite)).toBe(true);
  });

  it('keep their nesting when a group in the middle is deleted', () => {
    const { doc: after } = applyCommand(doc, { type: 'groups/delete', ids: ['g25000'] });
    expect(after.groups.find((g) => g.id === 'g25001')?.parent).toBe('g24999');
    expect(after.actors.find((a) => a.id === 'a25000')?.group).toBeUndefined();
  });
});
