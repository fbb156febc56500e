/**
 * Connecting to PostgreSQL: `--db postgres://…` (or postgresql://) selects it. BIGINT ids and
 * counts come back as numbers (they stay far below 2^53), not strings.
 */
import pg from 'pg';
import { PG_MIGRATIONS } from './schema.ts';

pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

export type Queryable = pg.Pool | pg.PoolClient;

export function openPool(url: string, max = 4): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max, application_name: 'ev-extract' });
  // An idle client losing its connection must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  return pool;
}

/** Any key; one advisory-lock number for schema migrations of this tool. */
const MIGRATION_LOCK = 0x65765f6d; // "ev_m"

/**
 * Apply the schema migrations not yet applied. Many workers start at once: an advisory lock
 * makes one of them migrate while the others wait, then find nothing to do.
 */
export async function migratePg(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query('CREATE TABLE IF NOT EXISTS ev_schema_version (version INTEGER NOT NULL)');
    const row = (await client.query<{ version: number }>('SELECT version FROM ev_schema_version')).rows[0];
    const current = row?.version ?? 0;
    if (current > PG_MIGRATIONS.length) {
      throw new Error(`database schema version ${current} is newer than this tool knows (${PG_MIGRATIONS.length}); upgrade the tool`);
    }
    for (let v = current; v < PG_MIGRATIONS.length; v++) await client.query(PG_MIGRATIONS[v]!);
    if (!row) await client.query('INSERT INTO ev_schema_version (version) VALUES ($1)', [PG_MIGRATIONS.length]);
    else await client.query('UPDATE ev_schema_version SET version = $1', [PG_MIGRATIONS.length]);
    await client.query('COMMIT');
  } catch (e) {
    await client.query('ROLLBACK').catch(() => {});
    throw e;
  } finally {
    client.release();
  }
}

/** Run `f` in one transaction; a deadlock or serialization failure is retried (up to 3 times). */
export async function inTransaction<T>(pool: pg.Pool, f: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const out = await f(client);
      await client.query('COMMIT');
      return out;
    } catch (e) {
      await client.query('ROLLBACK').catch(() => {});
      const code = (e as { code?: string }).code;
      if ((code === '40P01' || code === '40001') && attempt < 3) continue;
      throw e;
    } finally {
      client.release();
    }
  }
}
