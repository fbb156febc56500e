/**
 * The tokenizer built over shared buffers (target map read from a shared index, files from
 * the async loader and its disk cache) tokenises exactly like kuromoji's own construction of
 * the target map over freshly decompressed files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultSeedsDir } from './seed-files.ts';
import { invokeDefinitions, loadDictionaryBuffers, loadDictionaryBuffersAsync, tokenizerFromBuffers } from './japanese-dictionary.ts';

describe('kuromoji over shared buffers', () => {
  it('tokenises the seed articles exactly like kuromoji itself', async () => {
    const buffers = loadDictionaryBuffers();
    const own = tokenizerFromBuffers(buffers, { targetMap: 'kuromoji', lattice: 'kuromoji' });
    const shared = tokenizerFromBuffers(await loadDictionaryBuffersAsync());
    const dir = path.join(defaultSeedsDir(), 'articles');
    // every character class of char.def: kanji, kanji numerals, kana, Latin, digits, symbols, spaces, Greek, Cyrillic
    const texts = ['𠮷野家の牛丼とトヨタ自動車、CATLの電池。', '一二三万円 ΑΒΓ αβγ Москва ｶﾀｶﾅ ひらがな 123 ＋−×÷ ☆★ \u3000全角　空白', ...readdirSync(dir).map((f) => readFileSync(path.join(dir, f), 'utf8'))];
    let tokens = 0;
    for (const text of texts) {
      for (const line of text.split('\n')) {
        const expected = own.tokenize(line);
        expect(shared.tokenize(line)).toEqual(expected);
        tokens += expected.length;
      }
    }
    expect(tokens).toBeGreaterThan(5000);
  }, 60_000);
});

describe('invokeDefinitions (unk_invoke.dat without its padding)', () => {
  const record = (name: string) => [1, 0, 2, 0, 0, 0, ...Buffer.from(name), 0];
  it.each([
    ['classes then zeros', [...record('DEFAULT'), ...record('SPACE'), 0, 0, 0, 0, 0, 0, 0, 0], record('DEFAULT').length + record('SPACE').length],
    ['classes and no padding', [...record('DEFAULT'), ...record('KANJI')], record('DEFAULT').length + record('KANJI').length],
    ['only zeros', [0, 0, 0, 0, 0, 0, 0, 0, 0], 0],
    ['empty', [], 0],
    ['a name cut short by the end of the file', [...record('DEFAULT'), 1, 0, 2, 0, 0, 0, 65], record('DEFAULT').length + 7],
  ])('%s', (_name, bytes, end) => {
    expect(invokeDefinitions(new Uint8Array(bytes)).length).toBe(end);
  });

  it("kuromoji's file: the 11 classes, and no character's category or compatible-category bitset names a class past them", () => {
    const b = loadDictionaryBuffers();
    const invoke = invokeDefinitions(new Uint8Array(b['unk_invoke.dat.gz']));
    const names: string[] = [];
    for (let at = 0; at < invoke.length; ) {
      let end = at + 6;
      while (invoke[end] !== 0) end++;
      names.push(Buffer.from(invoke.subarray(at + 6, end)).toString());
      at = end + 1;
    }
    expect(names).toEqual(['DEFAULT', 'SPACE', 'KANJI', 'SYMBOL', 'NUMERIC', 'ALPHA', 'HIRAGANA', 'KATAKANA', 'KANJINUMERIC', 'GREEK', 'CYRILLIC']);
    expect(new Uint8Array(b['unk_char.dat.gz']).every((id) => id < names.length)).toBe(true);
    const compat = new Uint32Array(b['unk_compat.dat.gz']);
    expect(compat.every((bits) => bits >>> names.length === 0)).toBe(true);
  });
});
