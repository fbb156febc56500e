/**
 * `export`: stored records as gold-format JSON files (one per document) or JSON Lines.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { DB } from './db/database.ts';
import { toGold, type GoldDocument } from './gold-format.ts';
import type { MentionRecord, AgreementRecordOut } from './stages/records.ts';
import type { DateValue } from './types.ts';

interface MentionRow {
  kind: MentionRecord['kind'];
  start: number;
  end: number;
  surface: string;
  value: string;
  company_id: string | null;
}

export function* goldDocuments(db: DB): Generator<GoldDocument> {
  const docs = db.prepare<[], { id: number; name: string }>('SELECT id, name FROM documents ORDER BY name, id').all();
  const mentionsOf = db.prepare<[number], MentionRow>('SELECT kind, start, end, surface, value, company_id FROM mentions WHERE document_id = ? ORDER BY start, end, kind');
  const agreementsOf = db.prepare<[number], { id: number; type: AgreementRecordOut['type']; date_value: string | null }>(
    'SELECT id, type, date_value FROM agreements WHERE document_id = ? ORDER BY id',
  );
  const partiesOf = db.prepare<[number], { company_id: string | null; name: string; role: string | null }>('SELECT company_id, name, role FROM agreement_parties WHERE agreement_id = ? ORDER BY position');
  const evidenceOf = db.prepare<[number], { start: number; end: number; surface: string }>('SELECT start, end, surface FROM agreement_evidence WHERE agreement_id = ? ORDER BY position');
  for (const d of docs) {
    const mentions = mentionsOf.all(d.id).map((m) => ({ kind: m.kind, start: m.start, end: m.end, surface: m.surface, value: JSON.parse(m.value) as Record<string, unknown>, companyId: m.company_id }));
    const agreements = agreementsOf.all(d.id).map((a) => ({
      type: a.type,
      date: a.date_value ? (JSON.parse(a.date_value) as DateValue) : null,
      parties: partiesOf.all(a.id).map((p) => ({ companyId: p.company_id, name: p.name, ...(p.role ? { role: p.role } : {}) })),
      evidence: evidenceOf.all(a.id),
    }));
    yield toGold(d.name, mentions, agreements);
  }
}

export function exportGold(db: DB, outDir: string): number {
  mkdirSync(outDir, { recursive: true });
  let n = 0;
  for (const doc of goldDocuments(db)) {
    writeFileSync(path.join(outDir, `${doc.doc}.json`), JSON.stringify(doc, null, 1) + '\n');
    n++;
  }
  return n;
}

/** One record per line: {doc, category, ...record}. */
export function exportJsonl(db: DB, write: (line: string) => void): number {
  let n = 0;
  for (const doc of goldDocuments(db)) {
    for (const category of ['companies', 'dates', 'quantities', 'agreements'] as const) {
      for (const r of doc[category]) {
        write(JSON.stringify({ doc: doc.doc, category, ...r }) + '\n');
        n++;
      }
    }
  }
  return n;
}
