/**
 * Whole-string numeral parsing: arabic (1,000 / 1.2 / 2.5e3), kanji (六万, 二十五, 百二十),
 * mixed (41億, 73億4000万, 3.5万, 5万4千6百, 1兆2000億), digit-by-digit kanji (二〇二五 → 2025),
 * kanji decimals (四・八, 零点五), fractions (3分の2, 一と二分の一, 12/3), signs (-, マイナス)
 * and English number words (two billion, 1.2 million, 10k).
 *
 * `readJaNumeral(text, pos, end)` is the shared core: it reads the longest numeral starting at
 * `pos` and returns its value and end — the scanner uses it on running text, `parseNumeral`
 * requires it to consume the whole string.
 */
import { readArabic, roundFloat } from './arabic.ts';
import { BIG_UNIT, CH, KANJI_DIGIT, SMALL_UNIT, isAsciiDigit } from '../chars.ts';
import { parseEnglishNumber } from './english.ts';

export interface NumeralRead {
  value: number;
  /** UTF-16 index just after the numeral. */
  end: number;
  /** True when the numeral contains a kanji character (digit or multiplier). */
  kanji: boolean;
  /** True when the numeral ends with a big multiplier (万, 億, 兆): "41億". */
  endsWithBigUnit: boolean;
}

interface GroupRead {
  value: number;
  end: number;
  kanji: boolean;
  empty: boolean;
}

/**
 * Read one group below 万: arabic (4000, 3.5), kanji with multipliers (二千三百五, 千, 十二),
 * mixed (5千6百), zero fillers (零四百 → 400), or digit-by-digit kanji (二〇二五 → 2025).
 */
function readGroup(text: string, pos: number, end: number): GroupRead {
  let i = pos;
  let total = 0;
  let pending: number | null = null;
  let lastUnit = Infinity;
  let kanji = false;
  let sawUnit = false;
  // digit-by-digit kanji run (no multipliers in the group): 二〇二五, 〇一二三
  let digitRun = '';
  let digitRunEnd = pos;
  let pendingIsKanjiDigit = false;
  while (i < end) {
    const c = text.charCodeAt(i);
    const d = KANJI_DIGIT.get(c);
    if (d !== undefined) {
      kanji = true;
      if (!sawUnit) {
        // could be a digit-by-digit run; keep both readings until a multiplier appears
        if (pending !== null && !pendingIsKanjiDigit) break; // "5二" is not a numeral
        digitRun += String(d);
        digitRunEnd = i + 1;
        pending = d;
        pendingIsKanjiDigit = true;
        i++;
        continue;
      }
      if (d === 0) {
        // filler zero: 九万零四百, 一千零三
        i++;
        continue;
      }
      if (pending !== null) break; // two digits in a row after a multiplier: stop
      pending = d;
      pendingIsKanjiDigit = true;
      i++;
      continue;
    }
    const u = SMALL_UNIT.get(c);
    if (u !== undefined) {
      if (u >= lastUnit) break;
      // 二〇十 is not a numeral beyond the run; 零四百 (filler zero) is
      if (!sawUnit && digitRun.length > 1 && !/^0+[1-9]$/.test(digitRun)) break;
      kanji = true;
      total += (pending ?? 1) * u;
      pending = null;
      pendingIsKanjiDigit = false;
      lastUnit = u;
      sawUnit = true;
      digitRun = '';
      i = spacedContinuation(text, i + 1, end, lastUnit);
      continue;
    }
    if (isAsciiDigit(c) || (c === CH.dot && i + 1 < end && isAsciiDigit(text.charCodeAt(i + 1)))) {
      if (pending !== null) break;
      const a = readArabic(text, i, end);
      if (!a) break;
      pending = a.value;
      pendingIsKanjiDigit = false;
      i = a.end;
      if (!sawUnit && digitRun) break;
      continue;
    }
    break;
  }
  if (!sawUnit && digitRun.length > 1) {
    return { value: Number(digitRun), end: digitRunEnd, kanji: true, empty: false };
  }
  const empty = i === pos;
  return { value: total + (pending ?? 0), end: i, kanji, empty };
}

/**
 * "7万 5千 4百": a single space after a multiplier is skipped when a digit run follows that is
 * itself closed by a smaller multiplier. Returns the position to continue from.
 */
