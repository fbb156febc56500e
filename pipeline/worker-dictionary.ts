/**
 * kuromoji's dictionary for a pool's worker threads: one copy in shared memory, this thread's
 * (stages/dictionary.ts), posted to the workers as soon as this thread has it (loaded for its
 * own first Japanese document), or loaded when a worker asks for it (its first Japanese
 * document: worker-body.ts). A batch with no Japanese never loads it: loading it while the
 * workers started was ~70 ms of this thread (reading ~77 MB from the start-up cache) and
 * ~80 MB of memory. A dictionary that cannot be loaded fails each document that needs it,
 * with why.
 */
import type { Worker } from 'node:worker_threads';
import type { DictionaryBuffers } from '../text/japanese-dictionary.ts';
import { onDictionaryRequested, processDictionaryBuffers, requestedDictionaryBuffers } from './stages/dictionary.ts';

export class WorkerDictionary {
  private sharing = false;
  private dictionary: DictionaryBuffers | null = null;
  /** Why it could not be loaded (sent to workers started later too). */
  private error: string | null = null;
  private readonly unsubscribe: () => void;

  constructor(private readonly workers: readonly Worker[]) {
    // This thread loads it for a Japanese document of its own (it helps the workers) in the
    // middle of a batch: the copy is posted when it resolves, not when the batch is done and
    // the pool is next pumped (a worker waited ~130 ms for it at the start of a Japanese run).
    this.unsubscribe = onDictionaryRequested(() => this.share(false));
    this.share(false); // asked for before this pool existed
  }

  /** Stop listening for this process's copy (the pool is closed). */
  close(): void {
    this.unsubscribe();
  }

  /** Post it to the workers once this thread has it (`load`: load it now if nobody has asked yet). */
  share(load: boolean): void {
    if (this.sharing) return;
    const copy = load ? processDictionaryBuffers() : requestedDictionaryBuffers();
    if (!copy) return;
    this.sharing = true;
    copy.then(
      (dictionary) => {
        this.dictionary = dictionary;
        for (const w of this.workers) this.sendTo(w);
      },
      (e: Error) => {
        this.error = e.message;
        for (const w of this.workers) this.sendTo(w);
      },
    );
  }

  /** Send a worker the dictionary, or why there is none, if it is known yet. */
  sendTo(worker: Worker): void {
    if (this.dictionary) worker.postMessage({ type: 'dictionary', dictionary: this.dictionary });
    else if (this.error !== null) worker.postMessage({ type: 'dictionary', error: { message: this.error } });
  }
}
