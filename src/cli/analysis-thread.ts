// A worker thread of the CLI's pool: the analysis API the page's Web Worker exposes
// (workers/worker-api.ts), through comlink's Node adapter on the thread's port.
import { parentPort } from 'node:worker_threads';
import { expose } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import '../../workers/carry-messages';
import { workerApi } from '../../workers/worker-api';

expose(workerApi, nodeEndpoint(parentPort!));
