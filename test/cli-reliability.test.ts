/**
 * The command line as a user meets it (issue #14): no hang on odd input, no silent loss, one
 * line `ev-extract: <what>: <why>` with exit 1 or 2 for every error, no stack trace without
 * --debug. Each case spawns the CLI as a child process on temporary files.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const ARTICLES = path.join(ROOT, 'seeds/articles');
const ARTICLE_FILES = readdirSync(ARTICLES).sort();

interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Run the CLI; `shell` pipes (e.g. "| head -c 10") are appended to the command line. */
function cli(args: string[], options: { input?: string; shell?: string; timeoutMs?: number } = {}): Promise<Result> {
  const t0 = Date.now();
  const argv = [process.execPath, '--import', 'tsx', path.join(ROOT, 'pipeline/cli.ts'), ...args];
  const quoted = argv.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const child = options.shell
    ? spawn('bash', ['-o', 'pipefail', '-c', `${quoted} ${options.shell}`], { cwd: ROOT })
    : spawn(argv[0]!, argv.slice(1), { cwd: ROOT });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  child.stdin.end(options.input ?? '');
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`ev-extract ${args.join(' ')} did not finish in ${options.timeoutMs ?? 60_000} ms (hang)\n${stderr}`));
    }, options.timeoutMs ?? 60_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: Date.now() - t0 });
    });
  });
}

function tmp(prefix = 'cli-'): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A folder with the given seed articles (by index) under the given relative names. */
function articles(files: Record<string, number>): string {
  const dir = tmp('in-');
  for (const [name, i] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    cpSync(path.join(ARTICLES, ARTICLE_FILES[i]!), path.join(dir, name));
  }
  return dir;
}

function noStackTrace(r: Result): void {
  expect(r.stderr).not.toMatch(/^\s+at /m);
}

let seeded: { dir: string; db: string } | null = null;
/** One ingested database shared by the read-only cases. */
async function seededDb(): Promise<string> {
  if (!seeded) {
    const dir = articles({ 'a/x.txt': 0, 'b/x.txt': 1, 'c.txt': 2 });
    const db = path.join(tmp('db-'), 'x.sqlite');
    const r = await cli(['ingest', dir, '--db', db, '--workers', '0', '--quiet']);
    expect(r.code).toBe(0);
    seeded = { dir, db };
  }
  return seeded.db;
}

describe('ingest: odd input', () => {
  it('#1 a FIFO named *.txt is reported and skipped; the rest is stored and the run finishes', async () => {
    const dir = articles({ 'a.txt': 0 });
    spawnSync('mkfifo', [path.join(dir, 'pipe.txt')]);
    const db = path.join(dir, 'db.sqlite');
    const r = await cli(['ingest', dir, '--db', db, '--workers', '0'], { timeoutMs: 60_000 });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/pipe\.txt: not a regular file \(a FIFO/);
    const sql = new Database(db, { readonly: true });
    expect(sql.prepare('SELECT name FROM documents').all()).toEqual([{ name: 'a.txt' }]);
    expect(sql.prepare('SELECT status FROM runs').all()).toEqual([{ status: 'done_with_errors' }]);
    sql.close();
  }, 90_000);

  it('#4 a file over --max-doc-size is rejected quickly, by name, with the limit; the default is 50 MB', async () => {
    const dir = articles({ 'a.txt': 0 });
    const big = path.join(dir, 'huge.txt');
    writeFileSync(big, 'あ');
    truncateSync(big, 100 * 1024 * 1024); // 100 MB (sparse)
    const db = path.join(dir, 'db.sqlite');
    const r = await cli(['ingest', dir, '--db', db, '--workers', '0']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/huge\.txt: too large: 100 MB, over the --max-doc-size limit of 50 MB/);
    const small = await cli(['ingest', path.join(dir, 'a.txt'), '--db', path.join(dir, 'db2.sqlite'), '--workers', '0', '--max-doc-size', '1KB']);
    expect(small.stderr).toMatch(/a\.txt: too large: .* over the --max-doc-size limit of 1 KB/);
    const bad = await cli(['ingest', dir, '--db', db, '--max-doc-size', 'lots']);
    expect([bad.code, bad.stderr]).toEqual([2, expect.stringMatching(/^ev-extract: ingest: --max-doc-size takes a size/)]);
  }, 120_000);

  it('#13 ingest of a path that does not exist creates no database and no run', async () => {
    const dir = tmp();
    const r = await cli(['ingest', path.join(dir, 'nonexistent'), '--db', path.join(dir, 'x.sqlite')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^ev-extract: ingest: .*nonexistent: no such file or folder\n$/);
    expect(existsSync(path.join(dir, 'x.sqlite'))).toBe(false);
  });
});

describe('export', () => {
  it('#6 two documents with one file name in different folders are both exported, to different files', async () => {
    const out = tmp('out-');
    const r = await cli(['export', '--db', await seededDb(), '--out', out]);
    expect(r.code).toBe(0);
    const files = readdirSync(out).sort();
    expect(files).toHaveLength(3);
    expect(files).toContain('c.txt.json');
    const docs = files.map((f) => JSON.parse(readFileSync(path.join(out, f), 'utf8')) as { doc: string; companies: unknown[] });
    expect(docs.filter((d) => d.doc === 'x.txt')).toHaveLength(2);
    expect(new Set(docs.map((d) => JSON.stringify(d.companies))).size).toBe(3); // no file overwritten by another
  }, 90_000);

  it('#7 a stored name with ../ stays inside --out; a failed write is reported and the rest are written', async () => {
    const db = path.join(tmp('db-'), 'x.sqlite');
    cpSync(await seededDb(), db);
    const sql = new Database(db);
    sql.prepare("UPDATE documents SET name = '../../escaped.txt' WHERE name = 'c.txt'").run();
    sql.close();
    const parent = tmp('parent-');
    const out = path.join(parent, 'a', 'out');
    mkdirSync(out, { recursive: true });
    const names = (await cli(['export', '--db', db, '--out', out])).code;
    expect(names).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['escaped.txt.json', 'x.txt.1.json', 'x.txt.2.json']);
    expect(existsSync(path.join(parent, 'escaped.txt.json'))).toBe(false);
    // a folder where one file should go: that write fails, is named, the others are written
    const out2 = tmp('out-');
    mkdirSync(path.join(out2, 'escaped.txt.json'));
    const r = await cli(['export', '--db', db, '--out', out2]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/ev-extract: export: .*escaped\.txt\.json: is a folder \(EISDIR\)/);
    expect(r.stderr).toMatch(/exported 2 documents .*; 1 could not be written/);
    expect(readdirSync(out2).filter((f) => f.startsWith('x.txt'))).toHaveLength(2);
  }, 90_000);

  it('#3 --out on a pseudo file system or onto a file fails at once with the reason', async () => {
    const db = await seededDb();
    const proc = await cli(['export', '--db', db, '--out', '/proc/x'], { timeoutMs: 20_000 });
    expect(proc.code).toBe(1);
    expect(proc.stderr).toMatch(/^ev-extract: --out \/proc\/x: cannot create the folder \/proc\/x: /);
    const file = path.join(tmp(), 'file');
    writeFileSync(file, '');
    const onto = await cli(['export', '--db', db, '--out', file]);
    expect([onto.code, onto.stderr]).toEqual([2, `ev-extract: --out ${file}: is a file, not a folder\n`]);
  }, 90_000);

  it('#12 export | head ends quietly; a full disk is one line', async () => {
    const db = await seededDb();
    const head = await cli(['export', '--db', db, '--format', 'jsonl'], { shell: '| head -c 50' });
    expect(head.stdout.startsWith(`{"doc":"`)).toBe(true);
    expect(head.stderr).toBe('');
    expect(head.code).toBe(0);
    const full = await cli(['export', '--db', db, '--format', 'jsonl'], { shell: '> /dev/full' });
    expect([full.code, full.stderr]).toEqual([1, 'ev-extract: writing to standard output: no space left on device (ENOSPC)\n']);
  }, 90_000);
});

