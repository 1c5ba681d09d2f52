// The standard actor measures: degrees, strengths, PageRank, eigenvector, constraint, core number.
// Each equals networkx's on the simple directed graph of the included ties (DESIGN §4).
import { DirectedGraph } from 'graphology';
import eigenvectorCentrality from 'graphology-metrics/centrality/eigenvector';
import pagerank from 'graphology-metrics/centrality/pagerank';
import { actorKey } from '../graph/build';
import type { CompactDigraph } from './compact';
import { constraints } from './kernels/constraint';
import { coreNumbers } from './kernels/core-number';
import { type UndirectedNeighbours, undirectedNeighbours } from './kernels/undirected';
import type { ActorMetric, MetricContext, MetricValue } from './types';

/** networkx's power-iteration settings for pagerank and eigenvector_centrality (3.x). */
const MAX_ITERATIONS = 100;
const TOLERANCE = 1e-6;

// Shared across measures of one computation through ctx.cache (built once, on first use).
const GRAPHOLOGY_KEY = 'actor-measures:graphology-digraph';
const UNDIRECTED_KEY = 'actor-measures:undirected-neighbours';

/**
 * ctx.graph as a graphology DirectedGraph for graphology-metrics. Keys are actor indices
 * (STACK.md: a user id such as `__proto__` breaks graphology's plain-object adjacency).
 */
function graphologyDigraph(ctx: MetricContext): DirectedGraph {
  const cached = ctx.cache.get(GRAPHOLOGY_KEY);
  if (cached instanceof DirectedGraph) return cached;
  const { n, outStart, outTargets, outWeights } = ctx.graph;
  const graph = new DirectedGraph();
  for (let i = 0; i < n; i += 1) graph.addNode(actorKey(i));
  for (let i = 0; i < n; i += 1) {
    for (let k = outStart[i]!; k < outStart[i + 1]!; k += 1) {
      graph.addEdge(actorKey(i), actorKey(outTargets[k]!), { weight: outWeights[k]! });
    }
  }
  ctx.cache.set(GRAPHOLOGY_KEY, graph);
  return graph;
}

function undirected(ctx: MetricContext): UndirectedNeighbours {
  const cached = ctx.cache.get(UNDIRECTED_KEY) as UndirectedNeighbours | undefined;
  if (cached) return cached;
  const built = undirectedNeighbours(ctx.graph);
  ctx.cache.set(UNDIRECTED_KEY, built);
  return built;
}

/** A value per actor from its CSR range [start[i], start[i + 1]). */
function perRange(
  start: Int32Array,
  n: number,
  value: (from: number, to: number) => number,
): number[] {
  return Array.from({ length: n }, (_, i) => value(start[i]!, start[i + 1]!));
}

function sum(weights: Float64Array, from: number, to: number): number {
  let total = 0;
  for (let k = from; k < to; k += 1) total += weights[k]!;
  return total;
}

/**
 * Runs a graphology-metrics power iteration and reads its result in actor order. Like networkx
 * (PowerIterationFailedConvergence), graphology throws when it does not converge: every value
 * is then null. An empty graph gives no values (graphology would report it as not converging).
 */
function powerIteration(graph: CompactDigraph, run: () => Record<string, number>): MetricValue[] {
  if (graph.n === 0) return [];
  let values: Record<string, number>;
  try {
    values = run();
  } catch (error) {
    if (error instanceof Error && /failed to converge/.test(error.message)) {
      return new Array<MetricValue>(graph.n).fill(null);
    }
    throw error;
  }
  return Array.from({ length: graph.n }, (_, i) => values[actorKey(i)] ?? null);
}

