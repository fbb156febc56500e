/**
 * How the agreement extractor's findings become rows (RECORDS.md §4): parties by company id
 * (none for a plain, non-company party), evidence as spans of the original text.
 */
import type { Found, RecordWriter } from '../types.ts';

export function agreementRecords(found: Found, out: RecordWriter): void {
  for (const a of found.agreements) {
    out.agreement({
      type: a.type,
      date: a.date,
      parties: a.parties.map((p) => ({ companyId: p.entityId.startsWith('plain:') ? null : p.entityId, name: p.name, ...(p.role ? { role: p.role } : {}) })),
      evidence: a.evidence.map(out.span),
      rule: a.rule,
    });
  }
}
