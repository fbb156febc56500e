/**
 * A database written by an older version opens with the current schema and keeps its data:
 * a version-4 database (FTS5 index, extraction state inside documents) gains alias_signatures
 * (empty: its documents have none yet) and document_states / extraction_states, one row per
 * distinct state, with every document pointing at the state it had.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './database.ts';
import { MIGRATIONS } from './migrations.ts';

/** A new database file at schema `version` (the first `version` migrations), with one run. */
function databaseAtVersion(file: string, version: number): Database.Database {
  const db = new Database(file);
  for (let v = 0; v < version; v++) {
    db.exec(MIGRATIONS[v]!);
    db.pragma(`user_version = ${v + 1}`);
  }
  db.exec(`INSERT INTO runs (id, command, started_at, tool_version, extractor_versions, resource_hashes, dictionary_hash)
           VALUES (1, 'ingest', '2026-01-01', '0.1.0', '{}', '{}', 'h')`);
  return db;
}

function versionFourDatabase(file: string): void {
  const db = databaseAtVersion(file, 4);
  const insert = db.prepare(`INSERT INTO documents (id, path, name, format, content_hash, encoding, language_mix, text, char_count, ingested_run, extracted_run, extraction_state)
                             VALUES (?, ?, ?, 'txt', ?, 'UTF-8', '{}', ?, ?, 1, 1, ?)`);
  const old = JSON.stringify({ extractors: { dates: '1.0.0' }, resources: { 'dates/ja.yaml': 'a' } });
  const newer = JSON.stringify({ extractors: { dates: '1.1.0' }, resources: { 'dates/ja.yaml': 'b' } });
  insert.run(1, '/a.txt', 'a.txt', 'h1', 'トヨタ', 3, old);
  insert.run(2, '/b.txt', 'b.txt', 'h2', 'CATL', 4, newer);
  insert.run(3, '/c.txt', 'c.txt', 'h3', 'NIO', 3, old);
  db.exec(`INSERT INTO document_index (rowid, body) VALUES (1, 'トヨタ')`);
  db.close();
}

describe('migrations', () => {
  it('bring a version-4 database to the current schema without losing what it recorded', () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'migrate-')), 'old.sqlite');
    versionFourDatabase(file);
    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name);
    expect(tables).not.toContain('document_index');
    expect(tables).toEqual(expect.arrayContaining(['alias_signatures', 'document_states', 'extraction_states']));
    const columns = (db.prepare('PRAGMA table_info(documents)').all() as { name: string }[]).map((c) => c.name);
    expect(columns).not.toContain('extraction_state');
    expect(db.prepare('SELECT count(*) n FROM extraction_states').get()).toEqual({ n: 2 });
    const states = db
      .prepare(`SELECT d.name, json_extract(s.state, '$.extractors.dates') AS dates FROM documents d
                JOIN document_states ds ON ds.document_id = d.id JOIN extraction_states s ON s.id = ds.state_id ORDER BY d.name`)
      .all();
    expect(states).toEqual([
      { name: 'a.txt', dates: '1.0.0' },
      { name: 'b.txt', dates: '1.1.0' },
      { name: 'c.txt', dates: '1.0.0' },
    ]);
    expect(db.prepare('SELECT count(*) n FROM alias_signatures').get()).toEqual({ n: 0 });
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });
});

describe('the company-mention index', () => {
  it('holds company mentions only, and the queries on company_id still use it', () => {
    const db = openDatabase(':memory:');
    const sql = (db.prepare("SELECT sql FROM sqlite_master WHERE name = 'mentions_company'").get() as { sql: string }).sql;
    expect(sql).toMatch(/WHERE company_id IS NOT NULL/);
    const plan = (query: string) => (db.prepare(`EXPLAIN QUERY PLAN ${query}`).all() as { detail: string }[]).map((r) => r.detail).join('\n');
    expect(plan("SELECT DISTINCT document_id FROM mentions WHERE company_id IN ('catl', 'byd')")).toMatch(/USING INDEX mentions_company/);
    expect(plan('SELECT * FROM v_companies')).toMatch(/INDEX mentions_company \(company_id=\?\)/);
    expect(plan('SELECT * FROM v_company_mentions')).toMatch(/SCAN m USING INDEX mentions_company/);
    db.close();
  });
});

