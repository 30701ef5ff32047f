/// <reference lib="webworker" />
/** The quantized network's evaluation, decision maps, profile and W sweep, off the main thread (see QnetWidget). */
import { serveJob } from '../../workers/jobWorker';
import { qnetCompute } from './qnetModel';

serveJob(qnetCompute);
