/**
 * The script each worker thread runs.
 *
 * Preferably ONE JavaScript file bundled by esbuild from worker-main.ts (the project's own
 * modules inlined, packages left as imports), rebuilt at every pool start (about 70 ms, in
 * esbuild's own process). Loading the TypeScript sources through tsx's loader instead costs
 * each worker ~350 ms more at start-up, because every module goes through loader hooks that
 * run on another thread (measured with two workers: ready after ~1.15 s instead of ~0.8 s).
 *
 * The bundle is written next to this file (pipeline/.worker.bundle.mjs, git-ignored) so that
 * everything the modules resolve relative to `import.meta.url` — seeds/, package.json,
 * node_modules — resolves exactly as from the sources. If it cannot be built or written (a
 * read-only install, no esbuild), the workers load the sources through tsx: slower to start,
 * same results. EV_WORKER_BUNDLE=0 forces that path.
 */
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const TSX_ENTRY = new URL('./worker-entry.mjs', import.meta.url);
const BUNDLE = new URL('./.worker.bundle.mjs', import.meta.url);

export interface WorkerScript {
  url: URL;
  kind: 'bundle' | 'tsx';
  /** Why the bundle is not used (kind 'tsx'). */
  reason?: string;
}

let built: Promise<WorkerScript> | null = null;

async function build(): Promise<WorkerScript> {
  if (process.env.EV_WORKER_BUNDLE === '0') return tsxWorkerScript('EV_WORKER_BUNDLE=0');
  const target = fileURLToPath(BUNDLE);
  const temp = `${target}.${process.pid}.tmp`;
  try {
    const esbuild = await import('esbuild');
    const result = await esbuild.build({
      entryPoints: [fileURLToPath(new URL('./worker-main.ts', import.meta.url))],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      write: false,
      logLevel: 'silent',
    });
    writeFileSync(temp, result.outputFiles[0]!.contents);
    renameSync(temp, target); // atomic: a concurrent run never loads a half-written bundle
    return { url: BUNDLE, kind: 'bundle' };
  } catch (e) {
    rmSync(temp, { force: true });
    return tsxWorkerScript((e as Error).message.split('\n')[0]!);
  }
}

/** The fallback: the TypeScript sources through tsx. */
export function tsxWorkerScript(reason: string): WorkerScript {
  return { url: TSX_ENTRY, kind: 'tsx', reason };
}

/** The worker script for this process (built once per process). */
export function workerScript(): Promise<WorkerScript> {
  built ??= build();
  return built;
}
