/**
 * The number scanner: one linear pass over normalised text that finds number expressions and
 * returns their UTF-16 ranges and values.
 *
 * - arabic with separators/decimals (1,000 / 1.2 / 40 000), exponents (1.3e6)
 * - kanji and mixed numerals (六万, 41億, 73億4000万, 二〇二五), kanji decimals, fractions
 * - English words and scales (two billion, 1.2 million, 10k with `scaleSuffixes`)
 * - vague amounts (数百, 数千万, 十数, tens of millions) → value null, min/max
 *
 * Left boundary: a digit glued to a preceding ASCII letter is part of a code (A350, CO2,
 * IEC62660, FY2025) and is skipped with the rest of that token. A kanji numeral inside a listed
 * word (四川, 一汽, 統一 …; `options.nonNumeralWords`) is skipped. Ranges, bounds and units are
 * NOT handled here (see ./range.ts and extractors/quantities).
 */
import { BIG_UNIT, CH, KANJI_DIGIT, SMALL_UNIT, isAsciiDigit, isAsciiLetter } from '../chars.ts';
import { ENGLISH_SCALES } from './english-words.ts';
import { readEnglishNumber } from './english.ts';
import { readHiraganaNumeral } from './hiragana.ts';
import { readSignedNumeral } from './numeral.ts';
import { readEnVague, readJaVague } from './vague.ts';

export interface NumberMatch {
  start: number;
  end: number;
  /** Exact value, or null for a vague amount (then min/max). */
  value: number | null;
  /**
   * A vague amount's bounds, else undefined. Every match is built with all eight properties in
   * this order: one object shape, so that the code reading matches is not deoptimised when it
   * first meets a vague one or a copy (V8's "wrong map").
   */
  min?: number;
  max?: number;
  /** Which grammar read it. */
  form: 'arabic' | 'kanji' | 'english' | 'vague';
  /** Ends with a myriad multiplier (41億) or an English scale word/suffix (2.6 billion, 5bn). */
  scaled: boolean;
  /** That trailing multiplier (1e8 for 41億, 1e9 for "2.6 billion"), else 1. */
  scale: number;
}

export interface ScanOptions {
  /** Fractions: 3分の2, 12/3, two thirds (default true; the quantity extractor turns them off). */
  fractions?: boolean;
  /** Glued scale suffixes 10k, 1.2bn, 5m (default true). */
  scaleSuffixes?: boolean;
  /** Exponents 1.3e6 (default true). */
  exponent?: boolean;
  /** Hiragana numerals (にじゅうさん), standalone runs only (default true). */
  hiragana?: boolean;
  /** A minus sign separated from its number by spaces ("- 10 k"), as in typed math (default true). */
  spacedSign?: boolean;
  /** Upper-case letter codes that may be glued before digits (USD115.5, EUR50): the digits are still read. */
  gluedPrefixes?: ReadonlySet<string>;
  /** Kanji words that contain a numeral but are not numbers (四川, 一汽, 統一, 一部 …). */
  nonNumeralWords?: readonly string[];
}

const MA = 'マ'.charCodeAt(0);
const SUU = '数'.charCodeAt(0);
const NAN = '何'.charCodeAt(0);
const HAN = '半'.charCodeAt(0);
const TRIANGLE_BLACK = 0x25b2; // ▲ (negative figure)
const TRIANGLE_WHITE = 0x25b3; // △

/**
 * 1 for a unit at which scanNumbers only steps on: none of the cases of its loop (letter,
 * digit, sign, dot, kanji numeral, hiragana, マ, 半, ▲, △). Most Japanese text is such units,
 * and one table read per unit replaces the chain of tests and map lookups.
 */
const PASSIVE = new Uint8Array(65536);
for (let c = 0; c < 65536; c++) {
  const active =
    isAsciiLetter(c) || isAsciiDigit(c) || c === CH.minus || c === CH.plus || c === CH.dot ||
    KANJI_DIGIT.has(c) || SMALL_UNIT.has(c) || c === SUU || c === NAN || (c >= 0x3041 && c <= 0x309f) ||
    c === MA || c === HAN || c === TRIANGLE_BLACK || c === TRIANGLE_WHITE;
  if (!active) PASSIVE[c] = 1;
}

