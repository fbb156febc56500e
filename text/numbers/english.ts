/**
 * English numbers: words (one … ninety-nine, hundred, thousand, million, billion, trillion),
 * digits with scale words or suffixes (1.2 million, 2.6 billion, 10k, 1.2bn, 1MM, 2mil),
 * "point" decimals (two hundred point seventy-one), dozens, and simple fractions
 * (two thirds, a half, three quarters, one and a half, one over three).
 *
 * `readEnglishNumber(text, pos, end)` reads the longest number starting at `pos`.
 */
import { CH, isAsciiDigit, isAsciiLetter } from '../chars.ts';
import { readArabic, roundFloat } from './arabic.ts';

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
const SCALE_SUFFIXES: [string, number][] = [
  ['bn', 1e9], ['BN', 1e9], ['b', 1e9], ['B', 1e9], ['mn', 1e6], ['MN', 1e6], ['MM', 1e6], ['mm', 1e6],
  ['mil', 1e6], ['m', 1e6], ['M', 1e6], ['k', 1e3], ['K', 1e3], ['tn', 1e12], ['trn', 1e12],
];
const ORDINAL_DENOMS: Record<string, number> = {
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
function wordAt(text: string, pos: number, end: number): Word | null {
  let i = pos;
  while (i < end && isAsciiLetter(text.charCodeAt(i))) i++;
  if (i === pos) return null;
  const raw = text.slice(pos, i);
  return { w: raw.toLowerCase(), raw, start: pos, end: i };
}

/** Skip spaces (and at most one hyphen with `hyphen`) starting at pos. */
function skipGap(text: string, pos: number, end: number, hyphen = true): number {
  let i = pos;
  while (i < end && (text.charCodeAt(i) === CH.space || text.charCodeAt(i) === 0x202f || text.charCodeAt(i) === 0xa0)) i++;
  if (hyphen && i < end && text.charCodeAt(i) === CH.minus) {
    i++;
    while (i < end && text.charCodeAt(i) === CH.space) i++;
  }
  return i;
}

interface Read {
  value: number;
  end: number;
  /** True when written with words only (no digit). */
  words: boolean;
}

export interface EnglishRead extends Read {
  /** Ends with a scale word or suffix: "2.6 billion", "5bn". */
  scaled: boolean;
}

export interface EnglishOptions {
  /** Fractions: "two thirds", "one over three", "1 in 21" (default true). */
  fractions?: boolean;
  /** Glued scale suffixes: 10k, 1.2bn, 5m (default true). */
  scaleSuffixes?: boolean;
}

const SCALED_TAIL = /(?:hundred|thousand|million|billion|trillion|lakh|crore)s?$|\d\s*(?:k|K|bn|BN|b|B|mn|MN|MM|mm|mil|m|M|tn|trn)$/;

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

interface CardinalRead extends Read {
  /** A bare tens word (twenty … ninety) ended the cardinal after other words: "one hundred thirty". */
  lastTens?: { value: number; start: number };
}

/**
 * Integer part built from atoms and scale words: "one hundred and sixteen",
 * "twenty-one trillion three hundred", "4 thousand 3 hundred and 21", "322 hundred".
 */
function readCardinal(text: string, pos: number, end: number, allowDigits = true): CardinalRead | null {
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
function readPointTail(text: string, pos: number, end: number): { frac: string; end: number } | null {
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
function readDenominator(text: string, pos: number, end: number): { den: number; end: number } | null {
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

/**
 * Read the longest English number at `pos` (see the module comment). The caller checks word
 * boundaries before `pos`.
 */
export function readEnglishNumber(
  text: string,
  pos: number,
  end: number = text.length,
  opts: EnglishOptions = {},
): EnglishRead | null {
  let i = pos;
  let sign = 1;
  const sw = wordAt(text, i, end);
  if (sw && (sw.w === 'minus' || sw.w === 'negative')) {
    const j = skipGap(text, sw.end, end, false);
    if (readCardinal(text, j, end) || readHalfLike(text, j, end)) {
      sign = -1;
      i = j;
    }
  } else if (text.charCodeAt(i) === CH.minus) {
    const j = skipGap(text, i + 1, end, false);
    if (isAsciiDigit(text.charCodeAt(j))) {
      sign = -1;
      i = j;
    }
  }
  const r = readUnsignedEnglish(text, i, end, opts.fractions ?? true, opts.scaleSuffixes ?? true);
  if (!r) return null;
  return {
    value: roundFloat(sign * r.value),
    end: r.end,
    words: r.words,
    scaled: SCALED_TAIL.test(text.slice(pos, r.end)),
  };
}

/** "a half", "a quarter", "a fifth", "a dozen". */
function readHalfLike(text: string, pos: number, end: number): Read | null {
  const w = wordAt(text, pos, end);
  if (!w || (w.w !== 'a' && w.w !== 'an' && w.w !== 'one')) return null;
  const j = skipGap(text, w.end, end, false);
  const w2 = wordAt(text, j, end);
  if (!w2) return null;
  if (w2.w === 'dozen') return { value: 12, end: w2.end, words: true };
  const d = ORDINAL_DENOMS[w2.w];
  if (d !== undefined && d > 1 && (w.w !== 'one' || w2.w === 'half' || w2.w === 'quarter' || w2.w === 'third')) {
    return { value: 1 / d, end: w2.end, words: true };
  }
  return null;
}

function readUnsignedEnglish(
  text: string,
  pos: number,
  end: number,
  fractions: boolean,
  scaleSuffixes: boolean,
): Read | null {
  const half = fractions ? readHalfLike(text, pos, end) : null;
  const quarterScale = readQuarterScale(text, pos, end);
  if (quarterScale) return quarterScale;
  const card = readCardinal(text, pos, end);
  if (!card) return half ? withScaleOfFraction(text, half, end) : null;
  let value = card.value;
  let stop = card.end;
  let words = card.words;
  // digits + suffix: 10k, 1.2bn, 1MM, 2mil, "- 10  k"
  if (!card.words && scaleSuffixes && !isAsciiLetter(text.charCodeAt(stop - 1)) /* no scale word read */) {
    const sfx = readScaleSuffix(text, stop, end);
    if (sfx) {
      value *= sfx.scale;
      stop = sfx.end;
    }
  }
  // point decimals
  const pt = card.words ? readPointTail(text, stop, end) : null;
  if (pt) {
    value = Number(`${value}.${pt.frac}`);
    stop = pt.end;
  }
  // fractions: "two thirds", "one hundred thirty two fifths", "twenty and three fifths"
  if (card.words && fractions && card.lastTens) {
    // "one hundred thirty fifths" = 100 / 35 (the tens word belongs to the ordinal)
    const w = wordAt(text, skipGap(text, stop, end), end);
    const ord = w ? ORDINAL_DENOMS[w.w] : undefined;
    if (w && ord !== undefined && ord > 1 && ord < 10) {
      return { value: (card.value - card.lastTens.value) / (card.lastTens.value + ord), end: w.end, words };
    }
  }
  if (card.words && fractions) {
    const den = readDenominator(text, stop, end);
    if (den && !(den.den === 1) && !(card.value === 1 && den.den === 1)) {
      const frac = card.value / den.den;
      // "two thirds of a million"
      const of = readOfScale(text, den.end, end);
      if (of) return { value: frac * of.scale, end: of.end, words };
      return { value: frac, end: den.end, words };
    }
    if (den && den.den === 1 && false) return null;
    // "three twenty firsts": cardinal read "three twenty"? handled by readDenominator on compound
    const over = readOver(text, stop, end);
    if (over) return { value: value / over.den, end: over.end, words };
  }
  // "X and a half / and three fifths / and one half"
  const andFrac = fractions ? readAndFraction(text, stop, end) : null;
  if (andFrac) {
    // "five and a half million", "one billion and three quarters million"
    const sc = readScaleWord(text, andFrac.end, end);
    if (sc && sc.scale > 100) {
      if (value >= sc.scale) return { value: value + andFrac.value * sc.scale, end: sc.end, words };
      return { value: (value + andFrac.value) * sc.scale, end: sc.end, words };
    }
    value += andFrac.value;
    stop = andFrac.end;
    // "one million and a half" → 1.5 million
    const lastScale = trailingScale(card.value);
    if (lastScale > 100 && andFrac.value < 1) {
      value = card.value + andFrac.value * lastScale;
    }
  }
  // dozens
  const dz = readDozen(text, stop, end);
  if (dz) {
    value *= 12;
    stop = dz.end;
  }
  // "one out of three", "1 in twenty-one"
  const outOf = fractions ? readOutOf(text, stop, end, card) : null;
  if (outOf) return outOf;
  return { value: roundFloat(value), end: stop, words };
}

function trailingScale(v: number): number {
  for (const s of [1e12, 1e9, 1e6, 1e3]) if (v >= s && v % s === 0) return s;
  return 1;
}

function readQuarterScale(text: string, pos: number, end: number): Read | null {
  // "quarter million"
  const w = wordAt(text, pos, end);
  if (!w || (w.w !== 'quarter' && w.w !== 'half')) return null;
  const sc = readScaleWord(text, w.end, end);
  if (!sc || sc.scale < 1000) return null;
  return { value: (w.w === 'quarter' ? 0.25 : 0.5) * sc.scale, end: sc.end, words: true };
}

function withScaleOfFraction(text: string, half: Read, end: number): Read {
  const of = readOfScale(text, half.end, end);
  if (of) return { value: half.value * of.scale, end: of.end, words: true };
  return half;
}

function readScaleWord(text: string, pos: number, end: number): { scale: number; end: number } | null {
  const j = skipGap(text, pos, end, false);
  const w = wordAt(text, j, end);
  if (!w) return null;
  const sc = ENGLISH_SCALES[w.w];
  return sc !== undefined ? { scale: sc, end: w.end } : null;
}

function readOfScale(text: string, pos: number, end: number): { scale: number; end: number } | null {
  const j = skipGap(text, pos, end, false);
  const w = wordAt(text, j, end);
  if (!w || w.w !== 'of') return null;
  const k = skipGap(text, w.end, end, false);
  const a = wordAt(text, k, end);
  if (!a || (a.w !== 'a' && a.w !== 'one')) return null;
  return readScaleWord(text, a.end, end);
}

function readAndFraction(
  text: string,
  pos: number,
  end: number,
): { value: number; end: number; fromDenominator: boolean } | null {
  const j = skipGap(text, pos, end, false);
  const w = wordAt(text, j, end);
  if (!w || w.w !== 'and') return null;
  const k = skipGap(text, w.end, end, false);
  const h = readHalfLike(text, k, end);
  if (h) return { value: h.value, end: h.end, fromDenominator: false };
  const c = readCardinal(text, k, end, false);
  if (!c) return null;
  const den = readDenominator(text, c.end, end);
  if (den && den.den > 1) return { value: c.value / den.den, end: den.end, fromDenominator: true };
  // "twenty and three and three fifths"
  const more = readAndFraction(text, c.end, end);
  if (more) return { value: c.value + more.value, end: more.end, fromDenominator: more.fromDenominator };
  return null;
}

function readOver(text: string, pos: number, end: number): { den: number; end: number } | null {
  const j = skipGap(text, pos, end, false);
  const w = wordAt(text, j, end);
  if (!w || w.w !== 'over') return null;
  const c = readCardinal(text, skipGap(text, w.end, end, false), end, false);
  return c && c.value !== 0 ? { den: c.value, end: c.end } : null;
}

function readOutOf(text: string, pos: number, end: number, num: Read): Read | null {
  const j = skipGap(text, pos, end, false);
  const w = wordAt(text, j, end);
  if (!w) return null;
  let k: number;
  if (w.w === 'out') {
    const k1 = skipGap(text, w.end, end, false);
    const of = wordAt(text, k1, end);
    if (!of || of.w !== 'of') return null;
    k = skipGap(text, of.end, end, false);
  } else if (w.w === 'in') {
    k = skipGap(text, w.end, end, false);
  } else return null;
  const den = readCardinal(text, k, end, true);
  if (!den || den.value === 0) return null;
  // only word forms on at least one side ("one out of three", "1 in twenty-one"), and num < den
  if (!num.words && !den.words) return null;
  if (num.value >= den.value) return null;
  return { value: num.value / den.value, end: den.end, words: num.words };
}

function readDozen(text: string, pos: number, end: number): { end: number } | null {
  const j = skipGap(text, pos, end, false);
  const w = wordAt(text, j, end);
  if (w && (w.w === 'dozen' || w.w === 'dozens' || w.w === 'dz' || w.w === 'dzs')) return { end: w.end };
  return null;
}

function readScaleSuffix(text: string, pos: number, end: number): { scale: number; end: number } | null {
  // glued ("10k", "1.2bn") or after spaces ("- 10  k")
  const j = skipGap(text, pos, end, false);
  for (const [sfx, scale] of SCALE_SUFFIXES) {
    if (text.startsWith(sfx, j)) {
      const after = j + sfx.length;
      if (after < end && isAsciiLetter(text.charCodeAt(after))) continue;
      if (j > pos && sfx.length === 1 && sfx !== 'k') continue; // "5 m" is five metres
      return { scale, end: after };
    }
  }
  return null;
}

/** Parse a whole string as an English number, or null. */
export function parseEnglishNumber(s: string): number | null {
  const t = s.trim();
  const r = readEnglishNumber(t, 0, t.length, { fractions: true, scaleSuffixes: true });
  return r && r.end === t.length ? r.value : null;
}

export { SCALE_SUFFIXES };
