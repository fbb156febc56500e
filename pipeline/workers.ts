/**
 * Where the CPU-bound stages run: in this thread, or in a pool of worker threads (one per
 * core but one by default), each of which loads kuromoji and the dictionaries once. The
 * database is written by the main thread only (one writer), which also extracts jobs itself
 * whenever every worker's queue is full and it has nothing to write (see WorkerPool.helpLater).
 * Jobs are extracted in batches, extractor by extractor (process.ts processBatch; a worker's
 * loop is worker-body.ts).
 */
import { Worker } from 'node:worker_threads';
import { processBatch, type ProcessedDocument } from './process.ts';
import { batchLength, HELPER_BATCH, IN_PROCESS_BATCH, readStepOf, WORKER_DEPTH, type Job } from './jobs.ts';

export { HELPER_BATCH, IN_PROCESS_BATCH, jobsInFlight, WORKER_DEPTH } from './jobs.ts';
import { reviveError, type WorkerError } from './worker-error.ts';
import type { Extractor } from '../extractors/types.ts';
import { WorkerDictionary } from './worker-dictionary.ts';
import { workerScript, type WorkerScript } from './worker-script.ts';
import type { ParsedSeedFiles } from '../text/seed-files.ts';
import { runtimeOptions } from './options.ts';
import { defaultWorkerCount } from './worker-count.ts';
import { automataToShip } from '../extractors/companies/aho-corasick.ts';
import { derivedToShip } from '../text/derived-cache.ts';
import { decodeProcessed, type WireDocument } from './records-wire.ts';
import type { WorkerSetup } from './worker-setup.ts';
import { takePrestartedWorker } from './prestart.ts';

export { prestartedWorkerCount, prestartWorkers, stopPrestartedWorkers } from './prestart.ts';

export type { Job } from './jobs.ts';

export interface DocumentProcessor {
  /** Resolves when the processor can start work (worker threads loaded). */
  ready(): Promise<void>;
  process(job: Job): Promise<ProcessedDocument>;
  close(): Promise<void>;
  readonly size: number;
}

/**
 * Extraction in this thread. Jobs handed to process() in the same turn of the event loop (the
 * ingest keeps up to 32 in flight) are extracted together, up to IN_PROCESS_BATCH at a time,
 * extractor by extractor (processBatch).
 */
export class InProcessProcessor implements DocumentProcessor {
  readonly size = 1;
  private readonly waiting: { job: Job; resolve: (d: ProcessedDocument) => void; reject: (e: Error) => void }[] = [];
  private draining = false;
  constructor(private readonly extractors: readonly Extractor[]) {}
  async ready(): Promise<void> {}
  process(job: Job): Promise<ProcessedDocument> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ job, resolve, reject });
      if (!this.draining) {
        this.draining = true;
        setImmediate(() => void this.drain());
      }
    });
  }

  private async drain(): Promise<void> {
    while (this.waiting.length > 0) {
      const batch = this.waiting.splice(0, batchLength(this.waiting, (w) => w.job, IN_PROCESS_BATCH));
      await this.settle(batch);
    }
    this.draining = false;
  }

  /** Several jobs, extractor by extractor (processBatch); each result or error in job order. */
  processMany(jobs: readonly Job[]): Promise<(ProcessedDocument | Error)[]> {
    return processBatch(jobs.map(readStepOf), this.extractors);
  }

  /** Extract these jobs as one batch and settle each one's promise with its result or error. */
  async settle(batch: readonly { job: Job; resolve: (d: ProcessedDocument) => void; reject: (e: Error) => void }[]): Promise<void> {
    try {
      const outcomes = await this.processMany(batch.map((b) => b.job));
      outcomes.forEach((o, k) => (o instanceof Error ? batch[k]!.reject(o) : batch[k]!.resolve(o)));
    } catch (e) {
      for (const b of batch) b.reject(e as Error);
    }
  }

  async close(): Promise<void> {}
}

interface Pending {
  resolve: (d: ProcessedDocument) => void;
  reject: (e: Error) => void;
  /** The file of the job (for the reason when its worker dies). */
  path: string;
  /** The job itself: re-queued on another worker when its worker dies before starting it. */
  job: Job;
  /**
   * To be extracted on its own, not in a batch: set on the jobs of a batch whose worker died,
   * so that the next death names the job that caused it.
   */
  solo?: boolean;
}

