// The analysis worker: exposes src/core's analysis API through comlink; layout positions and
// betweenness/closeness partials and simulation replicates are transferred, not copied.
import { type Endpoint, expose, transfer } from 'comlink';
import './carry-messages';
import {
  type AnalysisRequest,
  type LayoutRequest,
  type ProgressCallback,
  type SimulateRequest,
  createAnalysisApi,
} from '../src/core/api';
import type { SensitivityRequest } from '../src/core/sensitivity/run';
import type { CompactDigraph } from '../src/core/metrics/compact';

const api = createAnalysisApi();

export const workerApi = {
  ...api,
  layout(request: LayoutRequest, onProgress?: ProgressCallback) {
    const tagged = api.layout(request, onProgress);
    return transfer(tagged, [tagged.result.positions.buffer]);
  },
  compactGraph(request: AnalysisRequest & { kinds?: string[] }) {
    const tagged = api.compactGraph(request);
    const g = tagged.result;
    return transfer(tagged, [
      g.outStart.buffer,
      g.outTargets.buffer,
      g.outWeights.buffer,
      g.inStart.buffer,
      g.inSources.buffer,
      g.inWeights.buffer,
    ]);
  },
  pathPartial(graph: CompactDigraph, from: number, to: number) {
    const partial = api.pathPartial(graph, from, to);
    return transfer(partial, [
      partial.betweenness.buffer,
      partial.distanceSum.buffer,
      partial.reached.buffer,
    ]);
  },
  simulateRange(request: SimulateRequest, from: number, to: number, onProgress?: ProgressCallback) {
    const tagged = api.simulateRange(request, from, to, onProgress);
    return transfer(
      tagged,
      tagged.result.data.map((a) => a.buffer),
    );
  },
  sensitivityRange(
    request: SensitivityRequest,
    from: number,
    to: number,
    onProgress?: ProgressCallback,
  ) {
    const range = api.sensitivityRange(request, from, to, onProgress);
    return transfer(
      range,
      range.values.map((a) => a.buffer),
    );
  },
};

export type WorkerApi = typeof workerApi;

// The worker's global scope is an Endpoint; the DOM lib this file is checked with types it as Window.
expose(workerApi, self as unknown as Endpoint);
