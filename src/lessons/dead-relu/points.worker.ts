/// <reference lib="webworker" />
// Reads a pasted or uploaded CSV of points off the page's thread: 10 000 rows take 50–200 ms
// to parse on the 2-core VM, several long tasks' worth (src/workers/jobWorker.ts).
import { serveJob } from '../../workers/jobWorker';
import { checkPointsCsv } from './points';

serveJob(checkPointsCsv);