describe('the mentions table rebuilt for a cheaper kind check (migration 11)', () => {
  function versionTenDatabase(file: string): void {
    const db = databaseAtVersion(file, 10);
    db.exec(`INSERT INTO documents (id, path, name, format, content_hash, encoding, language_mix, text, char_count, ingested_run, extracted_run)
             VALUES (1, '/a.txt', 'a.txt', 'txt', 'h1', 'UTF-8', '{}', '𠮷野家とCATLは2025年に提携', 19, 1, 1)`);
    db.exec(`INSERT INTO companies (id, canonical) VALUES ('catl', 'CATL')`);
    const insert = db.prepare(`INSERT INTO mentions (id, document_id, kind, start, end, surface, value, company_id, extractor, extractor_version, rule, run_id)
                               VALUES (?, 1, ?, ?, ?, ?, ?, ?, 'x', '1', 'r', 1)`);
    insert.run(7, 'company', 4, 8, 'CATL', '{"canonical":"CATL"}', 'catl');
    insert.run(9, 'date', 9, 14, '2025年', '{"start":"2025","end":"2025","granularity":"year"}', null);
    db.close();
  }

  it('keeps every row and id, the views and indexes, and still rejects an unknown kind', () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'migrate-')), 'v10.sqlite');
    versionTenDatabase(file);
    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    const sql = (db.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'mentions'").get() as { sql: string }).sql;
    expect(sql).not.toMatch(/kind IN/);
    expect(db.prepare('SELECT id, kind, surface, company_id FROM mentions ORDER BY id').all()).toEqual([
      { id: 7, kind: 'company', surface: 'CATL', company_id: 'catl' },
      { id: 9, kind: 'date', surface: '2025年', company_id: null },
    ]);
    expect(db.prepare('SELECT count(*) n FROM v_mentions').get()).toEqual({ n: 2 });
    expect(db.prepare('SELECT count(*) n FROM v_span_mismatches').get()).toEqual({ n: 0 });
    const indexes = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'mentions' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
    expect(indexes).toEqual(['mentions_company', 'mentions_document']);
    const insert = db.prepare(`INSERT INTO mentions (document_id, kind, start, end, surface, value, extractor, extractor_version, rule, run_id)
                               VALUES (1, ?, 0, 3, '𠮷野家', '{}', 'x', '1', 'r', 1)`);
    expect(() => insert.run('place')).toThrow(/CHECK constraint failed/);
    expect(() => insert.run('quantity')).not.toThrow();
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });
});

describe('schema', () => {
  /** Tables with a foreign key to documents(id), and whether an index (or the rowid) leads with its column. */
  function documentKeys(db: Database.Database): { table: string; column: string; indexed: boolean }[] {
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name);
    const out: { table: string; column: string; indexed: boolean }[] = [];
    for (const table of tables) {
      for (const fk of db.prepare(`PRAGMA foreign_key_list("${table}")`).all() as { table: string; from: string }[]) {
        if (fk.table !== 'documents') continue;
        const rowid = (db.prepare(`PRAGMA table_info("${table}")`).all() as { name: string; type: string; pk: number }[]).some((c) => c.name === fk.from && c.pk === 1 && c.type === 'INTEGER');
        const leading = (db.prepare(`PRAGMA index_list("${table}")`).all() as { name: string }[]).some((i) => (db.prepare(`PRAGMA index_info("${i.name}")`).all() as { seqno: number; name: string }[])[0]?.name === fk.from);
        out.push({ table, column: fk.from, indexed: rowid || leading });
      }
    }
    return out;
  }

  it('indexes every column that refers to a document (a document is written and deleted by it)', () => {
    const db = openDatabase(':memory:');
    const keys = documentKeys(db);
    expect(keys.map((k) => k.table).sort()).toEqual(['agreements', 'alias_signatures', 'company_links', 'document_states', 'mentions', 'segments']);
    expect(keys.filter((k) => !k.indexed)).toEqual([]);
    const plan = (db.prepare('EXPLAIN QUERY PLAN DELETE FROM company_links WHERE document_id = ?').all(1) as { detail: string }[]).map((r) => r.detail).join('; ');
    expect(plan).toMatch(/SEARCH company_links USING (COVERING )?INDEX company_links_document/);
    db.close();
  });

  it('before migration 12, company_links had no such index (what the test above guards)', () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'migrate-')), 'v11.sqlite');
    const db = databaseAtVersion(file, 11);
    expect(documentKeys(db).filter((k) => !k.indexed)).toEqual([{ table: 'company_links', column: 'document_id', indexed: false }]);
    db.close();
  });
});