function spacedContinuation(text: string, pos: number, end: number, lastUnit: number): number {
  if (pos + 2 >= end || text.charCodeAt(pos) !== CH.space) return pos;
  let k = pos + 1;
  while (k < end && (isAsciiDigit(text.charCodeAt(k)) || KANJI_DIGIT.has(text.charCodeAt(k)))) k++;
  if (k === pos + 1 || k >= end) return pos;
  const u = SMALL_UNIT.get(text.charCodeAt(k)) ?? BIG_UNIT.get(text.charCodeAt(k));
  return u !== undefined && u < lastUnit ? pos + 1 : pos;
}

/** Digits after a kanji decimal point (・ or 点): 四・八〇〇 → ".800". */
function readKanjiFraction(text: string, pos: number, end: number): { frac: string; end: number } | null {
  let i = pos;
  let frac = '';
  while (i < end) {
    const c = text.charCodeAt(i);
    const d = KANJI_DIGIT.get(c);
    if (d !== undefined) frac += String(d);
    else if (isAsciiDigit(c)) frac += text[i];
    else break;
    i++;
  }
  return frac ? { frac, end: i } : null;
}

/**
 * Read the longest Japanese/arabic numeral at `pos` (no sign, no fraction): groups joined by
 * decreasing myriad multipliers, e.g. 73億4000万, 五兆六十二億四万五千二, 1,000万, 3.5万.
 */
export function readJaNumeral(text: string, pos: number, end: number = text.length): NumeralRead | null {
  let i = pos;
  let total = 0;
  let lastBig = Infinity;
  let kanji = false;
  let endsWithBigUnit = false;
  let any = false;
  for (;;) {
    const g = readGroup(text, i, end);
    let value = g.value;
    let j = g.end;
    if (g.empty) break;
    kanji ||= g.kanji;
    // kanji decimal point: 四・八〇〇, 零点五, 二百・〇三 (only after a kanji group)
    if (g.kanji && j < end) {
      const c = text.charCodeAt(j);
      if ((c === CH.nakaguro || c === CH.ten) && j + 1 < end && KANJI_DIGIT.has(text.charCodeAt(j + 1))) {
        const f = readKanjiFraction(text, j + 1, end);
        if (f) {
          value = Number(`${value}.${f.frac}`);
          j = f.end;
        }
      }
    }
    const big = j < end ? BIG_UNIT.get(text.charCodeAt(j)) : undefined;
    if (big !== undefined && big < lastBig) {
      total += value * big;
      lastBig = big;
      i = spacedContinuation(text, j + 1, end, big);
      any = true;
      kanji = true;
      endsWithBigUnit = true;
      continue;
    }
    // trailing group after the last multiplier (21兆300, 一万三) or a plain number
    total += value;
    i = j;
    any = true;
    endsWithBigUnit = false;
    break;
  }
  if (!any) return null;
  return { value: roundFloat(total), end: i, kanji, endsWithBigUnit };
}

const DOZEN = 'ダース';
const TO = 'と'.charCodeAt(0);
const SLASHES = new Set([47 /* / */, 0x2044 /* ⁄ (NFKC of ⅔) */]);

/** Minus signs: ▲ and △ mark negative figures in Japanese financial tables (▲3.5%). */
const MINUS_WORDS = ['マイナス', '-', '負', '▲', '△'];

function readSign(text: string, pos: number, end: number): { sign: number; end: number } {
  for (const w of MINUS_WORDS) {
    if (text.startsWith(w, pos) && pos + w.length < end) return { sign: -1, end: pos + w.length };
  }
  if (text.charCodeAt(pos) === CH.plus) return { sign: 1, end: pos + 1 };
  return { sign: 1, end: pos };
}

/**
 * Read a signed numeral with optional fraction forms at `pos`:
 * 3分の2, 100億分の1, 103と3分の2, 一と二分の一, 12/3, -5分の4, マイナス一, 2.5e3.
 */
