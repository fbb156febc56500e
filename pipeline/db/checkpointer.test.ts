import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './database.ts';
import { BackgroundCheckpointer } from './checkpointer.ts';

const autocheckpoint = (db: ReturnType<typeof openDatabase>) => Number(db.pragma('wal_autocheckpoint', { simple: true }));

async function until(cond: () => boolean, ms = 10_000): Promise<void> {
  const t = Date.now();
  while (!cond()) {
    if (Date.now() - t > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe('BackgroundCheckpointer', () => {
  it('is not started for a database in memory', () => {
    const db = openDatabase(':memory:');
    expect(BackgroundCheckpointer.start(db)).toBeNull();
    db.close();
  });

  it('checkpoints what the writer committed from its own thread, and gives the writer its automatic checkpoints back', async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'checkpointer-')), 'db.sqlite');
    const db = openDatabase(file);
    const before = autocheckpoint(db);
    const cp = BackgroundCheckpointer.start(db)!;
    expect(cp).not.toBeNull();
    // the writer's own checkpoint only as a safety net meanwhile
    expect(autocheckpoint(db)).toBeGreaterThan(before);
    const insert = db.prepare('INSERT INTO errors (run_id, path, stage, message, at) VALUES (NULL, ?, ?, ?, ?)');
    for (let t = 0; t < 3; t++) {
      db.transaction(() => {
        for (let i = 0; i < 500; i++) insert.run(`file-${t}-${i}`, 'read', 'x'.repeat(200), '2026-01-01');
      }).immediate();
      cp.request();
      await until(() => cp.checkpoints > t);
    }
    // the last checkpoint copied every frame of the log into the database file
    expect(cp.last!.log).toBeGreaterThan(0);
    expect(cp.last!.checkpointed).toBe(cp.last!.log);
    expect(cp.failure).toBeNull();
    await cp.stop();
    expect(autocheckpoint(db)).toBe(before);
    expect((db.prepare('SELECT count(*) AS n FROM errors').get() as { n: number }).n).toBe(1500);
    db.close();
    // a fresh connection reads everything from the file
    const again = openDatabase(file, { readonly: true });
    expect((again.prepare('SELECT count(*) AS n FROM errors').get() as { n: number }).n).toBe(1500);
    again.close();
  });

  it('keeps the process alive until it has stopped, when nothing else does', () => {
    // (its thread is unreferenced while it runs: a process whose other threads had ended exited
    // inside stop(), and the ingest's run was never finished)
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'checkpointer-')), 'db.sqlite');
    const here = path.dirname(fileURLToPath(import.meta.url));
    const script = `
      import { openDatabase } from ${JSON.stringify(path.join(here, 'database.ts'))};
      import { BackgroundCheckpointer } from ${JSON.stringify(path.join(here, 'checkpointer.ts'))};
      const db = openDatabase(${JSON.stringify(file)});
      const cp = BackgroundCheckpointer.start(db);
      db.prepare("INSERT INTO errors (run_id, path, stage, message, at) VALUES (NULL, 'a', 'read', 'm', 'now')").run();
      cp.request();
      await cp.stop();
      db.close();
      console.log('stopped', cp.failure);
    `;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe('stopped null');
  });

  it('asks for one checkpoint at a time, and none after it stopped', async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'checkpointer-')), 'db.sqlite');
    const db = openDatabase(file);
    const cp = BackgroundCheckpointer.start(db)!;
    db.prepare("INSERT INTO errors (run_id, path, stage, message, at) VALUES (NULL, 'a', 'read', 'm', 'now')").run();
    for (let i = 0; i < 5; i++) cp.request(); // the thread is busy after the first: the rest are dropped
    await until(() => cp.checkpoints >= 1);
    await new Promise((r) => setTimeout(r, 50));
    expect(cp.checkpoints).toBe(1);
    await cp.stop();
    cp.request();
    await new Promise((r) => setTimeout(r, 50));
    expect(cp.checkpoints).toBe(1);
    db.close();
  });
});
