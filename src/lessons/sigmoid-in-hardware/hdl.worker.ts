/// <reference lib="webworker" />
/** The hardware files off the main thread, for formats whose testbench is too big to build within a frame (see hdl.ts). */
import { serveJob } from '../../workers/jobWorker';
import { hdlBundle } from './hdlBundle';

serveJob(hdlBundle);
