// Reference graphs for the measures' tests: the classic social networks as graphology-generators
// ships them, and small directed cases, one edge list each for Vitest and networkx alike.
import { UndirectedGraph } from 'graphology';
import { florentineFamilies, karateClub } from 'graphology-generators/social';
import { krackhardtKite } from 'graphology-generators/small';
import type { NetworkDocument } from '../../src/core/document';
import { makeDocument } from './documents';

export interface ReferenceGraph {
  about: string;
  /** Undirected graphs list each edge once; a document gets both directions (`to_directed`). */
  directed: boolean;
  /** Actor ids in `doc.actors` order: values in the fixtures follow this order. */
  nodes: string[];
  /** [source, target, weight]: the source looks to the target. */
  edges: [string, string, number][];
}

/** The edges of a graphology-generators graph, in the generator's order. */
function fromGenerator(about: string, graph: UndirectedGraph): ReferenceGraph {
  return {
    about,
    directed: false,
    nodes: graph.nodes(),
    edges: graph.mapEdges((_edge, _attr, source, target) => [source, target, 1]),
  };
}

function directed(about: string, nodes: string, edges: string): ReferenceGraph {
  return {
    about,
    directed: true,
    nodes: nodes.split(' '),
    edges: edges.split(', ').map((arc) => {
      const [source, target, weight] = arc.split(/->|:/) as [string, string, string?];
      return [source, target, weight === undefined ? 1 : Number(weight)];
    }),
  };
}

/** A seeded random digraph (mulberry32), so networkx and Vitest see the same arcs. */
function randomDigraph(about: string, n: number, p: number, seed: number): ReferenceGraph {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const nodes = Array.from({ length: n }, (_, i) => `r${i}`);
  const edges: [string, string, number][] = [];
  for (let s = 0; s < n; s += 1) {
    for (let t = 0; t < n; t += 1) {
      // Weights in (0, 1] with two decimals, as a user's file would hold them.
      if (s !== t && random() < p)
        edges.push([nodes[s]!, nodes[t]!, Math.ceil(random() * 100) / 100]);
    }
  }
  return { about, directed: true, nodes, edges };
}

export function referenceGraphs(): Record<string, ReferenceGraph> {
  return {
    karateClub: fromGenerator(
      "Zachary's karate club (graphology-generators/social karateClub)",
      karateClub(UndirectedGraph),
    ),
    florentineFamilies: fromGenerator(
      'Florentine families, marriages (graphology-generators/social florentineFamilies)',
      florentineFamilies(UndirectedGraph),
    ),
    krackhardtKite: fromGenerator(
      'Krackhardt kite (graphology-generators/small krackhardtKite)',
      krackhardtKite(UndirectedGraph),
    ),
    star: directed('four people look to one hub', 'hub a b c d', 'a->hub, b->hub, c->hub, d->hub'),
    chain: directed(
      'a chain of command: a looks to b, b to c, c to d',
      'a b c d',
      'a->b, b->c, c->d',
    ),
    cycle: directed('a directed 3-cycle', 'a b c', 'a->b, b->c, c->a'),
    components: directed(
      'a reciprocal pair with a follower, a separate pair, an isolate',
      'a b c d e f',
      'a->b, b->a, c->b, d->e',
    ),
    danglingPair: directed('one tie; its target looks to no one (dangling)', 'a b', 'a->b'),
    cycleWithTail: directed(
      'a reciprocal pair followed by a chain: eigenvector converges',
      'a b c d',
      'a->b, b->a, b->c, c->d',
    ),
    twoCycles: directed(
      'a reciprocal pair looking to another reciprocal pair: eigenvector does not converge',
      'a b c d',
      'a->b, b->a, b->c, c->d, d->c',
    ),
    weighted: directed(
      'weighted ties: only the strengths may see the weights',
      'a b c d',
      'a->b:0.5, c->b:0.25, b->a:1, d->a:0.8, b->c:0.1',
    ),
    randomSparse: randomDigraph('seeded random digraph, sparse, with isolates', 40, 0.04, 7),
    randomDense: randomDigraph('seeded random digraph, denser', 25, 0.2, 11),
  };
}

/** The Leadnet document of a reference graph: leadership ties, both directions if undirected. */
export function referenceDocument(graph: ReferenceGraph): NetworkDocument {
  const ties = graph.edges.flatMap(([s, t, w]): [string, string, string, number][] =>
    graph.directed
      ? [[s, t, 'leadership', w]]
      : [
          [s, t, 'leadership', w],
          [t, s, 'leadership', w],
        ],
  );
  return makeDocument(
    graph.nodes.map((id) => [id, 'member']),
    ties,
  );
}
