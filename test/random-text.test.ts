/**
 * Random texts built from the industry's fragments (names, legal forms, particles, dates,
 * quantities, deal words) mixed with what real files carry: characters outside the BMP, emoji,
 * variation selectors, combining marks, lone surrogates (extract-text's JSON can hold them),
 * full- and half-width forms, Markdown table rules, CR/LF. No extractor may fail on any of
 * them, and every span must be its text's code points [start, end). A seeded generator: a
 * failure names its text, and reruns the same.
 *
 * Found this way: a token window around a company name that cut a surrogate pair in half
 * ("𩸽株式会社は😀…"), on which kuromoji's trie throws.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { createExtractor, type Extractor } from '../pipeline/library.ts';

const FRAGMENTS = [
  'トヨタ自動車', 'パナソニック', 'Panasonic', 'Tesla', 'CATL', '寧徳時代', 'LGエナジーソリューション', 'SKオン', '株式会社', '(株)', '㈱',
  'Inc.', 'Co., Ltd.', 'と', 'は', 'が', 'の', 'を', '、', '。', '. ', ', ', ' and ', ' with ', 'signed', '提携', '合弁会社', '設立', '締結',
  '供給契約', 'agreement', 'joint venture', '2024年', '3月', '５日', '令和6年', '第3四半期', 'FY2025', 'March 5, 2024', '2024-05-01', '約',
  '～', '〜', '-', '/', '10GWh', '100億円', '３５ＧＷｈ', '$2.5 billion', '50%', '出資', '買収', '𠮷野家', '𩸽', '😀', '🚗', '\u{E0100}',
  '\u0301', '\n', '\n\n', '\t', ' ', '　', '（', '）', '「', '」', '(', ')', '[', ']', '|', '| --- |', '# ', '- ', '*', '"', "'", '’',
  '\u200b', '\ufeff', '\r\n', 'ｶﾞ', 'ﾄﾖﾀ', '十二', '二〇二四年', '百五十億円', 'GWh', 'kWh', 'MW', '万', '億', '兆', '1,000', '1.5', '.5',
  '0', 'ウ', 'ー', '・', '&', 'の子会社', 'subsidiary of', 'acquired', 'stake', '株', '社', 'と共同で', 'said on', 'Monday', '同日',
  'この日', '同社', 'the company', 'it', '\ud83d', '\udc00',
];

function randomTexts(count: number, seed: number): string[] {
  const next = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n);
  return Array.from({ length: count }, () => {
    let text = '';
    for (let k = 5 + next(120); k > 0; k--) text += FRAGMENTS[next(FRAGMENTS.length)];
    return text;
  });
}

describe('random texts', () => {
  let extractor: Extractor | undefined;
  afterAll(() => extractor?.close());

  it('no extractor fails, and every span is its text in code points', async () => {
    extractor = await createExtractor();
    const texts = randomTexts(400, 20261205);
    let spans = 0;
    for (const text of texts) {
      const records = await extractor.extract(text, { referenceDate: '2024-06-01' }).catch((e: Error) => {
        throw new Error(`${e.message} on ${JSON.stringify(text)}`);
      });
      const points = [...text];
      const all = [...records.companies, ...records.dates, ...records.quantities, ...records.agreements.flatMap((a) => a.evidence)];
      for (const m of all) expect(points.slice(m.start, m.end).join(''), JSON.stringify(text)).toBe(m.text);
      spans += all.length;
    }
    expect(spans).toBeGreaterThan(3000);
  }, 60_000);
});
