// The analysis worker: exposes src/core's analysis API through comlink; layout positions are
// transferred, not copied.
import { type Endpoint, expose, transfer } from 'comlink';
import { type LayoutRequest, type ProgressCallback, createAnalysisApi } from '../src/core/api';

const api = createAnalysisApi();

export const workerApi = {
  ...api,
  layout(request: LayoutRequest, onProgress?: ProgressCallback) {
    const tagged = api.layout(request, onProgress);
    return transfer(tagged, [tagged.result.positions.buffer]);
  },
};

export type WorkerApi = typeof workerApi;

// The worker's global scope is an Endpoint; the DOM lib this file is checked with types it as Window.
expose(workerApi, self as unknown as Endpoint);
