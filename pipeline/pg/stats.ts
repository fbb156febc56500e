/**
 * `stats --db postgres://…`: the SQLite stats (counts per kind, span check, top companies,
 * runs, errors) plus the job queue: depth, running, done, retried, and failed jobs with reasons.
 */
import type pg from 'pg';
import { failedJobs, queueCounts } from './queue.ts';
import { finishDrainedRuns } from './worker.ts';

export async function pgStats(pool: pg.Pool): Promise<string> {
  const q = async <T extends pg.QueryResultRow>(sql: string, params: unknown[] = []) => (await pool.query<T>(sql, params)).rows;
  const hasQueue = (await q<{ t: string | null }>("SELECT to_regclass('pgboss.job')::text AS t"))[0]!.t !== null;
  if (hasQueue) await finishDrainedRuns(pool);
  const lines: string[] = [];
  const docs = (await q<{ n: number; chars: number | null; waiting: number }>('SELECT count(*) AS n, sum(char_count)::bigint AS chars, count(*) FILTER (WHERE extracted_run IS NULL) AS waiting FROM documents'))[0]!;
  lines.push(`documents: ${docs.n} (${docs.chars ?? 0} characters)${docs.waiting > 0 ? `, ${docs.waiting} not extracted yet` : ''}`);
  const kinds = await q<{ kind: string; n: number }>('SELECT kind, count(*) AS n FROM mentions GROUP BY kind ORDER BY kind');
  lines.push(`mentions: ${kinds.map((k) => `${k.kind} ${k.n}`).join(', ') || 'none'}`);
  lines.push(`agreements: ${(await q<{ n: number }>('SELECT count(*) AS n FROM agreements'))[0]!.n}`);
  const mismatches = (await q<{ n: number }>('SELECT count(*) AS n FROM v_span_mismatches'))[0]!.n;
  lines.push(`span check (v_span_mismatches): ${mismatches === 0 ? 'every span equals its surface text' : `${mismatches} MISMATCHES`}`);
  if (hasQueue) {
    const c = await queueCounts(pool);
    lines.push('', `queue: ${c.waiting} waiting, ${c.active} running, ${c.completed} done, ${c.failed} failed (${c.retried} retried at least once)`);
    const failed = await failedJobs(pool);
    if (failed.length > 0) lines.push(`failed jobs (latest ${failed.length}):`);
    for (const f of failed) lines.push(`  run #${f.runId ?? '?'} ${f.document ?? `document ${f.documentId ?? '?'}`}: ${f.reason} (after ${f.retries} retries)`);
  }
  lines.push('', 'top companies (mentions, documents):');
  const top = await q<{ canonical: string; discovered: number; n: number; docs: number }>(
    `SELECT c.canonical, c.discovered, count(*) AS n, count(DISTINCT m.document_id) AS docs
     FROM mentions m JOIN companies c ON c.id = m.company_id GROUP BY c.id ORDER BY n DESC, c.canonical COLLATE "C" LIMIT 15`,
  );
  for (const t of top) lines.push(`  ${t.canonical}${t.discovered ? ' (discovered)' : ''}: ${t.n}, ${t.docs}`);
  lines.push('', 'recent runs:');
  const runs = await q<{ id: number; command: string; status: string; started_at: string; documents_read: number; documents_skipped: number; documents_failed: number; counts: string }>(
    'SELECT id, command, status, started_at, documents_read, documents_skipped, documents_failed, counts FROM runs ORDER BY id DESC LIMIT 5',
  );
  for (const r of runs) {
    lines.push(`  #${r.id} ${r.command} ${r.status} ${r.started_at}: read ${r.documents_read}, skipped ${r.documents_skipped}, failed ${r.documents_failed} ${r.counts}`);
  }
  const errors = await q<{ path: string; stage: string; message: string; run_id: number }>('SELECT path, stage, message, run_id FROM errors ORDER BY id DESC LIMIT 10');
  lines.push('', `errors (latest ${errors.length}):`);
  for (const e of errors) lines.push(`  run #${e.run_id} [${e.stage}] ${e.path}: ${e.message}`);
  return lines.join('\n');
}
