/**
 * Tokens on demand (LazyTokens): a window of tokens around a span never cuts a surrogate pair,
 * and a lone surrogate (possible through extract-text's JSON or the library) does not stop
 * kuromoji. Both used to fail the companies extractor with "Cannot read properties of null"
 * (kuromoji's trie turns a string with a lone surrogate into null).
 */
import { describe, expect, it } from 'vitest';
import { segment } from '../../text/segment.ts';
import { tokenize } from './tokenize.ts';

async function lazyTokens(text: string) {
  return tokenize(text, segment(text), false);
}

describe('LazyTokens', () => {
  // [case, text, span, pad: characters of context each side]
  const cases: [string, string, string, number][] = [
    ['a window that would end inside 😀', '𩸽株式会社は😀', '株式会社', 2],
    ['a window that would start inside 😀', '😀は株式会社𩸽', '株式会社', 2],
    ['outside the BMP on both sides', '🚗🔋𠮷野家と提携した🚗🔋', '提携', 5],
    ['a lone high surrogate near the span', 'トヨタ\ud83d自動車と提携した', '提携', 6],
    ['a lone low surrogate near the span', 'トヨタ\ude00自動車と提携した', '提携', 6],
  ];
  it.each(cases)('%s: tokens around the span, each one a slice of the text at its offsets', async (_name, text, word, pad) => {
    const tokens = await lazyTokens(text);
    const start = text.indexOf(word);
    const around = tokens.around(start, start + word.length, pad);
    expect(around.length).toBeGreaterThan(0);
    // a lone surrogate reaches kuromoji as U+FFFD (the same length: offsets hold)
    const seen = text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
    for (const t of around) expect(t.surface).toBe(seen.slice(t.start, t.end));
  });

  it('tokenises a whole segment with a lone surrogate', async () => {
    const text = 'パナソニック\ud842は電池を増産する';
    const tokens = await lazyTokens(text);
    const all = tokens.get(0)!;
    expect(all.map((t) => t.surface).join('')).toBe(text.replace('\ud842', '\ufffd'));
    expect(all.at(-1)!.end).toBe(text.length);
  });
});
