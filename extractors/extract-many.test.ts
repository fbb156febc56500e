/**
 * Every extractor's extractMany (step by step across a batch, extractors/steps.ts) gives each
 * document exactly what its extract gives it: over the texts of all case tables and the seed
 * articles, in batches, with the extractors in their pipeline order.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocContext, Extractor, Found } from './types.ts';
import { createExtractors } from './index.ts';
import { emptyFound, runExtractorsOver } from '../pipeline/stages/extract.ts';
import { buildContext } from '../pipeline/context.ts';
import { defaultSeedsDir } from '../text/seed-files.ts';
import * as dates from './dates/cases.ts';
import * as companies from './companies/cases.ts';
import * as quantities from './quantities/cases.ts';
import * as agreements from './agreements/cases.ts';

const SEEDS = defaultSeedsDir();
const TEXTS: string[] = [
  ...[dates, companies, quantities, agreements].flatMap((t) => [...t.ja, ...t.en].map((c) => c.text)),
  ...readdirSync(path.join(SEEDS, 'articles')).map((f) => readFileSync(path.join(SEEDS, 'articles', f), 'utf8')),
  '𠮷野家とトヨタ自動車は2024年3月1日に提携した。',
  '',
];

/** An extractor that finds nothing alone and whose extractMany is `many`. */
function stepwise(id: string, many: Required<Extractor>['extractMany']): Extractor {
  return { id, version: '1', resources: [], extract: () => {}, extractMany: many };
}

/** What `found` holds, comparable with toEqual (no functions, no shared objects). */
function view(found: Found | Error): unknown {
  return found instanceof Error ? found.message : JSON.parse(JSON.stringify(found));
}

describe('extractMany', () => {
  let extractors: Extractor[];
  let ctxs: DocContext[];
  beforeAll(async () => {
    extractors = createExtractors({ seedsDir: SEEDS });
    ctxs = [];
    for (const [k, text] of TEXTS.entries()) ctxs.push(await buildContext(text, { name: `text ${k}`, metadataDate: '2024-06-01' }));
  });

  it('is given by every extractor', () => {
    expect(extractors.filter((e) => !e.extractMany).map((e) => e.id)).toEqual([]);
  });

  it('gives every document what extract gives it, in batches of several sizes', () => {
    const expected = ctxs.map((ctx) => {
      const found = emptyFound();
      for (const e of extractors) e.extract(ctx, found);
      return view(found);
    });
    expect(expected.filter((f) => JSON.stringify(f).includes('"companies":[{')).length).toBeGreaterThan(50);
    for (const size of [2, 7, 16]) {
      const got: unknown[] = [];
      for (let at = 0; at < ctxs.length; at += size) {
        const batch = ctxs.slice(at, at + size);
        got.push(...runExtractorsOver(batch, extractors, batch.map(() => ({}))).map(view));
      }
      expect(got).toEqual(expected);
    }
  });

  it('fails only the document an extractor fails on, naming it, and charges every document its share of the time', () => {
    const failing = stepwise('fails', (batch) => batch.map((ctx) => (ctx.name === 'text 1' ? new Error('cannot read this one') : null)));
    const batch = ctxs.slice(0, 3);
    const timings = batch.map(() => ({}) as Record<string, number>);
    const out = runExtractorsOver(batch, [extractors[0]!, failing, extractors[1]!], timings);
    expect(out[1]).toBeInstanceOf(Error);
    expect((out[1] as Error).message).toBe('extractor "fails" failed on text 1: cannot read this one');
    expect(out[0]).not.toBeInstanceOf(Error);
    expect(out[2]).not.toBeInstanceOf(Error);
    // the extractors after it ran on the others only
    expect((out[0] as Found).companies).toEqual(expect.any(Array));
    for (const t of timings) expect(t.fails).toBeGreaterThanOrEqual(0);
    expect(timings[1]!.companies).toBeUndefined();
    expect(timings[0]!.companies).toBeGreaterThan(0);
  });

  it('fails every document of the batch when extractMany itself throws', () => {
    const broken = stepwise('broken', () => {
      throw new Error('no batch today');
    });
    const out = runExtractorsOver(ctxs.slice(0, 2), [broken], [{}, {}]);
    expect(out.map((o) => (o instanceof Error ? o.message : 'ok'))).toEqual(['extractor "broken" failed on text 0: no batch today', 'extractor "broken" failed on text 1: no batch today']);
  });
});
