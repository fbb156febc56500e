/**
 * PostgreSQL through the job queue gives exactly what SQLite gives: the seeds (and the dev
 * set when ../shared is beside the checkout) ingested with --queue and extracted by 3 worker
 * processes export the same gold files as the SQLite ingest; a dictionary change reextracted
 * on both reports the same changes and leaves the same records.
 * Needs a PostgreSQL server (EV_TEST_PG_URL); skips, saying why, without one.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, cli, exited, freshDatabase, runCli, testServer } from './test-support.ts';

const server = await testServer();
if (!server.url) console.warn(`skipping the PostgreSQL equivalence tests: ${server.why}`);

const SHARED = path.resolve(ROOT, '../shared');
const inputs = [
  existsSync(path.join(SHARED, 'seeds')) ? path.join(SHARED, 'seeds') : path.join(ROOT, 'seeds/articles'),
  ...(existsSync(path.join(SHARED, 'dev/docs')) ? [path.join(SHARED, 'dev/docs')] : []),
];

function readTree(dir: string): Map<string, string> {
  return new Map(readdirSync(dir).sort().map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]));
}

/** The report without run numbers and timings. */
const reportBody = (out: string) => out.replace(/run #\d+/g, 'run #N').replace(/\([\d.]+ s\)/g, '(T s)');

describe.skipIf(!server.url)('PostgreSQL queue vs SQLite', () => {
  let db: { url: string; drop: () => Promise<void> };
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'pg-equiv-'));
  const sqlite = path.join(tmp, 'db.sqlite');

  beforeAll(async () => {
    db = await freshDatabase(server.url!, 'ev_equiv');
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('3 worker processes into PostgreSQL export the same gold files as the SQLite ingest', async () => {
    const queued = await runCli(['ingest', ...inputs, '--db', db.url, '--queue']);
    expect(queued.code, queued.stderr).toBe(0);
    expect(queued.stderr).toMatch(/queued [1-9]\d*/);
    const workers = [0, 1, 2].map(() => cli(['worker', '--db', db.url, '--until-empty', '--quiet']));
    const [sq, ...codes] = await Promise.all([runCli(['ingest', ...inputs, '--db', sqlite, '--workers', '0', '--quiet']), ...workers.map(exited)]);
    expect(sq.code, sq.stderr).toBe(0);
    expect(codes).toEqual([0, 0, 0]);

    for (const [db_, out] of [[db.url, 'pg'], [sqlite, 'sqlite']]) {
      const r = await runCli(['export', '--db', db_!, '--format', 'gold', '--out', path.join(tmp, out!)]);
      expect(r.code, r.stderr).toBe(0);
    }
    const pg = readTree(path.join(tmp, 'pg'));
    const lite = readTree(path.join(tmp, 'sqlite'));
    expect(pg.size).toBeGreaterThan(0);
    expect([...pg.keys()]).toEqual([...lite.keys()]);
    for (const [name, text] of lite) expect(pg.get(name), name).toBe(text);

    const stats = await runCli(['stats', '--db', db.url]);
    expect(stats.stdout).toContain('every span equals its surface text');
    expect(stats.stdout).toMatch(/queue: 0 waiting, 0 running, \d+ done, 0 failed/);
  }, 180_000);

  it('a renamed company: reextract on both redoes the same documents and reports the same changes', async () => {
    // rename the company mentioned most often, in a copy of the seeds
    const seeds = path.join(tmp, 'seeds');
    cpSync(path.join(ROOT, 'seeds'), seeds, { recursive: true });
    const top = await runCli(['stats', '--db', sqlite]);
    const name = /top companies[^\n]*\n {2}(.+?)(?: \(discovered\))?: \d+, \d+/.exec(top.stdout)![1]!;
    const file = path.join(seeds, 'companies/companies.yaml');
    const yaml = readFileSync(file, 'utf8');
    const line = new RegExp(`^(\\s+name: )${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm');
    expect(yaml, `a "name: ${name}" line in companies.yaml`).toMatch(line);
    writeFileSync(file, yaml.replace(line, `$1${name} Renamed`));

    const onPg = await runCli(['reextract', '--db', db.url, '--seeds', seeds, '--workers', '2']);
    const onLite = await runCli(['reextract', '--db', sqlite, '--seeds', seeds, '--workers', '0']);
    expect(onPg.code, onPg.stderr).toBe(0);
    expect(onLite.code, onLite.stderr).toBe(0);
    expect(onLite.stdout).toMatch(/company: \+\d+ added, -\d+ removed, ~[1-9]/);
    expect(reportBody(onPg.stdout)).toBe(reportBody(onLite.stdout));

    for (const [db_, out] of [[db.url, 'pg2'], [sqlite, 'sqlite2']]) await runCli(['export', '--db', db_!, '--format', 'gold', '--out', path.join(tmp, out!)]);
    expect(readTree(path.join(tmp, 'pg2'))).toEqual(readTree(path.join(tmp, 'sqlite2')));
    const again = await runCli(['reextract', '--db', db.url, '--seeds', seeds]);
    expect(again.stdout).toMatch(/^reextract: nothing to do/);
  }, 180_000);
});
