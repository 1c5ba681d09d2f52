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
    format: 'count',
    // Arcs of the simple digraph: two ties of different kinds from one person count once.
    compute: ({ graph }) => perRange(graph.inStart, graph.n, (from, to) => to - from),
  },
  {
    id: 'outDegree',
    level: 'actor',
    format: 'count',
    compute: ({ graph }) => perRange(graph.outStart, graph.n, (from, to) => to - from),
  },
  {
    id: 'inStrength',
    level: 'actor',
    format: 'score',
    // Arc weights are already the sums over the merged kinds: this is the sum over all ties.
    compute: ({ graph }) =>
      perRange(graph.inStart, graph.n, (from, to) => sum(graph.inWeights, from, to)),
  },
  {
    id: 'outStrength',
    level: 'actor',
    format: 'score',
    compute: ({ graph }) =>
      perRange(graph.outStart, graph.n, (from, to) => sum(graph.outWeights, from, to)),
  },
  {
    id: 'pagerank',
    level: 'actor',
    format: 'share',
    parameters: [
      { name: 'alpha', value: 0.85 },
      { name: 'tolerance', value: TOLERANCE },
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
    format: 'score',
    parameters: [
      { name: 'maxIterations', value: MAX_ITERATIONS },
      { name: 'tolerance', value: TOLERANCE },
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
    format: 'score',
    // No graphology implementation: a kernel over the CSR arrays (kernels/constraint.ts).
    compute: (ctx) => constraints(undirected(ctx)),
  },
  {
    id: 'coreNumber',
    level: 'actor',
    format: 'count',
    // A kernel rather than graphology-cores 0.0.1: that would need a second, undirected
    // graphology graph (on the directed one it counts a reciprocal pair twice, as networkx's
    // core_number(DiGraph) does, not the undirected graph of DESIGN §4), and its typings
    // declare a wrong signature (a leading `assign` argument the export does not take).
    compute: (ctx) => Array.from(coreNumbers(undirected(ctx))),
  },
];
