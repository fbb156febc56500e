/**
 * Compare a document's stored records with freshly extracted ones.
 * Mentions are identified by kind and span; agreements by their party set (several
 * agreements between the same parties are paired in order of date and type).
 */
import type { DB } from '../db/database.ts';
import type { DocumentRecords } from '../stages/records.ts';

export type ChangeKind = 'added' | 'removed' | 'changed';

export interface RecordChange {
  category: 'company' | 'date' | 'quantity' | 'agreement';
  change: ChangeKind;
  key: string;
  surface: string | null;
  before: unknown;
  after: unknown;
}

interface Comparable {
  category: RecordChange['category'];
  key: string;
  surface: string | null;
  content: string;
  view: unknown;
}

function mentionView(m: { kind: string; value: unknown; companyId: string | null }): unknown {
  return m.kind === 'company' ? { company_id: m.companyId, ...(m.value as object) } : m.value;
}

export function storedComparables(db: DB, documentId: number): Comparable[] {
  const out: Comparable[] = [];
  const mentions = db.prepare('SELECT kind, start, end, surface, value, company_id FROM mentions WHERE document_id = ?').all(documentId) as {
    kind: 'company' | 'date' | 'quantity';
    start: number;
    end: number;
    surface: string;
    value: string;
    company_id: string | null;
  }[];
  for (const m of mentions) {
    const view = mentionView({ kind: m.kind, value: JSON.parse(m.value), companyId: m.company_id });
    out.push({ category: m.kind, key: `${m.start}-${m.end}`, surface: m.surface, content: JSON.stringify(view), view });
  }
  const agreements = db.prepare('SELECT id, type, date_value FROM agreements WHERE document_id = ? ORDER BY id').all(documentId) as { id: number; type: string; date_value: string | null }[];
  const parties = db.prepare('SELECT name FROM agreement_parties WHERE agreement_id = ? ORDER BY name');
  const evidence = db.prepare('SELECT start, end FROM agreement_evidence WHERE agreement_id = ? ORDER BY position');
  for (const a of agreements) {
    const names = (parties.all(a.id) as { name: string }[]).map((p) => p.name);
    const view = { parties: names, type: a.type, date: a.date_value ? JSON.parse(a.date_value) : null, evidence: evidence.all(a.id) };
    out.push({ category: 'agreement', key: names.join(' + '), surface: null, content: JSON.stringify(view), view });
  }
  return out;
}

export function freshComparables(records: DocumentRecords): Comparable[] {
  const out: Comparable[] = [];
  for (const m of records.mentions) {
    const view = mentionView(m);
    out.push({ category: m.kind, key: `${m.start}-${m.end}`, surface: m.surface, content: JSON.stringify(view), view });
  }
  for (const a of records.agreements) {
    const names = a.parties.map((p) => p.name).sort();
    const view = { parties: names, type: a.type, date: a.date, evidence: a.evidence.map((e) => ({ start: e.start, end: e.end })) };
    out.push({ category: 'agreement', key: names.join(' + '), surface: null, content: JSON.stringify(view), view });
  }
  return out;
}

export function diffRecords(before: Comparable[], after: Comparable[]): RecordChange[] {
  const changes: RecordChange[] = [];
  const group = (list: Comparable[]) => {
    const m = new Map<string, Comparable[]>();
    for (const c of list) {
      const k = `${c.category}\u0000${c.key}`;
      const arr = m.get(k);
      if (arr) arr.push(c);
      else m.set(k, [c]);
    }
    return m;
  };
  const b = group(before);
  const a = group(after);
  for (const [k, olds] of b) {
    const news = [...(a.get(k) ?? [])];
    const remaining: Comparable[] = [];
    for (const o of olds) {
      const same = news.findIndex((n) => n.content === o.content);
      if (same >= 0) news.splice(same, 1);
      else remaining.push(o);
    }
    for (const o of remaining) {
      const n = news.shift();
      if (n) changes.push({ category: o.category, change: 'changed', key: o.key, surface: n.surface, before: o.view, after: n.view });
      else changes.push({ category: o.category, change: 'removed', key: o.key, surface: o.surface, before: o.view, after: null });
    }
    for (const n of news) changes.push({ category: n.category, change: 'added', key: n.key, surface: n.surface, before: null, after: n.view });
    a.delete(k);
  }
  for (const news of a.values()) for (const n of news) changes.push({ category: n.category, change: 'added', key: n.key, surface: n.surface, before: null, after: n.view });
  return changes;
}
