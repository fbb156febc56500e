/**
 * The body of a worker thread (started by WorkerPool, pipeline/workers.ts; entry:
 * worker-main.ts): loads the extractors, then extracts the jobs the pool posts, in batches,
 * and answers each in order.
 */
import type { MessagePort } from 'node:worker_threads';
import { InProcessProcessor } from './workers.ts';
import { batchLength, WORKER_BATCH, type Job } from './jobs.ts';
import type { ProcessedDocument } from './process.ts';
import type { Extractor } from '../extractors/types.ts';
import type { DictionaryBuffers } from '../text/japanese-dictionary.ts';
import { encodeProcessed } from './records-wire.ts';
import { toWorkerError } from './worker-error.ts';
import type { WorkerSetup } from './worker-setup.ts';

export type { WorkerSetup } from './worker-setup.ts';

/** Body of a worker thread (see worker-main.ts). */
export async function workerMain(port: MessagePort, setup: WorkerSetup | Promise<WorkerSetup>): Promise<void> {
  // kuromoji's dictionary: the main thread's copy, which it posts once it has one (loaded for
  // its own first Japanese document, or when this thread asks for it before its first): an
  // English-only batch never loads it (worker-dictionary.ts).
  let received = false;
  const dictionary = new Promise<DictionaryBuffers>((resolve, reject) => {
    const onMessage = (msg: { type: string; dictionary?: DictionaryBuffers; error?: { message: string } }) => {
      if (msg.type !== 'dictionary') return;
      port.off('message', onMessage);
      received = true;
      if (msg.dictionary) resolve(msg.dictionary);
      else reject(new Error(msg.error?.message ?? 'the main thread could not load the dictionary'));
    };
    port.on('message', onMessage);
  });
  dictionary.catch(() => {}); // reported to the documents that need it
  // Jobs arrive ahead of time, from the start (the pool posts them while this thread loads,
  // WorkerPool.pump): those that come before the extractors are loaded wait here. Those waiting
  // are extracted together, up to WORKER_BATCH (and BATCH_MAX_BYTES) at a time (a job marked
  // solo on its own), and answered in order; the pool is told the size of each batch first
  // (see WorkerPool.onExit).
  const waiting: { job: Job; solo: boolean }[] = [];
  let draining = false;
  // (until the extractors are loaded, a job only waits)
  let startDraining = (): void => {};
  port.on('message', (msg: { type: string; job: Job; solo?: boolean }) => {
    if (msg.type !== 'job') return;
    waiting.push({ job: msg.job, solo: msg.solo === true });
    // (the first job starts at once; the jobs that arrive while a batch runs form the next one)
    startDraining();
  });
  // The modules load while the setup is on its way (no module reads seeds or options when it loads).
  const modules = Promise.all([import('../text/seed-files.ts'), import('../extractors/companies/aho-corasick.ts'), import('./setup.ts'), import('./stages/tokenize.ts'), import('./options.ts'), import('../text/derived-cache.ts')]);
  modules.catch(() => {}); // reported below, once awaited
  let extractors: Extractor[];
  try {
    const { seedsDir, seedFiles, automata, options, derived } = await setup;
    const [seedModule, automatonModule, setupModule, tokenizeModule, optionsModule, derivedModule] = await modules;
    derivedModule.useShippedDerived(derived);
    if (options) optionsModule.setRuntimeOptions(options); // the main thread's
    seedModule.useShippedSeedFiles(seedFiles);
    automatonModule.useShippedAutomata(automata ?? new Map());
    extractors = setupModule.loadExtraction(seedsDir).extractors;
    // kuromoji's tokenizer itself is built on the first Japanese document (not at all for English-only batches).
    tokenizeModule.useSharedDictionary(() => {
      if (!received) port.postMessage({ type: 'need-dictionary' });
      return dictionary;
    });
  } catch (e) {
    const err = e as Error;
    port.postMessage({ type: 'fatal', error: { name: err.name, message: err.message } });
    return;
  }
  const processor = new InProcessProcessor(extractors);
  const answer = (outcome: ProcessedDocument | Error): void => {
    try {
      if (outcome instanceof Error) throw outcome;
      const wire = encodeProcessed(outcome);
      port.postMessage({ type: 'result', result: wire }, [wire.ints.buffer as ArrayBuffer]);
    } catch (e) {
      port.postMessage({ type: 'error', error: toWorkerError(e) });
    }
  };
  const drain = async (): Promise<void> => {
    while (waiting.length > 0) {
      const n = batchLength(waiting, (w) => w.job, WORKER_BATCH, (w) => w.solo);
      const jobs = waiting.splice(0, n).map((w) => w.job);
      port.postMessage({ type: 'batch', size: jobs.length });
      for (const outcome of await processor.processMany(jobs)) answer(outcome);
      // jobs the pool posted meanwhile join the next batch
      await new Promise((resolve) => setImmediate(resolve));
    }
    draining = false;
  };
  startDraining = () => {
    if (draining) return;
    draining = true;
    void drain();
  };
  port.postMessage({ type: 'ready' });
  if (waiting.length > 0) startDraining();
}
