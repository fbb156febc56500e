/**
 * A disk cache for start-up work that gives the same result run after run: the seed files
 * parsed and validated (seed-files.ts) and the company automaton compiled
 * (extractors/companies/aho-corasick.ts). Together they were ~0.45 s of the main thread's
 * start-up, before the first worker thread starts — most of a small batch's wait.
 *
 * An entry's name is a hash of what it was made from (a seed file's text, the automaton's
 * patterns) and of the code that made it: the build's id (dist/build-id, a hash of every built
 * file, written by scripts/build.mjs). A new build never reads an older build's entries, so a
 * changed schema or default cannot come back from the cache. Without a build (the sources
 * through tsx, the tests) there is no cache unless a caller sets one up.
 *
 * Entries are written whole under a temporary name and renamed; one that cannot be read or
 * written (read-only install, full disk) is ignored and the work is done as if there were no
 * cache. The option `kuromojiCache: false` (`--no-kuromoji-cache`) turns this cache off too.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';

export interface DiskCache {
  /** Folder of the entries (one sub-folder per kind). */
  dir: string;
  /** Identity of the code that makes the entries (the build's id). */
  codeId: string;
}

let cache: DiskCache | null = null;

/** Set (or, with null, remove) the cache for this thread. */
export function useDiskCache(c: DiskCache | null): void {
  cache = c;
}

export function diskCacheInUse(): DiskCache | null {
  return cache;
}

function entryFile(c: DiskCache, kind: string, key: string): string {
  const name = createHash('sha256').update(`${c.codeId}\u0000${kind}\u0000${key}`).digest('hex');
  return path.join(c.dir, kind, `${name}.bin`);
}

/** The entry of `kind` made from `key` (a hash of the inputs), or null. */
export function readCacheEntry(kind: string, key: string): Buffer | null {
  if (!cache) return null;
  try {
    return readFileSync(entryFile(cache, kind, key));
  } catch {
    return null;
  }
}

/**
 * Write the entry of `kind` made from `key`. Of each kind only the `keep` most recently written
 * entries stay: every edit of a seed file and every new build makes new ones, and the folder
 * must not grow without end.
 */
export function writeCacheEntry(kind: string, key: string, data: string | Uint8Array, keep = 64): void {
  if (!cache) return;
  const file = entryFile(cache, kind, key);
  if (!writeFileWhole(file, data)) return;
  try {
    prune(path.dirname(file), keep, path.basename(file));
  } catch {
    // another process pruned the folder meanwhile
  }
}

/**
 * Write a cache file whole (a temporary name, then a rename: a reader never sees half of it),
 * making its folder; false, with nothing left behind, when it cannot be written.
 */
export function writeFileWhole(file: string, data: string | Uint8Array): boolean {
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(tmp, data);
    renameSync(tmp, file);
    return true;
  } catch {
    try {
      rmSync(tmp, { force: true });
    } catch {
      // nothing was written
    }
    return false;
  }
}

/** Remove all but the `keep` most recently written entries of a folder (`newest` first of all). */
function prune(dir: string, keep: number, newest: string): void {
  const files = readdirSync(dir).filter((f) => f.endsWith('.bin') && f !== newest);
  if (files.length < keep) return;
  const byAge = files.map((f) => ({ f, at: statSync(path.join(dir, f)).mtimeMs })).sort((a, b) => b.at - a.at);
  for (const { f } of byAge.slice(Math.max(0, keep - 1))) rmSync(path.join(dir, f), { force: true });
}

/**
 * The id of the build a module belongs to: dist/build-id beside a built module (`moduleUrl`
 * is its import.meta.url), null for the sources.
 */
export function buildIdBeside(moduleUrl: string): string | null {
  try {
    return readFileSync(new URL('./build-id', moduleUrl), 'utf8').trim() || null;
  } catch {
    return null;
  }
}
