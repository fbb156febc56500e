// Worker-thread body: built into dist/worker-main.mjs, or run from the sources through tsx by
// worker-entry.mjs (see worker-script.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { workerMain, type WorkerSetup } from './worker-body.ts';

/**
 * The setup of a worker started ahead of its pool (prestartWorkers, prestart.ts): the first
 * 'setup' message. Listening starts now, before anything is awaited, so that no message is
 * missed.
 */
function setupMessage(): Promise<WorkerSetup> {
  return new Promise((resolve) => {
    const onMessage = (msg: { type: string; setup?: WorkerSetup }) => {
      if (msg.type !== 'setup') return;
      parentPort!.off('message', onMessage);
      resolve(msg.setup!);
    };
    parentPort!.on('message', onMessage);
  });
}

const data = workerData as WorkerSetup | { deferred: true };
await workerMain(parentPort!, 'deferred' in data ? setupMessage() : data);
