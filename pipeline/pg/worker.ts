/**
 * `worker`: take document jobs from the PostgreSQL queue, run the stages, and write each
 * document's records in ONE transaction. Runs on any machine that reaches the database.
 *
 * Idempotent by document and extraction state: the transaction locks the document row and
 * does nothing when the document is already extracted by this job's run with this job's
 * extraction state (a job retried after its worker died once it had committed); otherwise it
 * replaces the document's records wholesale. So a retried job writes the same records once,
 * never twice.
 */
import os from 'node:os';
import type pg from 'pg';
import type PgBoss from 'pg-boss';
import PQueue from 'p-queue';
import type { ExtractionSetup } from '../setup.ts';
import { InProcessProcessor, WorkerPool, type DocumentProcessor } from '../workers.ts';
import { diffRecords, freshComparables } from '../reextract/diff.ts';
import { PgStore } from './store.ts';
import { DocumentQueue, JobData, QUEUE, drainedQueuedRuns, queueCounts } from './queue.ts';
import { storedRecords } from './stored-records.ts';
import { toReadDocument, type StoredDoc as ReextractDoc } from '../reextract/run.ts';

export interface WorkerOptions {
  /** Documents processed at once: 1 = in this thread, N > 1 = N worker threads. */
  concurrency: number;
  /** Exit once no job is waiting or running (for batch jobs). */
  untilEmpty: boolean;
  /** Exit once this run's jobs are all done (the enqueuing command helping with its own run). */
  untilRunDone?: number;
  log?: (line: string) => void;
  /** Stop taking jobs (SIGTERM): jobs in hand are finished. */
  signal?: AbortSignal;
}

export interface WorkerSummary {
  completed: number;
  alreadyDone: number;
  failed: number;
  seconds: number;
  /** Milliseconds summed over jobs: reading the document, extracting, the write transaction, and the queue's complete/fail. */
  ms: { read: number; extract: number; store: number; queue: number };
}

interface StoredDoc extends ReextractDoc {
  extracted_run: number | null;
  state_id: number | null;
}

class JobError extends Error {}

/** Which process did a job (in the job's output): host and process id. */
const WORKER_ID = `${os.hostname()}:${process.pid}`;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A statement that is its own transaction, run again if PostgreSQL chose it as a deadlock victim. */
async function retryOnDeadlock<T>(f: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await f();
    } catch (e) {
      if ((e as { code?: string }).code !== '40P01' || attempt >= 3) throw e;
    }
  }
}

