import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { aliasSignature, SIGNATURE_VERSION, SignatureQuery, signatureText } from './alias-signature.ts';
import { normalise } from '../../text/normalise.ts';

const SEEDS = path.resolve(import.meta.dirname, '../../seeds/articles');
const seedTexts = readdirSync(SEEDS).map((f) => normalise(readFileSync(path.join(SEEDS, f), 'utf8')).text);

describe('alias signature', () => {
  it.each([
    ['𠮷野家の新店舗', '𠮷野家'],
    ['𠮷野家の新店舗', '野家の'],
    ['CATL and BYD', 'catl'],
    ['CATL and BYD', 'and byd'],
    ['トヨタ自動車', 'トヨタ自動車'],
    ['abc', 'abc'],
  ])('finds what the text contains: %s ∋ %s', (text, key) => {
    expect(new SignatureQuery(key).mayOccurIn(aliasSignature(text))).toBe(true);
  });

  it.each([
    ['𠮷野家の新店舗', '吉野家'],
    ['CATL and BYD', 'nio'],
    ['トヨタ自動車', '日産自動車'],
    ['', 'abc'],
  ])('rules out what the text lacks: %s ∌ %s', (text, key) => {
    expect(new SignatureQuery(key).mayOccurIn(aliasSignature(text))).toBe(false);
  });

  it('never misses a substring of a real article (every 3- to 8-character window of the seeds)', () => {
    for (const text of seedTexts) {
      const sig = aliasSignature(text);
      const lower = [...signatureText(text)];
      for (let i = 0; i + 8 <= lower.length; i += 7) {
        for (let len = 3; len <= 8; len++) expect(new SignatureQuery(lower.slice(i, i + len).join('')).mayOccurIn(sig)).toBe(true);
      }
    }
  });

  it('rarely says "maybe" for a 3-character key that is absent (false-positive rate under 3%)', () => {
    const text = seedTexts[0]!;
    const sig = aliasSignature(text);
    const lower = signatureText(text);
    let absent = 0;
    let maybe = 0;
    for (let i = 0; i < 4000; i++) {
      const key = String.fromCharCode(0x4e00 + ((i * 7919) % 20000), 0x30a0 + (i % 90), 0x4e00 + ((i * 104729) % 20000));
      if (lower.includes(key)) continue;
      absent++;
      if (new SignatureQuery(key).mayOccurIn(sig)) maybe++;
    }
    expect(absent).toBeGreaterThan(3900);
    expect(maybe / absent).toBeLessThan(0.03);
  });

  it('treats a missing or unknown-version signature as "may contain"', () => {
    const sig = aliasSignature('nothing here');
    expect(new SignatureQuery('catl').mayOccurIn(sig)).toBe(false);
    expect(new SignatureQuery('catl').mayOccurIn(null)).toBe(true);
    const other = sig.slice();
    other[0] = SIGNATURE_VERSION + 1;
    expect(new SignatureQuery('catl').mayOccurIn(other)).toBe(true);
  });

  it('refuses keys too short for trigrams', () => {
    expect(() => new SignatureQuery('ab')).toThrow(/at least 3 characters/);
  });
});

/**
 * Signature version 1 as first written (the format's definition): per trigram of code points,
 * a murmur-finalised hash, and 3 double-hashing probes reduced with `%`. Stored signatures were
 * made this way, so the faster code must set exactly the same bits.
 */
function referenceSignature(normalisedText: string): Uint8Array {
  const hash = (a: number, b: number, c: number) => {
    let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b ^ 0x5bd1e995, 0x85ebca6b) ^ Math.imul(c ^ 0x27d4eb2f, 0xc2b2ae35);
    h ^= h >>> 16;
    h = Math.imul(h, 0x7feb352d);
    h ^= h >>> 15;
    h = Math.imul(h, 0x846ca68b);
    h ^= h >>> 16;
    return h >>> 0;
  };
  const cps = [...normalisedText.toLowerCase()].map((ch) => ch.codePointAt(0)!);
  const bytes = Math.max(8, Math.ceil((Math.max(0, cps.length - 2) * 8) / 8));
  const out = new Uint8Array(1 + bytes);
  out[0] = 1;
  const bits = bytes * 8;
  for (let i = 2; i < cps.length; i++) {
    const h = hash(cps[i - 2]!, cps[i - 1]!, cps[i]!);
    const step = (h >>> 17) | (h << 15) | 1;
    for (let k = 0; k < 3; k++) {
      const bit = ((h + Math.imul(k, step)) >>> 0) % bits;
      out[1 + (bit >>> 3)]! |= 1 << (bit & 7);
    }
  }
  return out;
}

describe('alias signature: the stored format does not change', () => {
  it.each([
    ['the seed articles', seedTexts],
    ['short texts, astral characters, lone surrogates', ['', 'ab', 'abc', '𠮷野家', '𠮷𠮷𠮷𠮷', 'a\ud800b\udc00c', 'CATL と BYD', 'x'.repeat(100)]],
  ])('%s: the same bytes as the definition of version 1', (_what, texts) => {
    for (const text of texts) expect(Buffer.from(aliasSignature(text)).equals(Buffer.from(referenceSignature(text)))).toBe(true);
  });

  it('a long document (over 2^21 bits, where x / bits can round up): the same bytes, and every window is found', () => {
    const text = seedTexts.join('\n').repeat(40);
    const sig = aliasSignature(text);
    expect((sig.length - 1) * 8).toBeGreaterThan(2 ** 21);
    expect(Buffer.from(sig).equals(Buffer.from(referenceSignature(text)))).toBe(true);
    const lower = [...signatureText(text)];
    for (let i = 0; i + 6 <= lower.length; i += 997) expect(new SignatureQuery(lower.slice(i, i + 6).join('')).mayOccurIn(sig)).toBe(true);
  });
});
