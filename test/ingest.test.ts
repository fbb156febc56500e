/**
 * The ingest pipeline end to end on small batches: bad input loses nothing, a second ingest
 * stores nothing new, a changed file is re-ingested, a killed ingest is completed by the next
 * (also one killed while it wrote without the company index: db/deferred-indexes.ts).
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DB } from '../pipeline/db/database.ts';
import { DEFER_MIN_DOCUMENTS } from '../pipeline/db/deferred-indexes.ts';
import { ingest } from '../pipeline/ingest.ts';
import { loadExtraction, type ExtractionSetup } from '../pipeline/setup.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const FIXTURES = path.join(ROOT, 'test/fixtures');
let setup: ExtractionSetup;

beforeAll(() => {
  setup = loadExtraction();
});

function tmp(prefix: string): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

/**
 * Run `ingest` of `input` into `dbFile` in a child process (no workers, `batch` documents a
 * transaction) and SIGKILL it as soon as `ready` holds of the database (read-only, polled every
 * `everyMs`); resolves once the child has exited.
 */
async function ingestKilledWhen(input: string, dbFile: string, batch: number, everyMs: number, ready: (db: DB) => boolean, what: string): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'pipeline/cli.ts'), 'ingest', input, '--db', dbFile, '--workers', '0', '--batch', String(batch), '--quiet'], {
    cwd: ROOT,
    stdio: 'ignore',
  });
  const exited = new Promise((r) => child.once('exit', r));
  await new Promise<void>((resolve, reject) => {
    const started = Date.now();
    const timer = setInterval(() => {
      try {
        const db = openDatabase(dbFile, { readonly: true });
        const now = ready(db);
        db.close();
        if (now) {
          clearInterval(timer);
          child.kill('SIGKILL');
          resolve();
        }
      } catch {
        /* database not created yet */
      }
      if (Date.now() - started > 50_000) {
        clearInterval(timer);
        child.kill('SIGKILL');
        reject(new Error(`ingest did not ${what} in time`));
      }
    }, everyMs);
  });
  await exited;
}

