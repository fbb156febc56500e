/**
 * Worker threads started ahead of their pool (prestartWorkers; the command line's ingest does it
 * before loading the extraction): the pool takes them, sends them their setup by message, and
 * they extract exactly what the main thread does; those no pool takes are stopped; a small
 * batch starts none.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultSeedsDir } from '../text/seed-files.ts';
import { openDatabase } from './db/database.ts';
import { ingest, SMALL_BATCH_BYTES, startWorkersEarly } from './ingest.ts';
import { findFiles } from './stages/read.ts';
import { loadExtraction } from './setup.ts';
import { InProcessProcessor, prestartedWorkerCount, prestartWorkers, stopPrestartedWorkers, WorkerPool } from './workers.ts';
import type { ProcessedDocument } from './process.ts';

const SEEDS = defaultSeedsDir();
const ARTICLES = readdirSync(path.join(SEEDS, 'articles')).map((f) => path.join(SEEDS, 'articles', f));

function comparable(p: ProcessedDocument): unknown {
  return { doc: { ...p.doc, aliasSignature: [...p.doc.aliasSignature] }, records: p.records };
}

/** A folder of copies of the seed articles, more than `bytes` in all. */
function corpusOver(bytes: number): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'prestart-'));
  const texts = ARTICLES.map((f) => readFileSync(f, 'utf8'));
  let total = 0;
  for (let i = 0; total <= bytes; i++) {
    // each copy differs (a content already stored would be skipped)
    const text = `${texts[i % texts.length]}\n(copy ${i})\n`;
    writeFileSync(path.join(dir, `${i}.txt`), text);
    total += Buffer.byteLength(text);
  }
  return dir;
}

afterEach(async () => {
  await stopPrestartedWorkers();
});

describe('prestarted worker threads', () => {
  it('are taken by the next pool, which sends them their setup, and extract what this thread does', async () => {
    const setup = loadExtraction(SEEDS);
    const local = new InProcessProcessor(setup.extractors);
    const expected = [];
    for (const file of ARTICLES) expected.push(comparable(await local.process({ kind: 'file', path: file })));

    prestartWorkers(1);
    expect(prestartedWorkerCount()).toBe(1);
    const pool = new WorkerPool(SEEDS, 1, setup.seedFiles);
    try {
      await pool.ready();
      expect(pool.prestartedTaken).toBe(1);
      expect(prestartedWorkerCount()).toBe(0);
      const got = await Promise.all(ARTICLES.map((file) => pool.process({ kind: 'file', path: file })));
      expect(got.map(comparable)).toEqual(expected);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('a pool without any waiting starts its own', async () => {
    const pool = new WorkerPool(SEEDS, 1, loadExtraction(SEEDS).seedFiles);
    try {
      await pool.ready();
      expect(pool.prestartedTaken).toBe(0);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('those no pool takes are stopped', async () => {
    prestartWorkers(2);
    expect(prestartedWorkerCount()).toBe(2);
    await stopPrestartedWorkers();
    expect(prestartedWorkerCount()).toBe(0);
  }, 60_000);
});

describe('startWorkersEarly', () => {
  it('lists the files as ingest does, and starts no worker for a small batch', () => {
    expect(startWorkersEarly([path.join(SEEDS, 'articles')], 1)).toEqual(findFiles([path.join(SEEDS, 'articles')]));
    expect(prestartedWorkerCount()).toBe(0);
  });

  it('starts none with no workers asked for', () => {
    startWorkersEarly([corpusOver(SMALL_BATCH_BYTES)], 0);
    expect(prestartedWorkerCount()).toBe(0);
  });

  it('starts the workers for a larger batch, and ingest (given the listing) takes them', async () => {
    const dir = corpusOver(SMALL_BATCH_BYTES);
    const found = startWorkersEarly([dir], 1);
    expect(found.files).toHaveLength(readdirSync(dir).length);
    expect(prestartedWorkerCount()).toBe(1);
    const db = openDatabase(path.join(mkdtempSync(path.join(os.tmpdir(), 'prestart-db-')), 'db.sqlite'));
    try {
      const summary = await ingest(db, [dir], loadExtraction(SEEDS), { workers: 1, found });
      expect(summary.workerThreads).toBe(1);
      expect(summary.read).toBe(found.files.length);
      expect(summary.failed).toBe(0);
      expect(prestartedWorkerCount()).toBe(0);
    } finally {
      db.close();
    }
  }, 120_000);
});
