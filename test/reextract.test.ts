/**
 * Incremental reextract: an added alias redoes exactly the documents that contain it, its
 * mentions appear; removing it removes them; both runs' change reports say so; with nothing
 * changed nothing is done; a bad dictionary stops the run before anything changes.
 */
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DB } from '../pipeline/db/database.ts';
import { ingest } from '../pipeline/ingest.ts';
import { loadExtraction } from '../pipeline/setup.ts';
import { reextract } from '../pipeline/reextract/run.ts';
import { netChanges } from '../pipeline/commands/diff-runs.ts';
import { ResourceError } from '../text/seed-files.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const N = 12;
const WITH_ALIAS = [2, 5, 9]; // k = 3 documents mention the new company
const NEW_COMPANY = '\n  - id: test_zentrofex\n    name: Zentrofex\n    country: JP\n    sector: other\n    ja: [ゼントロフェクス]\n';

let dir: string;
let seeds: string;
let db: DB;
let dictionary: string;

function companyMentions(name: string): number {
  return (db.prepare("SELECT count(*) n FROM mentions m JOIN companies c ON c.id = m.company_id WHERE c.canonical = ?").get(name) as { n: number }).n;
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'reextract-'));
  seeds = path.join(dir, 'seeds');
  cpSync(path.join(ROOT, 'seeds'), seeds, { recursive: true });
  dictionary = path.join(seeds, 'companies/companies.yaml');
  const input = path.join(dir, 'in');
  mkdirSync(input);
  for (let i = 0; i < N; i++) {
    const mention = WITH_ALIAS.includes(i) ? `この分野ではゼントロフェクスも2026年に参入する。` : '';
    writeFileSync(path.join(input, `doc${i}.txt`), `記事${i}\nトヨタは2025年${(i % 12) + 1}月${i + 1}日、CATLと電池の供給契約を締結した。${mention}\n容量は${i + 10}GWhとなる。\n`);
  }
  db = openDatabase(path.join(dir, 'db.sqlite'));
  const summary = await ingest(db, [input], loadExtraction(seeds), { workers: 0 });
  expect(summary.read).toBe(N);
});

