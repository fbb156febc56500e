/**
 * The worker pool gives exactly what in-process extraction gives, whether the workers run the
 * esbuild bundle with the seed files parsed by the main thread, or (the fallback) the
 * TypeScript sources through tsx, parsing the seed files themselves; a worker's read error comes back as
 * a ReadError naming the file.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultSeedsDir, hashText } from './resources.ts';
import { loadExtraction } from './setup.ts';
import { ReadError } from './stages/read.ts';
import { InProcessProcessor, WorkerPool } from './workers.ts';
import { buildKey, tsxWorkerScript, workerScript } from './worker-script.ts';
import type { ProcessedDocument } from './process.ts';

const SEEDS = defaultSeedsDir();
const ARTICLES = readdirSync(path.join(SEEDS, 'articles')).map((f) => path.join(SEEDS, 'articles', f));

function comparable(p: ProcessedDocument): unknown {
  return { doc: { ...p.doc, aliasSignature: [...p.doc.aliasSignature] }, records: p.records };
}

async function viaPool(pool: WorkerPool): Promise<unknown[]> {
  try {
    await pool.ready();
    return (await Promise.all(ARTICLES.map((file) => pool.process({ kind: 'file', path: file })))).map(comparable);
  } finally {
    await pool.close();
  }
}

describe('worker pool', () => {
  it('the workers run a bundle built by esbuild, keyed on every source it contains', async () => {
    const script = await workerScript();
    expect(script.reason).toBeUndefined();
    expect(script.kind).toBe('bundle');
    const manifest = JSON.parse(readFileSync(new URL('./.worker.bundle.json', import.meta.url), 'utf8')) as { key: string; inputs: string[] };
    const inputs = manifest.inputs.map((f) => path.relative(path.resolve(SEEDS, '..'), f));
    expect(inputs).toEqual(expect.arrayContaining(['pipeline/worker-main.ts', 'pipeline/workers.ts', 'extractors/dates/find.ts', 'extractors/companies/extract-document.ts']));
    // a changed source gives another key
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bundle-key-'));
    const file = path.join(dir, 'a.ts');
    writeFileSync(file, 'export const a = 1;');
    const before = buildKey('0.28.2', [file]);
    writeFileSync(file, 'export const a = 2;');
    expect(buildKey('0.28.2', [file])).not.toBe(before);
    expect(buildKey('0.28.3', [file])).not.toBe(buildKey('0.28.2', [file]));
  });

  it('gives the same documents and records as extraction in this thread', async () => {
    const local = new InProcessProcessor(loadExtraction(SEEDS).extractors);
    const expected = [];
    for (const file of ARTICLES) expected.push(comparable(await local.process({ kind: 'file', path: file })));
    const { seedFiles } = loadExtraction(SEEDS);
    expect(seedFiles.size).toBeGreaterThan(10);
    expect(await viaPool(new WorkerPool(SEEDS, 2, seedFiles))).toEqual(expected);
    expect(await viaPool(new WorkerPool(SEEDS, 2, new Map(), async () => tsxWorkerScript('test')))).toEqual(expected);
    // a file the main thread has read and hashed already
    const pool = new WorkerPool(SEEDS, 2, seedFiles);
    try {
      const viaBytes = await Promise.all(
        ARTICLES.map((file) => {
          const bytes = readFileSync(file);
          return pool.process({ kind: 'bytes', path: file, bytes, contentHash: hashText(bytes) });
        }),
      );
      expect(viaBytes.map(comparable)).toEqual(expected);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('reports a file it cannot read as a ReadError with the path', async () => {
    const pool = new WorkerPool(SEEDS, 1);
    try {
      const missing = path.join(SEEDS, 'articles', 'no-such-file.txt');
      const error = await pool.process({ kind: 'file', path: missing }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ReadError);
      expect((error as ReadError).path).toBe(missing);
    } finally {
      await pool.close();
    }
  }, 60_000);
});
