// The part of the worker API that betweenness and closeness on a pool need: the Brandes kernel on
// one source range, its partial sums transferred rather than copied. Small on purpose: the CLI's
// path threads load only this (a thread loading the whole API starts about 5 times slower).
import { transfer } from 'comlink';
import type { CompactDigraph } from '../src/core/metrics/compact';
import { type PathPartial, brandesRange } from '../src/core/metrics/kernels/brandes';

export const pathApi = {
  ping(): 'pong' {
    return 'pong';
  },

  /** Betweenness and closeness sums of the sources [from, to) (src/core/metrics/path-pool.ts). */
  pathPartial(graph: CompactDigraph, from: number, to: number): PathPartial {
    const partial = brandesRange(graph, from, to);
    return transfer(partial, [
      partial.betweenness.buffer,
      partial.distanceSum.buffer,
      partial.reached.buffer,
    ]);
  },
};

export type PathApi = typeof pathApi;
