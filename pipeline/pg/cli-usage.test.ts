/**
 * The PostgreSQL options on the command line: misuse is a usage error (exit 2) with a reason,
 * decided before any database is touched. No PostgreSQL needed.
 */
import { describe, expect, it, vi } from 'vitest';
import { main } from '../cli.ts';
import { isPostgresUrl } from './url.ts';

describe('isPostgresUrl', () => {
  it.each([
    ['postgres://u@h/db', true],
    ['postgresql://u:p@h:5432/db', true],
    ['POSTGRES://h/db', true],
    ['output/extractions.sqlite', false],
    ['postgres.sqlite', false],
    ['file:postgres://x', false],
  ])('%s → %s', (db, expected) => expect(isPostgresUrl(db)).toBe(expected));
});

describe('usage errors', () => {
  it.each([
    [['ingest', 'seeds/articles', '--queue', '--db', 'x.sqlite'], /--queue needs --db postgres/],
    [['worker', '--db', 'x.sqlite'], /worker needs --db postgres/],
    [['worker', '--db', 'postgres://127.0.0.1:1/x', '--concurrency', '0'], /--concurrency takes a whole number/],
    [['eval', '--gold', 'seeds', '--db', 'postgres://127.0.0.1:1/x'], /SQLite-only/],
    [['companies', '--db', 'postgres://127.0.0.1:1/x'], /SQLite-only/],
  ])('%j', async (args, message) => {
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(await main(args)).toBe(2);
      expect(err.mock.calls.map((c) => String(c[0])).join('')).toMatch(message);
    } finally {
      err.mockRestore();
      process.exitCode = 0;
    }
  });
});
