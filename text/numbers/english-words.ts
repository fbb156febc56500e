/**
 * The English number words and the readers below a whole number: words and scales, cardinals
 * (twenty-one, two hundred thousand, 1.2 million), "point" decimals and fraction denominators
 * (thirds, fifths). english.ts builds whole numbers, fractions and scale suffixes on them.
 */
import { CH, isAsciiDigit, isAsciiLetter } from '../chars.ts';
import { readArabic } from './arabic.ts';

const UNITS: Record<string, number> = {
  zero: 0, naught: 0, nought: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7,
  eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15,
  sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
/** Scale words (after a number): "two billion", "1.2 million". */
export const ENGLISH_SCALES: Record<string, number> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9, trillions: 1e12,
  lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7,
};
/** Scale suffixes glued to (or right after) digits: 10k, 1.2bn, 3mn, 1MM, 2mil. Case-sensitive where it matters (m/M). */
export const SCALE_SUFFIXES: [string, number][] = [
  ['bn', 1e9], ['BN', 1e9], ['b', 1e9], ['B', 1e9], ['mn', 1e6], ['MN', 1e6], ['MM', 1e6], ['mm', 1e6],
  ['mil', 1e6], ['m', 1e6], ['M', 1e6], ['k', 1e3], ['K', 1e3], ['tn', 1e12], ['trn', 1e12],
];
export const ORDINAL_DENOMS: Record<string, number> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4,
  fifth: 5, fifths: 5, sixth: 6, sixths: 6, seventh: 7, sevenths: 7, eighth: 8, eighths: 8,
  ninth: 9, ninths: 9, tenth: 10, tenths: 10, hundredth: 100, hundredths: 100,
  thousandth: 1e3, thousandths: 1e3, millionth: 1e6, millionths: 1e6, billionth: 1e9,
  billionths: 1e9, trillionth: 1e12, trillionths: 1e12,
  eleventh: 11, twelfth: 12, twentieth: 20, twentieths: 20, first: 1, firsts: 1,
};

interface Word {
  w: string; // lower-case
  raw: string;
  start: number;
  end: number;
}

/** Read the word at `pos` (letters only) or null. */
export function wordAt(text: string, pos: number, end: number): Word | null {
  let i = pos;
  while (i < end && isAsciiLetter(text.charCodeAt(i))) i++;
  if (i === pos) return null;
  const raw = text.slice(pos, i);
  return { w: raw.toLowerCase(), raw, start: pos, end: i };
}

/** Skip spaces (and at most one hyphen with `hyphen`) starting at pos. */
export function skipGap(text: string, pos: number, end: number, hyphen = true): number {
  let i = pos;
  while (i < end && (text.charCodeAt(i) === CH.space || text.charCodeAt(i) === 0x202f || text.charCodeAt(i) === 0xa0)) i++;
  if (hyphen && i < end && text.charCodeAt(i) === CH.minus) {
    i++;
    while (i < end && text.charCodeAt(i) === CH.space) i++;
  }
  return i;
}

export interface Read {
  value: number;
  end: number;
  /** True when written with words only (no digit). */
  words: boolean;
}

/** 0..99 written as words: "twenty-one", "twenty one", "seven". */
function readBelowHundred(text: string, pos: number, end: number): Read | null {
  const w = wordAt(text, pos, end);
  if (!w) return null;
  const u = UNITS[w.w];
  if (u !== undefined) return { value: u, end: w.end, words: true };
  const t = TENS[w.w];
  if (t === undefined) return null;
  const j = skipGap(text, w.end, end);
  const w2 = wordAt(text, j, end);
  if (w2 && UNITS[w2.w] !== undefined && UNITS[w2.w]! > 0 && UNITS[w2.w]! < 10) {
    return { value: t + UNITS[w2.w]!, end: w2.end, words: true };
  }
  return { value: t, end: w.end, words: true };
}

/** A "small" number token: words below 100, "a"/"an" (before a scale), or digits. */
function readAtom(text: string, pos: number, end: number, allowDigits: boolean): Read | null {
  if (allowDigits && (isAsciiDigit(text.charCodeAt(pos)) || (text.charCodeAt(pos) === CH.dot && isAsciiDigit(text.charCodeAt(pos + 1))))) {
    const a = readArabic(text, pos, end);
    if (a) return { value: a.value, end: a.end, words: false };
  }
  return readBelowHundred(text, pos, end);
}

export interface CardinalRead extends Read {
  /** A bare tens word (twenty … ninety) ended the cardinal after other words: "one hundred thirty". */
  lastTens?: { value: number; start: number };
}

/**
 * Integer part built from atoms and scale words: "one hundred and sixteen",
 * "twenty-one trillion three hundred", "4 thousand 3 hundred and 21", "322 hundred".
 */
