/**
 * The script each worker thread runs.
 *
 * Preferably ONE JavaScript file bundled by esbuild from worker-main.ts (the project's own
 * modules inlined, packages left as imports), rebuilt when one of the bundled sources changed
 * (about 70 ms, in esbuild's own process) and otherwise reused from the previous run. Loading the TypeScript sources through tsx's loader instead costs
 * each worker ~350 ms more at start-up, because every module goes through loader hooks that
 * run on another thread (measured with two workers: ready after ~1.15 s instead of ~0.8 s).
 *
 * The bundle is written next to this file (pipeline/.worker.bundle.mjs and .json, git-ignored) so that
 * everything the modules resolve relative to `import.meta.url` — seeds/, package.json,
 * node_modules — resolves exactly as from the sources. If it cannot be built or written (a
 * read-only install, no esbuild), the workers load the sources through tsx: slower to start,
 * same results. EV_WORKER_BUNDLE=0 forces that path.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const TSX_ENTRY = new URL('./worker-entry.mjs', import.meta.url);
const BUNDLE = new URL('./.worker.bundle.mjs', import.meta.url);
/** What the bundle was built from: {key, inputs} (see buildKey). */
const MANIFEST = new URL('./.worker.bundle.json', import.meta.url);
const ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface WorkerScript {
  url: URL;
  kind: 'bundle' | 'tsx';
  /** Why the bundle is not used (kind 'tsx'). */
  reason?: string;
}

let built: Promise<WorkerScript> | null = null;

/** Key of a build: esbuild's version and the content of every source file it bundled. */
export function buildKey(version: string, inputs: readonly string[]): string {
  const h = createHash('sha256').update(version);
  for (const file of inputs) h.update(file).update('\0').update(readFileSync(file)).update('\0');
  return h.digest('hex');
}

/** The bundle a previous run built from the same sources, if there is one. */
function reusable(version: string): boolean {
  try {
    const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as { key: string; inputs: string[] };
    return existsSync(BUNDLE) && manifest.key === buildKey(version, manifest.inputs);
  } catch {
    return false;
  }
}

function writeAtomically(target: URL, contents: string | Uint8Array): void {
  const temp = `${fileURLToPath(target)}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, contents);
    renameSync(temp, target); // a concurrent run never loads a half-written file
  } finally {
    rmSync(temp, { force: true });
  }
}

async function build(): Promise<WorkerScript> {
  if (process.env.EV_WORKER_BUNDLE === '0') return tsxWorkerScript('EV_WORKER_BUNDLE=0');
  try {
    const esbuild = await import('esbuild');
    // Reuse the previous run's bundle when no bundled source changed (hashing them: ~2 ms).
    if (reusable(esbuild.version)) return { url: BUNDLE, kind: 'bundle' };
    const result = await esbuild.build({
      entryPoints: [fileURLToPath(new URL('./worker-main.ts', import.meta.url))],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      write: false,
      metafile: true,
      absWorkingDir: ROOT,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs).map((f) => path.resolve(ROOT, f));
    writeAtomically(BUNDLE, result.outputFiles[0]!.contents);
    writeAtomically(MANIFEST, JSON.stringify({ key: buildKey(esbuild.version, inputs), inputs }));
    return { url: BUNDLE, kind: 'bundle' };
  } catch (e) {
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