/**
 * The largest document this thread extracts while it helps the workers (WorkerPool.helpLater):
 * 256 KB is ~60 typical articles; the real-density corpora's largest is 12 KB.
 */
export const HELPER_MAX_BYTES = 256 * 1024;

/**
 * Whether the main thread may extract `job` while it helps the workers: one whose bytes are at
 * hand and no larger than HELPER_MAX_BYTES (a decoded text counts 3 bytes per UTF-16 unit, as
 * UTF-8 Japanese does). A file the worker is to read itself is left to the workers.
 */
export function helperTakes(job: Job): boolean {
  if (job.kind === 'bytes') return job.bytes.byteLength <= HELPER_MAX_BYTES;
  if (job.kind === 'read') return job.read.text.length * 3 <= HELPER_MAX_BYTES;
  return false;
}

function jobPath(job: Job): string {
  return job.kind === 'read' ? job.read.path : job.path;
}

/** A worker thread that stopped while it had jobs (crash, out of memory, process.exit). */
export class WorkerDiedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkerDiedError';
  }
}

export class WorkerPool implements DocumentProcessor {
  private readonly workers: Worker[] = [];
  /** Jobs posted to a worker ahead of time (WORKER_DEPTH). */
  private static readonly DEPTH = WORKER_DEPTH;
  /** Workers that may die and be replaced in one pool's life before it gives up. */
  private readonly restartBudget: number;
  private ready_ = false;
  private closing = false;
  private readonly queue: { job: Job; pending: Pending }[] = [];
  /**
   * Per worker, the jobs it has been sent, oldest first (a worker answers in order). A worker
   * gets jobs from the moment it is started: they wait in it while it loads (worker-body.ts).
   */
  private readonly inFlight = new Map<Worker, Pending[]>();
  /** The workers that have loaded their extractors ('ready'). */
  private readonly loaded = new Set<Worker>();
  /** Per worker, how many of its first jobs it is extracting as one batch and has not answered yet. */
  private readonly inBatch = new Map<Worker, number>();
  private readonly started: Promise<void>;
  private failed: Error | null = null;
  private script: WorkerScript | null = null;
  /** kuromoji's dictionary, shared with the workers once a Japanese document needs it. */
  private readonly dictionary = new WorkerDictionary(this.workers);

  constructor(
    private readonly seedsDir: string,
    readonly size: number = defaultWorkerCount(),
    /** Seed files the main thread has parsed already (ExtractionSetup.seedFiles). */
    private readonly seedFiles: ParsedSeedFiles = new Map(),
    /** Which script the workers run (default: the build's, or the sources through tsx). */
    script: () => Promise<WorkerScript> = workerScript,
    /**
     * This thread's extractors (ExtractionSetup.extractors): when given, this thread extracts a
     * queued job itself whenever every worker's queue is full (see helpLater).
     */
    private readonly helperExtractors: readonly Extractor[] | null = null,
  ) {
    this.restartBudget = 8 + 2 * size;
    this.started = this.start(script);
    // Reported to whoever awaits ready(), and to every job still queued (process() does not
    // wait for the start: this thread may extract jobs meanwhile, see helpLater).
    this.started.catch((e: Error) => {
      this.failed ??= e;
      for (const q of this.queue.splice(0)) q.pending.reject(e);
    });
  }

  /** Start-up: the workers load their modules and seed files while this thread extracts (helpLater). */
  private async start(scriptFor: () => Promise<WorkerScript>): Promise<void> {
    this.script = await scriptFor();
    const started: Promise<void>[] = [];
    for (let i = 0; i < this.size; i++) started.push(this.spawn());
    await Promise.all(started);
    this.ready_ = true;
    this.pump();
  }

