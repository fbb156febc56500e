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
