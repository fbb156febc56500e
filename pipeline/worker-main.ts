// Worker-thread body, loaded either from the esbuild bundle (see worker-script.ts) or,
// as a fallback, through tsx by worker-entry.mjs.
import { parentPort, workerData } from 'node:worker_threads';
import { workerMain } from './workers.ts';

await workerMain(parentPort!, (workerData as { seedsDir: string }).seedsDir);
