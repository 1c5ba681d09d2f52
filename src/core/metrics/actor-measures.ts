// The standard actor measures: degrees, strengths, PageRank, eigenvector, constraint, core number.
// Each equals networkx's on the simple directed graph of the included ties (DESIGN §4).
import type { CompactDigraph } from './compact';
import { constraints } from './kernels/constraint';
import { coreNumbers } from './kernels/core-number';
import { eigenvectorKernel, pagerankKernel } from './kernels/power';
import { type UndirectedNeighbours, undirectedNeighbours } from './kernels/undirected';
import type { ActorMetric, MetricContext, MetricValue } from './types';

/** networkx's power-iteration settings for pagerank and eigenvector_centrality (3.x). */
const MAX_ITERATIONS = 100;
const TOLERANCE = 1e-6;

// Shared across measures of one computation through ctx.cache (built once, on first use).
const UNDIRECTED_KEY = 'actor-measures:undirected-neighbours';

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
  const values = new Array<number>(n);
  for (let i = 0; i < n; i += 1) values[i] = value(start[i]!, start[i + 1]!);
  return values;
}

function sum(weights: Float64Array, from: number, to: number): number {
  let total = 0;
  for (let k = from; k < to; k += 1) total += weights[k]!;
  return total;
}

/**
 * A power iteration's values in actor order. Like networkx (PowerIterationFailedConvergence), a
 * run that does not converge gives no ranking: every value is then null.
 */
function powerValues(graph: CompactDigraph, values: Float64Array | null): MetricValue[] {
  return values ? Array.from(values) : new Array<MetricValue>(graph.n).fill(null);
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
    // kernels/power.ts runs networkx's iteration: uniform start and teleport, a dangling
    // actor's rank spread evenly over all, stop when the L1 change < n·1e-6, unweighted like
    // networkx's reference here. (graphology-metrics runs the same loop, but building its graph
    // made PageRank slower than networkx's.) With alpha 0.85 the change shrinks by 0.85 a step,
    // so it converges within ~90 of the 100 steps.
    compute: ({ graph }) =>
      powerValues(graph, pagerankKernel(graph, 0.85, MAX_ITERATIONS, TOLERANCE)),
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
    // kernels/power.ts runs networkx's iteration: x ← (A + I)ᵀx from x = 1/n, each actor's
    // score passed along its out-arcs to those it looks to (networkx's in-edge convention),
    // Euclidean norm 1, stop when the L1 change < n·1e-6, unweighted (networkx's weight=None). It does not converge on an acyclic network (every chain of command
    // or star) nor when one reciprocal pair looks to another: then every value is null.
    compute: ({ graph }) => powerValues(graph, eigenvectorKernel(graph, MAX_ITERATIONS, TOLERANCE)),
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
