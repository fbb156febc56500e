/**
 * Facts read from a pattern's text that every thread would otherwise work out again at start-up:
 * the literals a relation pattern requires (extractors/agreements/vocabulary.ts) and the first
 * words of a word-led regex (word-scan.ts). Each is a pure function of its key (the pattern's
 * source and flags) and of the code, so it is memoised per kind and key, and
 *  - the main thread ships the facts it used to its worker threads with their setup
 *    (pipeline/worker-setup.ts), which then skip the work (~0.2 s of each thread's start-up);
 *  - the start-up disk cache (disk-cache.ts, keyed by the build's id) keeps them between runs.
 * Values must survive JSON (arrays, strings, numbers, null).
 */
import { readCacheEntry, writeCacheEntry } from './disk-cache.ts';

type Table = Map<string, unknown>;

const tables = new Map<string, Table>();
/** Keys read or made in this thread (what is shipped and kept), per kind. */
const used = new Map<string, Set<string>>();
/** Whether anything was made since the disk cache was last read or written. */
let made = false;

function tableOf(kind: string): Table {
  let t = tables.get(kind);
  if (!t) tables.set(kind, (t = new Map()));
  return t;
}

/** The fact of `kind` for `key`: remembered, shipped or cached, else `make()` (remembered). */
export function derived<T>(kind: string, key: string, make: () => T): T {
  const t = tableOf(kind);
  let u = used.get(kind);
  if (!u) used.set(kind, (u = new Set()));
  u.add(key);
  if (t.has(key)) return t.get(key) as T;
  const value = make();
  t.set(key, value);
  made = true;
  return value;
}

export type ShippedFacts = [kind: string, entries: [key: string, value: unknown][]][];

/** The facts this thread used, for a worker thread's setup. */
export function derivedToShip(): ShippedFacts {
  return [...used].map(([kind, keys]) => [kind, [...keys].map((k) => [k, tables.get(kind)!.get(k)] as [string, unknown])]);
}

/** Take the facts the main thread shipped (a worker thread, before it builds its extractors). */
export function useShippedDerived(facts: ShippedFacts | undefined): void {
  for (const [kind, entries] of facts ?? []) {
    const t = tableOf(kind);
    for (const [k, v] of entries) if (!t.has(k)) t.set(k, v);
  }
}

const ENTRY = { kind: 'derived-facts', key: 'v1' };

/** Read the facts the last run kept (no-op without a disk cache). */
export function readDerivedFromDisk(): void {
  const buf = readCacheEntry(ENTRY.kind, ENTRY.key);
  if (!buf) return;
  try {
    useShippedDerived(JSON.parse(buf.toString('utf8')) as ShippedFacts);
  } catch {
    // (an entry that cannot be read is no fact: the work is done again)
  }
}

/** Keep the facts used in this run when any was made in it (no-op without a disk cache). */
export function writeDerivedToDisk(): void {
  if (!made) return;
  made = false;
  writeCacheEntry(ENTRY.kind, ENTRY.key, JSON.stringify(derivedToShip()), 4);
}
