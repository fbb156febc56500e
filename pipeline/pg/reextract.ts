/**
 * `reextract --db postgres://…`: the same planning as the SQLite reextract
 * (reextract/plan.ts), then one job per affected document on the queue; unaffected documents
 * are re-stamped at once. The report (formatReextract) is built from the `changes` the
 * workers wrote, once the run's jobs have drained.
 *
 * planReextract reads a better-sqlite3 database; it is given an in-memory SQLite copy of just
 * what it reads (extraction states, document states, signatures, texts, dictionary versions,
 * which companies each document mentions), streamed from PostgreSQL in pages.
 * Unlike the SQLite reextract, the run is not one transaction: each document is its own.
 */
import Database from 'better-sqlite3';
import type pg from 'pg';
import { migrate, type DB } from '../db/database.ts';
import { dictionarySnapshot, type ExtractionSetup } from '../setup.ts';
import { planReextract, type ReextractPlan } from '../reextract/plan.ts';
import type { ReextractSummary } from '../reextract/run.ts';
import { PgStore } from './store.ts';
import { DocumentQueue, failedJobs, type JobData } from './queue.ts';
import { startQueuedRun } from './enqueue.ts';

const PAGE = 2000;

/** Copy what planReextract reads into an in-memory SQLite database. */
export async function planningMirror(pool: pg.Pool): Promise<DB> {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = OFF');
  migrate(db);
  const copy = async (select: string, insert: string, row: (r: any) => unknown[]) => {
    const stmt = db.prepare(insert);
    let after = 0;
    for (;;) {
      const rows = (await pool.query(select, [after, PAGE])).rows;
      db.transaction(() => {
        for (const r of rows) stmt.run(...row(r));
      })();
      if (rows.length < PAGE) return;
      after = rows[rows.length - 1].id;
    }
  };
  await copy('SELECT id, state FROM extraction_states WHERE id > $1 ORDER BY id LIMIT $2', 'INSERT INTO extraction_states (id, state) VALUES (?, ?)', (r) => [r.id, r.state]);
  await copy(
    "SELECT id, text FROM documents WHERE id > $1 AND extracted_run IS NOT NULL ORDER BY id LIMIT $2",
    "INSERT INTO documents (id, path, name, format, content_hash, encoding, language_mix, text, char_count, ingested_run, extracted_run) VALUES (?, ?, '', 'txt', '', '', '{}', ?, 0, 0, 0)",
    (r) => [r.id, String(r.id), r.text],
  );
  await copy(
    'SELECT ds.document_id AS id, ds.state_id FROM document_states ds JOIN documents d ON d.id = ds.document_id WHERE ds.document_id > $1 AND d.extracted_run IS NOT NULL ORDER BY ds.document_id LIMIT $2',
    'INSERT INTO document_states (document_id, state_id) VALUES (?, ?)',
    (r) => [r.id, r.state_id],
  );
  await copy('SELECT document_id AS id, signature FROM alias_signatures WHERE document_id > $1 ORDER BY document_id LIMIT $2', 'INSERT INTO alias_signatures (document_id, signature) VALUES (?, ?)', (r) => [
    r.id,
    r.signature,
  ]);
  for (const r of (await pool.query('SELECT hash, aliases, canonical FROM dictionary_versions')).rows) {
    db.prepare('INSERT INTO dictionary_versions (hash, aliases, canonical) VALUES (?, ?, ?)').run(r.hash, r.aliases, r.canonical);
  }
  await copy(
    'SELECT DISTINCT document_id AS id, company_id FROM mentions WHERE document_id > $1 AND company_id IS NOT NULL ORDER BY document_id LIMIT $2',
    "INSERT INTO mentions (document_id, kind, start, end, surface, value, company_id, extractor, extractor_version, rule, run_id) VALUES (?, 'company', 0, 1, '', '{}', ?, '', '', '', 0)",
    (r) => [r.id, r.company_id],
  );
  return db;
}

