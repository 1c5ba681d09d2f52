// A Node worker thread of the CLI's path pool: holds the graph it was started with and answers
// each source range with the Brandes kernel's partial sums, transferred rather than copied.
import { parentPort, workerData } from 'node:worker_threads';
import type { CompactDigraph } from '../core/metrics/compact';
import { brandesRange } from '../core/metrics/kernels/brandes';

const { graph } = workerData as { graph: CompactDigraph };
const port = parentPort!;

port.on('message', ({ from, to }: { from: number; to: number }) => {
  try {
    const partial = brandesRange(graph, from, to);
    port.postMessage({ partial }, [
      partial.betweenness.buffer,
      partial.distanceSum.buffer,
      partial.reached.buffer,
    ]);
  } catch (error) {
    port.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
