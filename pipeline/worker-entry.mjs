// Worker-thread entry. Plain JavaScript so that it starts without a TypeScript loader of its
// own: it registers tsx, then runs workerMain from workers.ts.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { workerMain } = await import('./workers.ts');
await workerMain(parentPort, workerData.seedsDir, workerData.dictionary);
