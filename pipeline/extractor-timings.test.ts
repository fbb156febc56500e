/**
 * What each extractor costs, as `npm run bench` prints it: an ingest's summary splits the
 * extract stage by extractor (with the tokens each asked for), and the parts add up to it.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './db/database.ts';
import { ingest } from './ingest.ts';
import { loadExtraction } from './setup.ts';

const ARTICLES = path.resolve(import.meta.dirname, '../seeds/articles');

describe('the ingest summary: time per extractor', () => {
  it('names every extractor, in their order, and its parts add up to the extract stage and the tokens made on demand', async () => {
    const setup = loadExtraction();
    const db = openDatabase(path.join(mkdtempSync(path.join(os.tmpdir(), 'extractor-ms-')), 'db.sqlite'));
    const summary = await ingest(db, [ARTICLES], setup, { workers: 0 });
    db.close();
    expect(Object.keys(summary.extractorMs)).toEqual(setup.extractors.map((e) => e.id));
    const parts = Object.values(summary.extractorMs);
    for (const ms of parts) expect(ms).toBeGreaterThan(0);
    const sum = parts.reduce((a, b) => a + b, 0);
    const extract = summary.stageMs.extract ?? 0;
    const tokenize = summary.stageMs.tokenize ?? 0;
    // the extract stage leaves out the tokens made while extracting; the parts include them
    expect(sum).toBeGreaterThanOrEqual(extract * 0.95);
    expect(sum).toBeLessThanOrEqual((extract + tokenize) * 1.05 + 1);
  }, 60_000);
});
