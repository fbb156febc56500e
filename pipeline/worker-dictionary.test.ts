/**
 * kuromoji's dictionary reaches a pool's workers the moment this thread has loaded it for a
 * document of its own, not when the pool is next pumped (this thread may be in the middle of a
 * batch then), and not at all for a pool that is closed. The "workers" here only record what
 * is posted to them; the dictionary is the real one.
 */
import type { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { WorkerDictionary } from './worker-dictionary.ts';
import { processDictionaryBuffers, releaseDictionaryBuffers } from './stages/dictionary.ts';

function recordingWorker(): { worker: Worker; posted: { type: string; dictionary?: unknown; error?: unknown }[] } {
  const posted: { type: string }[] = [];
  return { worker: { postMessage: (m: { type: string }) => posted.push(m) } as unknown as Worker, posted };
}

afterEach(() => releaseDictionaryBuffers());

describe('WorkerDictionary', () => {
  it('posts this thread\'s copy to the workers as soon as it is loaded', async () => {
    releaseDictionaryBuffers();
    const a = recordingWorker();
    const b = recordingWorker();
    const dictionary = new WorkerDictionary([a.worker, b.worker]);
    try {
      expect(a.posted).toEqual([]);
      // this thread's own first Japanese document asks for it (stages/tokenize.ts)
      const copy = await processDictionaryBuffers();
      await Promise.resolve();
      for (const w of [a, b]) {
        expect(w.posted).toHaveLength(1);
        expect(w.posted[0]!.type).toBe('dictionary');
        expect(w.posted[0]!.dictionary).toBe(copy);
      }
    } finally {
      dictionary.close();
    }
  }, 60_000);

  it('posts nothing once closed, and nothing for a batch that never loads it', async () => {
    releaseDictionaryBuffers();
    const w = recordingWorker();
    const dictionary = new WorkerDictionary([w.worker]);
    dictionary.share(false); // as at the pool's start: nobody has asked for it
    await new Promise((resolve) => setImmediate(resolve));
    expect(w.posted).toEqual([]);
    dictionary.close();
    await processDictionaryBuffers();
    await new Promise((resolve) => setImmediate(resolve));
    expect(w.posted).toEqual([]);
  }, 60_000);
});