describe('ingest', () => {
  it('reports each bad file with its reason, records it, and completes the rest of the batch', async () => {
    const dir = tmp('ingest-bad-');
    cpSync(path.join(FIXTURES, 'bad'), dir, { recursive: true });
    cpSync(path.join(FIXTURES, 'encodings/utf8.txt'), path.join(dir, 'good.txt'));
    cpSync(path.join(FIXTURES, 'encodings/shift_jis.txt'), path.join(dir, 'good-sjis.txt'));
    symlinkSync(path.join(dir, 'nowhere.txt'), path.join(dir, 'dangling.txt'));
    const db = openDatabase(path.join(dir, 'db.sqlite'));
    const errors: string[] = [];
    const summary = await ingest(db, [dir, path.join(dir, 'missing-folder')], setup, { workers: 0, onError: (p, m) => errors.push(`${path.basename(p)}: ${m}`) });
    expect(summary.read).toBe(2);
    expect(summary.failed).toBe(5);
    expect(errors.sort()).toEqual([
      expect.stringMatching(/^binary\.txt: binary file/),
      expect.stringMatching(/^dangling\.txt: cannot read \(ENOENT\)/),
      expect.stringMatching(/^empty\.txt: empty file/),
      expect.stringMatching(/^missing-folder: no such file or folder/),
      expect.stringMatching(/^undecodable\.txt: undecodable bytes/),
    ]);
    const stored = db.prepare('SELECT path, stage, message FROM errors ORDER BY path').all() as { path: string; stage: string }[];
    expect(stored).toHaveLength(5);
    expect(stored.every((e) => e.stage === 'read')).toBe(true);
    const docs = db.prepare('SELECT name, encoding FROM documents ORDER BY name').all();
    expect(docs).toEqual([
      { name: 'good-sjis.txt', encoding: 'Shift_JIS' },
      { name: 'good.txt', encoding: 'UTF-8' },
    ]);
    db.close();
  });

  it('a second ingest of the same folder stores nothing new; a changed file is re-ingested', async () => {
    const dir = tmp('ingest-again-');
    mkdirSync(path.join(dir, 'in'));
    cpSync(path.join(ROOT, 'seeds/articles'), path.join(dir, 'in'), { recursive: true });
    const db = openDatabase(path.join(dir, 'db.sqlite'));
    const first = await ingest(db, [path.join(dir, 'in')], setup, { workers: 0 });
    expect(first.read).toBe(4);
    const count = () => db.prepare('SELECT (SELECT count(*) FROM documents) d, (SELECT count(*) FROM mentions) m, (SELECT count(*) FROM agreements) a').get();
    const before = count();
    const second = await ingest(db, [path.join(dir, 'in')], setup, { workers: 0 });
    expect(second).toMatchObject({ read: 0, skipped: 4, failed: 0 });
    expect(count()).toEqual(before);

    const file = path.join(dir, 'in', '000_4af241cc289a769e.txt');
    writeFileSync(file, readFileSync(file, 'utf8') + '\nトヨタは2030年に50GWhの工場を建設する。\n');
    const rowsOfDocument = (table: string, where = 'document_id = ?') => (db.prepare(`SELECT count(*) n FROM ${table} WHERE ${where}`).get(oldId) as { n: number }).n;
    const oldId = (db.prepare('SELECT id FROM documents WHERE path = ?').get(file) as { id: number }).id;
    const ofAgreements = 'agreement_id IN (SELECT id FROM agreements WHERE document_id = ?)';
    expect([rowsOfDocument('mentions'), rowsOfDocument('segments'), rowsOfDocument('agreements'), rowsOfDocument('agreement_parties', ofAgreements)].every((n) => n > 0)).toBe(true);
    const third = await ingest(db, [path.join(dir, 'in')], setup, { workers: 0 });
    expect(third).toMatchObject({ read: 1, skipped: 3, failed: 0 });
    const docs = db.prepare('SELECT count(*) n FROM documents').get() as { n: number };
    expect(docs.n).toBe(4);
    // the replaced document went with all its rows, and nothing refers to a missing row
    for (const table of ['mentions', 'segments', 'agreements', 'alias_signatures', 'document_states', 'company_links']) expect(rowsOfDocument(table)).toBe(0);
    for (const table of ['agreement_parties', 'agreement_evidence']) {
      expect(db.prepare(`SELECT count(*) n FROM ${table} WHERE agreement_id NOT IN (SELECT id FROM agreements)`).get()).toEqual({ n: 0 });
    }
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.prepare('SELECT count(*) n FROM v_span_mismatches').get()).toEqual({ n: 0 });
    db.close();
  });

  it('a process killed mid-batch leaves no half-written document; the next ingest completes the rest', async () => {
    const dir = tmp('ingest-kill-');
    const input = path.join(dir, 'in');
    mkdirSync(input);
    const base = readFileSync(path.join(ROOT, 'seeds/articles/002_68182255e3bb6005.txt'), 'utf8');
    const N = 60;
    for (let i = 0; i < N; i++) writeFileSync(path.join(input, `doc${String(i).padStart(3, '0')}.txt`), `記事${i}\n${base}`);
    const dbFile = path.join(dir, 'db.sqlite');
    // Kill it once some documents are stored.
    await ingestKilledWhen(input, dbFile, 4, 50, (db) => (db.prepare('SELECT count(*) n FROM documents').get() as { n: number }).n >= 3, 'store documents');
    const db = openDatabase(dbFile);
    const stored = (db.prepare('SELECT count(*) n FROM documents').get() as { n: number }).n;
    expect(stored).toBeGreaterThanOrEqual(3);
    expect(stored).toBeLessThan(N);
    // every stored document is complete: it has segments and the same records as any other copy
    const perDoc = db.prepare('SELECT d.id, (SELECT count(*) FROM segments s WHERE s.document_id = d.id) seg, (SELECT count(*) FROM mentions m WHERE m.document_id = d.id) men FROM documents d').all() as { seg: number; men: number }[];
    expect(new Set(perDoc.map((d) => `${d.seg}/${d.men}`)).size).toBe(1);
    const summary = await ingest(db, [input], setup, { workers: 0 });
    expect(summary.skipped).toBe(stored);
    expect(summary.read).toBe(N - stored);
    expect((db.prepare('SELECT count(*) n FROM documents').get() as { n: number }).n).toBe(N);
    expect(db.prepare("SELECT status FROM runs ORDER BY id LIMIT 1").get()).toEqual({ status: 'interrupted' });
    db.close();
  });

  it('a process killed while it writes without the company index: the next write open builds it, and nothing is lost', async () => {
    const dir = tmp('ingest-kill-index-');
    const input = path.join(dir, 'in');
    mkdirSync(input);
    const N = DEFER_MIN_DOCUMENTS + 1000; // a window of ~1,000 documents to kill it in
    for (let i = 0; i < N; i++) {
      writeFileSync(path.join(input, `doc${String(i).padStart(4, '0')}.txt`), `トヨタ自動車とパナソニックは2024年${(i % 12) + 1}月、電池の合弁会社を設立すると発表した(記事${i})。`);
    }
    const dbFile = path.join(dir, 'db.sqlite');
    // Kill it once it has dropped the index (after DEFER_MIN_DOCUMENTS documents written).
    const dropped = (db: DB) =>
      (db.prepare('SELECT count(*) n FROM documents').get() as { n: number }).n >= DEFER_MIN_DOCUMENTS && !db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'mentions_company'").get();
    await ingestKilledWhen(input, dbFile, 8, 20, dropped, 'drop the index');
    const db = openDatabase(dbFile);
    expect(db.prepare("SELECT sql FROM sqlite_master WHERE name = 'mentions_company'").get()).toBeDefined();
    expect(db.prepare('SELECT status FROM runs ORDER BY id LIMIT 1').get()).toEqual({ status: 'interrupted' });
    const stored = (db.prepare('SELECT count(*) n FROM documents').get() as { n: number }).n;
    expect(stored).toBeLessThan(N);
    const companyMentions = () => ({
      indexed: (db.prepare("SELECT count(*) n FROM mentions INDEXED BY mentions_company WHERE company_id = 'toyota'").get() as { n: number }).n,
      scanned: (db.prepare("SELECT count(*) n FROM mentions NOT INDEXED WHERE company_id = 'toyota'").get() as { n: number }).n,
    });
    expect(companyMentions()).toEqual({ indexed: stored, scanned: stored }); // one Toyota mention in each whole document
    const summary = await ingest(db, [input], setup, { workers: 0 });
    expect(summary.read).toBe(N - stored);
    expect(companyMentions()).toEqual({ indexed: N, scanned: N });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });
});
