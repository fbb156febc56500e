/**
 * `ingest`: read article files, extract, store — skipping files whose content is stored,
 * re-ingesting changed ones. One bad file is reported and recorded; the batch goes on.
 *
 * Concurrency: p-queue bounds the documents in flight (so memory stays flat on large
 * batches) while a worker pool runs the CPU-bound stages; the main thread is the only
 * writer and commits several whole documents per transaction.
 */
import { recordCounts, wireOf } from './records-wire.ts';
import { DEFAULT_MAX_DOC_BYTES, formatBytes } from './size.ts';
import { readFileSync, statSync } from 'node:fs';
import PQueue from 'p-queue';
import { hashText } from '../text/seed-files.ts';
import { findFiles, fileTypeName, type FoundFiles } from './stages/read.ts';
import { ReadError } from './stages/read-error.ts';
import { Store } from './stages/store.ts';
import type { DB } from './db/database.ts';
import { dictionaryEntities, dictionarySnapshot, type ExtractionSetup } from './setup.ts';
import { toolVersion } from './version.ts';
import type { ProcessedDocument, StageTimings } from './process.ts';
import { InProcessProcessor, jobsInFlight, prestartWorkers, stopPrestartedWorkers, WorkerPool, type DocumentProcessor } from './workers.ts';
import { shouldDeferIndexes } from './db/deferred-indexes.ts';
import { BackgroundCheckpointer } from './db/checkpointer.ts';

export interface IngestOptions {
  /** Worker threads; 0 = run in this thread. */
  workers: number;
  /** Called after each document (progress bar). */
  onProgress?: (done: number, total: number, file: string) => void;
  /** Called for each failed file with a one-line reason (and the error itself when extraction failed: its stack for --debug). */
  onError?: (path: string, message: string, error?: Error) => void;
  /** Documents per write transaction. */
  batchSize?: number;
  /** Files larger than this (bytes) are not read: each is reported as failed with the limit. Default DEFAULT_MAX_DOC_BYTES. */
  maxDocBytes?: number;
  /** The files of `paths`, when the caller has listed them already (see startWorkersEarly). */
  found?: FoundFiles;
}

export interface IngestSummary {
  runId: number;
  found: number;
  read: number;
  skipped: number;
  failed: number;
  failures: { path: string; message: string }[];
  mentions: Record<string, number>;
  agreements: number;
  seconds: number;
  /**
   * Of `seconds`, the fixed cost: starting the worker threads (kuromoji, dictionaries, warm-up)
   * and stopping them. The main thread extracts meanwhile: see `startupBytes`.
   */
  startupSeconds: number;
  /** Of `bytes`, those of documents extracted before the worker threads were ready (by the main thread). */
  startupBytes: number;
  /** Worker threads that extracted (0: this thread did, as asked or because the batch was small; see SMALL_BATCH_BYTES). */
  workerThreads: number;
  bytes: number;
  stageMs: StageTimings;
  /** The extractors' time by extractor id, on-demand tokens included (ProcessedDocument.extractorMs), summed. */
  extractorMs: Record<string, number>;
  /**
   * Of `seconds`, building the indexes this run dropped while it wrote (db/deferred-indexes.ts:
   * a run that writes at least half as many documents as were stored); 0 when none was dropped.
   */
  indexSeconds: number;
}

/**
 * A batch whose files add up to less than this (with two worker threads) is extracted in this
 * thread: starting the workers (each loads its modules, the dictionaries and kuromoji: ~0.9 s
 * here) costs more than two threads save on it. Measured on 2 cores, whole `ingest` processes
 * of real-density articles, no workers against two (mean of 3 pairs, seconds): 250 KB 1.73 / 2.45
 * (English), 2.62 / 3.04 (Japanese); 500 KB 2.76 / 3.82, 2.79 / 3.46; 1 MB 4.98 / 5.02,
 * 4.29 / 4.21; 2 MB Japanese 7.06 / 6.23. With more workers they gain more, and the threshold
 * shrinks in proportion (2 / workers; not measured on more cores).
 */
export const SMALL_BATCH_BYTES = 1024 * 1024;

/** Whether `files` (sizes from the file system; unreadable ones count 0) are below the small-batch threshold for `workers`. */
export function isSmallBatch(files: readonly string[], workers: number): boolean {
  const limit = (SMALL_BATCH_BYTES * 2) / Math.max(2, workers);
  let bytes = 0;
  for (const f of files) {
    try {
      bytes += statSync(f).size;
    } catch {
      // reported when the file is read
    }
    if (bytes >= limit) return false;
  }
  return true;
}

