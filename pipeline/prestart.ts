/**
 * Worker threads started ahead of their pool (ingest's startWorkersEarly): each loads Node and
 * the extraction's modules (~0.2 s) while the main thread is still loading the extraction, a
 * time when the other core is otherwise idle. Started with `{ deferred: true }` as workerData,
 * they wait for a 'setup' message (worker-main.ts), which WorkerPool.spawn sends when it takes
 * one (takePrestartedWorker); until then they do not keep the process alive.
 */
import { Worker } from 'node:worker_threads';
import { currentWorkerScript, type WorkerScript } from './worker-script.ts';

const prestarted: { worker: Worker; url: string; exited: boolean }[] = [];

/** Start `count` worker threads for a pool that this process will start soon with the same script. */
export function prestartWorkers(count: number, script: WorkerScript = currentWorkerScript()): void {
  for (let i = 0; i < count; i++) {
    const entry = { worker: new Worker(script.url, { workerData: { deferred: true } }), url: script.url.href, exited: false };
    entry.worker.unref();
    entry.worker.once('exit', () => {
      entry.exited = true;
      const at = prestarted.indexOf(entry);
      if (at >= 0) prestarted.splice(at, 1);
    });
    // an error before its pool takes it (it then exits, and the pool starts a worker of its own)
    entry.worker.on('error', () => {});
    prestarted.push(entry);
  }
}

/** A prestarted worker running `url`, if one is waiting (it is then the caller's). */
export function takePrestartedWorker(url: URL): Worker | null {
  const at = prestarted.findIndex((p) => p.url === url.href && !p.exited);
  if (at < 0) return null;
  return prestarted.splice(at, 1)[0]!.worker;
}

/** Stop the prestarted workers that no pool took (a batch that found nothing to extract). */
export async function stopPrestartedWorkers(): Promise<void> {
  await Promise.allSettled(prestarted.splice(0).map((p) => p.worker.terminate()));
}

/** How many prestarted workers are waiting for a pool. */
export function prestartedWorkerCount(): number {
  return prestarted.length;
}