export const ACTOR_METRICS: readonly ActorMetric[] = [
  {
    id: 'inDegree',
    level: 'actor',
    label: 'In-degree',
    description: 'How many people look to this person; high means many rely on them.',
    citation:
      'Freeman (1979) Centrality in social networks, Social Networks 1:215–239; networkx in_degree',
    format: 'count',
    // Arcs of the simple digraph: two ties of different kinds from one person count once.
    compute: ({ graph }) => perRange(graph.inStart, graph.n, (from, to) => to - from),
  },
  {
    id: 'outDegree',
    level: 'actor',
    label: 'Out-degree',
    description: 'How many people this person looks to; high means they rely on many others.',
    citation:
      'Freeman (1979) Centrality in social networks, Social Networks 1:215–239; networkx out_degree',
    format: 'count',
    compute: ({ graph }) => perRange(graph.outStart, graph.n, (from, to) => to - from),
  },
  {
    id: 'inStrength',
    level: 'actor',
    label: 'In-strength',
    description:
      'How strongly others look to this person (tie strengths added up); high means much relied on.',
    citation:
      'Barrat et al. (2004) PNAS 101:3747–3752; Opsahl, Agneessens & Skvoretz (2010) Social ' +
      'Networks 32:245–251; networkx in_degree(weight="weight")',
    format: 'score',
    // Arc weights are already the sums over the merged kinds: this is the sum over all ties.
    compute: ({ graph }) =>
      perRange(graph.inStart, graph.n, (from, to) => sum(graph.inWeights, from, to)),
  },
  {
    id: 'outStrength',
    level: 'actor',
    label: 'Out-strength',
    description:
      'How strongly this person looks to others (tie strengths added up); high means they rely much on others.',
    citation:
      'Barrat et al. (2004) PNAS 101:3747–3752; Opsahl, Agneessens & Skvoretz (2010) Social ' +
      'Networks 32:245–251; networkx out_degree(weight="weight")',
    format: 'score',
    compute: ({ graph }) =>
      perRange(graph.outStart, graph.n, (from, to) => sum(graph.outWeights, from, to)),
  },
  {
    id: 'pagerank',
    level: 'actor',
    label: 'PageRank',
    description:
      'High when this person is looked to by many, or by people who are themselves looked to; all add up to 100 %.',
    citation:
      'Page, Brin, Motwani & Winograd (1999) The PageRank citation ranking, Stanford InfoLab; ' +
      'networkx 3 pagerank(G, alpha=0.85, weight=None)',
    format: 'share',
    parameters: [
      { name: 'alpha', value: 0.85, description: 'the share of rank passed along ties (damping)' },
      {
        name: 'tolerance',
        value: TOLERANCE,
        description: 'stop when the change per actor is below this',
      },
    ],
    // graphology-metrics runs networkx's iteration: uniform start and teleport, a dangling
    // actor's rank spread evenly over all, stop when the L1 change < n·1e-6. getEdgeWeight must
    // be null (its default is 'weight'; networkx's reference here is unweighted). With
    // alpha 0.85 the change shrinks by 0.85 a step, so it converges within ~90 of the 100 steps.
    compute: (ctx) =>
      powerIteration(ctx.graph, () =>
        pagerank(graphologyDigraph(ctx), {
          alpha: 0.85,
          getEdgeWeight: null,
          maxIterations: MAX_ITERATIONS,
          tolerance: TOLERANCE,
        }),
      ),
  },
  {
    id: 'eigenvector',
    level: 'actor',
    label: 'Eigenvector',
    description:
      'High when this person is looked to by people who are themselves much looked to; blank when the network gives no stable answer (e.g. a pure chain of command).',
    citation:
      'Bonacich (1972) J. Mathematical Sociology 2:113–120; networkx 3 ' +
      'eigenvector_centrality(G) (in-edges, max_iter=100, tol=1e-6)',
    format: 'score',
    parameters: [
      {
        name: 'maxIterations',
        value: MAX_ITERATIONS,
        description: 'steps before giving up (then blank)',
      },
      {
        name: 'tolerance',
        value: TOLERANCE,
        description: 'stop when the change per actor is below this',
      },
    ],
    // graphology-metrics runs networkx's iteration: x ← (A + I)ᵀx from x = 1/n, each actor's
    // score passed along its out-arcs to those it looks to (networkx's in-edge convention),
    // Euclidean norm 1, stop when the L1 change < n·1e-6. getEdgeWeight null: networkx's
    // default weight=None. It does not converge on an acyclic network (every chain of command
    // or star) nor when one reciprocal pair looks to another: then every value is null.
    compute: (ctx) =>
      powerIteration(ctx.graph, () =>
        eigenvectorCentrality(graphologyDigraph(ctx), {
          getEdgeWeight: null,
          maxIterations: MAX_ITERATIONS,
          tolerance: TOLERANCE,
        }),
      ),
  },
  {
    id: 'constraint',
    level: 'actor',
    label: 'Constraint',
    description:
      "High when this person's contacts are few or all tied to each other; low means they link people who are not otherwise linked.",
    citation:
      'Burt (1992) Structural Holes, Harvard University Press, ch. 2; networkx constraint(G) ' +
      '(weight=None)',
    format: 'score',
    // No graphology implementation: a kernel over the CSR arrays (kernels/constraint.ts).
    compute: (ctx) => constraints(undirected(ctx)),
  },
  {
    id: 'coreNumber',
    level: 'actor',
    label: 'Core number',
    description:
      'How tightly knit the circle around this person is: they belong to a group where everyone has ties with at least this many others of it.',
    citation:
      'Seidman (1983) Social Networks 5:269–287; Batagelj & Zaversnik (2003) arXiv cs/0310049; ' +
      'networkx core_number on the undirected graph',
    format: 'count',
    // A kernel rather than graphology-cores 0.0.1: that would need a second, undirected
    // graphology graph (on the directed one it counts a reciprocal pair twice, as networkx's
    // core_number(DiGraph) does, not the undirected graph of DESIGN §4), and its typings
    // declare a wrong signature (a leading `assign` argument the export does not take).
    compute: (ctx) => Array.from(coreNumbers(undirected(ctx))),
  },
];
