/**
 * The extractors try word-led regexes only where one of their first words starts
 * (text/word-scan.ts). End to end, that must change no record: every seed article, a few
 * mixed-script texts, and the development articles when ../shared is present, extracted with
 * the word-led scans and with every regex scanning the whole text.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadExtraction } from '../pipeline/setup.ts';
import { processFile, processRead } from '../pipeline/process.ts';
import { defaultSeedsDir } from '../text/seed-files.ts';
import { setWordLedScans } from '../text/word-scan.ts';
import { sharedPath } from './shared.ts';

const MIXED = [
  '𠮷野家とToyotaは2025年3月5日、the following dayにjoint venture agreementを締結した。Q3 2025の売上は1.5%増。',
  'On Monday, March 3, 2025, Panasonic Energy and Mazda signed a memorandum of understanding; the two companies will jointly develop cells by FY2027, the company said.',
];

describe('word-led scans change no record', () => {
  const { extractors } = loadExtraction();
  afterAll(() => setWordLedScans(true));
  const files = [path.join(defaultSeedsDir(), 'articles'), sharedPath('dev/docs')]
    .filter((d) => existsSync(d))
    .flatMap((d) => readdirSync(d).map((f) => path.join(d, f)));

  it(`over ${files.length} articles and mixed texts`, async () => {
    expect(files.length).toBeGreaterThanOrEqual(4);
    let records = 0;
    for (const file of files) {
      setWordLedScans(true);
      const fast = (await processFile(file, extractors)).records;
      setWordLedScans(false);
      const global = (await processFile(file, extractors)).records;
      expect(fast, file).toEqual(global);
      records += fast.mentions.length + fast.agreements.length;
    }
    for (const [i, text] of MIXED.entries()) {
      const read = { path: `mixed-${i}.txt`, name: `mixed-${i}.txt`, format: 'txt', encoding: 'utf-8', contentHash: String(i), text, metadataDate: null };
      setWordLedScans(true);
      const fast = (await processRead(read as never, extractors)).records;
      setWordLedScans(false);
      expect(fast).toEqual((await processRead(read as never, extractors)).records);
      records += fast.mentions.length;
    }
    expect(records).toBeGreaterThan(200);
  });
});