export function readSignedNumeral(
  text: string,
  pos: number,
  end: number = text.length,
  opts: { fractions?: boolean; exponent?: boolean } = {},
): NumeralRead | null {
  const s = readSign(text, pos, end);
  const first = readUnsigned(text, s.end, end, opts.exponent ?? false);
  if (!first) return null;
  let value = first.value;
  let stop = first.end;
  let kanji = first.kanji;
  let endsWithBigUnit = first.endsWithBigUnit;
  if (opts.fractions !== false) {
    const frac = readFractionTail(text, first, end, s.end);
    if (frac) {
      value = frac.value;
      stop = frac.end;
      kanji = true;
      endsWithBigUnit = false;
    }
  }
  // dozens: 3ダース, 五十ダース, 三百と二ダース
  if (text.startsWith(DOZEN, stop)) {
    value *= 12;
    stop += DOZEN.length;
  } else if (text.charCodeAt(stop) === TO) {
    const more = readJaNumeral(text, stop + 1, end);
    if (more && text.startsWith(DOZEN, more.end)) {
      value += 12 * more.value;
      stop = more.end + DOZEN.length;
    }
  }
  return { value: roundFloat(s.sign * value), end: stop, kanji, endsWithBigUnit };
}

function readUnsigned(text: string, pos: number, end: number, exponent: boolean): NumeralRead | null {
  const ja = readJaNumeral(text, pos, end);
  if (exponent && ja && !ja.kanji) {
    const a = readArabic(text, pos, end, true);
    if (a && a.end > ja.end) return { value: a.value, end: a.end, kanji: false, endsWithBigUnit: false };
  }
  return ja;
}

/** After a numeral: 分のN (N/denominator), とM分のN (mixed), /N (slash fraction). */
function readFractionTail(
  text: string,
  first: NumeralRead,
  end: number,
  start: number,
): { value: number; end: number } | null {
  let i = first.end;
  // X分のY → Y / X
  if (text.startsWith('分の', i)) {
    const num = readSignedNumeral(text, i + 2, end, { fractions: false });
    if (num && first.value !== 0) return { value: num.value / first.value, end: num.end };
    return null;
  }
  // X と Y分のZ → X + Z/Y (spaces allowed around と)
  let j = i;
  while (j < end && text.charCodeAt(j) === CH.space) j++;
  if (text.charCodeAt(j) === 'と'.charCodeAt(0) || text.charCodeAt(j) === '又'.charCodeAt(0)) {
    j++;
    while (j < end && text.charCodeAt(j) === CH.space) j++;
    const den = readJaNumeral(text, j, end);
    if (den) {
      let k = den.end;
      while (k < end && text.charCodeAt(k) === CH.space) k++;
      if (text.startsWith('分の', k)) {
        k += 2;
        while (k < end && text.charCodeAt(k) === CH.space) k++;
        const num = readJaNumeral(text, k, end);
        if (num && den.value !== 0) {
          const sign = first.value < 0 ? -1 : 1;
          return { value: first.value + (sign * num.value) / den.value, end: num.end };
        }
      }
    }
  }
  // 12/3, 2⁄3 (arabic slash fraction)
  // (short numbers only: 2222/2222, 2025/03 and 1/2/3 are not fractions)
  if (!first.kanji && SLASHES.has(text.charCodeAt(i)) && isAsciiDigit(text.charCodeAt(i + 1)) && first.end - start <= 4) {
    const den = readArabic(text, i + 1, end);
    if (den && den.value !== 0 && den.end - i - 1 <= 2 && !SLASHES.has(text.charCodeAt(den.end)) && Number.isInteger(first.value)) {
      return { value: first.value / den.value, end: den.end };
    }
  }
  // 2 1/4 (whole number and a proper fraction)
  if (!first.kanji && Number.isInteger(first.value) && text.charCodeAt(i) === CH.space) {
    let k = i;
    while (text.charCodeAt(k) === CH.space) k++;
    const num = readArabic(text, k, end);
    if (num && SLASHES.has(text.charCodeAt(num.end)) && isAsciiDigit(text.charCodeAt(num.end + 1))) {
      const den = readArabic(text, num.end + 1, end);
      if (den && den.value > num.value && Number.isInteger(num.value) && Number.isInteger(den.value)) {
        return { value: first.value + num.value / den.value, end: den.end };
      }
    }
  }
  return null;
}

/**
 * Parse a whole string as a number; null when it is not (exactly) a number.
 * Accepts full-width forms (NFKC is applied), surrounding whitespace, and English words.
 */
export function parseNumeral(text: string): number | null {
  const s = text.normalize('NFKC').trim();
  if (!s) return null;
  const r = readSignedNumeral(s, 0, s.length, { fractions: true, exponent: true });
  if (r && r.end === s.length) return r.value;
  return parseEnglishNumber(s);
}
