/** How many waiting jobs make one batch: bounded by count and by bytes, a solo job alone. */
import { describe, expect, it } from 'vitest';
import { BATCH_MAX_BYTES, batchLength, WORKER_BATCH, type Job } from './jobs.ts';
import { HELPER_BATCH, IN_PROCESS_BATCH } from './workers.ts';
import { RECENT_TEXTS } from '../text/word-index.ts';

const bytes = (n: number): Job => ({ kind: 'bytes', path: `/x/${n}.txt`, bytes: new Uint8Array(n), contentHash: 'h' });
const file: Job = { kind: 'file', path: '/x/f.txt' };
const read = (units: number): Job => ({ kind: 'read', read: { path: '/x/r.txt', name: 'r.txt', format: 'txt', encoding: 'utf-8', contentHash: 'h', text: 'あ'.repeat(units), metadataDate: null } });

describe('batchLength', () => {
  const KB = 1024;
  // [what, jobs (solo marked with true), most, expected]
  const CASES: [string, [Job, boolean][], number, number][] = [
    ['nothing waiting', [], 16, 0],
    ['small jobs: the count bounds the batch', Array.from({ length: 20 }, () => [bytes(4 * KB), false]), 16, 16],
    ['fewer waiting than the most', Array.from({ length: 5 }, () => [bytes(4 * KB), false]), 16, 5],
    ['the bytes bound the batch', [[bytes(600 * KB), false], [bytes(300 * KB), false], [bytes(200 * KB), false]], 16, 2],
    ['one document over the bound is a batch of its own', [[bytes(BATCH_MAX_BYTES * 3), false], [bytes(KB), false]], 16, 1],
    ['a decoded text counts 3 bytes a unit', [[read(200_000), false], [read(200_000), false]], 16, 1],
    ['a file the worker reads counts by number only', Array.from({ length: 20 }, () => [file, false]), 16, 16],
    ['a solo job first is alone', [[bytes(KB), true], [bytes(KB), false]], 16, 1],
    ['a solo job ends the batch before it', [[bytes(KB), false], [bytes(KB), false], [bytes(KB), true], [bytes(KB), false]], 16, 2],
  ];
  it.each(CASES)('%s', (_what, jobs, most, expected) => {
    expect(batchLength(jobs, ([j]) => j, most, ([, solo]) => solo)).toBe(expected);
  });
});

describe('batch sizes', () => {
  it('stay within the word indexes kept: each step of a batch reads every document of it in turn', () => {
    for (const size of [WORKER_BATCH, HELPER_BATCH, IN_PROCESS_BATCH]) {
      expect(size).toBeGreaterThan(1);
      expect(size).toBeLessThanOrEqual(RECENT_TEXTS);
    }
  });
});