  /** Start one worker; resolves when it is ready (its dictionary is sent once known: WorkerDictionary). */
  private spawn(): Promise<void> {
    // the automata this thread has compiled (the company dictionary's, when the setup was loaded
    // here): a worker takes one whose patterns are the same instead of compiling it again
    const setup: WorkerSetup = { seedsDir: this.seedsDir, seedFiles: this.seedFiles, automata: automataToShip(), options: runtimeOptions(), derived: derivedToShip() };
    // a worker started ahead of this pool (prestartWorkers) has loaded its modules meanwhile
    const early = takePrestartedWorker(this.script!.url);
    const worker = early ?? new Worker(this.script!.url, { workerData: setup });
    if (early) {
      early.ref();
      early.postMessage({ type: 'setup', setup });
      this.prestartedTaken++;
    }
    this.workers.push(worker);
    this.inFlight.set(worker, []);
    let lastError: Error | null = null;
    const ready = new Promise<void>((resolve, reject) => {
      const onMessage = (msg: { type: string; error?: WorkerError }) => {
        if (msg.type === 'ready') {
          worker.off('message', onMessage);
          this.loaded.add(worker);
          resolve();
        } else if (msg.type === 'fatal') {
          // it cannot load the extraction: neither can the others (the pool fails, see start);
          // it takes no more jobs, and those it holds fail with its reason
          const error = reviveError(msg.error!);
          this.failed ??= error;
          const held = this.inFlight.get(worker) ?? [];
          this.inFlight.delete(worker);
          for (const p of held) p.reject(error);
          reject(error);
        }
      };
      worker.on('message', onMessage);
      worker.once('exit', (code) => reject(lastError ?? new WorkerDiedError(`a worker thread stopped while starting (exit code ${code})`)));
    });
    worker.on('message', (msg: { type: string; result?: WireDocument; error?: WorkerError; size?: number }) => {
      if (msg.type === 'batch') this.inBatch.set(worker, msg.size!);
      if (msg.type === 'need-dictionary') this.dictionary.share(true);
      if (msg.type !== 'result' && msg.type !== 'error') return;
      this.inBatch.set(worker, Math.max(0, (this.inBatch.get(worker) ?? 0) - 1));
      const pending = this.inFlight.get(worker)?.shift();
      if (pending) {
        if (msg.type === 'error') pending.reject(reviveError(msg.error!));
        else {
          // a result that does not decode fails its document, not the batch
          try {
            pending.resolve(decodeProcessed(msg.result!));
          } catch (e) {
            pending.reject(e as Error);
          }
        }
      }
      this.pump();
    });
    // An uncaught exception in the worker ('error', then 'exit'), running out of memory, or
    // process.exit(): the worker is gone. Its jobs fail with the reason, and a new worker takes
    // its place, so the batch goes on.
    worker.on('error', (e) => {
      lastError = e;
    });
    worker.on('exit', (code) => this.onExit(worker, code, lastError));
    this.dictionary.sendTo(worker);
    this.pump(); // the jobs queued meanwhile wait in it while it loads
    return ready;
  }

  private onExit(worker: Worker, code: number, error: Error | null): void {
    const index = this.workers.indexOf(worker);
    if (index >= 0) this.workers.splice(index, 1);
    const pending = this.inFlight.get(worker) ?? [];
    this.inFlight.delete(worker);
    const batch = this.inBatch.get(worker) ?? 0;
    this.inBatch.delete(worker);
    const loaded = this.loaded.delete(worker);
    if (this.closing) return;
    const why = error ? `${error.message}${(error as NodeJS.ErrnoException).code ? ` (${(error as NodeJS.ErrnoException).code})` : ''}` : `exit code ${code}`;
    if (!loaded) {
      // It stopped while it loaded, before it took a job.
      if (!this.ready_) {
        // the pool's start fails (see spawn and start), and so do the jobs it was holding
        for (const p of pending) p.reject(new WorkerDiedError(`a worker thread stopped while starting (${why})`));
        return;
      }
      // a replacement: its jobs wait in the queue for the next one
      for (const p of pending.reverse()) this.queue.unshift({ job: p.job, pending: p });
    } else if (batch > 1) {
      // It was extracting several jobs at once: which one it died on is not known. Each goes
      // again on its own, and a second death names its job.
      for (const p of pending.reverse()) {
        p.solo = true;
        this.queue.unshift({ job: p.job, pending: p });
      }
    } else {
      // The first job is the one it was working on; the others had only been queued on it.
      const [current, ...queued] = pending;
      current?.reject(new WorkerDiedError(`the worker thread extracting this file stopped: ${why}`));
      for (const p of queued.reverse()) this.queue.unshift({ job: p.job, pending: p });
    }
    if (this.restarts >= this.restartBudget) {
      this.failed = new WorkerDiedError(`worker threads keep stopping (${this.restarts} replaced; last: ${why})`);
      for (const q of this.queue.splice(0)) q.pending.reject(this.failed);
      return;
    }
    this.restarts++;
    this.spawn().then(
      () => this.pump(),
      (e: Error) => {
        this.failed = e;
        if (this.workers.length === 0) for (const q of this.queue.splice(0)) q.pending.reject(e);
      },
    );
  }

