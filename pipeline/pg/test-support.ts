/**
 * For the PostgreSQL tests: a fresh database per test file on the server named by
 * EV_TEST_PG_URL (.ci/run starts one), and the CLI as a child process. Without a reachable
 * server the tests skip, saying why.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';

export const ROOT = path.resolve(import.meta.dirname, '../..');

/** The server's URL when one answers, else null (and why, for the skip message). */
export async function testServer(): Promise<{ url: string | null; why: string }> {
  const url = process.env.EV_TEST_PG_URL;
  if (!url) return { url: null, why: 'EV_TEST_PG_URL is not set (.ci/run starts a PostgreSQL and sets it)' };
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return { url, why: '' };
  } catch (e) {
    return { url: null, why: `no PostgreSQL answers at EV_TEST_PG_URL (${(e as Error).message})` };
  } finally {
    await client.end().catch(() => {});
  }
}

/** Create an empty database on the server; returns its URL and a function that drops it. */
export async function freshDatabase(serverUrl: string, prefix: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `${prefix}_${process.pid}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const u = new URL(serverUrl);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/** `ev-extract ARGS` as a child process. */
export function cli(args: string[], env: Record<string, string> = {}): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'pipeline/cli.ts'), ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
}

/** Run the CLI to its end: exit code, stdout, stderr. */
export function runCli(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = cli(args, env);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

export function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve(child.exitCode) : child.on('close', (code) => resolve(code))));
}
