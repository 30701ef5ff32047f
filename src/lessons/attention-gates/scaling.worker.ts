/// <reference lib="webworker" />
/** The √d_k curves (eleven d_k, seeded), off the main thread (see ScalingWidget). */
import { serveJob } from '../../workers/jobWorker';
import { sweepPoints } from './scaling';

serveJob(() => sweepPoints());