export function readCardinal(text: string, pos: number, end: number, allowDigits = true): CardinalRead | null {
  let total = 0;
  let current = 0;
  let has = false; // `current` holds a value not yet multiplied by a big scale
  let afterHundred = false;
  let lastBig = Infinity;
  let lastEnd: number;
  let words = true;
  let lastTens: { value: number; start: number } | undefined;
  // first token: "a"/"an" before a scale, or an atom
  const w0 = wordAt(text, pos, end);
  if (w0 && (w0.w === 'a' || w0.w === 'an')) {
    const w1 = wordAt(text, skipGap(text, w0.end, end, false), end);
    if (!w1 || (ENGLISH_SCALES[w1.w] === undefined && w1.w !== 'dozen')) return null;
    current = 1;
    lastEnd = w0.end;
  } else {
    const atom = readAtom(text, pos, end, allowDigits);
    if (!atom) return null;
    current = atom.value;
    words = atom.words;
    lastEnd = atom.end;
  }
  has = true;
  const digitsOk = !words;
  for (;;) {
    const k = skipGap(text, lastEnd, end, false);
    const w = wordAt(text, k, end);
    const sc = w ? ENGLISH_SCALES[w.w] : undefined;
    if (w && sc !== undefined) {
      if (sc === 100) {
        if (!has || afterHundred || (words && current >= 100) || current === 0) break;
        current *= 100;
        afterHundred = true;
        lastEnd = w.end;
        lastTens = undefined;
        continue;
      }
      if (!has || sc >= lastBig) break;
      total += current * sc;
      current = 0;
      has = false;
      afterHundred = false;
      lastBig = sc;
      lastEnd = w.end;
      lastTens = undefined;
      continue;
    }
    // the next atom, possibly after "and"
    let atomPos = k;
    let viaAnd = false;
    if (w && w.w === 'and') {
      atomPos = skipGap(text, w.end, end, false);
      viaAnd = true;
    }
    const canAdd = (has && afterHundred && current % 100 === 0) || (!has && lastBig !== Infinity);
    if (!canAdd) break;
    const atom = readAtom(text, atomPos, end, digitsOk);
    if (!atom || atom.value >= 100) break;
    // ("$4.3 billion and 30 GWh": digits after "and" a decimal number's scale start a number of their own)
    if (viaAnd && !atom.words && /\d\.\d/.test(text.slice(pos, atomPos))) break;
    // "3 hundred and 2 hundred" (two numbers), "and three fifths" (a fraction follows)
    const after = wordAt(text, skipGap(text, atom.end, end, false), end);
    if (after && ENGLISH_SCALES[after.w] !== undefined && (viaAnd || ENGLISH_SCALES[after.w]! >= lastBig || ENGLISH_SCALES[after.w] === 100 && has)) break;
    if (viaAnd && isFractionAhead(text, atom.end, end)) break;
    const tensOnly = atom.words && TENS[wordAt(text, atomPos, end)?.w ?? ''] !== undefined && atom.value % 10 === 0;
    lastTens = tensOnly ? { value: atom.value, start: atomPos } : undefined;
    current = has ? current + atom.value : atom.value;
    has = true;
    afterHundred = false;
    lastEnd = atom.end;
  }
  return { value: total + current, end: lastEnd, words, lastTens };
}

/** Is a fraction denominator word ("fifths", "thirds") the next word? */
function isFractionAhead(text: string, pos: number, end: number): boolean {
  const j = skipGap(text, pos, end);
  const w = wordAt(text, j, end);
  return !!w && ORDINAL_DENOMS[w.w] !== undefined && w.w !== 'first';
}

/** "point seventy-one", "point nought four" → fractional digits. */
export function readPointTail(text: string, pos: number, end: number): { frac: string; end: number } | null {
  const j = skipGap(text, pos, end, false);
  const w = wordAt(text, j, end);
  if (!w || w.w !== 'point') return null;
  let k = skipGap(text, w.end, end, false);
  let frac = '';
  let last = -1;
  // a run of single digit words, or one number below 100
  for (;;) {
    const x = wordAt(text, k, end);
    if (!x) break;
    const u = UNITS[x.w];
    if (u !== undefined && u < 10) {
      frac += String(u);
      last = x.end;
      k = skipGap(text, x.end, end, false);
      continue;
    }
    if (frac === '') {
      const b = readBelowHundred(text, k, end);
      if (b) {
        frac = String(b.value);
        last = b.end;
      }
    }
    break;
  }
  return frac ? { frac, end: last } : null;
}

/** Fraction "N denominators" after a cardinal: "two thirds", "twenty-three fifths", "three twenty firsts". */
export function readDenominator(text: string, pos: number, end: number): { den: number; end: number } | null {
  const j = skipGap(text, pos, end);
  const w = wordAt(text, j, end);
  if (!w) return null;
  const d = ORDINAL_DENOMS[w.w];
  if (d !== undefined) {
    // "a hundred thousand trillionths" handled by caller through scales
    return { den: d, end: w.end };
  }
  // compound ordinal: "twenty firsts"
  const t = TENS[w.w];
  if (t !== undefined) {
    const k = skipGap(text, w.end, end);
    const w2 = wordAt(text, k, end);
    if (w2 && ORDINAL_DENOMS[w2.w] !== undefined && ORDINAL_DENOMS[w2.w]! < 10) return { den: t + ORDINAL_DENOMS[w2.w]!, end: w2.end };
  }
  return null;
}
