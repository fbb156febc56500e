/**
 * Documents/s with 1, 2 and 4 worker processes on PostgreSQL, against the SQLite ingest with
 * 1, 2 and 4 worker threads (its way of using cores: one process, one writer), on the
 * benchmark corpus generator (pipeline/bench/corpus.ts).
 *
 *   npx tsx pipeline/pg/bench-scale.ts postgres://user@host/postgres [--docs-mb 3]
 *
 * The server URL must allow CREATE DATABASE; each PostgreSQL run gets a fresh database.
 * Printed per run: the rate over the whole run (process start-up included), the steady
 * rate (from the first stored document to the last), and the CPU seconds spent per 100
 * documents (the worker processes + the PostgreSQL server's processes, read from /proc; the
 * server must run on this machine for its share): on a machine shared with other work, the
 * CPU cost is steadier than the rates.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { ensureCorpus } from '../bench/corpus.ts';
import { openDatabase } from '../db/database.ts';
import { ingest } from '../ingest.ts';
import { loadExtraction } from '../setup.ts';
import { defaultSeedsDir } from '../../text/seed-files.ts';
import { freshDatabase, ROOT } from './test-support.ts';

const server = process.argv[2];
if (!server) throw new Error('usage: bench-scale.ts postgres://… [--docs-mb N]');
const mbArg = process.argv.indexOf('--docs-mb');
const mb = mbArg > 0 ? Number(process.argv[mbArg + 1]) : 3;

const dir = path.join(ROOT, '.bench', `scale-${mb}mb`);
const corpus = ensureCorpus({ dir, japaneseBytes: mb * 0.75 * 1e6, englishBytes: mb * 0.25 * 1e6, articleBytes: 3000 }, defaultSeedsDir());
const inputs = [corpus.ja, corpus.en];

/** CPU seconds (user + system) of a process, with its reaped children, from /proc (Linux). */
function cpuOf(pid: number | 'self', withChildren: boolean): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // fields from 3 (state): utime 14, stime 15, cutime 16, cstime 17 → indexes 11..14
    const ticks = Number(f[11]) + Number(f[12]) + (withChildren ? Number(f[13]) + Number(f[14]) : 0);
    return ticks / 100;
  } catch {
    return 0;
  }
}

/** CPU seconds of the PostgreSQL server so far: the postmaster, its ended children, and its live ones. */
async function serverCpu(client: pg.Client): Promise<number> {
  const dir = (await client.query("SELECT setting FROM pg_settings WHERE name = 'data_directory'")).rows[0]?.setting as string | undefined;
  let master: number;
  try {
    master = Number(readFileSync(path.join(dir!, 'postmaster.pid'), 'utf8').split('\n')[0]);
  } catch {
    return NaN; // not on this machine (or not readable)
  }
  let total = cpuOf(master, true);
  for (const p of readdirSync('/proc')) {
    if (!/^\d+$/.test(p)) continue;
    try {
      const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === master) total += cpuOf(Number(p), false);
    } catch {
      // gone meanwhile
    }
  }
  return total;
}

const cliArgs = (args: string[]) => ['--import', 'tsx', path.join(ROOT, 'pipeline/cli.ts'), ...args];
const run = (args: string[]) =>
  new Promise<number | null>((resolve) => spawn(process.execPath, cliArgs(args), { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] }).on('close', resolve));

async function pgRun(workers: number): Promise<string> {
  const db = await freshDatabase(server!, 'ev_bench');
  try {
    await run(['ingest', ...inputs, '--db', db.url, '--queue', '--quiet']);
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    const total = (await client.query('SELECT count(*)::int AS n FROM documents')).rows[0].n as number;
    const cpu0 = cpuOf('self', true);
    const server0 = await serverCpu(client);
    const t0 = performance.now();
    const procs = Array.from({ length: workers }, () => run(['worker', '--db', db.url, '--until-empty', '--quiet']));
    let first: { t: number; n: number } | null = null;
    let done = false;
    void Promise.all(procs).then(() => (done = true));
    while (!done) {
      const n = (await client.query('SELECT count(extracted_run)::int AS n FROM documents')).rows[0].n as number;
      if (!first && n > 0) first = { t: performance.now(), n };
      await new Promise((r) => setTimeout(r, 250));
    }
    const t1 = performance.now();
    const workerCpu = cpuOf('self', true) - cpu0;
    const dbCpu = (await serverCpu(client)) - server0;
    await client.end();
    const wall = (t1 - t0) / 1000;
    const steady = first ? (total - first.n) / ((t1 - first.t) / 1000) : NaN;
    return `PostgreSQL, ${workers} worker process(es): ${total} documents in ${wall.toFixed(1)} s = ${(total / wall).toFixed(1)} docs/s overall, ${steady.toFixed(1)} docs/s steady; CPU s per 100 docs: workers ${((workerCpu * 100) / total).toFixed(2)} + server ${((dbCpu * 100) / total).toFixed(2)}`;
  } finally {
    await db.drop();
  }
}

async function sqliteRun(threads: number): Promise<string> {
  const setup = loadExtraction();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-sqlite-'));
  try {
    const db = openDatabase(path.join(dir, 'db.sqlite'));
    const cpu0 = process.cpuUsage();
    const s = await ingest(db, inputs, setup, { workers: threads });
    const cpu = process.cpuUsage(cpu0);
    db.close();
    const steady = s.read / (s.seconds - s.startupSeconds);
    return `SQLite, ${threads} worker thread(s): ${s.read} documents in ${s.seconds.toFixed(1)} s = ${(s.read / s.seconds).toFixed(1)} docs/s overall, ${steady.toFixed(1)} docs/s steady; CPU s per 100 docs: ${(((cpu.user + cpu.system) / 1e6) * 100 / s.read).toFixed(2)}`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const counts = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1]!.split(',').map(Number) : [1, 2, 4];
for (const n of counts) {
  console.log(await pgRun(n));
  console.log(await sqliteRun(n));
}
