// Worker-thread body: built into dist/worker-main.mjs, or run from the sources through tsx by
// worker-entry.mjs (see worker-script.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { workerMain } from './workers.ts';
import type { ParsedSeedFiles } from './resources.ts';

const { seedsDir, seedFiles } = workerData as { seedsDir: string; seedFiles: ParsedSeedFiles };
await workerMain(parentPort!, seedsDir, seedFiles);