export async function runWorker(pool: pg.Pool, url: string, setup: ExtractionSetup, options: WorkerOptions): Promise<WorkerSummary> {
  const t0 = performance.now();
  const store = new PgStore(pool);
  const stateId = await store.stateId(setup.state);
  const queue = await DocumentQueue.open(url, { supervise: true });
  const processor: DocumentProcessor =
    options.concurrency > 1 ? new WorkerPool(setup.seedsDir, options.concurrency, setup.seedFiles) : new InProcessProcessor(setup.extractors);
  const summary: WorkerSummary = { completed: 0, alreadyDone: 0, failed: 0, seconds: 0, ms: { read: 0, extract: 0, store: 0, queue: 0 } };
  const lap = (key: keyof WorkerSummary['ms'], since: number) => {
    const t = performance.now();
    summary.ms[key] += t - since;
    return t;
  };
  const log = options.log ?? (() => {});

  const handle = async (job: PgBoss.Job<unknown>): Promise<void> => {
    let t = performance.now();
    try {
      const parsed = JobData.safeParse(job.data);
      if (!parsed.success) throw new JobError(`invalid job data: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'data'}: ${i.message}`).join('; ')}`);
      const data = parsed.data;
      if (data.stateId !== stateId) {
        throw new JobError(
          `this worker's extractors or seed files differ from those of run #${data.runId} (extraction state ${stateId} here, ${data.stateId} in the job): run the worker from the same version and seeds`,
        );
      }
      const doc = (
        await pool.query<StoredDoc>(
          `SELECT d.id, d.path, d.name, d.format, d.encoding, d.content_hash, d.text, d.document_date, d.document_date_source, d.extracted_run, ds.state_id
           FROM documents d LEFT JOIN document_states ds ON ds.document_id = d.id WHERE d.id = $1`,
          [data.documentId],
        )
      ).rows[0];
      if (!doc) throw new JobError(`document ${data.documentId} is no longer stored (removed or re-ingested since it was queued)`);
      if (doc.extracted_run === data.runId && doc.state_id === stateId) {
        // a retried job whose first attempt committed: nothing to extract (checked again under the lock below)
        await queue.complete(job.id, { alreadyDone: true, changes: 0, worker: WORKER_ID });
        summary.alreadyDone++;
        return;
      }
      const read = toReadDocument(doc);
      t = lap('read', t);
      const processed = await processor.process({ kind: 'read', read });
      t = lap('extract', t);
      const stamp = { stateId, signature: processed.doc.aliasSignature, skipIfDone: true };
      const outcome =
        data.mode === 'ingest'
          ? // one statement: lock, check, write (its own transaction)
            { alreadyDone: !(await retryOnDeadlock(() => store.storeRecords(doc.id, data.runId, processed.records, stamp))), changes: 0 }
          : await store.transaction(async (tx) => {
              const row = (
                await (tx.db as pg.PoolClient).query<{ extracted_run: number | null; state_id: number | null }>(
                  'SELECT d.extracted_run, ds.state_id FROM documents d LEFT JOIN document_states ds ON ds.document_id = d.id WHERE d.id = $1 FOR UPDATE OF d',
                  [doc.id],
                )
              ).rows[0];
              if (!row) throw new JobError(`document ${doc.id} was removed while it was being extracted`);
              if (row.extracted_run === data.runId && row.state_id === stateId) return { alreadyDone: true, changes: 0 };
              const changes = diffRecords(freshComparables(await storedRecords(tx.db, doc.id)), freshComparables(processed.records));
              await tx.storeRecords(doc.id, data.runId, processed.records, { ...stamp, skipIfDone: false });
              for (const c of changes) await tx.recordChange(data.runId, doc.id, doc.name, c.category, c.change, c.key, c.surface, c.before, c.after);
              return { alreadyDone: false, changes: changes.length };
            });
      t = lap('store', t);
      await queue.complete(job.id, { ...outcome, worker: WORKER_ID });
      lap('queue', t);
      if (outcome.alreadyDone) summary.alreadyDone++;
      else summary.completed++;
    } catch (e) {
      summary.failed++;
      // our own reasons and the database's are plain sentences; anything else keeps its error name
      const message = e instanceof JobError || (e as { code?: string }).code === 'P0002' ? (e as Error).message : `${(e as Error).name}: ${(e as Error).message}`;
      log(`job ${job.id} failed: ${message}`);
      await queue.fail(job.id, message).catch(() => {});
    }
  };

  const drained = async (): Promise<boolean> => {
    if (options.untilRunDone !== undefined) {
      const c = await queueCounts(pool, options.untilRunDone);
      return Number(c.waiting) + Number(c.active) === 0;
    }
    return (await queue.boss.getQueueSize(QUEUE, { before: 'completed' })) === 0;
  };

  const held = Math.max(2, processor.size * 4);
  const work = new PQueue({ concurrency: held });
  try {
    await processor.ready();
    while (!options.signal?.aborted) {
      if (work.size + work.pending >= held) {
        await new Promise((resolve) => work.once('next', resolve));
        continue;
      }
      const jobs = await queue.fetch(held - work.size - work.pending);
      if (jobs.length === 0) {
        if (work.pending > 0) {
          await Promise.race([work.onIdle(), sleep(200)]);
          continue;
        }
        if ((options.untilEmpty || options.untilRunDone !== undefined) && (await drained())) break;
        await sleep(500);
        continue;
      }
      for (const job of jobs) void work.add(() => handle(job));
    }
    await work.onIdle();
    await finishDrainedRuns(pool);
  } finally {
    await processor.close();
    await queue.close();
  }
  summary.seconds = (performance.now() - t0) / 1000;
  return summary;
}

/** Mark runs whose jobs have all finished as done, with their counts (once: guarded by status). */
export async function finishDrainedRuns(pool: pg.Pool): Promise<void> {
  for (const id of await drainedQueuedRuns(pool)) {
    const jobs = await queueCounts(pool, id);
    const run = (await pool.query<{ command: string }>('SELECT command FROM runs WHERE id = $1', [id])).rows[0]!;
    const counts: Record<string, number> = {};
    if (run.command === 'ingest') {
      for (const r of (await pool.query<{ kind: string; n: number }>('SELECT kind, count(*) AS n FROM mentions WHERE run_id = $1 GROUP BY kind', [id])).rows) counts[r.kind] = r.n;
      counts.agreement = (await pool.query<{ n: number }>('SELECT count(*) AS n FROM agreements WHERE run_id = $1', [id])).rows[0]!.n;
    } else {
      for (const r of (await pool.query<{ category: string; n: number }>("SELECT category, count(*) AS n FROM changes WHERE run_id = $1 AND category <> 'document' GROUP BY category", [id])).rows) {
        counts[r.category] = r.n;
      }
    }
    const failed = Number(jobs.failed);
    await pool.query(
      `UPDATE runs SET finished_at = $1, status = $2, documents_read = $3, documents_failed = documents_failed + $4, counts = $5 WHERE id = $6 AND status = 'queued'`,
      [new Date().toISOString(), failed > 0 ? 'done_with_errors' : 'done', Number(jobs.completed), failed, JSON.stringify(counts), id],
    );
  }
}
