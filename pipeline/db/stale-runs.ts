/**
 * Runs left `running` by a process that no longer exists (killed, crashed) are marked
 * `interrupted` by the next process that opens the database for writing, with the counts of
 * what they really wrote (read from the tables: a killed run never reached its summary).
 * A run whose process is still alive (a concurrent ingest) is left alone.
 */
import os from 'node:os';
import type Database from 'better-sqlite3';

/** Is process `pid` alive on this machine? */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'; // exists, owned by someone else
  }
}

interface RunningRow {
  id: number;
  command: string;
  pid: number | null;
  host: string | null;
}

export function markStaleRuns(db: Database.Database): number[] {
  const running = db.prepare<[], RunningRow>("SELECT id, command, pid, host FROM runs WHERE status = 'running'").all();
  const stale = running.filter((r) => r.pid === null || (r.host === os.hostname() && r.pid !== process.pid && !processAlive(r.pid)));
  if (stale.length === 0) return [];
  const documents = db.prepare<[number], { n: number }>("SELECT count(DISTINCT document_id) AS n FROM changes WHERE run_id = ? AND category = 'document'");
  const redone = db.prepare<[number], { n: number }>('SELECT count(*) AS n FROM documents WHERE extracted_run = ?');
  const failed = db.prepare<[number], { n: number }>('SELECT count(*) AS n FROM errors WHERE run_id = ?');
  const mentions = db.prepare<[number], { kind: string; n: number }>('SELECT kind, count(*) AS n FROM mentions WHERE run_id = ? GROUP BY kind');
  const agreements = db.prepare<[number], { n: number }>('SELECT count(*) AS n FROM agreements WHERE run_id = ?');
  const update = db.prepare(
    "UPDATE runs SET status = 'interrupted', documents_read = ?, documents_failed = ?, counts = ? WHERE id = ? AND status = 'running'",
  );
  db.transaction(() => {
    for (const r of stale) {
      const read = r.command === 'ingest' ? documents.get(r.id)!.n : redone.get(r.id)!.n;
      const counts: Record<string, number> = { company: 0, date: 0, quantity: 0 };
      for (const m of mentions.all(r.id)) counts[m.kind] = m.n;
      counts.agreement = agreements.get(r.id)!.n;
      update.run(read, failed.get(r.id)!.n, JSON.stringify(counts), r.id);
    }
  }).immediate();
  return stale.map((r) => r.id);
}
