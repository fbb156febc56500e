/**
 * Where a batch is extracted: a batch under SMALL_BATCH_BYTES (for two workers; less with more)
 * in the main thread, a larger one in the worker pool — with the same records either way.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DB } from '../pipeline/db/database.ts';
import { ingest, isSmallBatch, SMALL_BATCH_BYTES } from '../pipeline/ingest.ts';
import { loadExtraction, type ExtractionSetup } from '../pipeline/setup.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const ARTICLES = path.join(ROOT, 'seeds/articles');
const KB = 1024;
let setup: ExtractionSetup;

beforeAll(() => {
  setup = loadExtraction();
});

function tmp(prefix: string): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Files of the given sizes (bytes) in a new folder. */
function filesOf(sizes: number[]): string[] {
  const dir = tmp('small-batch-');
  return sizes.map((n, i) => {
    const f = path.join(dir, `${i}.txt`);
    writeFileSync(f, 'x'.repeat(n));
    return f;
  });
}

describe('isSmallBatch', () => {
  it.each([
    ['two small files, two workers', [100 * KB, 100 * KB], 2, true],
    ['just under the threshold', [SMALL_BATCH_BYTES - 1], 2, true],
    ['at the threshold', [SMALL_BATCH_BYTES], 2, false],
    ['two files over it together', [600 * KB, 600 * KB], 2, false],
    ['four workers: half the threshold', [400 * KB], 4, true],
    ['four workers, over half', [600 * KB], 4, false],
    ['one worker: the threshold of two', [900 * KB], 1, true],
    ['no files', [], 2, true],
  ])('%s', (_name, sizes, workers, small) => {
    expect(isSmallBatch(filesOf(sizes), workers)).toBe(small);
  });

  it('a file that cannot be read counts nothing (it is reported when read)', () => {
    expect(isSmallBatch([path.join(tmp('small-batch-'), 'missing.txt'), ...filesOf([10 * KB])], 2)).toBe(true);
  });
});

/** The records of a database, comparable across databases (no ids). */
function records(db: DB): unknown[] {
  return db
    .prepare(
      `SELECT d.name, m.kind, m.start, m.end, m.surface, m.value, m.company_id, m.rule
       FROM mentions m JOIN documents d ON d.id = m.document_id ORDER BY d.name, m.start, m.end, m.kind, m.rule`,
    )
    .all();
}

describe('ingest: main thread or workers by the size of the batch', () => {
  it('the seed articles (a small batch) are extracted in the main thread even with --workers 2', async () => {
    const db = openDatabase(path.join(tmp('small-batch-db-'), 'db.sqlite'));
    const summary = await ingest(db, [ARTICLES], setup, { workers: 2 });
    expect(summary).toMatchObject({ read: 4, failed: 0, workerThreads: 0 });
    db.close();
  });

  it('a batch over the threshold goes to the workers, and its records are those of the main thread', async () => {
    // the seed articles, each several times with a line of its own and padding: over 1 MB in all
    const dir = tmp('small-batch-big-');
    mkdirSync(path.join(dir, 'in'));
    const padding = `\n${'　'.repeat(100)}\n`.repeat(280);
    let n = 0;
    for (const f of readdirSync(ARTICLES)) {
      const text = readFileSync(path.join(ARTICLES, f), 'utf8');
      for (let k = 0; k < 3; k++) writeFileSync(path.join(dir, 'in', `${n++}-${f}`), `${text}\n(${k})\n${padding}`);
    }
    const pooled = openDatabase(path.join(dir, 'pooled.sqlite'));
    const inThread = openDatabase(path.join(dir, 'in-thread.sqlite'));
    const a = await ingest(pooled, [path.join(dir, 'in')], setup, { workers: 2 });
    const b = await ingest(inThread, [path.join(dir, 'in')], setup, { workers: 0 });
    expect(a.bytes).toBeGreaterThan(SMALL_BATCH_BYTES);
    expect(a).toMatchObject({ read: n, failed: 0, workerThreads: 2 });
    expect(b).toMatchObject({ read: n, failed: 0, workerThreads: 0 });
    const got = records(pooled);
    expect(got.length).toBeGreaterThan(100);
    expect(got).toEqual(records(inThread));
    pooled.close();
    inThread.close();
  }, 120_000);
});
