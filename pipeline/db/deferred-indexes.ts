/**
 * Indexes that only readers use (the views and queries by company), which a large `ingest`
 * drops while it writes and builds again when it ends.
 *
 * Why: `mentions_company` is keyed on company ids, which arrive in no order, so a transaction of
 * 64 documents (~2,500 company mentions) dirties nearly every leaf page of the index, and each
 * commit copies all of them to the WAL: the bytes written per document grow with the database.
 * Writing the same extracted documents again and again into one database (1,000 documents of
 * the Japanese bench corpus a round, 45 rounds, ~190 MB of input and a 1.1 GB database): with the
 * index, 1.40 s a round at the start and 1.8–2.0 s after 40 MB (113 → 269 MB written to disk a
 * round); without it, 1.10–1.33 s throughout (62 → 80 MB a round). Building it afterwards over
 * the 1.63 million company mentions took 3.6 s; maintaining it had cost ~27 s.
 *
 * A kill while an index is dropped loses no data (every document is still written whole, in its
 * transaction); the next write open of the database builds it again (ensureDeferredIndexes in
 * openDatabase; not while another process's run is still writing: that run builds it at its end),
 * and until then readers only lose its speed. Migrations after 12 must use `IF EXISTS` /
 * `IF NOT EXISTS` for these indexes (the earlier ones never meet a database without them).
 */
import type Database from 'better-sqlite3';

type DB = Database.Database;

export interface DeferredIndex {
  name: string;
  /** The index as the latest migration defines it (kept equal by a test). */
  create: string;
}

export const DEFERRED_INDEXES: readonly DeferredIndex[] = [
  { name: 'mentions_company', create: 'CREATE INDEX IF NOT EXISTS mentions_company ON mentions(company_id) WHERE company_id IS NOT NULL' },
];

/** Drop the deferred indexes (each statement commits on its own unless the caller holds a transaction: Store wraps it in one). */
export function dropDeferredIndexes(db: DB): void {
  for (const index of DEFERRED_INDEXES) db.exec(`DROP INDEX IF EXISTS ${index.name}`);
}

/** Build the deferred indexes that are missing; returns their names. */
export function ensureDeferredIndexes(db: DB): string[] {
  const missing = DEFERRED_INDEXES.filter((index) => !db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?").get(index.name));
  if (missing.length === 0) return [];
  db.transaction(() => {
    for (const index of missing) db.exec(index.create);
  }).immediate();
  return missing.map((index) => index.name);
}

/**
 * Whether an ingest that has written `written` documents into a database that held `before`
 * documents when it started should drop the deferred indexes now.
 *
 * Keeping `mentions_company` costs ~8 µs a company mention while the index is small and ~19 µs
 * once it is tens of MB (the measurements above); building it costs ~2.2 µs a mention, over all
 * of them. Dropping pays once a run writes more than about 0.4 × what is stored: DEFER_RATIO
 * keeps a margin. DEFER_MIN_DOCUMENTS spares small runs the drop altogether.
 */
export function shouldDeferIndexes(written: number, before: number): boolean {
  return written >= DEFER_MIN_DOCUMENTS && written >= DEFER_RATIO * before;
}

export const DEFER_MIN_DOCUMENTS = 256;
export const DEFER_RATIO = 0.5;
