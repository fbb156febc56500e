// Worker-thread body, loaded either from the esbuild bundle (see worker-script.ts) or,
// as a fallback, through tsx by worker-entry.mjs.
import { parentPort, workerData } from 'node:worker_threads';
import { workerMain } from './workers.ts';
import type { ParsedSeedFiles } from './resources.ts';

const { seedsDir, seedFiles } = workerData as { seedsDir: string; seedFiles: ParsedSeedFiles };
await workerMain(parentPort!, seedsDir, seedFiles);
