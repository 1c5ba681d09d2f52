// The measures' graphology kernels (louvain.ts), handed over when that module loads. The metric
// registry names them without importing graphology, so the app's main thread — which reads the
// registry for the measures' names and formats, and never computes one — does not load it;
// compute.ts, which the worker and the CLI run, imports louvain.ts and so provides them.
import type { MetricContext, MetricValue } from './types';
import type { UndirectedGraph } from 'graphology';

export interface Partition {
  /** The undirected simple graph Louvain ran on: actors keyed by index, unweighted edges. */
  graph: UndirectedGraph;
  /** Each actor's community, numbered 0, 1, … in the order of each community's first actor. */
  community: Int32Array;
  count: number;
}

export interface GraphKernels {
  louvainPartition(ctx: MetricContext): Partition;
  partitionModularity(ctx: MetricContext, community: ArrayLike<number>): MetricValue;
}

let kernels: GraphKernels | undefined;

export function provideGraphKernels(given: GraphKernels): void {
  kernels = given;
}

/** The kernels; a measure computed where louvain.ts was never loaded is a bug, said plainly. */
export function graphKernels(): GraphKernels {
  if (!kernels)
    throw new Error('metrics: the graphology kernels are not loaded (import core/metrics/louvain)');
  return kernels;
}
