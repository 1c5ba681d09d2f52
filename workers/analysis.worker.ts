// The analysis worker of the page: exposes src/core's analysis API (worker-api.ts) through comlink.
import { type Endpoint, expose } from 'comlink';
import './carry-messages';
import { workerApi } from './worker-api';

export type { WorkerApi } from './worker-api';

// The worker's global scope is an Endpoint; the DOM lib this file is checked with types it as Window.
expose(workerApi, self as unknown as Endpoint);
