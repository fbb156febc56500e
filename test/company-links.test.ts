/**
 * Subsidiaries and joint ventures found in text are stored as their own companies with a
 * parent / owners link (company_links), shown by v_companies; dictionary parents are links too.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../pipeline/db/database.ts';
import { ingest } from '../pipeline/ingest.ts';
import { loadExtraction, type ExtractionSetup } from '../pipeline/setup.ts';

let setup: ExtractionSetup;
beforeAll(() => {
  setup = loadExtraction();
});

describe('company_links', () => {
  it('stores text links per document and dictionary parents, and v_companies shows them', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'links-'));
    writeFileSync(
      path.join(dir, 'a.txt'),
      'Toyota Motor North America (TMNA) will buy recycled materials. The venture, Asahi Kasei Honda Battery Separator Corporation, will build a plant.\n',
    );
    const db = openDatabase(path.join(dir, 'db.sqlite'));
    await ingest(db, [dir], setup, { workers: 0 });
    const links = db
      .prepare(`SELECT company_id, parent_id, relation, source FROM company_links WHERE source = 'text' ORDER BY company_id, parent_id`)
      .all();
    expect(links).toEqual([
      { company_id: 'discovered:asahikaseihondabatteryseparator', parent_id: 'asahi_kasei', relation: 'owner', source: 'text' },
      { company_id: 'discovered:asahikaseihondabatteryseparator', parent_id: 'honda', relation: 'owner', source: 'text' },
      { company_id: 'discovered:toyotamotornorthamerica', parent_id: 'toyota', relation: 'parent', source: 'text' },
    ]);
    const view = db.prepare(`SELECT parents FROM v_companies WHERE id = 'discovered:toyotamotornorthamerica'`).get() as { parents: string };
    expect(view.parents).toBe('Toyota');
    const dictionary = db.prepare(`SELECT count(*) AS n FROM company_links WHERE source = 'dictionary'`).get() as { n: number };
    expect(dictionary.n).toBeGreaterThan(0);
    // re-ingesting a changed document replaces its links
    writeFileSync(path.join(dir, 'a.txt'), 'Nothing about companies here.\n');
    await ingest(db, [dir], setup, { workers: 0 });
    expect(db.prepare(`SELECT count(*) AS n FROM company_links WHERE source = 'text'`).get()).toEqual({ n: 0 });
    db.close();
  });
});
