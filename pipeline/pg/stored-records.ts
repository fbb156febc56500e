/**
 * A stored document's records read back from PostgreSQL in the shape of freshly extracted ones
 * (DocumentRecords' mentions and agreements), for `export` and for reextract's diff.
 */
import type { DocumentRecords } from '../stages/records.ts';
import type { Queryable } from './connect.ts';

export type StoredRecords = Pick<DocumentRecords, 'mentions' | 'agreements'>;

export async function storedRecords(db: Queryable, documentId: number): Promise<DocumentRecords> {
  const mentions = (
    await db.query(
      `SELECT kind, start, "end", surface, value, company_id, extractor, extractor_version, rule FROM mentions
       WHERE document_id = $1 ORDER BY start, "end", kind COLLATE "C", id`,
      [documentId],
    )
  ).rows.map((m) => ({
    kind: m.kind,
    start: m.start,
    end: m.end,
    surface: m.surface,
    value: JSON.parse(m.value),
    companyId: m.company_id,
    extractor: m.extractor,
    extractorVersion: m.extractor_version,
    rule: m.rule,
  }));
  const agreementRows = (await db.query('SELECT id, type, date_value, extractor, extractor_version, rule FROM agreements WHERE document_id = $1 ORDER BY id', [documentId])).rows;
  const ids = agreementRows.map((a) => a.id as number);
  const parties = ids.length
    ? (await db.query('SELECT agreement_id, company_id, name, role FROM agreement_parties WHERE agreement_id = ANY($1::bigint[]) ORDER BY agreement_id, position', [ids])).rows
    : [];
  const evidence = ids.length
    ? (await db.query('SELECT agreement_id, start, "end", surface FROM agreement_evidence WHERE agreement_id = ANY($1::bigint[]) ORDER BY agreement_id, position', [ids])).rows
    : [];
  const agreements = agreementRows.map((a) => ({
    type: a.type,
    date: a.date_value ? JSON.parse(a.date_value) : null,
    parties: parties.filter((p) => p.agreement_id === a.id).map((p) => ({ companyId: p.company_id, name: p.name, ...(p.role ? { role: p.role } : {}) })),
    evidence: evidence.filter((e) => e.agreement_id === a.id).map((e) => ({ start: e.start, end: e.end, surface: e.surface })),
    extractor: a.extractor,
    extractorVersion: a.extractor_version,
    rule: a.rule,
  }));
  return { mentions, agreements, segments: [], discovered: [], documentDate: null, languageMix: {} };
}
