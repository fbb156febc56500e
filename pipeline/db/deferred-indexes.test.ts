import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DB } from './database.ts';
import { DEFER_MIN_DOCUMENTS, DEFERRED_INDEXES, dropDeferredIndexes, ensureDeferredIndexes, shouldDeferIndexes } from './deferred-indexes.ts';
import { ingest } from '../ingest.ts';
import { loadExtraction, type ExtractionSetup } from '../setup.ts';

const indexSql = (db: DB, name: string): string | undefined =>
  (db.prepare("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?").get(name) as { sql: string } | undefined)?.sql;
const plan = (db: DB, sql: string): string => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join('; ');

describe('deferred indexes', () => {
  it('define each index as the migrations do', () => {
    const db = openDatabase(':memory:');
    for (const index of DEFERRED_INDEXES) expect(index.create.replace(' IF NOT EXISTS', '')).toBe(indexSql(db, index.name));
    db.close();
  });

  it('are dropped, then built again the same, and used by the views again', () => {
    const db = openDatabase(':memory:');
    const before = DEFERRED_INDEXES.map((i) => indexSql(db, i.name));
    expect(ensureDeferredIndexes(db)).toEqual([]);
    dropDeferredIndexes(db);
    expect(DEFERRED_INDEXES.map((i) => indexSql(db, i.name))).toEqual(DEFERRED_INDEXES.map(() => undefined));
    expect(plan(db, 'SELECT * FROM v_company_mentions')).not.toMatch(/mentions_company/);
    expect(ensureDeferredIndexes(db)).toEqual(DEFERRED_INDEXES.map((i) => i.name));
    expect(DEFERRED_INDEXES.map((i) => indexSql(db, i.name))).toEqual(before);
    expect(plan(db, 'SELECT * FROM v_company_mentions')).toMatch(/USING INDEX mentions_company/);
    db.close();
  });

  it('are built again when a database is opened for writing after a run that dropped them was killed', () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'deferred-')), 'db.sqlite');
    const db = openDatabase(file);
    // the run of a process that is gone, as a killed ingest leaves it
    const dead = spawnSync('true').pid!;
    db.prepare("INSERT INTO runs (command, started_at, tool_version, extractor_versions, resource_hashes, dictionary_hash, pid, host) VALUES ('ingest', '2026-01-01', 'x', '{}', '{}', 'h', ?, ?)").run(dead, os.hostname());
    dropDeferredIndexes(db);
    db.close();
    const reader = openDatabase(file, { readonly: true });
    expect(indexSql(reader, 'mentions_company')).toBeUndefined(); // a reader changes nothing
    reader.close();
    const writer = openDatabase(file);
    expect(writer.prepare('SELECT status FROM runs').get()).toEqual({ status: 'interrupted' });
    expect(indexSql(writer, 'mentions_company')).toMatch(/^CREATE INDEX mentions_company/);
    writer.close();
  });

  it('are left to a run of another process that is still writing, and built once it has ended', () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'deferred-')), 'db.sqlite');
    const db = openDatabase(file);
    // a live ingest of "another process" (this one's pid: alive) that dropped the index
    db.prepare("INSERT INTO runs (command, started_at, tool_version, extractor_versions, resource_hashes, dictionary_hash, pid, host) VALUES ('ingest', '2026-01-01', 'x', '{}', '{}', 'h', ?, ?)").run(process.pid, os.hostname());
    dropDeferredIndexes(db);
    db.close();
    const second = openDatabase(file);
    expect(indexSql(second, 'mentions_company')).toBeUndefined();
    second.prepare("UPDATE runs SET status = 'done'").run();
    second.close();
    const third = openDatabase(file);
    expect(indexSql(third, 'mentions_company')).toMatch(/^CREATE INDEX mentions_company/);
    third.close();
  });

  it.each([
    [DEFER_MIN_DOCUMENTS - 1, 0, false], // a small run into an empty database keeps them
    [DEFER_MIN_DOCUMENTS, 0, true],
    [DEFER_MIN_DOCUMENTS, 1000, false], // a small run into a large database keeps them
    [499, 1000, false],
    [500, 1000, true],
    [20_000, 40_000, true],
  ])('after %i documents written into a database that held %i: drop = %s', (written, before, drop) => {
    expect(shouldDeferIndexes(written, before)).toBe(drop);
  });
});

describe('ingest with deferred indexes', () => {
  let setup: ExtractionSetup;
  beforeAll(() => {
    setup = loadExtraction();
  });

  /** `n` short distinct articles in a new folder. */
  function articles(n: number, tag: string): string {
    const dir = mkdtempSync(path.join(os.tmpdir(), `deferred-${tag}-`));
    mkdirSync(path.join(dir, 'in'));
    for (let i = 0; i < n; i++) {
      writeFileSync(path.join(dir, 'in', `${tag}-${i}.txt`), `トヨタ自動車とパナソニックは2024年${(i % 12) + 1}月${(i % 28) + 1}日、電池の合弁会社を設立すると発表した(${tag} ${i})。`);
    }
    return dir;
  }

  it('a large run writes without the company index and builds it at its end, with the same mentions', async () => {
    const dir = articles(DEFER_MIN_DOCUMENTS + 80, 'large');
    const db = openDatabase(path.join(dir, 'db.sqlite'));
    const seen: boolean[] = [];
    const summary = await ingest(db, [path.join(dir, 'in')], setup, { workers: 0, onProgress: () => seen.push(indexSql(db, 'mentions_company') !== undefined) });
    expect(summary.read).toBe(DEFER_MIN_DOCUMENTS + 80);
    expect(seen[0]).toBe(true);
    expect(seen.at(-1)).toBe(false); // dropped once the run had written enough
    expect(summary.indexSeconds).toBeGreaterThan(0);
    expect(indexSql(db, 'mentions_company')).toMatch(/^CREATE INDEX mentions_company/);
    const viaIndex = db.prepare("SELECT count(*) AS n FROM mentions INDEXED BY mentions_company WHERE company_id = 'toyota'").get() as { n: number };
    const scanned = db.prepare("SELECT count(*) AS n FROM mentions NOT INDEXED WHERE company_id = 'toyota'").get() as { n: number };
    expect(viaIndex.n).toBe(DEFER_MIN_DOCUMENTS + 80);
    expect(viaIndex).toEqual(scanned);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('a small run into a larger database keeps the index throughout', async () => {
    const dir = articles(DEFER_MIN_DOCUMENTS + 80, 'base');
    const db = openDatabase(path.join(dir, 'db.sqlite'));
    await ingest(db, [path.join(dir, 'in')], setup, { workers: 0 });
    const more = articles(20, 'more');
    const seen: boolean[] = [];
    const summary = await ingest(db, [path.join(more, 'in')], setup, { workers: 0, onProgress: () => seen.push(indexSql(db, 'mentions_company') !== undefined) });
    expect(summary.read).toBe(20);
    expect(seen.every(Boolean)).toBe(true);
    expect(summary.indexSeconds).toBe(0);
    db.close();
  });
});