export interface QueuedReextract {
  runId: number | null;
  plan: ReextractPlan;
  queued: number;
}

export async function enqueueReextract(pool: pg.Pool, url: string, setup: ExtractionSetup, all: boolean): Promise<QueuedReextract> {
  const mirror = await planningMirror(pool);
  let plan: ReextractPlan;
  try {
    plan = planReextract(mirror, setup, dictionarySnapshot(setup), all);
  } finally {
    mirror.close();
  }
  if (plan.redo.size === 0 && plan.restamp.length === 0) return { runId: null, plan, queued: 0 };
  const store = new PgStore(pool);
  const { runId, stateId } = await startQueuedRun(store, 'reextract', setup);
  await pool.query(
    'INSERT INTO document_states (document_id, state_id) SELECT id, $2 FROM unnest($1::bigint[]) AS t(id) ON CONFLICT (document_id) DO UPDATE SET state_id = excluded.state_id',
    [plan.restamp, stateId],
  );
  const jobs: JobData[] = [...plan.redo].map(([documentId, reasons]) => ({ documentId, runId, stateId, mode: 'reextract', reasons }));
  const queue = await DocumentQueue.open(url);
  try {
    await queue.enqueue(jobs);
  } finally {
    await queue.close();
  }
  if (jobs.length > 0) await pool.query("UPDATE runs SET status = 'queued' WHERE id = $1", [runId]);
  else await store.finishRun(runId, 'done', 0, plan.total, 0, {});
  return { runId, plan, queued: jobs.length };
}

/** The change report of a reextract run from what its workers wrote (for formatReextract). */
export async function reextractReport(pool: pg.Pool, queued: QueuedReextract, seconds: number): Promise<ReextractSummary> {
  const summary: ReextractSummary = {
    runId: queued.runId,
    status: queued.runId === null ? 'nothing_to_do' : 'done',
    documents: queued.plan.total,
    redone: 0,
    restamped: queued.plan.restamp.length,
    totals: {
      company: { added: 0, removed: 0, changed: 0 },
      date: { added: 0, removed: 0, changed: 0 },
      quantity: { added: 0, removed: 0, changed: 0 },
      agreement: { added: 0, removed: 0, changed: 0 },
    },
    perDocument: [],
    seconds,
  };
  if (queued.runId === null) return summary;
  const runId = queued.runId;
  summary.redone = (await pool.query<{ n: number }>('SELECT count(*) AS n FROM documents WHERE extracted_run = $1', [runId])).rows[0]!.n;
  const rows = (
    await pool.query<{ document_id: number; document: string; category: keyof ReextractSummary['totals']; change: 'added' | 'removed' | 'changed'; n: number }>(
      "SELECT document_id, document, category, change, count(*) AS n FROM changes WHERE run_id = $1 AND category <> 'document' GROUP BY document_id, document, category, change",
      [runId],
    )
  ).rows;
  const perDoc = new Map<number, ReextractSummary['perDocument'][number]>();
  for (const id of queued.plan.redo.keys()) perDoc.set(id, { document: '', reasons: queued.plan.redo.get(id)!, counts: { added: 0, removed: 0, changed: 0 } });
  for (const r of rows) {
    summary.totals[r.category][r.change] += r.n;
    const d = perDoc.get(r.document_id);
    if (d) {
      d.document = r.document;
      d.counts[r.change] += r.n;
    }
  }
  summary.perDocument = [...perDoc.values()].filter((d) => d.document !== '').sort((a, b) => a.document.localeCompare(b.document));
  return summary;
}

/** Failed jobs of one run, for the report. */
export async function runFailures(pool: pg.Pool, runId: number): Promise<string[]> {
  return (await failedJobs(pool, 1000)).filter((f) => f.runId === runId).map((f) => `${f.document ?? `document ${f.documentId}`}: ${f.reason}`);
}
