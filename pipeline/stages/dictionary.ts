/**
 * This process's copy of kuromoji's dictionary (text/japanese-dictionary.ts), loaded through
 * the pipeline's disk cache (kuromoji-cache.ts) and shared with the worker threads.
 */
import { loadDictionaryBuffersAsync, type DictionaryBuffers } from '../../text/japanese-dictionary.ts';
import { readCachedDictionary, writeCachedDictionary } from './kuromoji-cache.ts';

let processCopy: Promise<DictionaryBuffers> | null = null;

/**
 * This process's one copy of the dictionary in shared memory, decompressed on first use and
 * shared by the worker pools and this thread's own tokenizer (reextract of a few documents).
 */
export function processDictionaryBuffers(): Promise<DictionaryBuffers> {
  if (!processCopy) {
    processCopy = loadDictionaryBuffersAsync({ read: readCachedDictionary, write: writeCachedDictionary });
    for (const listener of [...requestListeners]) listener();
  }
  return processCopy;
}

const requestListeners = new Set<() => void>();

/**
 * Call `listener` when something first asks for this process's copy (before it has loaded), so
 * that a worker pool can post it to its workers the moment it resolves, not when this thread
 * next has time for the pool (worker-dictionary.ts). Returns the unsubscribe.
 */
export function onDictionaryRequested(listener: () => void): () => void {
  requestListeners.add(listener);
  return () => requestListeners.delete(listener);
}

/** This process's copy if something has asked for it (loaded or being loaded), else null. */
export function requestedDictionaryBuffers(): Promise<DictionaryBuffers> | null {
  return processCopy;
}

/** Forget this process's copy (the benchmark times each ingest from a cold start). */
export function releaseDictionaryBuffers(): void {
  processCopy = null;
}
