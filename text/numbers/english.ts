/**
 * English numbers: words (one … ninety-nine, hundred, thousand, million, billion, trillion),
 * digits with scale words or suffixes (1.2 million, 2.6 billion, 10k, 1.2bn, 1MM, 2mil),
 * "point" decimals (two hundred point seventy-one), dozens, and simple fractions
 * (two thirds, a half, three quarters, one and a half, one over three).
 *
 * `readEnglishNumber(text, pos, end)` reads the longest number starting at `pos`.
 */
import { CH, isAsciiDigit, isAsciiLetter } from '../chars.ts';
import { roundFloat } from './arabic.ts';
import { ENGLISH_SCALES, ORDINAL_DENOMS, readCardinal, readDenominator, readPointTail, SCALE_SUFFIXES, skipGap, wordAt, type Read } from './english-words.ts';

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

