/**
 * The report's database queries. Read-only; every optional table or column (company_links,
 * agreement party roles) is looked up first and read only when present.
 */
import type { DB } from '../db/database.ts';

export interface DocumentRow {
  id: number;
  name: string;
  path: string;
  format: string;
  language_mix: string;
  document_date: string | null;
  document_date_source: string | null;
  char_count: number;
  extracted_run: number;
}

export interface DocumentCounts {
  company: number;
  date: number;
  quantity: number;
  agreement: number;
  errors: number;
}

export interface MentionRow {
  id: number;
  kind: 'company' | 'date' | 'quantity';
  start: number;
  end: number;
  surface: string;
  value: string;
  company_id: string | null;
  canonical: string | null;
  extractor: string;
  extractor_version: string;
  rule: string;
}

export interface PartyRow {
  agreement_id: number;
  position: number;
  company_id: string | null;
  name: string;
  role: string | null;
}

export interface EvidenceRow {
  agreement_id: number;
  position: number;
  start: number;
  end: number;
  surface: string;
}

export interface AgreementRow {
  id: number;
  document_id: number;
  document: string;
  type: string;
  date_start: string | null;
  date_end: string | null;
  extractor: string;
  extractor_version: string;
  rule: string;
  parties: PartyRow[];
  evidence: EvidenceRow[];
}

export interface RunRow {
  id: number;
  command: string;
  status: string;
  started_at: string;
  finished_at: string | null;
  documents_read: number;
  documents_skipped: number;
  documents_failed: number;
}

export interface ChangeTotal {
  run_id: number;
  category: string;
  added: number;
  removed: number;
  changed: number;
  documents: number;
}

export interface ErrorRow {
  run_id: number | null;
  path: string;
  stage: string;
  message: string;
  at: string;
}

export function hasTable(db: DB, name: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type IN ('table', 'view') AND name = ?").get(name) !== undefined;
}

export function columnsOf(db: DB, table: string): string[] {
  return (db.prepare(`PRAGMA table_info(${JSON.stringify(table)})`).all() as { name: string }[]).map((c) => c.name);
}

export function documents(db: DB): DocumentRow[] {
  return db
    .prepare('SELECT id, name, path, format, language_mix, document_date, document_date_source, char_count, extracted_run FROM documents ORDER BY name, id')
    .all() as DocumentRow[];
}

/** Counts per kind and errors for every document, in three grouped scans. */
export function documentCounts(db: DB): Map<number, DocumentCounts> {
  const out = new Map<number, DocumentCounts>();
  const get = (id: number) => {
    let c = out.get(id);
    if (!c) out.set(id, (c = { company: 0, date: 0, quantity: 0, agreement: 0, errors: 0 }));
    return c;
  };
  for (const r of db.prepare('SELECT document_id AS id, kind, count(*) AS n FROM mentions GROUP BY document_id, kind').all() as { id: number; kind: 'company' | 'date' | 'quantity'; n: number }[]) {
    get(r.id)[r.kind] = r.n;
  }
  for (const r of db.prepare('SELECT document_id AS id, count(*) AS n FROM agreements GROUP BY document_id').all() as { id: number; n: number }[]) get(r.id).agreement = r.n;
  for (const r of db.prepare('SELECT d.id, count(*) AS n FROM errors e JOIN documents d ON d.path = e.path GROUP BY d.id').all() as { id: number; n: number }[]) get(r.id).errors = r.n;
  return out;
}

export function documentText(db: DB, id: number): string {
  return (db.prepare('SELECT text FROM documents WHERE id = ?').get(id) as { text: string }).text;
}

export function mentionsQuery(db: DB): (documentId: number) => MentionRow[] {
  const stmt = db.prepare(
    `SELECT m.id, m.kind, m.start, m.end, m.surface, m.value, m.company_id, c.canonical, m.extractor, m.extractor_version, m.rule
     FROM mentions m LEFT JOIN companies c ON c.id = m.company_id WHERE m.document_id = ? ORDER BY m.start, m.end DESC, m.id`,
  );
  return (id) => stmt.all(id) as MentionRow[];
}

/** All agreements (optionally of one document), with parties (and their roles when the schema stores them) and evidence. */
export function agreementsQuery(db: DB): (documentId?: number) => AgreementRow[] {
  const roleColumn = columnsOf(db, 'agreement_parties').includes('role') ? 'p.role' : 'NULL';
  const base = `SELECT a.id, a.document_id, d.name AS document, a.type, a.date_start, a.date_end, a.extractor, a.extractor_version, a.rule
                FROM agreements a JOIN documents d ON d.id = a.document_id`;
  const one = db.prepare(`${base} WHERE a.document_id = ? ORDER BY a.id`);
  const all = db.prepare(`${base} ORDER BY d.name, a.id`);
  const parties = db.prepare(`SELECT p.agreement_id, p.position, p.company_id, p.name, ${roleColumn} AS role FROM agreement_parties p WHERE p.agreement_id = ? ORDER BY p.position`);
  const evidence = db.prepare('SELECT agreement_id, position, start, end, surface FROM agreement_evidence WHERE agreement_id = ? ORDER BY position');
  return (documentId) => {
    const rows = (documentId === undefined ? all.all() : one.all(documentId)) as Omit<AgreementRow, 'parties' | 'evidence'>[];
    return rows.map((a) => ({ ...a, parties: parties.all(a.id) as PartyRow[], evidence: evidence.all(a.id) as EvidenceRow[] }));
  };
}

export function runs(db: DB): RunRow[] {
  return db
    .prepare('SELECT id, command, status, started_at, finished_at, documents_read, documents_skipped, documents_failed FROM runs ORDER BY id DESC')
    .all() as RunRow[];
}

export function changeTotals(db: DB): ChangeTotal[] {
  return db.prepare('SELECT run_id, category, added, removed, changed, documents FROM v_run_change_totals ORDER BY run_id DESC, category').all() as ChangeTotal[];
}

export function errors(db: DB): ErrorRow[] {
  return db.prepare('SELECT run_id, path, stage, message, at FROM errors ORDER BY id').all() as ErrorRow[];
}
