/**
 * Hand-made gold-format documents for the scorer's tests (score.test.ts, score-py.test.ts),
 * and a database holding such documents as stored records.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type DB } from '../db/database.ts';
import { aliasSignature } from '../stages/alias-signature.ts';
import { Store } from '../stages/store.ts';
import type { AgreementRecordOut, MentionRecord } from '../../extractors/types.ts';

export type Doc = Record<string, unknown>;

export const co = (text: string, start: number, canonical: string | null, extra: Doc = {}): Doc => ({ text, start, end: start + text.length, canonical, ...extra });
export const dt = (text: string, start: number, value: unknown, extra: Doc = {}): Doc => ({ text, start, end: start + text.length, value, ...extra });
export const qt = (start: number, kind: string, value: unknown, unit: string | null, extra: Doc = {}): Doc => ({ text: `q${start}`, start, end: start + 3, kind, value, unit, ...extra });
export const ag = (parties: string[], type: string, date: unknown = null, extra: Doc = {}): Doc => ({ parties, type, date, evidence: [], ...extra });
export const doc = (name: string, parts: Doc = {}): Doc => ({ doc: name, companies: [], dates: [], quantities: [], agreements: [], ...parts });
export const day = (d: string) => ({ start: d, end: d, granularity: 'day' });

/** Temporary folders, removed by cleanUp(). */
export class TempDirs {
  private readonly made: string[] = [];
  make(prefix: string): string {
    const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
    this.made.push(dir);
    return dir;
  }
  /** A folder with one `<nn>.json` per document, or the files given as {file, raw}. */
  write(files: readonly (Doc | { file: string; raw: string })[]): string {
    const dir = this.make('eval-');
    files.forEach((f, i) => {
      if (typeof f.file === 'string' && typeof f.raw === 'string') writeFileSync(path.join(dir, f.file), f.raw);
      else writeFileSync(path.join(dir, `${String(i).padStart(2, '0')}.json`), JSON.stringify(f));
    });
    return dir;
  }
  cleanUp(): void {
    for (const dir of this.made.splice(0)) rmSync(dir, { recursive: true, force: true });
  }
}

/** A database holding these documents' records (over placeholder texts, or the given ones). */
export function storeDocs(dbFile: string, docs: readonly Doc[], textOf: (name: string) => string = () => 'x'): DB {
  const db = openDatabase(dbFile);
  const store = new Store(db);
  const state = { extractors: {}, resources: {} };
  const runId = store.startRun('test', '0', state, 'none');
  docs.forEach((d, i) => {
    const name = d.doc as string;
    const text = textOf(name);
    const base = { companyId: null, extractor: 'test', extractorVersion: '0', rule: 'test' };
    const span = (m: Doc) => ({ start: m.start as number, end: m.end as number, surface: m.text as string });
    const list = (k: string) => (d[k] ?? []) as Doc[];
    const mentions: MentionRecord[] = [
      ...list('companies').map((m) => ({ ...base, ...span(m), kind: 'company' as const, value: { canonical: m.canonical } })),
      ...list('dates').map((m) => ({ ...base, ...span(m), kind: 'date' as const, value: m.value as Record<string, unknown> })),
      ...list('quantities').map((m) => ({ ...base, ...span(m), kind: 'quantity' as const, value: { kind: m.kind, value: m.value, unit: m.unit, min: m.min, max: m.max } })),
    ].filter((m) => m.end > m.start);
    const agreements = list('agreements').map(
      (a): AgreementRecordOut => ({
        type: a.type as AgreementRecordOut['type'],
        date: a.date as AgreementRecordOut['date'],
        parties: (a.parties as string[]).map((p) => ({ companyId: null, name: p })),
        evidence: [],
        extractor: 'test',
        extractorVersion: '0',
        rule: 'test',
      }),
    );
    store.writeDocument(
      runId,
      { path: `/virtual/${i}/${name}`, name, format: 'txt', encoding: 'UTF-8', contentHash: `hash-${i}`, text, charCount: [...text].length, aliasSignature: aliasSignature(text) },
      { segments: [], mentions, agreements, discovered: [], documentDate: null, languageMix: {} },
      store.stateId(state),
    );
  });
  return db;
}
