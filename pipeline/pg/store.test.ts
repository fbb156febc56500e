/**
 * The PostgreSQL store on its own: migrations applied twice change nothing; a document with
 * characters outside the BMP (𠮷) round-trips with code-point spans, v_span_mismatches is
 * empty, and it shows a span whose surface no longer matches the text.
 * Needs a PostgreSQL server (EV_TEST_PG_URL); skips, saying why, without one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { loadExtraction } from '../setup.ts';
import { processRead } from '../process.ts';
import { migratePg, openPool } from './connect.ts';
import { PG_MIGRATIONS } from './schema.ts';
import { PgStore } from './store.ts';
import { storedRecords } from './stored-records.ts';
import { freshDatabase, testServer } from './test-support.ts';

const server = await testServer();
if (!server.url) console.warn(`skipping the PostgreSQL store tests: ${server.why}`);

describe.skipIf(!server.url)('PgStore', () => {
  let db: { url: string; drop: () => Promise<void> };
  let pool: pg.Pool;
  beforeAll(async () => {
    db = await freshDatabase(server.url!, 'ev_store');
    pool = openPool(db.url);
  });
  afterAll(async () => {
    await pool?.end();
    await db?.drop();
  });

  it('migrates once; a second migration finds nothing to do', async () => {
    await migratePg(pool);
    await migratePg(pool);
    const { rows } = await pool.query('SELECT version FROM ev_schema_version');
    expect(rows).toEqual([{ version: PG_MIGRATIONS.length }]);
    // migration 2: a document's company links are found by document, as in SQLite
    const indexes = (await pool.query("SELECT indexname FROM pg_indexes WHERE tablename = 'company_links' ORDER BY 1")).rows.map((r) => r.indexname);
    expect(indexes).toContain('company_links_document');
    const views = (await pool.query("SELECT table_name FROM information_schema.views WHERE table_schema = 'public' ORDER BY 1")).rows.map((r) => r.table_name);
    expect(views).toContain('v_span_mismatches');
    expect(views).toContain('v_run_change_totals');
  });

  it('stores code-point spans (𠮷 before them) that substr() finds, and the span check catches a broken one', async () => {
    const setup = loadExtraction();
    const text = '𠮷野家と𠮷田工業は2024年3月5日、トヨタ自動車と電池の供給契約を締結した。\nToyota and Panasonic will build a 20 GWh plant in 2026.\n';
    const processed = await processRead({ path: '/x/kichi.txt', name: 'kichi.txt', format: 'txt', encoding: 'utf-8', contentHash: 'h1', text, metadataDate: null }, setup.extractors);
    expect(processed.records.mentions.length).toBeGreaterThan(3);
    const store = new PgStore(pool);
    const runId = await store.startRun('ingest', 'test', setup.state, setup.dictionaryHash);
    await store.syncCompanies(setup.extractors.find((e) => e.entities)?.entities?.() ?? []);
    const id = await store.writeDocument(runId, processed.doc, processed.records, await store.stateId(setup.state));

    const back = await storedRecords(pool, id);
    expect(back.mentions.map((m) => [m.kind, m.start, m.end, m.surface])).toEqual(
      [...processed.records.mentions].sort((a, b) => a.start - b.start || a.end - b.end || (a.kind < b.kind ? -1 : 1)).map((m) => [m.kind, m.start, m.end, m.surface]),
    );
    const cut = (await pool.query('SELECT surface, substr(d.text, m.start + 1, m."end" - m.start) AS at FROM mentions m JOIN documents d ON d.id = m.document_id')).rows;
    for (const r of cut) expect(r.at).toBe(r.surface);
    expect((await pool.query('SELECT count(*)::int AS n FROM v_span_mismatches')).rows[0].n).toBe(0);

    await pool.query("UPDATE mentions SET start = start + 1 WHERE id = (SELECT min(id) FROM mentions)");
    expect((await pool.query('SELECT count(*)::int AS n FROM v_span_mismatches')).rows[0].n).toBe(1);
  });
});
