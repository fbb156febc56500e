/**
 * A disk cache of kuromoji's decompressed dictionary (node_modules/.cache/ev-extract/), so
 * that a run reads 95 MB straight into shared memory instead of decompressing 17 MB of gzip
 * in the main thread while the workers start (the start-up saved is in `npm run bench`).
 *
 * The cache is keyed on the kuromoji version and each .gz file's size and modification time,
 * written atomically (temporary names, then rename) after a run has decompressed the files,
 * and ignored when anything does not match or cannot be read. A run that cannot write it
 * (read-only install, full disk) goes on without. The option `kuromojiCache: false`
 * (pipeline/options.ts; `--no-kuromoji-cache`) turns it off.
 */
import { closeSync, existsSync, fstatSync, mkdirSync, openSync, readFileSync, readSync, renameSync, rmSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runtimeOptions } from '../options.ts';

interface Manifest {
  kuromoji: string;
  files: Record<string, { gzSize: number; gzMtimeMs: number; size: number }>;
}

function cacheDir(dictDir: string): string {
  // dictDir = …/node_modules/kuromoji/dict → …/node_modules/.cache/ev-extract/kuromoji-dict
  return path.join(dictDir, '..', '..', '.cache', 'ev-extract', 'kuromoji-dict');
}

function enabled(): boolean {
  return runtimeOptions().kuromojiCache;
}

function kuromojiVersion(dictDir: string): string {
  return (JSON.parse(readFileSync(path.join(dictDir, '..', 'package.json'), 'utf8')) as { version: string }).version;
}

function expectedManifest(dictDir: string, files: readonly string[]): Omit<Manifest, 'files'> & { files: Record<string, { gzSize: number; gzMtimeMs: number }> } {
  const out: Record<string, { gzSize: number; gzMtimeMs: number }> = {};
  for (const f of files) {
    const st = statSync(path.join(dictDir, f));
    out[f] = { gzSize: st.size, gzMtimeMs: st.mtimeMs };
  }
  return { kuromoji: kuromojiVersion(dictDir), files: out };
}

/** The decompressed files from the cache, each in a SharedArrayBuffer; null if there is no valid cache. */
export function readCachedDictionary(dictDir: string, files: readonly string[]): Record<string, SharedArrayBuffer> | null {
  if (!enabled()) return null;
  const dir = cacheDir(dictDir);
  try {
    if (!existsSync(path.join(dir, 'manifest.json'))) return null;
    const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Manifest;
    const expected = expectedManifest(dictDir, files);
    if (manifest.kuromoji !== expected.kuromoji) return null;
    const out: Record<string, SharedArrayBuffer> = {};
    for (const f of files) {
      const m = manifest.files[f];
      const e = expected.files[f]!;
      if (!m || m.gzSize !== e.gzSize || m.gzMtimeMs !== e.gzMtimeMs) return null;
      const fd = openSync(path.join(dir, `${f}.bin`), 'r');
      try {
        if (fstatSync(fd).size !== m.size) return null;
        const shared = new SharedArrayBuffer(m.size);
        const view = new Uint8Array(shared);
        let read = 0;
        while (read < m.size) {
          const n = readSync(fd, view, read, m.size - read, read);
          if (n === 0) return null;
          read += n;
        }
        out[f] = shared;
      } finally {
        closeSync(fd);
      }
    }
    return out;
  } catch {
    return null;
  }
}

/** Write the decompressed files to the cache (best effort; errors are ignored). */
export async function writeCachedDictionary(dictDir: string, files: readonly string[], buffers: Record<string, SharedArrayBuffer>): Promise<void> {
  if (!enabled()) return;
  const dir = cacheDir(dictDir);
  const suffix = `.${process.pid}.tmp`;
  try {
    mkdirSync(dir, { recursive: true });
    const expected = expectedManifest(dictDir, files);
    const manifest: Manifest = { kuromoji: expected.kuromoji, files: {} };
    for (const f of files) {
      await writeFile(path.join(dir, `${f}.bin${suffix}`), new Uint8Array(buffers[f]!));
      manifest.files[f] = { ...expected.files[f]!, size: buffers[f]!.byteLength };
    }
    rmSync(path.join(dir, 'manifest.json'), { force: true }); // no reader trusts a half-replaced set
    for (const f of files) renameSync(path.join(dir, `${f}.bin${suffix}`), path.join(dir, `${f}.bin`));
    await writeFile(path.join(dir, `manifest.json${suffix}`), JSON.stringify(manifest));
    renameSync(path.join(dir, `manifest.json${suffix}`), path.join(dir, 'manifest.json'));
  } catch {
    for (const f of [...files.map((x) => `${x}.bin`), 'manifest.json']) rmSync(path.join(dir, f + suffix), { force: true });
  }
}
