/**
 * The worker pool gives exactly what in-process extraction gives, with the seed files parsed by
 * the main thread or by the workers themselves (test/build.test.ts runs the built workers); a worker's read error comes back as
 * a ReadError naming the file.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultSeedsDir, hashText } from '../text/seed-files.ts';
import { loadExtraction } from './setup.ts';
import { ReadError } from './stages/read-error.ts';
import { HELPER_MAX_BYTES, helperTakes, InProcessProcessor, WORKER_DEPTH, WorkerPool } from './workers.ts';
import { tsxWorkerScript, workerScript, workerScriptFor } from './worker-script.ts';
import type { ProcessedDocument } from './process.ts';
import { requestedDictionaryBuffers } from './stages/dictionary.ts';
import { releaseKuromoji } from './stages/tokenize.ts';

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
  it('the workers run the build beside a built module, and the TypeScript sources through tsx otherwise', async () => {
    expect(workerScriptFor('file:///x/pipeline/worker-script.ts')).toMatchObject({ kind: 'tsx' });
    expect(workerScriptFor('file:///x/dist/chunk-ABC.mjs')).toEqual({ kind: 'bundle', url: new URL('file:///x/dist/worker-main.mjs') });
    expect((await workerScript()).kind).toBe('tsx'); // these tests run the sources
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

  it('the main thread extracts queued jobs while every worker is full, with the same records', async () => {
    const setup = loadExtraction(SEEDS);
    const local = new InProcessProcessor(setup.extractors);
    const expected: unknown[] = [];
    for (const file of ARTICLES) expected.push(comparable(await local.process({ kind: 'file', path: file })));
    // more jobs than one worker's queue holds (WORKER_DEPTH), so some wait in the pool's queue
    const rounds = Math.ceil((WORKER_DEPTH + 16) / ARTICLES.length);
    const asBytes = (file: string) => {
      const bytes = readFileSync(file);
      return { kind: 'bytes' as const, path: file, bytes, contentHash: hashText(bytes) };
    };
    const helped = new WorkerPool(SEEDS, 1, setup.seedFiles, undefined, setup.extractors);
    try {
      await helped.ready();
      const jobs = Array.from({ length: rounds }, () => ARTICLES.map(asBytes)).flat();
      const out = await Promise.all(jobs.map((job) => helped.process(job)));
      expect(out.map(comparable)).toEqual(Array.from({ length: rounds }, () => expected).flat());
      expect(helped.jobsInThisThread).toBeGreaterThan(0);
      expect(helped.jobsInThisThread).toBeLessThan(jobs.length);
      // jobs that the worker reads itself are left to the workers
      const before = helped.jobsInThisThread;
      await Promise.all(Array.from({ length: rounds }, () => ARTICLES.map((file) => helped.process({ kind: 'file', path: file }))).flat());
      expect(helped.jobsInThisThread).toBe(before);
    } finally {
      await helped.close();
    }
    // without extractors of its own, the main thread never extracts
    const unhelped = new WorkerPool(SEEDS, 1, setup.seedFiles);
    try {
      await unhelped.ready();
      await Promise.all(Array.from({ length: 3 }, () => ARTICLES.map(asBytes)).flat().map((job) => unhelped.process(job)));
      expect(unhelped.jobsInThisThread).toBe(0);
    } finally {
      await unhelped.close();
    }
  }, 120_000);

  it('the main thread extracts while the workers start, and a failed start fails the jobs still queued', async () => {
    const setup = loadExtraction(SEEDS);
    const bytesJob = (file: string) => {
      const bytes = readFileSync(file);
      return { kind: 'bytes' as const, path: file, bytes, contentHash: hashText(bytes) };
    };
    // workers that take a while to start: the script is known only after 3 s
    let releaseScript = () => {};
    const late = new Promise<void>((resolve) => (releaseScript = resolve));
    const pool = new WorkerPool(SEEDS, 1, setup.seedFiles, async () => (await late, workerScript()), setup.extractors);
    try {
      const events: string[] = [];
      void pool.ready().then(() => events.push('ready'));
      const first = pool.process(bytesJob(ARTICLES[0]!)).then((d) => (events.push('doc'), d));
      expect((await first).records.mentions.length).toBeGreaterThan(0);
      expect(events).toEqual(['doc']);
      releaseScript();
      await pool.ready();
      expect(pool.jobsInThisThread).toBe(1);
    } finally {
      await pool.close();
    }
    const failing = new WorkerPool(SEEDS, 1, setup.seedFiles, async () => (await late, { url: new URL('file:///no/such/worker.mjs'), kind: 'bundle' as const }), null);
    const error = await failing.process(bytesJob(ARTICLES[0]!)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    await failing.close();
  }, 120_000);

  it('a starting worker holds the jobs posted to it; one that cannot load fails them with its reason', async () => {
    // posted before the worker is ready, extracted by it (this thread does not help: no extractors)
    const pool = new WorkerPool(SEEDS, 1, new Map(), workerScript, null);
    try {
      const early = await Promise.all(ARTICLES.map((file) => pool.process({ kind: 'file', path: file })));
      expect(early.map((d) => d.doc.name)).toEqual(ARTICLES.map((f) => path.basename(f)));
      expect(pool.jobsInThisThread).toBe(0);
    } finally {
      await pool.close();
    }
    // a seeds folder without dictionaries: the worker reports it (fatal) with jobs waiting in it
    const empty = mkdtempSync(path.join(os.tmpdir(), 'no-seeds-'));
    const broken = new WorkerPool(empty, 1, new Map(), workerScript, null);
    try {
      const outcomes = await Promise.all(ARTICLES.map((file) => broken.process({ kind: 'file', path: file }).then(() => null, (e: Error) => e)));
      for (const e of outcomes) {
        expect(e).toBeInstanceOf(Error);
        expect(e!.message).toContain(empty);
      }
      await expect(broken.ready()).rejects.toThrow();
    } finally {
      await broken.close();
    }
  }, 120_000);

  it('the main thread takes only documents it has in hand, up to HELPER_MAX_BYTES', () => {
    const bytes = (n: number) => ({ kind: 'bytes' as const, path: 'a.txt', bytes: new Uint8Array(n), contentHash: 'x' });
    expect(helperTakes(bytes(4000))).toBe(true);
    expect(helperTakes(bytes(HELPER_MAX_BYTES))).toBe(true);
    expect(helperTakes(bytes(HELPER_MAX_BYTES + 1))).toBe(false);
    expect(helperTakes({ kind: 'file', path: 'a.txt' })).toBe(false);
    const read = (chars: number) => ({ kind: 'read' as const, read: { path: 'a.txt', name: 'a.txt', format: 'txt' as const, encoding: 'utf-8', contentHash: 'x', text: 'あ'.repeat(chars), metadataDate: null } });
    expect(helperTakes(read(1000))).toBe(true);
    expect(helperTakes(read(HELPER_MAX_BYTES))).toBe(false);
  });

  it('loads kuromoji\'s dictionary only for a batch with Japanese, one copy that the workers share', async () => {
    const { seedFiles } = loadExtraction(SEEDS);
    releaseKuromoji();
    const english = (i: number) => {
      const bytes = Buffer.from(`Toyota and Panasonic signed a battery supply agreement on March ${i + 1}, 2024.\n`);
      return { kind: 'bytes' as const, path: `/en-${i}.txt`, bytes, contentHash: hashText(bytes) };
    };
    // without extractors of its own, the main thread extracts nothing: every job is the worker's
    const pool = new WorkerPool(SEEDS, 1, seedFiles);
    try {
      await pool.ready();
      const docs = await Promise.all(Array.from({ length: 6 }, (_, i) => pool.process(english(i))));
      expect(docs.every((d) => d.records.agreements.length > 0)).toBe(true);
      expect(requestedDictionaryBuffers()).toBeNull();
      // a Japanese document: the worker asks for the dictionary, and tokenises with this thread's copy
      const local = new InProcessProcessor(loadExtraction(SEEDS).extractors);
      const japanese = ARTICLES.find((file) => /[ぁ-ん]/.test(readFileSync(file, 'utf8')))!;
      const viaWorker = await pool.process({ kind: 'file', path: japanese });
      expect(requestedDictionaryBuffers()).not.toBeNull();
      expect(comparable(viaWorker)).toEqual(comparable(await local.process({ kind: 'file', path: japanese })));
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
