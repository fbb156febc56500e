/**
 * What a thread is asked to extract (a job), how its document is read, and how many waiting
 * jobs make one batch (pipeline/process.ts processBatch).
 */
import type { ReadStep } from './process.ts';
import { readArticle, readBytes, type ReadDocument } from './stages/read.ts';

export type Job =
  | { kind: 'file'; path: string }
  /** A file the main thread has read (and hashed) already: the worker does not read it again. */
  | { kind: 'bytes'; path: string; bytes: Uint8Array; contentHash: string }
  | { kind: 'read'; read: ReadDocument };

/** How a job's document is read: a file by its path, bytes read already (and hashed), or a decoded text. */
export function readStepOf(job: Job): ReadStep {
  if (job.kind === 'file') return () => readArticle(job.path);
  if (job.kind === 'bytes') return () => readBytes(job.path, Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength), job.contentHash);
  return () => job.read;
}

/**
 * The most jobs a worker extracts as one batch (extractor by extractor, see runExtractorsOver).
 * In one process, alternating, batches of 8 to 64 took 0.62–0.87 of the extraction time of one
 * job at a time. Whole ingests (one worker, the main thread helping with HELPER_BATCH): 16 here
 * against 24 even (1.00 of the wall time, 6 pairs); 32 with 48 jobs ahead took less CPU (0.89)
 * but more wall time (1.20): the main thread helps only when the worker's queue is full.
 */
export const WORKER_BATCH = 16;

/**
 * The most bytes of documents a batch holds (a batch always takes its first job): the
 * documents of a batch are in memory together, and a few large ones (up to --max-doc-size,
 * 50 MB) must not add up. 16 typical articles are ~100 KB.
 */
export const BATCH_MAX_BYTES = 1024 * 1024;

/** The size of a job's document as far as known before reading it (a file the worker reads: 0). */
function jobBytes(job: Job): number {
  if (job.kind === 'bytes') return job.bytes.byteLength;
  if (job.kind === 'read') return job.read.text.length * 3;
  return 0;
}

/**
 * How many of `items` (from the first) make the next batch: at most `most`, at most
 * BATCH_MAX_BYTES of documents together, always at least one; an item `alone(item)` is a batch
 * of its own.
 */
export function batchLength<T>(items: readonly T[], jobOf: (item: T) => Job, most: number, alone: (item: T) => boolean = () => false): number {
  if (items.length === 0) return 0;
  if (alone(items[0]!)) return 1;
  let n = 1;
  let bytes = jobBytes(jobOf(items[0]!));
  while (n < items.length && n < most && !alone(items[n]!)) {
    bytes += jobBytes(jobOf(items[n]!));
    if (bytes > BATCH_MAX_BYTES) break;
    n++;
  }
  return n;
}

/**
 * Jobs posted to a worker ahead of time, so that it keeps busy while the main thread writes a
 * batch (writing 64 documents blocks the main thread ~40 ms; with 3 jobs ahead the workers sat
 * idle ~15% of the time, measured per thread from /proc) and finds a whole batch waiting when
 * it finishes one: it answers a batch at its end, and the jobs that replace those are posted
 * only when the main thread has read the answers. With 24 (1.5 batches) its batches averaged 11
 * jobs on the real-density Japanese corpus; with 32, 14.5, and whole `ingest` processes took
 * 0.978 of the wall time there and 0.973 on the English bench (8 alternating pairs each).
 */
export const WORKER_DEPTH = 2 * WORKER_BATCH;

/**
 * Documents an ingest or reextract holds at once with `workers` worker threads: every worker's
 * jobs ahead and a batch for the helping main thread (32 in this thread alone). Few enough,
 * ~0.3 MB of text per worker, for flat memory.
 */
export function jobsInFlight(workers: number): number {
  return workers > 0 ? workers * WORKER_DEPTH + HELPER_BATCH : 32;
}

/** The most jobs InProcessProcessor extracts together. */
export const IN_PROCESS_BATCH = 16;

/**
 * The most queued jobs this thread extracts at once while it helps the workers (see
 * WorkerPool.helpLater, pipeline/workers.ts): a result waiting to be written waits for these (~40 ms of 4 KB
 * articles), while each worker has up to WORKER_DEPTH (32) jobs to go on with.
 */
export const HELPER_BATCH = 8;
