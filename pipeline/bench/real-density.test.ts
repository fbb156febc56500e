import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultSeedsDir } from '../../text/seed-files.ts';
import { articleLanguage, CompanyMatcher, ensureRealDensityCorpus, loadCompanies, scriptOf, varyArticle } from './real-density.ts';

const matcher = new CompanyMatcher(loadCompanies(defaultSeedsDir()));
const JA = 'トヨタ自動車は2024年10月2日、パナソニックと合弁会社を設立すると発表した。トヨタの出資比率は51%で、投資額は約1200億円。';
const EN = 'Ford Motor Company said on Dec. 17, 2025 that its plant, built with technology licensed from CATL, will make 20 GWh a year. Ford will invest $3 billion.';
const PLAIN = 'The weather was fine and nobody signed anything.';

describe('CompanyMatcher', () => {
  it.each([
    ['Japanese names, longest first', JA, ['トヨタ自動車', 'パナソニック', 'トヨタ']],
    ['Latin names on word boundaries', EN, ['Ford Motor Company', 'CATL', 'Ford']],
    ['no company', PLAIN, []],
    ['not inside a longer word', 'Fordham University and CATLike things', []],
  ])('%s', (_what, text, expected) => {
    expect(matcher.find(text).map((m) => m.alias)).toEqual(expected);
  });
});

describe('varyArticle', () => {
  it.each([
    ['Japanese', JA],
    ['English', EN],
  ])('%s: deterministic for a seed, different for another', (_what, text) => {
    expect(varyArticle(text, matcher, 7).text).toBe(varyArticle(text, matcher, 7).text);
    expect(varyArticle(text, matcher, 7).text).not.toBe(varyArticle(text, matcher, 8).text);
  });

  it.each([
    ['Japanese', JA],
    ['English', EN],
  ])('%s: every swapped name is another dictionary company of the same script and sector, the same one throughout', (_what, text) => {
    const { text: out, swaps } = varyArticle(text, matcher, 3);
    expect(swaps.length).toBe(matcher.find(text).length);
    for (const s of swaps) {
      const to = matcher.byAlias.get(s.to);
      const from = matcher.byAlias.get(s.from)!;
      expect(to, s.to).toBeDefined();
      expect(to!.id).toBe(s.toId);
      expect(to!.id).not.toBe(from.id);
      expect(to!.sector).toBe(from.sector);
      expect(scriptOf(s.to)).toBe(scriptOf(s.from));
      expect(out).toContain(s.to);
    }
    const byOriginal = new Map<string, Set<string>>();
    for (const s of swaps) byOriginal.set(s.fromId, (byOriginal.get(s.fromId) ?? new Set()).add(s.toId));
    for (const targets of byOriginal.values()) expect(targets.size).toBe(1);
  });

  it('shifts years, keeps months and days valid, scales other numbers; leaves text without names or numbers alone', () => {
    for (let seed = 0; seed < 50; seed++) {
      const out = varyArticle(JA, matcher, seed).text;
      const [, y, m, d] = /(\d{4})年(\d+)月(\d+)日/.exec(out)!;
      expect(Math.abs(Number(y) - 2024)).toBeGreaterThanOrEqual(1);
      expect(Math.abs(Number(y) - 2024)).toBeLessThanOrEqual(3);
      expect(Number(m)).toBeGreaterThanOrEqual(1);
      expect(Number(m)).toBeLessThanOrEqual(12);
      expect(Number(d)).toBeGreaterThanOrEqual(1);
      expect(Number(d)).toBeLessThanOrEqual(28);
      expect(out).not.toContain('1200億円');
    }
    expect(varyArticle(PLAIN, matcher, 1).text).toBe(PLAIN);
    // model names keep their digits
    expect(varyArticle('The bZ3 and the 4680 cell', matcher, 1).text).toMatch(/^The bZ3 and the \d{4} cell$/);
  });

  it.each([
    ['kana', JA, 'ja'],
    ['English only', EN, 'en'],
    ['bilingual', `${EN}\n${JA}`, 'ja'],
  ])('language of an article with %s', (_what, text, lang) => {
    expect(articleLanguage(text)).toBe(lang);
  });
});

describe('ensureRealDensityCorpus', () => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'real-density-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  // plain articles only: no gold files, no offsets
  const source = path.join(tmp, 'articles');
  mkdirSync(source);
  writeFileSync(path.join(source, 'a.txt'), JA);
  writeFileSync(path.join(source, 'b.txt'), EN);
  writeFileSync(path.join(source, 'c.txt'), PLAIN); // cannot be varied: skipped, not an endless loop
  const spec = (dir: string) => ({ dir: path.join(tmp, dir), sourceDir: source, japaneseBytes: 8000, englishBytes: 6000, seed: 1 });

  it('writes distinct variants of each language from plain text, the same on every build', () => {
    const out = ensureRealDensityCorpus(spec('one'), defaultSeedsDir());
    const again = ensureRealDensityCorpus(spec('two'), defaultSeedsDir());
    for (const lang of ['ja', 'en'] as const) {
      const files = readdirSync(out[lang]).sort();
      expect(files.length).toBeGreaterThan(10);
      const texts = files.map((f) => readFileSync(path.join(out[lang], f), 'utf8'));
      expect(new Set(texts).size).toBe(texts.length);
      expect(texts).not.toContain(lang === 'ja' ? JA : EN);
      expect(texts.every((t) => articleLanguage(t) === lang)).toBe(true);
      expect(readdirSync(again[lang]).sort()).toEqual(files);
      expect(files.map((f) => readFileSync(path.join(again[lang], f), 'utf8'))).toEqual(texts);
    }
  });
});
