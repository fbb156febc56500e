/**
 * Open the extraction database: WAL, foreign keys on, migrations applied (user_version).
 *
 * Several processes may open one database at once (two `ingest` runs): migrations run inside
 * `BEGIN IMMEDIATE` and re-read the schema version under that lock, and every write
 * transaction of the pipeline is IMMEDIATE too (a deferred transaction that reads and then
 * writes cannot wait for the lock in WAL mode: it fails with "database is locked").
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { MIGRATIONS } from './migrations.ts';
import { markStaleRuns } from './stale-runs.ts';
import { ensureDeferredIndexes } from './deferred-indexes.ts';
import { CliError, describeSystemError } from '../cli-error.ts';
import { makeDirs } from '../make-dirs.ts';

export type DB = Database.Database;

/** How long a writer waits for another process's write transaction (ms). */
const BUSY_TIMEOUT_MS = 30_000;

function reasonOf(e: unknown): string {
  const code = (e as { code?: string }).code;
  if (code === 'SQLITE_NOTADB') return 'not a SQLite database (or it is encrypted)';
  if (code === 'SQLITE_CORRUPT') return 'the database file is damaged (SQLITE_CORRUPT)';
  if (code === 'SQLITE_CANTOPEN') return 'cannot open the file (SQLITE_CANTOPEN)';
  if (code === 'SQLITE_READONLY') return 'the file is read-only (SQLITE_READONLY)';
  if (code?.startsWith('SQLITE_')) return `${(e as Error).message} (${code})`;
  return describeSystemError(e);
}

export function openDatabase(file: string, options: { readonly?: boolean } = {}): DB {
  const what = `database ${file}`;
  const readonly = options.readonly ?? false;
  if (file !== ':memory:') {
    if (existsSync(file) && statSync(file).isDirectory()) throw new CliError(what, 'is a folder, not a database file', 2);
    if (!readonly) makeDirs(path.dirname(path.resolve(file)), what);
  }
  // Two processes creating one new database at once: a setting that needs the file to itself
  // (journal_mode = WAL on a new file) can fail with SQLITE_BUSY without waiting for the other
  // process (seen under load in test/db-reliability.test.ts #9). The whole opening is tried
  // again, for up to the busy timeout: each step is idempotent (migrations re-read the version
  // under their lock).
  const t0 = Date.now();
  for (let attempt = 1; ; attempt++) {
    try {
      return openOnce(file, readonly, what);
    } catch (e) {
      const busy = e instanceof CliError && /\(SQLITE_BUSY\w*\)/.test(e.message);
      if (!busy || Date.now() - t0 > BUSY_TIMEOUT_MS) throw e;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Math.min(200, 20 * attempt));
    }
  }
}

function openOnce(file: string, readonly: boolean, what: string): DB {
  let db: DB | null = null;
  try {
    db = new Database(file, { readonly, fileMustExist: readonly });
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    if (!readonly) {
      // Larger pages suit rows that hold whole article texts (takes effect on a new file only),
      // a 64 MB page cache, and fewer, larger WAL checkpoints: measured ~8% faster ingest.
      db.pragma('page_size = 16384');
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      db.pragma('cache_size = -65536');
      db.pragma('wal_autocheckpoint = 4000');
    }
    db.pragma('foreign_keys = ON');
    if (!readonly) {
      migrate(db);
      markStaleRuns(db);
      // an ingest that was killed while it had an index dropped (db/deferred-indexes.ts); not
      // while another process's run writes: it builds them at its end, and building them here
      // would hold the write lock that its next transaction waits for
      if (!db.prepare("SELECT 1 FROM runs WHERE status = 'running' LIMIT 1").get()) ensureDeferredIndexes(db);
    } else {
      db.pragma('user_version'); // reads the header: a file that is not a database fails here
      db.prepare('SELECT 1 FROM sqlite_master LIMIT 1').get();
    }
    return db;
  } catch (e) {
    db?.close();
    if (e instanceof CliError) throw e;
    throw new CliError(what, reasonOf(e));
  }
}

export function migrate(db: DB): void {
  const version = () => db.pragma('user_version', { simple: true }) as number;
  const check = (v: number) => {
    if (v > MIGRATIONS.length) {
      throw new CliError('database', `schema version ${v} is newer than this tool knows (${MIGRATIONS.length}); upgrade the tool`);
    }
  };
  check(version());
  if (version() === MIGRATIONS.length) return;
  // Under the write lock, read the version again: another process may have migrated meanwhile.
  db.exec('BEGIN IMMEDIATE');
  try {
    const current = version();
    check(current);
    for (let v = current; v < MIGRATIONS.length; v++) {
      db.exec(MIGRATIONS[v]!);
      db.pragma(`user_version = ${v + 1}`);
    }
    db.exec('COMMIT');
  } catch (e) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw e;
  }
}
