/**
 * The linear lattice builder and search give exactly kuromoji's tokens: the seed articles line by line,
 * and inputs chosen for its edge cases (long unknown runs, grouping classes, characters outside
 * the BMP and lone surrogates that take kuromoji's own path, empty and one-character input).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultSeedsDir } from './seed-files.ts';
import { loadDictionaryBuffers, tokenizerFromBuffers } from './japanese-dictionary.ts';

describe('linear lattice builder', () => {
  const buffers = loadDictionaryBuffers();
  const kuromoji = tokenizerFromBuffers(buffers, { lattice: 'kuromoji' });
  const linear = tokenizerFromBuffers(buffers);

  const cases: [string, string][] = [
    ['empty', ''],
    ['one character', '電'],
    ['known words', 'トヨタ自動車とパナソニックは電池の合弁会社を設立した。'],
    ['long katakana run (unknown, grouping)', 'アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン'.repeat(3)],
    ['ASCII and digits', 'CATL and LG Energy Solution signed a 2024 MoU for 100GWh in Q3.'],
    ['half-width katakana and symbols', 'ｶﾀｶﾅ・記号★☆→①②％＆＠'],
    ['kanji run', '国立研究開発法人新エネルギー産業技術総合開発機構'],
    ['outside the BMP', '𠮷野家の牛丼と🚗の電池'],
    ['lone high surrogate', 'トヨタ\ud842自動車'],
    ['lone low surrogate', 'トヨタ\udfb7自動車'],
    ['whitespace runs', '日産   と\t\tホンダ'],
  ];
  // the same tokens, or the same failure (kuromoji fails on a lone high surrogate)
  const outcome = (tokenize: () => unknown) => {
    try {
      return tokenize();
    } catch (e) {
      return `throws ${(e as Error).name}`;
    }
  };
  it.each(cases)('%s', (_name, text) => {
    expect(outcome(() => linear.tokenize(text))).toEqual(outcome(() => kuromoji.tokenize(text)));
  });

  it('keeps no state between sentences (a long one, then short ones, then windows of it)', () => {
    const long = 'トヨタ自動車と独フォルクスワーゲングループは2030年までに北米で全固体電池の量産を始める計画を明らかにした'.repeat(40);
    const inputs = [long, '電', 'ホンダ', long.slice(7, 40), long.slice(0, 13), 'アイウエオ株式会社'];
    for (const text of inputs) expect(linear.tokenize(text)).toEqual(kuromoji.tokenize(text));
  });

  it('tokenises the seed articles exactly like kuromoji', () => {
    const dir = path.join(defaultSeedsDir(), 'articles');
    let tokens = 0;
    for (const f of readdirSync(dir)) {
      const text = readFileSync(path.join(dir, f), 'utf8');
      const expected = kuromoji.tokenize(text);
      expect(linear.tokenize(text)).toEqual(expected);
      tokens += expected.length;
    }
    expect(tokens).toBeGreaterThan(5000);
  }, 60_000);
});