describe('reextract', () => {
  it('does nothing, and says so, when nothing changed', async () => {
    const runs = (db.prepare('SELECT count(*) n FROM runs').get() as { n: number }).n;
    const s = await reextract(db, loadExtraction(seeds), { all: false, workers: 0 });
    expect(s.status).toBe('nothing_to_do');
    expect(s.redone).toBe(0);
    expect((db.prepare('SELECT count(*) n FROM runs').get() as { n: number }).n).toBe(runs);
  });

  it('an added alias redoes exactly the k documents containing it; removing it removes the mentions', async () => {
    const original = readFileSync(dictionary, 'utf8');
    expect(companyMentions('Zentrofex')).toBe(0);
    const before = (db.prepare('SELECT max(id) id FROM runs').get() as { id: number }).id;

    appendFileSync(dictionary, NEW_COMPANY);
    const added = await reextract(db, loadExtraction(seeds), { all: false, workers: 0 });
    expect(added.status).toBe('done');
    expect(added.redone).toBe(WITH_ALIAS.length);
    expect(added.perDocument.map((d) => d.document).sort()).toEqual(WITH_ALIAS.map((i) => `doc${i}.txt`).sort());
    expect(added.restamped).toBe(N - WITH_ALIAS.length);
    expect(added.totals.company.added).toBe(WITH_ALIAS.length);
    expect(companyMentions('Zentrofex')).toBe(WITH_ALIAS.length);
    const addedRows = db.prepare("SELECT document, surface FROM changes WHERE run_id = ? AND category = 'company' AND change = 'added' ORDER BY document").all(added.runId!);
    expect(addedRows).toEqual(WITH_ALIAS.map((i) => ({ document: `doc${i}.txt`, surface: 'ゼントロフェクス' })).sort((a, b) => a.document.localeCompare(b.document)));

    writeFileSync(dictionary, original);
    const removed = await reextract(db, loadExtraction(seeds), { all: false, workers: 0 });
    expect(removed.redone).toBe(WITH_ALIAS.length);
    expect(removed.totals.company.removed).toBe(WITH_ALIAS.length);
    expect(removed.totals.company.added).toBe(0);
    expect(companyMentions('Zentrofex')).toBe(0);

    // diff between the runs: added then removed composes to nothing; each step shows its change
    expect(netChanges(db, before, removed.runId!).filter((c) => c.category === 'company')).toEqual([]);
    expect(netChanges(db, before, added.runId!).filter((c) => c.category === 'company')).toHaveLength(WITH_ALIAS.length);
    expect(netChanges(db, added.runId!, removed.runId!).every((c) => c.change === 'removed')).toBe(true);
    expect(db.prepare('SELECT count(*) n FROM v_span_mismatches').get()).toEqual({ n: 0 });
  });

  it('a document without an alias signature (stored before they existed) is redone for any changed alias, and gets one', async () => {
    const original = readFileSync(dictionary, 'utf8');
    const doc0 = (db.prepare("SELECT id FROM documents WHERE name = 'doc0.txt'").get() as { id: number }).id;
    db.prepare('DELETE FROM alias_signatures WHERE document_id = ?').run(doc0);
    try {
      appendFileSync(dictionary, NEW_COMPANY);
      const added = await reextract(db, loadExtraction(seeds), { all: false, workers: 0 });
      expect(added.perDocument.map((d) => d.document).sort()).toEqual(['doc0.txt', ...WITH_ALIAS.map((i) => `doc${i}.txt`)].sort());
      expect(companyMentions('Zentrofex')).toBe(WITH_ALIAS.length);
      const signed = db.prepare("SELECT count(*) n FROM alias_signatures s JOIN documents d ON d.id = s.document_id WHERE d.name = 'doc0.txt'").get();
      expect(signed).toEqual({ n: 1 });
    } finally {
      writeFileSync(dictionary, original);
    }
    const removed = await reextract(db, loadExtraction(seeds), { all: false, workers: 0 });
    expect(removed.redone).toBe(WITH_ALIAS.length);
  });

  it('a dictionary error stops the run before anything changes, naming file:line', async () => {
    const original = readFileSync(dictionary, 'utf8');
    const before = db.prepare('SELECT (SELECT count(*) FROM mentions) m, (SELECT count(*) FROM runs) r').get();
    writeFileSync(dictionary, original + '\n  - id: toyota\n    name: Duplicate Toyota\n    country: JP\n    sector: automaker\n');
    try {
      expect(() => loadExtraction(seeds)).toThrow(ResourceError);
      expect(() => loadExtraction(seeds)).toThrow(/companies\.yaml:\d+: .*toyota/);
    } finally {
      writeFileSync(dictionary, original);
    }
    expect(db.prepare('SELECT (SELECT count(*) FROM mentions) m, (SELECT count(*) FROM runs) r').get()).toEqual(before);
  });

  it('a failing reextract leaves the previous results intact', async () => {
    const before = db.prepare('SELECT (SELECT count(*) FROM mentions) m, (SELECT group_concat(state_id) FROM document_states) s').get();
    const setup = loadExtraction(seeds);
    const boom = { id: 'boom', version: '1', resources: [], extract: () => { throw new Error('boom'); } };
    const broken = { ...setup, extractors: [...setup.extractors, boom], state: { ...setup.state, extractors: { ...setup.state.extractors, boom: '1' } } };
    await expect(reextract(db, broken, { all: true, workers: 0 })).rejects.toThrow(/boom/);
    expect(db.prepare('SELECT (SELECT count(*) FROM mentions) m, (SELECT group_concat(state_id) FROM document_states) s').get()).toEqual(before);
    expect(db.prepare('SELECT status FROM runs ORDER BY id DESC LIMIT 1').get()).toEqual({ status: 'failed' });
  });

  it('--all redoes every document and changes nothing when nothing changed', async () => {
    const s = await reextract(db, loadExtraction(seeds), { all: true, workers: 0 });
    expect(s.redone).toBe(N);
    expect(Object.values(s.totals).every((c) => c.added + c.removed + c.changed === 0)).toBe(true);
  });
});
