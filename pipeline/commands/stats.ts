/**
 * `stats`: counts per kind, top companies, recent runs, errors.
 */
import type { DB } from '../db/database.ts';

export function stats(db: DB): string {
  const lines: string[] = [];
  const one = <T>(sql: string) => db.prepare(sql).get() as T;
  const docs = one<{ n: number; chars: number | null }>('SELECT count(*) AS n, sum(char_count) AS chars FROM documents');
  lines.push(`documents: ${docs.n} (${docs.chars ?? 0} characters)`);
  const kinds = db.prepare('SELECT kind, count(*) AS n FROM mentions GROUP BY kind ORDER BY kind').all() as { kind: string; n: number }[];
  lines.push(`mentions: ${kinds.map((k) => `${k.kind} ${k.n}`).join(', ') || 'none'}`);
  const ag = one<{ n: number }>('SELECT count(*) AS n FROM agreements');
  lines.push(`agreements: ${ag.n}`);
  const mismatches = one<{ n: number }>('SELECT count(*) AS n FROM v_span_mismatches');
  lines.push(`span check (v_span_mismatches): ${mismatches.n === 0 ? 'every span equals its surface text' : `${mismatches.n} MISMATCHES`}`);
  lines.push('', 'top companies (mentions, documents):');
  const top = db
    .prepare(
      `SELECT c.canonical, c.discovered, count(*) AS n, count(DISTINCT m.document_id) AS docs
       FROM mentions m JOIN companies c ON c.id = m.company_id GROUP BY c.id ORDER BY n DESC, c.canonical LIMIT 15`,
    )
    .all() as { canonical: string; discovered: number; n: number; docs: number }[];
  for (const t of top) lines.push(`  ${t.canonical}${t.discovered ? ' (discovered)' : ''}: ${t.n}, ${t.docs}`);
  lines.push('', 'recent runs:');
  const runs = db.prepare('SELECT id, command, status, started_at, documents_read, documents_skipped, documents_failed, counts FROM runs ORDER BY id DESC LIMIT 5').all() as {
    id: number;
    command: string;
    status: string;
    started_at: string;
    documents_read: number;
    documents_skipped: number;
    documents_failed: number;
    counts: string;
  }[];
  for (const r of runs) {
    lines.push(`  #${r.id} ${r.command} ${r.status} ${r.started_at}: read ${r.documents_read}, skipped ${r.documents_skipped}, failed ${r.documents_failed} ${r.counts}`);
  }
  const errors = db.prepare('SELECT path, stage, message, run_id FROM errors ORDER BY id DESC LIMIT 10').all() as { path: string; stage: string; message: string; run_id: number }[];
  lines.push('', `errors (latest ${errors.length}):`);
  for (const e of errors) lines.push(`  run #${e.run_id} [${e.stage}] ${e.path}: ${e.message}`);
  return lines.join('\n');
}
