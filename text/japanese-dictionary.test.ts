/**
 * The tokenizer built over shared buffers (target map read from a shared index, files from
 * the async loader and its disk cache) tokenises exactly like kuromoji's own construction of
 * the target map over freshly decompressed files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultSeedsDir } from './seed-files.ts';
import { loadDictionaryBuffers, loadDictionaryBuffersAsync, tokenizerFromBuffers } from './japanese-dictionary.ts';

describe('kuromoji over shared buffers', () => {
  it('tokenises the seed articles exactly like kuromoji itself', async () => {
    const buffers = loadDictionaryBuffers();
    const own = tokenizerFromBuffers(buffers, { targetMap: 'kuromoji', lattice: 'kuromoji' });
    const shared = tokenizerFromBuffers(await loadDictionaryBuffersAsync());
    const dir = path.join(defaultSeedsDir(), 'articles');
    const texts = ['𠮷野家の牛丼とトヨタ自動車、CATLの電池。', ...readdirSync(dir).map((f) => readFileSync(path.join(dir, f), 'utf8'))];
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
