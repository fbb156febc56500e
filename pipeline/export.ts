/**
 * `export`: stored records as gold-format JSON files (one per document) or JSON Lines.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { DB } from './db/database.ts';
import { describeSystemError } from './cli-error.ts';
import { makeDirs } from './make-dirs.ts';
import { toGold, type GoldDocument } from './gold-format.ts';
import type { MentionRecord, AgreementRecordOut } from '../extractors/types.ts';
import type { DateValue } from '../extractors/types.ts';

interface MentionRow {
  kind: MentionRecord['kind'];
  start: number;
  end: number;
  surface: string;
  value: string;
  company_id: string | null;
}

export function* goldDocuments(db: DB): Generator<GoldDocument & { id: number }> {
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
    yield Object.assign(toGold(d.name, mentions, agreements), { id: d.id });
  }
}

/** A document whose file could not be written, with the reason. */
export interface ExportFailure {
  document: string;
  file: string;
  reason: string;
}

/**
 * The file name of each document's export: its stored name made safe (no folder part, no
 * control characters; "..", "." or an empty name become "document-<id>"), and, for names
 * several documents share (a.txt in two folders), the document id added — so no export
 * overwrites another and none is written outside the output folder.
 */
export function exportFileNames(docs: readonly { id: number; name: string }[]): Map<number, string> {
  const safe = (d: { id: number; name: string }) => {
    const base = d.name.split(/[\\/]/).pop()!.replace(/[\u0000-\u001f\u007f]/g, '_').slice(0, 200);
    return base === '' || base === '.' || base === '..' ? `document-${d.id}` : base;
  };
  const counts = new Map<string, number>();
  for (const d of docs) counts.set(safe(d).toLowerCase(), (counts.get(safe(d).toLowerCase()) ?? 0) + 1);
  const used = new Set<string>();
  const out = new Map<number, string>();
  for (const d of docs) {
    let name = safe(d);
    if (counts.get(name.toLowerCase())! > 1) name = `${name}.${d.id}`;
    while (used.has(`${name}.json`.toLowerCase())) name = `${name}.${d.id}`;
    used.add(`${name}.json`.toLowerCase());
    out.set(d.id, `${name}.json`);
  }
  return out;
}

/**
 * Write one JSON file per document into `outDir`; returns how many were written. A file that
 * cannot be written is passed to `onFailure` (default: thrown after the others are written).
 */
export function exportGold(db: DB, outDir: string, onFailure?: (f: ExportFailure) => void): number {
  makeDirs(outDir, `--out ${outDir}`);
  const root = path.resolve(outDir);
  const names = exportFileNames(db.prepare<[], { id: number; name: string }>('SELECT id, name FROM documents ORDER BY name, id').all());
  let written = 0;
  const failures: ExportFailure[] = [];
  for (const { id, ...doc } of goldDocuments(db)) {
    const file = path.join(root, names.get(id)!);
    if (path.dirname(file) !== root) {
      failures.push({ document: doc.doc, file, reason: 'the file name would leave the output folder' });
      continue;
    }
    try {
      writeFileSync(file, JSON.stringify(doc, null, 1) + '\n');
      written++;
    } catch (e) {
      failures.push({ document: doc.doc, file, reason: describeSystemError(e) });
    }
  }
  if (onFailure) failures.forEach(onFailure);
  else if (failures.length > 0) throw new Error(`${failures.length} export files could not be written; first: ${failures[0]!.file}: ${failures[0]!.reason}`);
  return written;
}

/** One record per line: {doc, category, ...record}. */
export function* exportJsonl(db: DB): Generator<string> {
  for (const doc of goldDocuments(db)) {
    for (const category of ['companies', 'dates', 'quantities', 'agreements'] as const) {
      for (const r of doc[category]) yield JSON.stringify({ doc: doc.doc, category, ...r }) + '\n';
    }
  }
}
