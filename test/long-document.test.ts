/**
 * Cost linear in the length of one document: a long single-line article (no paragraph or
 * line breaks, the case where "look at the whole line" means "look at the whole document")
 * must cost each extractor about the same per character as a short one.
 * Before: the document date scanned back to the line start for every date near the "top"
 * (the top of a one-line document is all of it), and company discovery filtered every
 * dictionary mention for every proposal — 1.8 M characters took 296 s. Later the agreements
 * looked up each sentence's paragraph by scanning back to the line start (640 k characters cost
 * 50 × what 40 k did); line starts now come from one index per text (text/line-index.ts).
 */
import { describe, expect, it } from 'vitest';
import { loadExtraction } from '../pipeline/setup.ts';
import { defaultSeedsDir } from '../text/seed-files.ts';
import { buildContext } from '../pipeline/context.ts';
import { runExtractors, type ExtractTimings } from '../pipeline/stages/extract.ts';

const SENTENCES = [
  'トヨタ自動車は{Y}年{M}月{D}日、パナソニックと電池の合弁会社を設立すると発表した。',
  '新興のゼノ{K}テック株式会社は{Y}年{M}月{D}日に年産{N}GWhの工場を稼働させた。',
  'CATL and Ford signed a supply agreement on March {D}, {Y} for {N} GWh of LFP cells. ',
  '日産自動車とホンダは{Y}年度に{N}億円を投じ、ルノーの株式{N}%を取得した。',
];
const KANA = 'アカサタナハマヤラワ';

/** Distinct sentences (no two alike, so no cache keyed on text can hide the cost), one line. */
function longLine(chars: number): string {
  let out = '';
  for (let i = 0; out.length < chars; i++) {
    out += SENTENCES[i % SENTENCES.length]!.replace(/\{Y\}/g, String(2000 + (i % 30)))
      .replace(/\{M\}/g, String(1 + (i % 12)))
      .replace(/\{D\}/g, String(1 + (i % 28)))
      .replace(/\{N\}/g, String(1 + (i % 97)))
      .replace(/\{K\}/g, KANA[i % 10]! + KANA[Math.floor(i / 10) % 10]!);
  }
  return out;
}

describe('one long line', () => {
  const { extractors } = loadExtraction(defaultSeedsDir());

  async function msPerExtractor(chars: number): Promise<ExtractTimings> {
    const ctx = await buildContext(longLine(chars), { tokens: true });
    const timings: ExtractTimings = {};
    runExtractors(ctx, extractors, timings);
    return timings;
  }

  it('costs each extractor about the same per character at 40 k and at 640 k characters', async () => {
    await msPerExtractor(20_000); // warm-up (JIT, tokenizer)
    const small = await msPerExtractor(40_000);
    const large = await msPerExtractor(640_000);
    for (const id of Object.keys(small)) {
      // 16 × the text; linear would be 16 × the time. Allow 3 × that for a noisy, shared machine
      // (and 100 ms of slack); quadratic would be 256 ×.
      expect(large[id]!, `${id}: ${small[id]!.toFixed(0)} ms at 40 k, ${large[id]!.toFixed(0)} ms at 640 k`).toBeLessThan(48 * small[id]! + 100);
    }
  }, 120_000);
});
