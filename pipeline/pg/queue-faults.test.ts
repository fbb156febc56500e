/**
 * Faults through the PostgreSQL queue:
 *  - a worker killed with SIGKILL in the middle of a 2,000-document queue: the other workers
 *    complete the queue (the dead worker's jobs expire and are retried), no document is
 *    missing, none has duplicate records, every span equals its text;
 *  - bad input: unreadable files are named at ingest and not queued; a malformed job and a
 *    job whose document is gone end as failed jobs with their reasons; the rest complete.
 * Needs a PostgreSQL server (EV_TEST_PG_URL); skips, saying why, without one.
 */
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentQueue, queueCounts } from './queue.ts';
import { ROOT, cli, exited, freshDatabase, runCli, testServer } from './test-support.ts';

const server = await testServer();
if (!server.url) console.warn(`skipping the PostgreSQL fault tests: ${server.why}`);

/** Jobs of a dead worker expire after 4 s; every worker runs the queue's maintenance each second (a config file). */
const FAST_EXPIRY_CONFIG = path.join(mkdtempSync(path.join(os.tmpdir(), 'ev-pg-config-')), 'ev-extract.config.json');
writeFileSync(FAST_EXPIRY_CONFIG, JSON.stringify({ jobTimeoutSeconds: 4, queueMaintenanceSeconds: 1 }));
const FAST_EXPIRY = ['--config', FAST_EXPIRY_CONFIG];

const COMPANIES = ['Toyota', 'Panasonic', 'CATL', 'LG Energy Solution', 'Honda', 'Nissan', 'BYD', 'Samsung SDI'];
const JA = ['トヨタ自動車', 'パナソニック', '日産自動車', 'ホンダ'];

/** A small distinct article: n picks the companies, the figures and the language. */
function article(n: number): string {
  const a = COMPANIES[n % COMPANIES.length]!;
  const b = COMPANIES[(n * 3 + 1) % COMPANIES.length]!;
  if (n % 2 === 0) {
    return `${a} and ${b} signed a battery supply agreement on March ${(n % 28) + 1}, 2024.\nThe new plant will produce ${n + 10} GWh a year and cost $${(n % 90) + 5} million.\n`;
  }
  const j = JA[n % JA.length]!;
  return `${j}は2024年${(n % 12) + 1}月${(n % 27) + 1}日、${b}と電池の共同開発で合意したと発表した。\n生産能力は年${n + 10}GWhで、投資額は${(n % 900) + 100}億円。\n`;
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<T>(sql)).rows;
  } finally {
    await c.end();
  }
}

const DUPLICATE_MENTIONS = `SELECT count(*)::int AS n FROM (SELECT document_id, kind, start, "end" FROM mentions GROUP BY 1, 2, 3, 4 HAVING count(*) > 1) x`;
const DUPLICATE_AGREEMENTS = `SELECT count(*)::int AS n FROM (
  SELECT a.document_id, a.type,
    (SELECT string_agg(start || '-' || "end", ',' ORDER BY position) FROM agreement_evidence e WHERE e.agreement_id = a.id) AS evidence,
    (SELECT string_agg(name, ',' ORDER BY position) FROM agreement_parties p WHERE p.agreement_id = a.id) AS parties
  FROM agreements a GROUP BY 1, 2, 3, 4 HAVING count(*) > 1) x`;

