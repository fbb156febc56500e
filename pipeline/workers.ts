/**
 * Where the CPU-bound stages run: in this thread, or in a pool of worker threads (one per
 * core by default), each of which loads kuromoji and the dictionaries once. The database is
 * written by the main thread only (one writer).
 */
import os from 'node:os';
import { Worker, type MessagePort } from 'node:worker_threads';
import { processBytes, processFile, processRead, type ProcessedDocument } from './process.ts';
import { ReadError, type ReadDocument } from './stages/read.ts';
import type { Extractor } from './types.ts';
import { processDictionaryBuffers, type DictionaryBuffers } from './stages/kuromoji-dictionary.ts';
import { workerScript, type WorkerScript } from './worker-script.ts';
import type { ParsedSeedFiles } from './resources.ts';
import { runtimeOptions } from './options.ts';

export type Job =
  | { kind: 'file'; path: string }
  /** A file the main thread has read (and hashed) already: the worker does not read it again. */
  | { kind: 'bytes'; path: string; bytes: Uint8Array; contentHash: string }
  | { kind: 'read'; read: ReadDocument };

export interface DocumentProcessor {
  /** Resolves when the processor can start work (worker threads loaded). */
  ready(): Promise<void>;
  process(job: Job): Promise<ProcessedDocument>;
  close(): Promise<void>;
  readonly size: number;
}

export class InProcessProcessor implements DocumentProcessor {
  readonly size = 1;
  constructor(private readonly extractors: readonly Extractor[]) {}
  async ready(): Promise<void> {}
  process(job: Job): Promise<ProcessedDocument> {
    if (job.kind === 'file') return processFile(job.path, this.extractors);
    if (job.kind === 'bytes') return processBytes(job.path, job.bytes, job.contentHash, this.extractors);
    return processRead(job.read, this.extractors);
  }
  async close(): Promise<void> {}
}

interface Pending {
  resolve: (d: ProcessedDocument) => void;
  reject: (e: Error) => void;
}

interface WorkerError {
  name: string;
  message: string;
  path?: string;
  reason?: string;
}

function reviveError(e: WorkerError): Error {
  if (e.name === 'ReadError' && e.path !== undefined && e.reason !== undefined) return new ReadError(e.path, e.reason);
  const err = new Error(e.message);
  err.name = e.name;
  return err;
}

export class WorkerPool implements DocumentProcessor {
  private readonly workers: Worker[] = [];
  /**
   * Jobs posted to a worker ahead of time, so that it keeps busy while the main thread writes
   * a batch: writing 64 documents blocks the main thread ~40 ms, and a worker does a 4 KB
   * article in ~4 ms. With 3 jobs ahead the workers sat idle ~15% of the time (measured per
   * thread from /proc); with 24, the 20 MB benchmark ingest is ~6% faster.
   */
  private static readonly DEPTH = 24;
  private ready_ = false;
  private readonly queue: { job: Job; pending: Pending }[] = [];
  /** Per worker, the jobs it has been sent, oldest first (a worker answers in order). */
  private readonly inFlight = new Map<Worker, Pending[]>();
  private readonly started: Promise<void>;
  private failed: Error | null = null;

  constructor(
    seedsDir: string,
    readonly size: number = defaultWorkerCount(),
    /** Seed files the main thread has parsed already (ExtractionSetup.seedFiles). */
    seedFiles: ParsedSeedFiles = new Map(),
    /** Which script the workers run (default: the build's, or the sources through tsx). */
    script: () => Promise<WorkerScript> = workerScript,
  ) {
    this.started = this.start(seedsDir, seedFiles, script);
    this.started.catch(() => {}); // reported to whoever awaits ready() or process()
  }

