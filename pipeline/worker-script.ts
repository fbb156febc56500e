/**
 * The script each worker thread runs: the same code as the thread that starts it.
 * - Running the build (dist/, made by `npm run build`, which `npm ci` runs): dist/worker-main.mjs,
 *   beside the running bundle.
 * - Running the TypeScript sources (tsx, vitest): worker-entry.mjs, which registers tsx's loader
 *   and imports worker-main.ts; each worker then starts more slowly (every module goes through
 *   the loader's hooks), with the same results.
 */
export interface WorkerScript {
  url: URL;
  kind: 'bundle' | 'tsx';
  /** Why the sources are run through tsx (kind 'tsx'). */
  reason?: string;
}

/** The worker script for code loaded from `moduleUrl` (a .ts source, or a chunk of the build). */
export function workerScriptFor(moduleUrl: string): WorkerScript {
  if (moduleUrl.endsWith('.ts')) return tsxWorkerScript('running from the TypeScript sources');
  return { url: new URL('./worker-main.mjs', moduleUrl), kind: 'bundle' };
}

/** The TypeScript sources through tsx. */
export function tsxWorkerScript(reason: string): WorkerScript {
  return { url: new URL('./worker-entry.mjs', import.meta.url), kind: 'tsx', reason };
}

/** The worker script for this process. */
export function currentWorkerScript(): WorkerScript {
  return workerScriptFor(import.meta.url);
}

/** The worker script for this process (a WorkerPool's default; tests give others). */
export async function workerScript(): Promise<WorkerScript> {
  return currentWorkerScript();
}