/** First letters of English number / vague words, for a cheap pre-check. */
const EN_START_WORDS = 'zero|naught|nought|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fourty|fifty|sixty|seventy|eighty|ninety|hundred|a|an|minus|negative|half|quarter|tens|dozens|hundreds|thousands|millions|billions|trillions|several';
const EN_START = new RegExp(`^(?:${EN_START_WORDS})$`, 'i');
/** The longest EN_START word and its first letters (both cases): a word outside them is no number word, without a slice and a regex test. */
const EN_START_MAX = Math.max(...EN_START_WORDS.split('|').map((w) => w.length));
const EN_START_FIRST = new Uint8Array(128);
for (const w of EN_START_WORDS.split('|')) {
  EN_START_FIRST[w.charCodeAt(0)] = 1;
  EN_START_FIRST[w.toUpperCase().charCodeAt(0)] = 1;
}

/** "one" used as a pronoun: "which one", "that one", "the one", "one another". */
const PRONOUN_ONE_BEFORE = /(?:^|[^A-Za-z])(?:which|that|this|the|each|every|any|no|some|another|one|little|new|old|last|first|right|wrong|only|same|other)\s+$/i;

export class NonNumeralWordIndex {
  private readonly byChar = new Map<number, { word: string; offset: number }[]>();
  constructor(words: readonly string[]) {
    for (const word of words) {
      for (let k = 0; k < word.length; k++) {
        const c = word.charCodeAt(k);
        if (KANJI_DIGIT.has(c) || SMALL_UNIT.has(c) || c === SUU) {
          const list = this.byChar.get(c) ?? [];
          list.push({ word, offset: k });
          this.byChar.set(c, list);
        }
      }
    }
  }
  /** Is the numeral character at `pos` inside one of the words? Returns the word's end, or -1. */
  coveringEnd(text: string, pos: number): number {
    const list = this.byChar.get(text.charCodeAt(pos));
    if (!list) return -1;
    for (const { word, offset } of list) {
      const s = pos - offset;
      if (s >= 0 && text.startsWith(word, s)) return s + word.length;
    }
    return -1;
  }
}

const indexCache = new WeakMap<readonly string[], NonNumeralWordIndex>();
function wordIndex(words: readonly string[] | undefined): NonNumeralWordIndex | null {
  if (!words || words.length === 0) return null;
  let idx = indexCache.get(words);
  if (!idx) {
    idx = new NonNumeralWordIndex(words);
    indexCache.set(words, idx);
  }
  return idx;
}

/**
 * `m` when it is non-empty and ends after `best`, else `best`: of the readings at one position
 * the longest wins, the first on ties. A function, not a closure made at every call.
 */
function longer(best: NumberMatch | null, m: NumberMatch): NumberMatch | null {
  return m.end > m.start && (!best || m.end > best.end) ? m : best;
}