describe.skipIf(!server.url)('PostgreSQL queue faults', () => {
  const dbs: { drop: () => Promise<void> }[] = [];
  const fresh = async (prefix: string) => {
    const d = await freshDatabase(server.url!, prefix);
    dbs.push(d);
    return d.url;
  };
  afterAll(async () => {
    for (const d of dbs) await d.drop();
  });

  let corpus: string;
  beforeAll(() => {
    corpus = mkdtempSync(path.join(os.tmpdir(), 'pg-kill-'));
    for (let i = 0; i < 2000; i++) {
      const dir = path.join(corpus, String(Math.floor(i / 500)));
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, `doc-${String(i).padStart(4, '0')}.txt`), article(i));
    }
  });

  it('kill -9 of a worker mid-queue: the others complete it; nothing missing, nothing twice, spans intact', async () => {
    const url = await fresh('ev_kill');
    const queued = await runCli([...FAST_EXPIRY, 'ingest', corpus, '--db', url, '--queue', '--quiet']);
    expect(queued.code, queued.stderr).toBe(0);
    const workers = [0, 1, 2].map(() => cli([...FAST_EXPIRY, 'worker', '--db', url, '--until-empty', '--quiet']));
    const t0 = Date.now();
    // kill the first worker once a fifth of the documents are stored and it is busy taking jobs
    // (it has completed some: each job's output names the process that did it)
    const victim = workers[0]!.pid!;
    for (;;) {
      const [row] = await query<{ n: number; mine: number }>(
        url,
        `SELECT (SELECT count(*)::int FROM documents WHERE extracted_run IS NOT NULL) AS n,
                (SELECT count(*)::int FROM pgboss.job WHERE state = 'completed' AND output->>'worker' LIKE '%:${victim}') AS mine`,
      );
      if (row!.n >= 400 && row!.mine >= 20) break;
      expect(Date.now() - t0, 'workers extract 400 documents').toBeLessThan(90_000);
      await new Promise((r) => setTimeout(r, 200));
    }
    workers[0]!.kill('SIGKILL');
    const codes = await Promise.all(workers.slice(1).map(exited));
    expect(codes).toEqual([0, 0]);

    const [docs] = await query<{ n: number; extracted: number; stamped: number }>(
      url,
      'SELECT count(*)::int AS n, count(extracted_run)::int AS extracted, (SELECT count(*)::int FROM document_states) AS stamped FROM documents',
    );
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    const jobs = await queueCounts(c);
    await c.end();
    const [dupMentions] = await query<{ n: number }>(url, DUPLICATE_MENTIONS);
    const [dupAgreements] = await query<{ n: number }>(url, DUPLICATE_AGREEMENTS);
    const [mismatches] = await query<{ n: number }>(url, 'SELECT count(*)::int AS n FROM v_span_mismatches');
    const [already] = await query<{ n: number }>(url, "SELECT count(*)::int AS n FROM pgboss.job WHERE state = 'completed' AND (output->>'alreadyDone')::boolean");
    const [records] = await query<{ mentions: number; agreements: number }>(url, 'SELECT (SELECT count(*)::int FROM mentions) AS mentions, (SELECT count(*)::int FROM agreements) AS agreements');
    console.log(
      `kill test: ${docs!.n} documents, ${docs!.extracted} extracted; jobs ${jobs.completed} completed, ${jobs.failed} failed, ${jobs.retried} retried (${already!.n} found their document already written); ` +
        `duplicates: ${dupMentions!.n} mentions, ${dupAgreements!.n} agreements; ${records!.mentions} mentions, ${records!.agreements} agreements; ${(Date.now() - t0) / 1000} s`,
    );
    expect(docs).toEqual({ n: 2000, extracted: 2000, stamped: 2000 });
    expect(Number(jobs.completed)).toBe(2000);
    expect(Number(jobs.failed)).toBe(0);
    expect(Number(jobs.retried), 'the killed worker held jobs that were retried').toBeGreaterThan(0);
    expect(records!.mentions).toBeGreaterThan(2000);
    expect(records!.agreements).toBeGreaterThan(0);
    expect(dupMentions!.n).toBe(0);
    expect(dupAgreements!.n).toBe(0);
    expect(mismatches!.n).toBe(0);
  }, 180_000);

  it('bad input: unreadable files named at ingest, bad jobs fail with their reasons, the rest complete', async () => {
    const url = await fresh('ev_bad');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'pg-bad-'));
    cpSync(path.join(ROOT, 'test/fixtures/bad'), dir, { recursive: true });
    for (let i = 0; i < 3; i++) writeFileSync(path.join(dir, `good-${i}.txt`), article(i));
    const queued = await runCli(['ingest', dir, '--db', url, '--queue']);
    expect(queued.code).toBe(1);
    expect(queued.stderr).toMatch(/queued 3, skipped 0 \(content already stored\), failed [1-9]/);
    expect(queued.stderr).toMatch(/failed: .*binary\.txt: binary file/);

    const [state] = await query<{ run: number; state: number }>(url, "SELECT (SELECT max(id)::int FROM runs) AS run, (SELECT max(id)::int FROM extraction_states) AS state");
    const queue = await DocumentQueue.open(url);
    await queue.enqueue([{ documentId: 999_999, runId: state!.run, stateId: state!.state, mode: 'ingest' }]);
    await queue.boss.send('ev-extract-documents', { documentId: 'not a number', runId: 'x' });
    await queue.close();

    const worker = await runCli(['worker', '--db', url, '--until-empty']);
    expect(worker.code, worker.stderr).toBe(0);
    expect(worker.stderr).toMatch(/worker: 3 documents extracted, 0 already done, [1-9]\d* jobs failed/);
    const stats = await runCli(['stats', '--db', url]);
    expect(stats.stdout).toMatch(/queue: 0 waiting, 0 running, 3 done, 2 failed/);
    expect(stats.stdout).toMatch(/failed jobs \(latest 2\):/);
    expect(stats.stdout).toMatch(/document 999999: document 999999 is no longer stored/);
    expect(stats.stdout).toMatch(/invalid job data: documentId: .*expected number/i);
    expect(stats.stdout).toMatch(/#\d+ ingest done_with_errors .*read 3/);
    const [docs] = await query<{ extracted: number }>(url, 'SELECT count(extracted_run)::int AS extracted FROM documents');
    expect(docs!.extracted).toBe(3);
  }, 120_000);

  it('a job run again after its document was committed writes nothing twice (idempotent by document and state)', async () => {
    const url = await fresh('ev_again');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'pg-again-'));
    for (let i = 0; i < 2; i++) writeFileSync(path.join(dir, `doc-${i}.txt`), article(i + 7));
    expect((await runCli(['ingest', dir, '--db', url, '--queue', '--quiet'])).code).toBe(0);
    const jobs = await query<{ data: object }>(url, "SELECT data FROM pgboss.job WHERE name = 'ev-extract-documents'");
    expect(jobs).toHaveLength(2);
    const first = await runCli(['worker', '--db', url, '--until-empty']);
    expect(first.stderr).toMatch(/worker: 2 documents extracted, 0 already done, 0 jobs failed/);
    const [before] = await query<{ m: number; a: number }>(url, 'SELECT (SELECT count(*)::int FROM mentions) AS m, (SELECT count(*)::int FROM agreements) AS a');
    // the same jobs again, as pg-boss retries a job whose worker died after its commit
    const queue = await DocumentQueue.open(url);
    await queue.enqueue(jobs.map((j) => j.data as never));
    await queue.close();
    const second = await runCli(['worker', '--db', url, '--until-empty']);
    expect(second.stderr).toMatch(/worker: 0 documents extracted, 2 already done, 0 jobs failed/);
    const [after] = await query<{ m: number; a: number }>(url, 'SELECT (SELECT count(*)::int FROM mentions) AS m, (SELECT count(*)::int FROM agreements) AS a');
    expect(before!.m).toBeGreaterThan(0);
    expect(after).toEqual(before);
  }, 120_000);

  it('ingest again: files waiting in the queue are not queued twice; a changed file replaces its row and its waiting job', async () => {
    const url = await fresh('ev_reingest');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'pg-reingest-'));
    for (let i = 0; i < 3; i++) writeFileSync(path.join(dir, `doc-${i}.txt`), article(i + 20));
    expect((await runCli(['ingest', dir, '--db', url, '--queue'])).stderr).toMatch(/queued 3, skipped 0/);
    expect((await runCli(['ingest', dir, '--db', url, '--queue'])).stderr).toMatch(/queued 0, skipped 3/);
    writeFileSync(path.join(dir, 'doc-1.txt'), article(21) + 'The plant opened on May 1, 2025.\n');
    expect((await runCli(['ingest', dir, '--db', url, '--queue'])).stderr).toMatch(/queued 1, skipped 2/);
    const states = await query<{ state: string; n: number }>(url, "SELECT state::text, count(*)::int AS n FROM pgboss.job GROUP BY 1 ORDER BY 1");
    expect(states).toEqual([
      { state: 'cancelled', n: 1 },
      { state: 'created', n: 3 },
    ]);
    const worker = await runCli(['worker', '--db', url, '--until-empty']);
    expect(worker.stderr).toMatch(/worker: 3 documents extracted, 0 already done, 0 jobs failed/);
    const [changes] = await query<{ added: number; changed: number }>(
      url,
      "SELECT count(*) FILTER (WHERE change = 'added')::int AS added, count(*) FILTER (WHERE change = 'changed')::int AS changed FROM changes WHERE category = 'document'",
    );
    expect(changes).toEqual({ added: 3, changed: 1 });
    const dates = await query<{ surface: string }>(url, "SELECT m.surface FROM mentions m JOIN documents d ON d.id = m.document_id WHERE d.name = 'doc-1.txt' AND m.kind = 'date'");
    expect(dates.map((d) => d.surface)).toContain('May 1, 2025');
  }, 120_000);
});
