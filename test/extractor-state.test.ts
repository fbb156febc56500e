/**
 * Extractors keep no state that grows with a run or outlives an edit of their seed files:
 * - the company extractor does not keep every discovered company for the whole run (each
 *   worker did, and nothing read it: a document's discovered companies travel in its records);
 * - the date vocabulary is cached by the content of its files, not by their folder, so an
 *   extractor rebuilt after an edit uses the edited vocabulary (the run records the new hashes).
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildContext } from '../pipeline/context.ts';
import { runExtractors } from '../pipeline/stages/extract.ts';
import { defaultSeedsDir } from '../text/seed-files.ts';
import { createCompanyExtractor } from '../extractors/companies/index.ts';
import { createDateExtractor } from '../extractors/dates/index.ts';

describe('extractor state', () => {
  it('the company extractor does not accumulate discovered companies across documents', async () => {
    const extractor = createCompanyExtractor({ seedsDir: defaultSeedsDir() });
    const before = extractor.entities().length;
    for (const name of ['ゼノアテック', 'ゼノカテック', 'ゼノサテック']) {
      const ctx = await buildContext(`${name}株式会社は新工場を建設する。`);
      const found = runExtractors(ctx, [extractor]);
      expect(found.companies.some((m) => m.discovered)).toBe(true); // discovered in the document…
    }
    expect(extractor.entities().length).toBe(before); // …but not kept by the extractor
    expect(extractor.entities().some((e) => e.id.startsWith('discovered:'))).toBe(false);
  });

  it('a date extractor rebuilt after a vocabulary edit uses the edited vocabulary', async () => {
    const seeds = path.join(mkdtempSync(path.join(os.tmpdir(), 'seeds-')), 'seeds');
    cpSync(defaultSeedsDir(), seeds, { recursive: true });
    const text = 'The plant opens on Gigafactory Day 2027.';
    const dates = async () => {
      const ctx = await buildContext(text, { tokens: false });
      return runExtractors(ctx, [createDateExtractor({ seedsDir: seeds })]).dates.map((d) => text.slice(d.start, d.end));
    };
    expect(await dates()).not.toContain('Gigafactory Day 2027');
    // a fixed-date holiday added to the English vocabulary
    const yaml = path.join(seeds, 'dates/en.yaml');
    writeFileSync(yaml, readFileSync(yaml, 'utf8').replace('holidays:\n', 'holidays:\n  - { text: gigafactory day, month: 6, day: 1 }\n'));
    expect(await dates()).toContain('Gigafactory Day 2027');
  });
});
