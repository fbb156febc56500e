/**
 * `export --db postgres://…`: the same gold files / JSON Lines as the SQLite export
 * (pipeline/export.ts), built by the same toGold from the rows stored in PostgreSQL.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type pg from 'pg';
import { toGold, type GoldDocument } from '../gold-format.ts';
import { storedRecords } from './stored-records.ts';

/** Documents that have been extracted (a document still waiting in the queue has no records yet). */
export async function* pgGoldDocuments(pool: pg.Pool): AsyncGenerator<GoldDocument> {
  const docs = (await pool.query<{ id: number; name: string }>('SELECT id, name FROM documents WHERE extracted_run IS NOT NULL ORDER BY name COLLATE "C", id')).rows;
  for (const d of docs) {
    const r = await storedRecords(pool, d.id);
    yield toGold(d.name, r.mentions, r.agreements);
  }
}

export async function pgExportGold(pool: pg.Pool, outDir: string): Promise<number> {
  mkdirSync(outDir, { recursive: true });
  let n = 0;
  for await (const doc of pgGoldDocuments(pool)) {
    writeFileSync(path.join(outDir, `${doc.doc}.json`), JSON.stringify(doc, null, 1) + '\n');
    n++;
  }
  return n;
}

export async function pgExportJsonl(pool: pg.Pool, write: (line: string) => void): Promise<number> {
  let n = 0;
  for await (const doc of pgGoldDocuments(pool)) {
    for (const category of ['companies', 'dates', 'quantities', 'agreements'] as const) {
      for (const r of doc[category]) {
        write(JSON.stringify({ doc: doc.doc, category, ...r }) + '\n');
        n++;
      }
    }
  }
  return n;
}
