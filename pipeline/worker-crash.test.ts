/**
 * A worker thread that dies (out of memory, a native crash, process.exit) fails only the job it
 * was working on, with the reason; it is replaced and every other job completes. Before, its
 * jobs never settled and `ingest` waited forever. A worker that dies in the middle of a batch
 * (jobs extracted together) has its jobs extracted again one by one, so that the job that kills
 * it is the one that fails.
 */
import { copyFileSync, mkdtempSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultSeedsDir } from '../text/seed-files.ts';
import { WorkerDiedError, WorkerPool } from './workers.ts';

const SEEDS = defaultSeedsDir();
const script = async () => ({ url: new URL('../test/fixtures/crashing-worker.mjs', import.meta.url), kind: 'tsx' as const });

describe('a worker thread that dies', () => {
  it.each(['crash-me-exit', 'crash-me-throw'])('(%s) fails its job, is replaced, and the batch completes', async (crash) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'crash-'));
    const articles = readdirSync(path.join(SEEDS, 'articles')).map((f) => path.join(SEEDS, 'articles', f));
    const files = articles.map((f, i) => {
      const to = path.join(dir, `${i}.txt`);
      copyFileSync(f, to);
      return to;
    });
    const crashing = path.join(dir, `${crash}.txt`);
    copyFileSync(articles[0]!, crashing);
    const pool = new WorkerPool(SEEDS, 1, new Map(), script);
    try {
      await pool.ready();
      // The first job is a batch of its own. "exit": the crashing job is second in the next
      // batch, so that blaming the first job of the batch would be wrong; "throw" (on arrival,
      // between batches): it is the next job to start.
      const order = crash === 'crash-me-exit' ? [files[0]!, files[1]!, crashing, ...files.slice(2)] : [files[0]!, crashing, ...files.slice(1)];
      const crashAt = order.indexOf(crashing);
      const jobs = order.map((f) => pool.process({ kind: 'file', path: f }).then(
        (r) => ({ ok: true as const, name: r.doc.name }),
        (e: Error) => ({ ok: false as const, error: e }),
      ));
      const results = await Promise.all(jobs);
      const failed = results.filter((r) => !r.ok);
      expect(failed).toHaveLength(1);
      expect(results[crashAt]!.ok).toBe(false); // the crashing file's job, not another of its batch
      const error = (failed[0] as { error: Error }).error;
      expect(error).toBeInstanceOf(WorkerDiedError);
      expect(error.message).toMatch(crash === 'crash-me-exit' ? /stopped: exit code 7/ : /stopped: simulated native crash/);
      expect(results.filter((r) => r.ok)).toHaveLength(files.length);
      // the replacement keeps working
      expect((await pool.process({ kind: 'file', path: files[0]! })).doc.name).toBe('0.txt');
    } finally {
      await pool.close();
    }
  }, 60_000);
});