/** Read the number expression starting exactly at `pos`, or null (boundaries are the caller's). */
export function readNumberAt(text: string, pos: number, options: ScanOptions = {}, end = text.length): NumberMatch | null {
  const c = text.charCodeAt(pos);
  const fractions = options.fractions ?? true;
  if (c === CH.minus && options.spacedSign === false && text.charCodeAt(pos + 1) === CH.space) return null;
  let best: NumberMatch | null = null;
  if (c === HAN && text.startsWith('半ダース', pos)) {
    return { start: pos, end: pos + 4, value: 6, min: undefined, max: undefined, form: 'kanji', scaled: false, scale: 1 };
  }
  if (c >= 0x3041 && c <= 0x309f) {
    if (options.hiragana === false) return null;
    const h = readHiraganaNumeral(text, pos, end);
    return h ? { start: pos, end: h.end, value: h.value, min: undefined, max: undefined, form: 'kanji', scaled: false, scale: 1 } : null;
  }
  if (c === SUU || c === NAN || SMALL_UNIT.has(c) || KANJI_DIGIT.has(c)) {
    const v = readJaVague(text, pos, end);
    if (v) best = longer(best, { start: pos, end: v.end, value: null, min: v.min, max: v.max, form: 'vague', scaled: false, scale: 1 });
    if (c === SUU || c === NAN) return best;
  }
  if (
    isAsciiDigit(c) || KANJI_DIGIT.has(c) || SMALL_UNIT.has(c) || c === CH.minus || c === CH.plus || c === MA ||
    c === CH.dot || c === TRIANGLE_BLACK || c === TRIANGLE_WHITE
  ) {
    const r = readSignedNumeral(text, pos, end, { fractions, exponent: options.exponent ?? true });
    if (r) {
      best = longer(best, {
        start: pos,
        end: r.end,
        value: r.value,
        min: undefined,
        max: undefined,
        form: r.kanji ? 'kanji' : 'arabic',
        scaled: r.endsWithBigUnit,
        scale: 1,
      });
    }
  }
  if (isAsciiDigit(c) || isAsciiLetter(c) || c === CH.minus || c === CH.dot) {
    if (isAsciiLetter(c)) {
      const v = readEnVague(text, pos, end);
      if (v) best = longer(best, { start: pos, end: v.end, value: null, min: v.min, max: v.max, form: 'vague', scaled: true, scale: 1 });
    }
    const e = readEnglishNumber(text, pos, end, {
      fractions,
      scaleSuffixes: options.scaleSuffixes ?? true,
    });
    if (e) {
      best = longer(best, { start: pos, end: e.end, value: e.value, min: undefined, max: undefined, form: e.words ? 'english' : 'arabic', scaled: e.scaled, scale: 1 });
    }
  }
  const b = best as NumberMatch | null;
  if (b) b.scale = b.scaled ? trailingScale(text, b.start, b.end) : 1;
  return b;
}

const TRAILING_SCALE = /(hundred|thousand|million|billion|trillion|lakh|crore)s?$|\d\s*(bn|BN|b|B|mn|MN|MM|mm|mil|m|M|k|K|tn|trn)$/;
const SUFFIX_SCALE: Record<string, number> = {
  bn: 1e9, BN: 1e9, b: 1e9, B: 1e9, mn: 1e6, MN: 1e6, MM: 1e6, mm: 1e6, mil: 1e6, m: 1e6, M: 1e6,
  k: 1e3, K: 1e3, tn: 1e12, trn: 1e12,
};

/** The multiplier that closes a number: 億 → 1e8, "billion" → 1e9, "5bn" → 1e9. */
function trailingScale(text: string, start: number, end: number): number {
  const last = BIG_UNIT.get(text.charCodeAt(end - 1));
  if (last !== undefined) return last;
  const m = TRAILING_SCALE.exec(text.slice(Math.max(start, end - 12), end));
  if (!m) return 1;
  if (m[1]) return ENGLISH_SCALES[m[1].toLowerCase()] ?? 1;
  return SUFFIX_SCALE[m[2]!] ?? 1;
}

