/**
 * End to end over the seed articles: ingest → SQLite → export → ../shared/eval/score.py.
 * Every stored span must equal its surface text, both through SQLite's substr() (the
 * v_span_mismatches view) and through an independent code-point slice in JavaScript.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DB } from '../pipeline/db/database.ts';
import { ingest } from '../pipeline/ingest.ts';
import { exportGold } from '../pipeline/export.ts';
import { loadExtraction } from '../pipeline/setup.ts';
import { itIfShared, SHARED } from './shared.ts';

const ROOT = path.resolve(import.meta.dirname, '..');

let db: DB;
let out: string;

beforeAll(async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'e2e-'));
  db = openDatabase(path.join(dir, 'db.sqlite'));
  const summary = await ingest(db, [path.join(ROOT, 'seeds/articles')], loadExtraction(), { workers: 0 });
  expect(summary.failed).toBe(0);
  expect(summary.read).toBe(4);
  out = path.join(dir, 'export');
  expect(exportGold(db, out)).toBe(4);
});

describe('seed articles end to end', () => {
  it('every stored span equals its surface text (SQLite substr)', () => {
    expect(db.prepare('SELECT * FROM v_span_mismatches').all()).toEqual([]);
  });

  it('every stored span equals its surface text (JavaScript code points)', () => {
    const docs = db.prepare('SELECT id, text FROM documents').all() as { id: number; text: string }[];
    let checked = 0;
    for (const d of docs) {
      const cps = Array.from(d.text);
      const spans = db
        .prepare('SELECT start, end, surface FROM mentions WHERE document_id = ? UNION ALL SELECT e.start, e.end, e.surface FROM agreement_evidence e JOIN agreements a ON a.id = e.agreement_id WHERE a.document_id = ?')
        .all(d.id, d.id) as { start: number; end: number; surface: string }[];
      for (const s of spans) {
        expect(cps.slice(s.start, s.end).join('')).toBe(s.surface);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(300);
  });

  it('finds every kind of record, and the views join them for a reader', () => {
    const kinds = Object.fromEntries((db.prepare('SELECT kind, count(*) n FROM mentions GROUP BY kind').all() as { kind: string; n: number }[]).map((r) => [r.kind, r.n]));
    expect(kinds.company).toBeGreaterThan(150);
    expect(kinds.date).toBeGreaterThan(50);
    expect(kinds.quantity).toBeGreaterThan(5);
    const agreements = db.prepare('SELECT document, type, parties, date_start, evidence FROM v_agreements').all() as { parties: string; evidence: string }[];
    expect(agreements.length).toBeGreaterThan(20);
    expect(agreements.every((a) => a.parties.includes(' + ') && a.evidence.length > 0)).toBe(true);
    // informative party roles (agreements: party roles): "investor: X; investee: Y", "founder: …"
    const roles = db.prepare('SELECT roles FROM v_agreements WHERE roles IS NOT NULL').all() as { roles: string }[];
    expect(roles.length).toBeGreaterThan(3);
    expect(roles.every((r) => /^(?:[a-z_]+: [^;]+)(?:; [a-z_]+: [^;]+)+$/.test(r.roles))).toBe(true);
    const nissanReport = db.prepare("SELECT document_date FROM documents WHERE name = '004_b4a9fb4d8948f1b6.txt'").get();
    expect(nissanReport).toEqual({ document_date: '2026-05-15' });
  });

  itIfShared('scores at least the agreed floor on the seed gold (score.py)', { files: ['eval/score.py', 'gold'], python: true }, () => {
    // score.py reads every .json in its gold folder; the canonical_companies lists there are not documents.
    const gold = mkdtempSync(path.join(os.tmpdir(), 'gold-'));
    for (const f of readdirSync(path.join(SHARED, 'gold'))) if (f.endsWith('.gold.json')) cpSync(path.join(SHARED, 'gold', f), path.join(gold, f));
    const res = JSON.parse(execFileSync('python3', [path.join(SHARED, 'eval/score.py'), gold, out, '--json'], { encoding: 'utf8' }));
    expect(res.missing_docs).toEqual([]);
    expect(res.companies.mentions.f1).toBeGreaterThanOrEqual(0.95);
    expect(res.companies.linking_accuracy).toBeGreaterThanOrEqual(0.97);
    expect(res.companies.split_entities).toBe(0);
    expect(res.dates.mentions.f1).toBeGreaterThanOrEqual(0.97);
    expect(res.dates.value_accuracy).toBeGreaterThanOrEqual(0.97);
    expect(res.quantities.mentions.f1).toBeGreaterThanOrEqual(0.95);
    expect(res.quantities.value_accuracy).toBeGreaterThanOrEqual(0.97);
    expect(res.agreements.by_parties.f1).toBeGreaterThanOrEqual(0.85);
    expect(res.agreements.type_accuracy).toBeGreaterThanOrEqual(0.8);
    expect(res.agreements.date_accuracy).toBeGreaterThanOrEqual(0.9);
  });
});