  /**
   * Start-up, overlapped: the workers load their modules and dictionaries while this thread
   * decompresses kuromoji's dictionary into shared memory (one copy for all workers), which
   * is then posted to them.
   */
  private async start(seedsDir: string, seedFiles: ParsedSeedFiles, scriptFor: () => Promise<WorkerScript>): Promise<void> {
    const script = await scriptFor();
    const started: Promise<void>[] = [];
    for (let i = 0; i < this.size; i++) {
      const worker = new Worker(script.url, { workerData: { seedsDir, seedFiles, options: runtimeOptions() } });
      this.workers.push(worker);
      started.push(
        new Promise((resolve, reject) => {
          const onMessage = (msg: { type: string; error?: WorkerError }) => {
            if (msg.type === 'ready') {
              worker.off('message', onMessage);
              resolve();
            } else if (msg.type === 'fatal') reject(reviveError(msg.error!));
          };
          worker.on('message', onMessage);
          worker.once('error', reject);
        }),
      );
      worker.on('message', (msg: { type: string; result?: ProcessedDocument; error?: WorkerError }) => {
        if (msg.type !== 'result' && msg.type !== 'error') return;
        const pending = this.inFlight.get(worker)?.shift();
        if (pending) {
          if (msg.type === 'result') pending.resolve(msg.result!);
          else pending.reject(reviveError(msg.error!));
        }
        this.pump();
      });
      worker.on('error', (e) => {
        this.failed = e;
        for (const pending of this.inFlight.get(worker) ?? []) pending.reject(e);
        this.inFlight.set(worker, []);
      });
    }
    const dictionary = await processDictionaryBuffers();
    for (const w of this.workers) w.postMessage({ type: 'dictionary', dictionary });
    await Promise.all(started);
    for (const w of this.workers) this.inFlight.set(w, []);
    this.ready_ = true;
    this.pump();
  }

  private pump(): void {
    if (!this.ready_) return;
    while (this.queue.length > 0) {
      // the worker with the fewest jobs outstanding, if it has room
      let best: Worker | null = null;
      for (const w of this.workers) {
        const n = this.inFlight.get(w)!.length;
        if (n < WorkerPool.DEPTH && (!best || n < this.inFlight.get(best)!.length)) best = w;
      }
      if (!best) return;
      const { job, pending } = this.queue.shift()!;
      this.inFlight.get(best)!.push(pending);
      best.postMessage({ type: 'job', job });
    }
  }

  async process(job: Job): Promise<ProcessedDocument> {
    if (this.failed) throw this.failed;
    const promise = new Promise<ProcessedDocument>((resolve, reject) => this.queue.push({ job, pending: { resolve, reject } }));
    await this.started;
    this.pump();
    return promise;
  }

  ready(): Promise<void> {
    return this.started;
  }

  async close(): Promise<void> {
    await this.started.catch(() => {});
    await Promise.allSettled(this.workers.map((w) => w.terminate()));
  }
}

export function defaultWorkerCount(): number {
  return Math.max(1, typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length);
}

/** Body of a worker thread (see worker-main.ts). */
export async function workerMain(port: MessagePort, seedsDir: string, seedFiles: ParsedSeedFiles): Promise<void> {
  // The dictionary arrives while the modules and seed files load.
  const dictionary = new Promise<DictionaryBuffers>((resolve) => {
    const onMessage = (msg: { type: string; dictionary?: DictionaryBuffers }) => {
      if (msg.type !== 'dictionary') return;
      port.off('message', onMessage);
      resolve(msg.dictionary!);
    };
    port.on('message', onMessage);
  });
  let extractors: Extractor[];
  try {
    (await import('./resources.ts')).useShippedSeedFiles(seedFiles);
    const { loadExtraction } = await import('./setup.ts');
    extractors = loadExtraction(seedsDir).extractors;
    // kuromoji's tokenizer itself is built on the first Japanese document (not at all for English-only batches).
    (await import('./stages/tokenize.ts')).useSharedDictionary(await dictionary);
  } catch (e) {
    const err = e as Error;
    port.postMessage({ type: 'fatal', error: { name: err.name, message: err.message } });
    return;
  }
  const processor = new InProcessProcessor(extractors);
  // Jobs arrive ahead of time; answer them one at a time, in order.
  let chain: Promise<void> = Promise.resolve();
  port.on('message', (msg: { type: string; job: Job }) => {
    if (msg.type !== 'job') return;
    chain = chain.then(async () => {
      try {
        const result = await processor.process(msg.job);
        port.postMessage({ type: 'result', result });
      } catch (e) {
        const err = e as Error & { path?: string; reason?: string };
        port.postMessage({ type: 'error', error: { name: err.name, message: err.message, path: err.path, reason: err.reason } });
      }
    });
  });
  port.postMessage({ type: 'ready' });
}
