/**
 * processBatch (extractor by extractor over several documents) gives each document exactly what
 * processRead gives it, and an error fails its own document only.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultSeedsDir } from '../text/seed-files.ts';
import { loadExtraction } from './setup.ts';
import { processBatch, processRead, type ProcessedDocument } from './process.ts';
import { readArticle } from './stages/read.ts';
import { ReadError } from './stages/read-error.ts';
import type { Extractor } from '../extractors/types.ts';

const SEEDS = defaultSeedsDir();
const ARTICLES = readdirSync(path.join(SEEDS, 'articles')).map((f) => path.join(SEEDS, 'articles', f));

function comparable(p: ProcessedDocument | Error): unknown {
  if (p instanceof Error) return p;
  return { doc: { ...p.doc, aliasSignature: [...p.doc.aliasSignature] }, records: p.records };
}

describe('processBatch', () => {
  const { extractors } = loadExtraction(SEEDS);

  it('gives every document the records processRead gives it, in order', async () => {
    const expected = [];
    for (const file of ARTICLES) expected.push(comparable(await processRead(readArticle(file), extractors)));
    const files = [...ARTICLES, ...ARTICLES.slice().reverse()];
    const out = await processBatch(
      files.map((f) => () => readArticle(f)),
      extractors,
    );
    expect(out.map(comparable)).toEqual([...expected, ...expected.slice().reverse()]);
    for (const p of out) {
      if (p instanceof Error) throw p;
      expect(Object.keys(p.extractorMs).sort()).toEqual(extractors.map((e) => e.id).sort());
      expect(p.timings.extract).toBeGreaterThan(0);
      expect(p.timings.read).toBeGreaterThanOrEqual(0);
    }
  });

  it('fails only the document that cannot be read, or on which an extractor throws', async () => {
    const seen: string[] = [];
    const boom: Extractor = {
      id: 'boom',
      version: '1',
      resources: [],
      extract(ctx: { name: string }) {
        seen.push(ctx.name);
        if (ctx.name === path.basename(ARTICLES[1]!)) throw new Error('it broke');
      },
    } as unknown as Extractor;
    const after = { ...boom, id: 'after', extract: (ctx: { name: string }) => void seen.push(`after ${ctx.name}`) } as unknown as Extractor;
    const list = [...extractors, boom, after];
    const missing = path.join(SEEDS, 'articles', 'no-such-file.txt');
    const out = await processBatch([ARTICLES[0]!, missing, ARTICLES[1]!, ARTICLES[2]!].map((f) => () => readArticle(f)), list);
    expect(out[1]).toBeInstanceOf(ReadError);
    expect((out[1] as ReadError).message).toContain('no-such-file.txt');
    expect(out[2]).toBeInstanceOf(Error);
    expect((out[2] as Error).message).toBe(`extractor "boom" failed on ${path.basename(ARTICLES[1]!)}: it broke`);
    for (const k of [0, 3]) {
      const p = out[k] as ProcessedDocument;
      expect(comparable(p)).toEqual(comparable(await processRead(readArticle(ARTICLES[k === 0 ? 0 : 2]!), extractors)));
    }
    // each extractor over every document before the next; none after the one that threw
    const names = [ARTICLES[0]!, ARTICLES[1]!, ARTICLES[2]!].map((f) => path.basename(f));
    expect(seen).toEqual([...names, `after ${names[0]}`, `after ${names[2]}`]);
  });
});