describe('errors', () => {
  it('#12 a --db that is not a SQLite file, or cannot be opened, is named with the reason', async () => {
    const dir = tmp();
    const notDb = path.join(dir, 'notes.sqlite');
    writeFileSync(notDb, 'these are not the tables you are looking for\n'.repeat(100));
    for (const args of [['stats', '--db', notDb], ['ingest', ARTICLES, '--db', notDb, '--workers', '0']]) {
      const r = await cli(args);
      expect([r.code, r.stderr]).toEqual([1, `ev-extract: database ${notDb}: not a SQLite database (or it is encrypted)\n`]);
    }
    const folder = await cli(['stats', '--db', dir]);
    expect([folder.code, folder.stderr]).toEqual([2, `ev-extract: database ${dir}: is a folder, not a database file\n`]);
    const debug = await cli(['stats', '--db', notDb, '--debug']);
    expect(debug.stderr).toMatch(/^\s+at /m);
  }, 90_000);

  it('#12 extract-text answers a bad line with an error object and goes on', async () => {
    const lines = [
      JSON.stringify({ id: 'a', text: 'トヨタは2024年5月1日に発表した。', reference_date: '2024-06-01' }),
      '{not json',
      JSON.stringify({ text: 'no id here' }),
      JSON.stringify({ id: 'b', text: 'x', reference_date: 'garbage' }),
      JSON.stringify({ id: 'c', text: 'CATL signed a deal.' }),
    ];
    const r = await cli(['extract-text'], { input: lines.join('\n') + '\n' });
    expect(r.code).toBe(1);
    noStackTrace(r);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: unknown; error?: string; companies?: unknown[] });
    expect(out.map((o) => [o.id, o.error ?? 'ok'])).toEqual([
      ['a', 'ok'],
      [null, expect.stringMatching(/^line 2: not valid JSON/)],
      [null, 'line 3: no "id" (a string or a number)'],
      ['b', 'line 4: reference_date "garbage" is not a date (expected YYYY-MM-DD)'],
      ['c', 'ok'],
    ]);
    expect(r.stderr.trim().split('\n')).toHaveLength(3);
    expect(r.stderr).toMatch(/^ev-extract: extract-text: stdin line 2: not valid JSON/m);
  }, 90_000);

  it('#13 diff names a run that does not exist; --version prints the version', async () => {
    const db = await seededDb();
    const r = await cli(['diff', '--run', '1', '99', '--db', db]);
    expect([r.code, r.stderr]).toEqual([2, 'ev-extract: diff: no run #99 in this database (runs are #1 to #1)\n']);
    const v = await cli(['--version']);
    expect([v.code, v.stdout]).toEqual([0, expect.stringMatching(/^\d+\.\d+\.\d+\n$/)]);
    const unknown = await cli(['bogus']);
    expect([unknown.code, unknown.stderr]).toEqual([2, "ev-extract: unknown command 'bogus'\n(add --help for usage)\n"]);
  }, 90_000);
});
