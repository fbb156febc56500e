/**
 * The tokenizer built over shared buffers (target map read from a shared index) tokenises
 * exactly like kuromoji's own loading of the same dictionary.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultSeedsDir } from '../resources.ts';
import { loadDictionaryBuffers, loadDictionaryBuffersAsync, tokenizerFromBuffers } from './kuromoji-dictionary.ts';

const require = createRequire(import.meta.url);

/** kuromoji's own construction (DictionaryLoader's order), over the same decompressed files. */
function kuromojiOwn(b: ReturnType<typeof loadDictionaryBuffers>) {
  const DynamicDictionaries = require('kuromoji/src/dict/DynamicDictionaries.js');
  const Tokenizer = require('kuromoji/src/Tokenizer.js');
  const dic = new DynamicDictionaries();
  dic.loadTrie(new Int32Array(b['base.dat.gz']), new Int32Array(b['check.dat.gz']));
  dic.loadTokenInfoDictionaries(new Uint8Array(b['tid.dat.gz']), new Uint8Array(b['tid_pos.dat.gz']), new Uint8Array(b['tid_map.dat.gz']));
  dic.loadConnectionCosts(new Int16Array(b['cc.dat.gz']));
  dic.loadUnknownDictionaries(
    new Uint8Array(b['unk.dat.gz']),
    new Uint8Array(b['unk_pos.dat.gz']),
    new Uint8Array(b['unk_map.dat.gz']),
    new Uint8Array(b['unk_char.dat.gz']),
    new Uint32Array(b['unk_compat.dat.gz']),
    new Uint8Array(b['unk_invoke.dat.gz']),
  );
  return new Tokenizer(dic) as { tokenize(s: string): unknown[] };
}

describe('kuromoji over shared buffers', () => {
  it('tokenises the seed articles exactly like kuromoji itself', async () => {
    const buffers = loadDictionaryBuffers();
    const own = kuromojiOwn(buffers);
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
