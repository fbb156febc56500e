/**
 * The build (`npm run build`: scripts/build.mjs → dist/) runs the same code as the sources: the
 * built CLI answers `extract-text` exactly as the sources do, and built worker threads give the
 * same documents and records as extraction in this thread. Built into a folder of its own.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { defaultSeedsDir, hashText } from '../text/seed-files.ts';
import { loadExtraction } from '../pipeline/setup.ts';
import { InProcessProcessor, WorkerPool } from '../pipeline/workers.ts';
import type { ProcessedDocument } from '../pipeline/process.ts';
import { ROOT } from './shared.ts';

const OUT = path.join(ROOT, `.dist-test-${process.pid}`);
const SEEDS = defaultSeedsDir();
const ARTICLES = readdirSync(path.join(SEEDS, 'articles')).map((f) => path.join(SEEDS, 'articles', f));

beforeAll(() => {
  execFileSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs'), path.basename(OUT)], { cwd: ROOT, stdio: 'inherit' });
}, 120_000);
afterAll(() => rmSync(OUT, { recursive: true, force: true }));

/** Run the built CLI's main() with these arguments in a fresh node process. */
function builtCli(args: string[], input: string): string {
  const script = `const { main } = await import(${JSON.stringify(new URL(`file://${OUT}/cli.mjs`).href)}); process.exitCode = await main(${JSON.stringify(args)});`;
  return execFileSync(process.execPath, ['--input-type=module', '-e', script], { input, encoding: 'utf8', cwd: ROOT });
}

const comparable = (p: ProcessedDocument) => ({ doc: { ...p.doc, aliasSignature: [...p.doc.aliasSignature] }, records: p.records });

describe('the build', () => {
  it('holds the CLI and the worker body', () => {
    expect(existsSync(path.join(OUT, 'cli.mjs'))).toBe(true);
    expect(existsSync(path.join(OUT, 'worker-main.mjs'))).toBe(true);
    // the array for-of loops indexed (scripts/indexed-loops.mjs): what the next test runs
    const built = readdirSync(OUT).filter((f) => f.endsWith('.mjs')).map((f) => readFileSync(path.join(OUT, f), 'utf8')).join('\n');
    expect(built.match(/for \(let loop\$i\d+ = 0/g)?.length).toBeGreaterThan(100);
  });

  it('the built CLI prints its help and extracts as the sources do', async () => {
    expect(builtCli(['--help'], '')).toMatch(/Usage: ev-extract/);
    const input = ARTICLES.map((file, i) => JSON.stringify({ id: String(i), text: readFileSync(file, 'utf8') })).join('\n') + '\n';
    const built = builtCli(['extract-text'], input).trim().split('\n').map((l) => JSON.parse(l));
    const { extractTextLine } = await import('../pipeline/commands/extract-text.ts');
    const { extractors } = loadExtraction(SEEDS);
    const fromSources = [];
    for (const line of input.trim().split('\n')) fromSources.push(JSON.parse((await extractTextLine(line, extractors))!));
    expect(built).toEqual(fromSources);
    expect(built.length).toBe(ARTICLES.length);
    expect(built.some((r) => r.companies.length > 0 && r.agreements.length > 0)).toBe(true);
    // the run kept its parsed seed files for the next run of this build (text/disk-cache.ts) …
    const buildId = readFileSync(path.join(OUT, 'build-id'), 'utf8').trim();
    const dictionary = path.join(SEEDS, 'companies', 'companies.yaml');
    const key = `${path.resolve(dictionary)}\u0000${hashText(readFileSync(dictionary, 'utf8'))}`;
    const entry = createHash('sha256').update(`${buildId}\u0000seed-files\u0000${key}`).digest('hex');
    expect(existsSync(path.join(ROOT, 'node_modules', '.cache', 'ev-extract', 'startup', 'seed-files', `${entry}.bin`))).toBe(true);
    // … and a run that starts from them answers the same
    expect(builtCli(['extract-text'], input).trim().split('\n').map((l) => JSON.parse(l))).toEqual(fromSources);
  });

  it('built worker threads give the same documents and records as extraction in this thread', async () => {
    const setup = loadExtraction(SEEDS);
    const local = new InProcessProcessor(setup.extractors);
    const expected = [];
    for (const file of ARTICLES) expected.push(comparable(await local.process({ kind: 'file', path: file })));
    const pool = new WorkerPool(SEEDS, 2, setup.seedFiles, async () => ({ url: new URL(`file://${OUT}/worker-main.mjs`), kind: 'bundle' }));
    try {
      await pool.ready();
      const got = await Promise.all(ARTICLES.map((file) => pool.process({ kind: 'file', path: file })));
      expect(got.map(comparable)).toEqual(expected);
    } finally {
      await pool.close();
    }
  }, 60_000);
});
