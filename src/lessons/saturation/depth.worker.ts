/// <reference lib="webworker" />
/** The depth chain off the main thread, for the networks too big to pass within a frame (see DepthWidget). */
import { serveJob } from '../../workers/jobWorker';
import { depthChain } from './depthChain';

serveJob(depthChain);