  private restarts = 0;
  /** Workers taken from prestartWorkers instead of started here. */
  prestartedTaken = 0;

  private pump(): void {
    // Workers get jobs while they start, so that each begins with a full queue; this thread
    // helps meanwhile (helpLater).
    while (this.queue.length > 0 && !this.failed) {
      // the worker (loaded or loading) with the fewest jobs outstanding, if it has room
      let best: Worker | null = null;
      for (const [w, jobs] of this.inFlight) {
        if (jobs.length < WorkerPool.DEPTH && (!best || jobs.length < this.inFlight.get(best)!.length)) best = w;
      }
      if (!best) break;
      const { job, pending } = this.queue.shift()!;
      this.inFlight.get(best)!.push(pending);
      best.postMessage({ type: 'job', job, solo: pending.solo === true });
    }
    this.helpLater();
  }

  /** Jobs this thread has extracted itself (see helpLater). */
  jobsInThisThread = 0;
  private helping = false;
  private helper: InProcessProcessor | null = null;

  /**
   * While the workers start, and later whenever every worker's queue is full, extract the next
   * queued jobs in this thread, after the events already waiting (results to write, jobs to
   * post): otherwise this thread, which only writes, sits idle most of the time while the
   * workers share the cores with it. Up to HELPER_BATCH jobs at a time, extractor by extractor
   * as a worker does (processBatch), so a result to write waits for a few documents at most.
   *
   * Measured on 2 cores (whole `ingest` processes, alternating pairs): one worker with this
   * thread helping against two workers without, 5 pairs on the 5 MB real-density Japanese
   * corpus: 10.70 s against 11.15 s mean wall, 18.9 s against 20.1 s CPU; 4 pairs each on 2 MB of
   * the Japanese bench corpus 5.35 s against 5.65 s, and on 2 MB of real-density English 6.63 s
   * against 7.17 s (11% less CPU). A worker costs its own start-up, JIT warm-up and the records'
   * trip between threads; this thread has loaded the extractors already.
   *
   * A document larger than HELPER_MAX_BYTES is left to the workers: a worker that runs out of
   * memory on one is replaced and the batch goes on; this thread running out would end it.
   */
  private helpLater(): void {
    if (!this.helperExtractors || this.helping || this.closing || this.failed) return;
    if (this.queue.length === 0 || !helperTakes(this.queue[0]!.job)) return;
    this.helping = true;
    setImmediate(() => {
      // (a job this thread does not take ends the batch, as the bytes of a batch do)
      const n = this.queue.length > 0 && helperTakes(this.queue[0]!.job) ? batchLength(this.queue, (q) => q.job, HELPER_BATCH, (q) => !helperTakes(q.job)) : 0;
      if (n === 0) {
        this.helping = false;
        return;
      }
      const batch = this.queue.splice(0, n);
      this.helper ??= new InProcessProcessor(this.helperExtractors!);
      this.jobsInThisThread += batch.length;
      void this.helper
        .settle(batch.map((b) => ({ job: b.job, resolve: b.pending.resolve, reject: b.pending.reject })))
        .then(() => {
          this.helping = false;
          this.pump();
        });
    });
  }

  /** Queue a job; it starts on a worker once one is ready, or in this thread (see helpLater). */
  async process(job: Job): Promise<ProcessedDocument> {
    if (this.failed) throw this.failed;
    const promise = new Promise<ProcessedDocument>((resolve, reject) => this.queue.push({ job, pending: { resolve, reject, path: jobPath(job), job } }));
    this.pump();
    return promise;
  }

  ready(): Promise<void> {
    return this.started;
  }

  async close(): Promise<void> {
    this.dictionary.close();
    await this.started.catch(() => {});
    this.closing = true;
    await Promise.allSettled(this.workers.map((w) => w.terminate()));
  }
}

export { defaultWorkerCount } from './worker-count.ts';
