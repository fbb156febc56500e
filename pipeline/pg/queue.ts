/**
 * The document job queue: pg-boss (a maintained PostgreSQL-backed queue; jobs are taken
 * with SELECT … FOR UPDATE SKIP LOCKED, so any number of workers on any number of machines
 * take each job once). One job per document: {documentId, runId, stateId, mode}.
 *
 * A job whose worker dies (kill -9, lost connection) stays "active" until its expiry
 * (jobTimeoutSeconds in the config file, default 300) and is then retried by pg-boss's maintenance, which
 * every worker runs (queueMaintenanceSeconds, default 30; one at a time, by pg-boss's
 * own lock). A retried job writes the same records once: see worker.ts.
 *
 * Per-run progress and the failed jobs are read from pg-boss's own tables (pgboss.job and,
 * after archiving, pgboss.archive): its API counts per queue, not per run.
 */
import PgBoss from 'pg-boss';
import { z } from 'zod';
import { runtimeOptions } from '../options.ts';

export const QUEUE = 'ev-extract-documents';

export const JobData = z.object({
  documentId: z.number().int().positive(),
  runId: z.number().int().positive(),
  stateId: z.number().int().positive(),
  mode: z.enum(['ingest', 'reextract']),
  /** reextract: why the document is redone (for the report) */
  reasons: z.array(z.string()).optional(),
});
export type JobData = z.infer<typeof JobData>;

export interface QueueOptions {
  /** Run pg-boss maintenance (expire jobs of dead workers, archive) from this process. */
  supervise?: boolean;
}

export class DocumentQueue {
  readonly boss: PgBoss;

  private constructor(boss: PgBoss) {
    this.boss = boss;
  }

  static async open(url: string, options: QueueOptions = {}): Promise<DocumentQueue> {
    const boss = new PgBoss({
      connectionString: url,
      max: 2,
      application_name: 'ev-extract-queue',
      supervise: options.supervise ?? false,
      schedule: false,
      maintenanceIntervalSeconds: runtimeOptions().queueMaintenanceSeconds,
    });
    boss.on('error', (e: Error) => process.stderr.write(`queue: ${e.message}\n`));
    await boss.start();
    if (!(await boss.getQueue(QUEUE))) {
      await boss.createQueue(QUEUE, { name: QUEUE, retryLimit: 3, retryDelay: 1, expireInSeconds: runtimeOptions().jobTimeoutSeconds }).catch(async (e) => {
        // another process created it at the same moment
        if (!(await boss.getQueue(QUEUE))) throw e;
      });
    }
    return new DocumentQueue(boss);
  }

  async enqueue(jobs: readonly JobData[]): Promise<void> {
    const expireInSeconds = runtimeOptions().jobTimeoutSeconds;
    for (let i = 0; i < jobs.length; i += 1000) {
      await this.boss.insert(jobs.slice(i, i + 1000).map((data) => ({ name: QUEUE, data, expireInSeconds })));
    }
  }

  fetch(batchSize: number): Promise<PgBoss.Job<unknown>[]> {
    return this.boss.fetch<unknown>(QUEUE, { batchSize });
  }

  async complete(id: string, output: object): Promise<void> {
    await this.boss.complete(QUEUE, id, output);
  }

  async fail(id: string, message: string): Promise<void> {
    await this.boss.fail(QUEUE, id, { message });
  }

  /** Of these documents, those with a job waiting or running. */
  async documentsWithLiveJobs(documentIds: readonly number[]): Promise<Set<number>> {
    if (documentIds.length === 0) return new Set();
    const { rows } = await this.boss.getDb().executeSql(
      `SELECT DISTINCT data->>'documentId' AS id FROM pgboss.job WHERE name = $1 AND state < 'completed' AND data->>'documentId' = ANY($2::text[])`,
      [QUEUE, documentIds.map(String)],
    );
    return new Set(rows.map((r: { id: string }) => Number(r.id)));
  }

  /** Cancel the waiting jobs of documents that were replaced (their rows are gone). */
  async cancelWaitingJobsOf(documentIds: readonly number[]): Promise<void> {
    if (documentIds.length === 0) return;
    const { rows } = await this.boss.getDb().executeSql(
      `SELECT id FROM pgboss.job WHERE name = $1 AND state < 'active' AND data->>'documentId' = ANY($2::text[])`,
      [QUEUE, documentIds.map(String)],
    );
    if (rows.length > 0) await this.boss.cancel(QUEUE, rows.map((r: { id: string }) => r.id));
  }

  async close(): Promise<void> {
    await this.boss.stop({ graceful: false, wait: true, close: true });
  }
}

/** SQL over pg-boss's job tables (live and archived) for this queue. */
const ALL_JOBS = `(SELECT id, state::text AS state, data, output, retry_count, created_on FROM pgboss.job WHERE name = '${QUEUE}'
  UNION ALL SELECT id, state::text, data, output, retry_count, created_on FROM pgboss.archive WHERE name = '${QUEUE}')`;

export interface QueueCounts {
  waiting: number;
  active: number;
  completed: number;
  failed: number;
  retried: number;
}

type Db = { query: (sql: string, params?: unknown[]) => Promise<{ rows: any[] }> };

/** Job counts, for all runs or one. */
export async function queueCounts(db: Db, runId?: number): Promise<QueueCounts> {
  // compared as text: a malformed job's runId must not break the count
  const where = runId === undefined ? '' : `WHERE data->>'runId' = '${Number(runId)}'`;
  const { rows } = await db.query(
    `SELECT count(*) FILTER (WHERE state IN ('created', 'retry')) AS waiting, count(*) FILTER (WHERE state = 'active') AS active,
            count(*) FILTER (WHERE state = 'completed') AS completed, count(*) FILTER (WHERE state = 'failed') AS failed,
            count(*) FILTER (WHERE retry_count > 0) AS retried
     FROM ${ALL_JOBS} j ${where}`,
  );
  return rows[0] as QueueCounts;
}

export interface FailedJob {
  documentId: number | null;
  runId: number | null;
  document: string | null;
  reason: string;
  retries: number;
}

export async function failedJobs(db: Db, limit = 20): Promise<FailedJob[]> {
  const { rows } = await db.query(
    `SELECT (j.data->>'documentId') AS document_id, (j.data->>'runId') AS run_id, d.name AS document,
            coalesce(j.output->>'message', j.output->'value'->>'message', j.output::text) AS reason, j.retry_count AS retries
     FROM ${ALL_JOBS} j LEFT JOIN documents d ON d.id::text = j.data->>'documentId'
     WHERE j.state = 'failed' ORDER BY j.created_on DESC LIMIT $1`,
    [limit],
  );
  const num = (v: string | null) => (v !== null && /^\d+$/.test(v) ? Number(v) : null);
  return rows.map((r) => ({ documentId: num(r.document_id), runId: num(r.run_id), document: r.document, reason: String(r.reason), retries: r.retries }));
}

/** Runs whose jobs are all completed or failed, but which are still marked queued. */
export async function drainedQueuedRuns(db: Db): Promise<number[]> {
  const { rows } = await db.query(
    `SELECT r.id FROM runs r WHERE r.status = 'queued'
       AND NOT EXISTS (SELECT 1 FROM pgboss.job j WHERE j.name = '${QUEUE}' AND j.state < 'completed' AND j.data->>'runId' = r.id::text)`,
  );
  return rows.map((r) => r.id as number);
}
