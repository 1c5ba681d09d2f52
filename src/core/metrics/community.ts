// Communities (DESIGN §4): Louvain on the undirected simple graph, seeded, so the same network
// and seed always give the same clusters; the partition is shared with the network's modularity.
// The computation itself is in louvain.ts (graphology), reached through graph-kernels.ts.
import { DEFAULT_SEED } from './context';
import { graphKernels } from './graph-kernels';
import type { ActorMetric } from './types';

export const COMMUNITY_METRICS: readonly ActorMetric[] = [
  {
    id: 'community',
    level: 'actor',
    format: 'count',
    // The default seed; `--seed` (CLI) or MetricOptions.seed sets another.
    parameters: [{ name: 'seed', value: DEFAULT_SEED }],
    compute: (ctx) => Array.from(graphKernels().louvainPartition(ctx).community),
  },
];
