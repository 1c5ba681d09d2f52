// A worker thread of the CLI's path pool: only the Brandes kernel's part of the worker API
// (workers/path-api.ts), through comlink's Node adapter on the thread's port.
import { parentPort } from 'node:worker_threads';
import { expose } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { pathApi } from '../../workers/path-api';

expose(pathApi, nodeEndpoint(parentPort!));
