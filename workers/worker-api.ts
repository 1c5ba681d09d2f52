// The analysis API as a worker exposes it: src/core's API, with layout positions, betweenness and
// closeness partials, simulation replicates and design points transferred, not copied. Exposed by
// the page's Web Worker (analysis.worker.ts) and the CLI's worker threads (src/cli/analysis-thread.ts).
import { transfer } from 'comlink';
import {
  type AnalysisRequest,
  type LayoutRequest,
  type ProgressCallback,
  type SimulateRequest,
  createAnalysisApi,
} from '../src/core/api';
import type { SensitivityRequest } from '../src/core/sensitivity/run';
import { pathApi } from './path-api';

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
  pathPartial: pathApi.pathPartial,
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
