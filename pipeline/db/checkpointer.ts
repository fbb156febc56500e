/**
 * WAL checkpoints in a thread of their own while a large run writes.
 *
 * Why: the writer's own (automatic) checkpoint runs inside the commit that crosses
 * `wal_autocheckpoint`, and copies the whole log into the database file and syncs both: the
 * writer thread stood still 100–150 ms each time (an English bench ingest into a database of
 * 20 MB of Japanese: one stall of ~115 ms in a 2.8 s run, during which the worker thread also ran
 * out of jobs, since only the writer hands it new ones). That time is nearly all waiting for the
 * disk (a 186 MB log: 152 ms, of which 31 ms of CPU), so another thread can wait instead.
 *
 * How: a second connection to the same file, in a worker thread, runs
 * `PRAGMA wal_checkpoint(PASSIVE)` whenever the writer asks (after each committed batch) and no
 * checkpoint is running. PASSIVE copies the committed frames no reader needs and waits for nobody;
 * a writer that begins after a complete checkpoint starts the log from its beginning again. The
 * writer's own automatic checkpoint is raised to SAFETY_PAGES meanwhile (it takes over only if
 * the thread falls far behind), and set back when the checkpointer stops. What a checkpoint
 * copies is committed already: a kill at any time loses nothing a transaction committed.
 */
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import type { DB } from './database.ts';

const require = createRequire(import.meta.url);

/** The writer's automatic checkpoint while a checkpointer runs (pages of 16 KB: 512 MB). */
const SAFETY_PAGES = 32_768;

/** The checkpointer thread (CommonJS, run with eval: it needs nothing but the SQLite driver). */
const THREAD_CODE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
parentPort.on('message', (m) => {
  if (m === 'stop') {
    db.close();
    parentPort.close();
    return;
  }
  const t = performance.now();
  try {
    const [r] = db.pragma('wal_checkpoint(PASSIVE)');
    parentPort.postMessage({ ok: true, busy: r.busy, log: r.log, checkpointed: r.checkpointed, ms: performance.now() - t });
  } catch (e) {
    parentPort.postMessage({ ok: false, message: String(e && e.message || e) });
  }
});
`;

interface CheckpointAnswer {
  ok: boolean;
  busy?: number;
  log?: number;
  checkpointed?: number;
  ms?: number;
  message?: string;
}

export class BackgroundCheckpointer {
  /** Checkpoints completed, and their time in the thread (ms). */
  checkpoints = 0;
  checkpointMs = 0;
  /** Frames in the log and frames copied at the last checkpoint. */
  last: { log: number; checkpointed: number } | null = null;
  /** Why the thread stopped before it was asked to, if it did. */
  failure: string | null = null;
  private running = false;
  private stopped = false;
  private readonly exited: Promise<void>;
  private readonly autocheckpoint: number;
  private readonly worker: Worker;

  private constructor(
    private readonly db: DB,
    file: string,
  ) {
    this.autocheckpoint = Number(db.pragma('wal_autocheckpoint', { simple: true }));
    // (no execArgv of this process: its code is CommonJS whatever this process runs, --input-type
    // or loaders, and it needs no V8 option)
    this.worker = new Worker(THREAD_CODE, { eval: true, execArgv: [], workerData: { file, driver: require.resolve('better-sqlite3') } });
    this.worker.unref(); // never what keeps the process alive
    this.worker.on('message', (m: CheckpointAnswer) => {
      this.running = false;
      if (m.ok) {
        this.checkpoints++;
        this.checkpointMs += m.ms ?? 0;
        this.last = { log: m.log ?? 0, checkpointed: m.checkpointed ?? 0 };
      } else this.fail(m.message ?? 'checkpoint failed');
    });
    this.worker.on('error', (e) => this.fail(e.message));
    this.exited = new Promise((resolve) => this.worker.once('exit', () => resolve()));
    db.pragma(`wal_autocheckpoint = ${Math.max(this.autocheckpoint, SAFETY_PAGES)}`);
  }

  /**
   * A checkpointer for a database file in WAL mode, or null (in memory, read-only, another
   * journal mode): then the writer checkpoints as it always does.
   */
  static start(db: DB): BackgroundCheckpointer | null {
    if (db.memory || db.readonly || String(db.pragma('journal_mode', { simple: true })).toLowerCase() !== 'wal') return null;
    return new BackgroundCheckpointer(db, db.name);
  }

  /** After a commit: a checkpoint of what is committed, unless one is running. */
  request(): void {
    if (this.running || this.stopped) return;
    this.running = true;
    this.worker.postMessage('checkpoint');
  }

  /** Stop the thread (after its checkpoint, if one runs) and give the writer its own checkpoints back. */
  async stop(): Promise<void> {
    // waited for: the thread keeps the process alive again until it has exited (unreferenced,
    // a process whose other threads had ended would exit right here, its run unfinished)
    this.worker.ref();
    if (!this.stopped) {
      this.stopped = true;
      this.worker.postMessage('stop');
    }
    await this.exited;
    this.restore();
  }

  private fail(message: string): void {
    this.failure ??= message;
    this.running = false;
    this.stopped = true;
    void this.worker.terminate();
    this.restore();
  }

  private restore(): void {
    if (this.db.open) this.db.pragma(`wal_autocheckpoint = ${this.autocheckpoint}`);
  }
}