/** Find every number expression in `text`, left to right, non-overlapping. */
export function scanNumbers(text: string, options: ScanOptions = {}): NumberMatch[] {
  const out: NumberMatch[] = [];
  const n = text.length;
  const words = wordIndex(options.nonNumeralWords);
  let gluedAt = -1;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (PASSIVE[c] === 1) {
      i++;
      continue;
    }
    const prev = i > 0 ? text.charCodeAt(i - 1) : 0;
    if (isAsciiLetter(c)) {
      // an English word: try only at a word start, and only for number words
      if (isAsciiLetter(prev) || isAsciiDigit(prev)) {
        i++;
        continue;
      }
      // (the letter test written out: a call per character of every English word was a third of this scan)
      let e = i + 1;
      for (; e < n; e++) {
        const l = text.charCodeAt(e) | 32;
        if (l < 97 || l > 122) break;
      }
      const w = e - i <= EN_START_MAX && EN_START_FIRST[c] === 1 ? text.slice(i, e) : null;
      if (w === null || !EN_START.test(w) || (/^one$/i.test(w) && isPronounOne(text, i, e))) {
        // a listed code glued to digits (USD115.5): the digits are a number
        if (e < n && isAsciiDigit(text.charCodeAt(e)) && options.gluedPrefixes?.has((w ?? text.slice(i, e)).toUpperCase())) {
          gluedAt = e;
          i = e;
          continue;
        }
        // skip the word and any digits glued to it (A350, CO2, FY2025, IEC62660-1, v1.2)
        i = skipCode(text, e);
        continue;
      }
      const m = readNumberAt(text, i, options);
      if (m && !(m.form === 'english' && /^(?:a|an)$/i.test(text.slice(m.start, m.end)))) {
        out.push(m);
        i = m.end;
      } else i = e;
      continue;
    }
    if (isAsciiDigit(c)) {
      if ((isAsciiLetter(prev) && i !== gluedAt) || prev === 95 /* _ */) {
        i = skipCode(text, i);
        continue;
      }
    } else if (c === CH.minus || c === CH.plus) {
      // a sign only when not glued to a word/number on the left ("2-3", "Li-ion", "--9")
      const next = text.charCodeAt(i + 1);
      if (isAsciiLetter(prev) || isAsciiDigit(prev) || prev === CH.minus || !(isAsciiDigit(next) || next === CH.space)) {
        i++;
        continue;
      }
    } else if (c === CH.dot) {
      if (isAsciiDigit(prev) || !isAsciiDigit(text.charCodeAt(i + 1))) {
        i++;
        continue;
      }
    } else if (KANJI_DIGIT.has(c) || SMALL_UNIT.has(c) || c === SUU || c === NAN) {
      if (words) {
        const we = words.coveringEnd(text, i);
        if (we > i) {
          i = we;
          continue;
        }
      }
    } else if (c >= 0x3041 && c <= 0x309f) {
      // hiragana numerals only at the start of a hiragana run
      if (options.hiragana === false || (prev >= 0x3041 && prev <= 0x309f)) {
        i++;
        continue;
      }
    } else if (c !== MA && c !== HAN && c !== TRIANGLE_BLACK && c !== TRIANGLE_WHITE) {
      i++;
      continue;
    }
    let m = readNumberAt(text, i, options);
    // 192.168.1.2: a number right after "digit." is one field of a dotted sequence, no decimals
    if (m && m.form === 'arabic' && prev === CH.dot && isAsciiDigit(text.charCodeAt(i - 2))) {
      let e = i;
      while (e < m.end && isAsciiDigit(text.charCodeAt(e))) e++;
      if (e < m.end) m = { start: m.start, end: e, value: Number(text.slice(i, e)), min: undefined, max: undefined, form: m.form, scaled: m.scaled, scale: m.scale };
    }
    if (m) {
      out.push(m);
      i = m.end;
    } else i++;
  }
  return out;
}

/** End of a code token (letters and digits, and . - _ / inside it once it has a digit) from `pos`. */
function skipCode(text: string, pos: number): number {
  const n = text.length;
  let i = pos;
  let digits = false;
  for (;;) {
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c >= 48 && c <= 57) digits = true;
      else if ((c | 32) < 97 || (c | 32) > 122) break;
    }
    const c = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    // separators continue a code only once it has digits (IEC62660-1, but not GWh/20GWh)
    if (digits && (c === CH.dot || c === CH.minus || c === 95 || c === 47) && (isAsciiLetter(next) || isAsciiDigit(next))) {
      i++;
      continue;
    }
    return i;
  }
}

function isPronounOne(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  if (PRONOUN_ONE_BEFORE.test(before)) return true;
  // "one" followed by a verb-ish word: "one do", "one is" — keep only before nouns/numbers
  const after = text.slice(end, end + 12);
  return /^\s+(?:is|was|do|does|did|can|could|would|should|will|may|might|must|has|had|another)\b/i.test(after);
}
