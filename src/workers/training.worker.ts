/// <reference lib="webworker" />
/**
 * The training worker: exposes createWorkerApi() through comlink. Anything that escapes
 * the loop's own guards still reaches the UI as an error event.
 */
import * as Comlink from 'comlink';
import { createWorkerApi } from './workerApi';

const api = createWorkerApi();
const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.addEventListener('error', (e) => api.reportError(e.error ?? e.message));
scope.addEventListener('unhandledrejection', (e) => api.reportError(e.reason));
Comlink.expose(api, scope);