/**
 * List the files of `paths` and, when `ingest` will extract them with worker threads (not a
 * small batch), start those threads now (prestartWorkers): they load their modules while this
 * thread loads the extraction (the command line's ingest: ~0.4 s from the start of the process
 * to the first worker otherwise, with the other core idle). Pass the listing on to `ingest`
 * (options.found).
 */
export function startWorkersEarly(paths: readonly string[], workers: number): FoundFiles {
  const found = findFiles(paths);
  if (workers > 0 && !isSmallBatch(found.files, workers)) prestartWorkers(workers);
  return found;
}

export async function ingest(db: DB, paths: readonly string[], setup: ExtractionSetup, options: IngestOptions): Promise<IngestSummary> {
  const t0 = performance.now();
  const store = new Store(db);
  const runId = store.startRun('ingest', toolVersion(), setup.state, setup.dictionaryHash);
  const stateId = store.stateId(setup.state);
  store.syncCompanies(dictionaryEntities(setup), setup.state);
  const snapshot = dictionarySnapshot(setup);
  if (snapshot) store.recordDictionaryVersion(snapshot.hash, runId, snapshot.aliases, snapshot.canonical);

  const summary: IngestSummary = {
    runId,
    found: 0,
    read: 0,
    skipped: 0,
    failed: 0,
    failures: [],
    mentions: { company: 0, date: 0, quantity: 0 },
    agreements: 0,
    seconds: 0,
    startupSeconds: 0,
    startupBytes: 0,
    workerThreads: 0,
    bytes: 0,
    stageMs: {},
    extractorMs: {},
    indexSeconds: 0,
  };
  // A large run writes without the indexes only readers need, and builds them at its end.
  const documentsBefore = store.documentCount();
  let indexesDropped = false;
  const fail = (path: string, stage: string, message: string, error?: Error) => {
    summary.failed++;
    summary.failures.push({ path, message });
    store.recordError(runId, path, stage, message);
    options.onError?.(path, message, error);
  };

  const { files, problems } = options.found ?? findFiles(paths);
  for (const p of problems) fail(p.path, 'read', p.reason);
  summary.found = files.length;
  const workers = options.workers > 0 && !isSmallBatch(files, options.workers) ? options.workers : 0;
  // a run large enough for worker threads leaves the WAL checkpoints to a thread of their own
  const checkpointer = workers > 0 ? BackgroundCheckpointer.start(db) : null;

  // The worker pool starts on the first file that needs extracting: a batch of unchanged files
  // is checked without loading kuromoji at all. Jobs are queued at once: this thread extracts
  // while the workers start (WorkerPool.helpLater).
  let processor: DocumentProcessor | null = null;
  let started = false;
  const getProcessor = (): DocumentProcessor => {
    if (processor) return processor;
    const t = performance.now();
    const p: DocumentProcessor = workers > 0 ? new WorkerPool(setup.seedsDir, workers, setup.seedFiles, undefined, setup.extractors) : new InProcessProcessor(setup.extractors);
    summary.workerThreads = workers;
    processor = p;
    p.ready().then(
      () => {
        started = true;
        summary.startupSeconds += (performance.now() - t) / 1000;
      },
      () => {}, // each queued document fails with the reason
    );
    return p;
  };
  // documents held at once: every worker's jobs ahead while a batch is written, and the helper's
  const inFlight = jobsInFlight(workers);
  const queue = new PQueue({ concurrency: inFlight });
  const batchSize = options.batchSize ?? 64;
  let batch: ProcessedDocument[] = [];
  const flush = () => {
    if (batch.length === 0) return;
    const docs = batch;
    batch = [];
    const ts = performance.now();
    // A document is counted when it is written; one whose content another process stored
    // meanwhile (checked under the write lock) is counted as skipped.
    const count = (p: ProcessedDocument, id: number | null) => {
      if (id === null) {
        summary.skipped++;
        return;
      }
      summary.read++;
      summary.bytes += Buffer.byteLength(p.doc.text);
      const n = recordCounts(p);
      for (const [kind, k] of Object.entries(n.mentions)) summary.mentions[kind] = (summary.mentions[kind] ?? 0) + k;
      summary.agreements += n.agreements;
    };
    let ids: (number | null)[] | null = null;
    try {
      // One transaction for the batch and no savepoint per document: if one document fails,
      // the whole batch rolls back and is written again one document at a time below.
      ids = store.immediate(() => docs.map((p) => store.writeDocumentInTransaction(runId, p.doc, wireOf(p) ?? p.records, stateId)));
    } catch {
      // A failing document must not take its batch with it: retry one by one.
      for (const p of docs) {
        try {
          count(p, store.writeDocument(runId, p.doc, wireOf(p) ?? p.records, stateId));
        } catch (e) {
          fail(p.doc.path, 'store', (e as Error).message);
        }
      }
    }
    if (ids) docs.forEach((p, i) => count(p, ids![i]!));
    if (!indexesDropped && shouldDeferIndexes(summary.read, documentsBefore)) {
      store.dropDeferredIndexes();
      indexesDropped = true;
    }
    summary.stageMs.store = (summary.stageMs.store ?? 0) + performance.now() - ts;
    checkpointer?.request();
  };

  let done = 0;
  const maxBytes = options.maxDocBytes ?? DEFAULT_MAX_DOC_BYTES;
  // Content hashes of the files of this batch that are being extracted: a second file with the
  // same content is skipped like one whose content is stored (the database cannot tell yet).
  const inBatch = new Map<string, string>();
  let completed = false;
  try {
    for (const file of files) {
      // Wait for room so that at most `inFlight` documents are held in memory.
      await queue.onSizeLessThan(inFlight);
      queue.add(async () => {
        try {
          let hash: string;
          let bytes: Buffer;
          try {
            // stat before reading: a FIFO or device would block or never end, a huge file would exhaust memory
            const st = statSync(file);
            if (!st.isFile()) throw new ReadError(file, `not a regular file (${fileTypeName(st)}); skipped`);
            if (st.size > maxBytes) {
              throw new ReadError(file, `too large: ${formatBytes(st.size)}, over the --max-doc-size limit of ${formatBytes(maxBytes)}; not read`);
            }
            bytes = readFileSync(file);
            hash = hashText(bytes);
          } catch (e) {
            if (e instanceof ReadError) throw e;
            const code = (e as NodeJS.ErrnoException).code;
            throw new ReadError(file, code === 'EACCES' ? 'permission denied (cannot read the file)' : `cannot read (${code ?? (e as Error).message})`);
          }
          const storedHere = store.documentByPath(file);
          if (storedHere?.content_hash === hash || (!storedHere && store.pathWithContent(hash)) || (inBatch.has(hash) && inBatch.get(hash) !== file)) {
            summary.skipped++;
            return;
          }
          inBatch.set(hash, file);
          const processed = await getProcessor().process({ kind: 'bytes', path: file, bytes, contentHash: hash });
          if (!started) summary.startupBytes += Buffer.byteLength(processed.doc.text);
          for (const [stage, ms] of Object.entries(processed.timings)) {
            const key = stage as keyof StageTimings;
            summary.stageMs[key] = (summary.stageMs[key] ?? 0) + (ms ?? 0);
          }
          for (const [id, ms] of Object.entries(processed.extractorMs)) summary.extractorMs[id] = (summary.extractorMs[id] ?? 0) + ms;
          batch.push(processed);
          if (batch.length >= batchSize) flush();
        } catch (e) {
          const err = e as Error;
          if (err instanceof ReadError) fail(err.path, 'read', err.reason);
          else fail(file, 'extract', err.message, err);
        } finally {
          done++;
          options.onProgress?.(done, files.length, file);
        }
      });
    }
    await queue.onIdle();
    flush();
    completed = true;
  } finally {
    const tClose = performance.now();
    await (processor as DocumentProcessor | null)?.close();
    await stopPrestartedWorkers(); // started for a batch that, in the end, needed none
    await checkpointer?.stop();
    summary.startupSeconds += (performance.now() - tClose) / 1000; // start-up and shut-down: the fixed cost
    if (indexesDropped) {
      // also when the run failed (then its own error is the one reported: the next write open
      // of the database builds the indexes, see openDatabase)
      const ti = performance.now();
      try {
        store.ensureDeferredIndexes();
      } catch (e) {
        if (completed) throw e;
      }
      summary.indexSeconds = (performance.now() - ti) / 1000;
    }
  }
  summary.seconds = (performance.now() - t0) / 1000;
  store.finishRun(runId, summary.failed > 0 ? 'done_with_errors' : 'done', summary.read, summary.skipped, summary.failed, {
    ...summary.mentions,
    agreement: summary.agreements,
  });
  return summary;
}
