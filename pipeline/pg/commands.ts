/**
 * The PostgreSQL branches of the command line (`--db postgres://…`), kept here so that
 * cli.ts only dispatches. Each opens a pool, applies the schema migrations, and closes.
 */
import type pg from 'pg';
import type { ExtractionSetup } from '../setup.ts';
import { formatReextract } from '../reextract/run.ts';
import { migratePg, openPool } from './connect.ts';
import { enqueueIngest } from './enqueue.ts';
import { runWorker, type WorkerSummary } from './worker.ts';
import { pgExportGold, pgExportJsonl } from './export.ts';
import { pgStats } from './stats.ts';
import { enqueueReextract, reextractReport, runFailures } from './reextract.ts';
import { failedJobs } from './queue.ts';

const say = (line: string) => process.stderr.write(line + '\n');

async function withPool<T>(url: string, max: number, f: (pool: pg.Pool) => Promise<T>): Promise<T> {
  const pool = openPool(url, max);
  try {
    await migratePg(pool);
    return await f(pool);
  } finally {
    await pool.end();
  }
}

/** Stop taking jobs on SIGINT / SIGTERM; the jobs in hand are finished and committed. */
function stopSignal(): AbortSignal {
  const controller = new AbortController();
  const stop = () => {
    if (controller.signal.aborted) process.exit(130);
    say('worker: stopping after the jobs in hand (again to quit at once)');
    controller.abort();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return controller.signal;
}

/**
 * ingest: with `queue`, store the texts and enqueue (workers extract); without, also work on
 * this run's jobs here (with `workers` threads) until they are done, like the SQLite ingest.
 * Returns the exit code.
 */
export async function pgIngest(url: string, paths: string[], setup: ExtractionSetup, opts: { queue: boolean; workers: number; quiet: boolean }): Promise<number> {
  return withPool(url, 4, async (pool) => {
    const q = await enqueueIngest(pool, url, paths, setup, (p, m) => say(`error: ${p}: ${m}`));
    let worked: WorkerSummary | null = null;
    if (!opts.queue && q.queued > 0) {
      worked = await runWorker(pool, url, setup, { concurrency: Math.max(1, opts.workers), untilEmpty: false, untilRunDone: q.runId, log: say });
    }
    const failedJobsOfRun = worked ? (await failedJobs(pool, 1000)).filter((f) => f.runId === q.runId) : [];
    if (!opts.quiet) {
      say(
        `ingest run #${q.runId}: ${q.found} files found; ${opts.queue ? 'queued' : 'read'} ${q.queued}, skipped ${q.skipped} (content already stored), failed ${q.failed + failedJobsOfRun.length}\n` +
          (opts.queue ? `  run \`ev-extract worker --db ${redact(url)}\` on any number of machines to extract them\n` : '') +
          `  ${(q.seconds + (worked?.seconds ?? 0)).toFixed(2)} s → ${redact(url)}`,
      );
      for (const f of q.failures) say(`  failed: ${f.path}: ${f.message}`);
      for (const f of failedJobsOfRun) say(`  failed: ${f.document ?? f.documentId}: ${f.reason}`);
    }
    return q.failed + failedJobsOfRun.length > 0 ? 1 : 0;
  });
}

export async function pgWorker(url: string, setup: ExtractionSetup, opts: { concurrency: number; untilEmpty: boolean; quiet: boolean }): Promise<number> {
  return withPool(url, Math.max(2, opts.concurrency * 4) + 1, async (pool) => {
    const s = await runWorker(pool, url, setup, { concurrency: opts.concurrency, untilEmpty: opts.untilEmpty, log: say, signal: stopSignal() });
    if (!opts.quiet) {
      const ms = Object.entries(s.ms).map(([k, v]) => `${k} ${(v / 1000).toFixed(1)}`).join(', ');
      say(`worker: ${s.completed} documents extracted, ${s.alreadyDone} already done, ${s.failed} jobs failed (${s.seconds.toFixed(2)} s; summed over jobs, s: ${ms})`);
    }
    return 0;
  });
}

export async function pgExport(url: string, format: string, out: string | undefined): Promise<void> {
  await withPool(url, 2, async (pool) => {
    if (format === 'gold') {
      const n = await pgExportGold(pool, out!);
      say(`exported ${n} documents to ${out}`);
    } else {
      await pgExportJsonl(pool, (line) => process.stdout.write(line));
    }
  });
}

export async function pgStatsCommand(url: string): Promise<void> {
  await withPool(url, 2, async (pool) => {
    process.stdout.write((await pgStats(pool)) + '\n');
  });
}

/** reextract: enqueue the affected documents; unless `queue`, also work on them here and report when drained. */
export async function pgReextract(url: string, setup: ExtractionSetup, opts: { all: boolean; workers: number; queue: boolean }): Promise<number> {
  return withPool(url, 4, async (pool) => {
    const t0 = performance.now();
    const queued = await enqueueReextract(pool, url, setup, opts.all);
    if (queued.runId !== null && queued.queued > 0) {
      if (opts.queue) {
        process.stdout.write(`reextract run #${queued.runId}: queued ${queued.queued} of ${queued.plan.total} documents, re-stamped ${queued.plan.restamp.length}; \`stats\` shows the queue\n`);
        return 0;
      }
      await runWorker(pool, url, setup, { concurrency: Math.max(1, opts.workers), untilEmpty: false, untilRunDone: queued.runId, log: say });
    }
    const report = await reextractReport(pool, queued, (performance.now() - t0) / 1000);
    process.stdout.write(formatReextract(report) + '\n');
    const failures = queued.runId === null ? [] : await runFailures(pool, queued.runId);
    for (const f of failures) process.stdout.write(`  failed: ${f}\n`);
    return failures.length > 0 ? 1 : 0;
  });
}

/** The URL without its password, for messages. */
function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}
