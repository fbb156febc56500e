/** Character classes (text/chars.ts): the case tables agree with their definitions on every unit. */
import { describe, expect, it } from 'vitest';
import { FOLD_LIMIT, foldString, foldUnit, isLatinLetter, isLatinLower, isLatinUpper } from './chars.ts';

describe('Latin case', () => {
  it.each([
    ['A', true, false],
    ['z', false, true],
    ['É', true, false],
    ['é', false, true],
    ['ß', false, true], // lower case, although it upper-cases to two letters (SS)
    ['×', false, false],
    ['1', false, false],
    ['ア', false, false],
    ['Ａ', false, false], // full-width: not in the normalised text
  ])('%s: upper %s, lower %s', (ch, upper, lower) => {
    expect(isLatinUpper(ch.charCodeAt(0))).toBe(upper);
    expect(isLatinLower(ch.charCodeAt(0))).toBe(lower);
  });

  it('the tables agree with the definitions on every UTF-16 unit', () => {
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      const upper = isLatinLetter(c) && foldUnit(c) !== c;
      const lower = isLatinLetter(c) && foldUnit(c) === c && ch.toUpperCase() !== ch;
      if (isLatinUpper(c) !== upper || isLatinLower(c) !== lower) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
    expect(FOLD_LIMIT).toBe(0x250);
  });
});

describe('foldString', () => {
  it.each([
    ['CATL', 'catl'],
    ['Société Générale', 'société générale'],
    ['トヨタ', 'トヨタ'],
    ['ΑΒΓ', 'ΑΒΓ'], // Greek is not folded (Latin only)
    ['𠮷野家 NIO', '𠮷野家 nio'],
    ['', ''],
  ])('%s → %s', (s, folded) => expect(foldString(s)).toBe(folded));

  it('folds unit by unit, as foldUnit does, on random strings', () => {
    const pieces = ['A', 'z', 'Ä', 'ä', 'Ǆ', 'ǅ', 'ß', ' ', '.', 'ト', '日', '𠮷', 'Ω', 'Я', 'İ'];
    let seed = 3;
    const next = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    for (let round = 0; round < 500; round++) {
      const s = Array.from({ length: Math.floor(next() * 12) }, () => pieces[Math.floor(next() * pieces.length)]).join('');
      const expected = Array.from({ length: s.length }, (_, i) => String.fromCharCode(foldUnit(s.charCodeAt(i)))).join('');
      expect(foldString(s), JSON.stringify(s)).toBe(expected);
    }
  });
});
