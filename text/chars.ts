/**
 * Character classes of the normalised text, shared by every extractor and the number grammar:
 * Latin case folding, Latin / kana / kanji / CJK classes, and the numeral characters.
 * Everything works on UTF-16 code units of the NORMALISED text (NFKC: no full-width Latin,
 * no half-width katakana), so a lookup never allocates.
 */

/** Latin case-folding table for U+0000..U+024F (ASCII, Latin-1, Latin Extended-A/B). */
export const FOLD_LIMIT = 0x250;
const FOLD = new Uint16Array(FOLD_LIMIT);
/** The fold of each unit below FOLD_LIMIT (for loops that fold inline). */
export const FOLD_TABLE: Readonly<Uint16Array> = FOLD;
for (let c = 0; c < FOLD_LIMIT; c++) {
  const lower = String.fromCharCode(c).toLowerCase();
  FOLD[c] = lower.length === 1 ? lower.charCodeAt(0) : c;
}

/** Fold one code unit: Latin letters to lower case, everything else unchanged. */
export function foldUnit(c: number): number {
  return c < FOLD_LIMIT ? FOLD[c]! : c;
}

/**
 * Fold a whole string (Latin lower-casing only; kana and kanji are untouched): the string
 * itself when nothing folds, else its unchanged runs joined with the folded units (a regex
 * replacement with a callback per letter was a large part of looking names up).
 */
export function foldString(s: string): string {
  let out = '';
  let run = 0; // start of the run not yet copied to out
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < FOLD_LIMIT && FOLD[c] !== c) {
      out += s.slice(run, i) + String.fromCharCode(FOLD[c]!);
      run = i + 1;
    }
  }
  return run === 0 ? s : out + s.slice(run);
}

export const isAsciiDigit = (c: number): boolean => c >= 48 && c <= 57;
export const isAsciiUpper = (c: number): boolean => c >= 65 && c <= 90;
export const isAsciiLower = (c: number): boolean => c >= 97 && c <= 122;
export const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Latin letter (ASCII or accented Latin-1/Extended). */
export function isLatinLetter(c: number): boolean {
  if (c < 0x80) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return c >= 0xc0 && c < FOLD_LIMIT && c !== 0xd7 && c !== 0xf7;
}

/**
 * Upper and lower case of the Latin letters below FOLD_LIMIT, computed once: the case checks
 * run for every character of every dictionary match, and the lower-case test upper-cases the
 * character (two strings each call).
 */
const UPPER = 1;
const LOWER = 2;
const LATIN_CASE = new Uint8Array(FOLD_LIMIT);
for (let c = 0; c < FOLD_LIMIT; c++) {
  if (!isLatinLetter(c)) continue;
  if (FOLD[c] !== c) LATIN_CASE[c] = UPPER;
  else if (String.fromCharCode(c).toUpperCase() !== String.fromCharCode(c)) LATIN_CASE[c] = LOWER;
}

/** A Latin letter that folds to another (an upper-case letter). */
export function isLatinUpper(c: number): boolean {
  return c < FOLD_LIMIT && LATIN_CASE[c] === UPPER;
}

/** A Latin letter that is its own fold and has an upper case. */
export function isLatinLower(c: number): boolean {
  return c < FOLD_LIMIT && LATIN_CASE[c] === LOWER;
}

/** Latin letter or ASCII digit: what a Latin alias must not be glued to. */
export const isLatinWordChar = (c: number): boolean => isAsciiDigit(c) || isLatinLetter(c);

/** Katakana letters and the prolonged sound mark ー (not the middle dot ・). */
export function isKatakana(c: number): boolean {
  return (c >= 0x30a1 && c <= 0x30fa) || c === 0x30fc || c === 0x30fd || c === 0x30fe || (c >= 0x31f0 && c <= 0x31ff);
}

export const isHiragana = (c: number): boolean => c >= 0x3041 && c <= 0x309f;

/** Han ideographs (BMP blocks; surrogate halves are handled by isHighSurrogate) and 々 〆 ヶ. */
export function isKanji(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    c === 0x3005 || // 々
    c === 0x3006 || // 〆
    c === 0x30f6 // ヶ (as in 霞ヶ関)
  );
}

/** Hiragana, katakana, CJK ideographs and CJK punctuation (and the full-width forms block). */
export function isCjk(code: number): boolean {
  return (
    (code >= 0x3000 && code <= 0x30ff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xff00 && code <= 0xffef)
  );
}

export const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
export const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** Kanji including astral ideographs (𠮷): a surrogate half counts as kanji for boundary tests. */
/** A text holds an astral character (a surrogate: 𠮷, 😀): UTF-16 units and code points differ. */
export const ASTRAL = /[\uD800-\uDFFF]/;

export const isKanjiLike = (c: number): boolean => isKanji(c) || isHighSurrogate(c) || isLowSurrogate(c);

export const NAKAGURO = 0x30fb; // ・

export const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;

/** The script class of a string, decided by its letters. */
export type Script = 'latin' | 'katakana' | 'kanji' | 'mixed' | 'other';

export function scriptOf(s: string): Script {
  let latin = false;
  let kata = false;
  let kanji = false;
  let other = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isLatinLetter(c)) latin = true;
    else if (isKatakana(c)) kata = true;
    else if (isKanjiLike(c)) kanji = true;
    else if (isHiragana(c)) other = true;
  }
  const n = Number(latin) + Number(kata) + Number(kanji) + Number(other);
  if (n === 0) return 'other';
  if (n > 1) return 'mixed';
  return latin ? 'latin' : kata ? 'katakana' : kanji ? 'kanji' : 'other';
}

/** Does the string contain at least one Latin letter? */
export function hasLatin(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isLatinLetter(s.charCodeAt(i))) return true;
  return false;
}

/** Does the string contain a hiragana letter? */
export function hasHiragana(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isHiragana(s.charCodeAt(i))) return true;
  return false;
}

/** Position after (dir 1) or before (dir -1) at most `max` spaces from `pos`. */
export function skipSpaces(text: string, pos: number, dir: 1 | -1, max = 2): number {
  let p = pos;
  for (let k = 0; k < max; k++) {
    const c = dir === 1 ? text.charCodeAt(p) : text.charCodeAt(p - 1);
    if (!isSpace(c)) break;
    p += dir;
  }
  return p;
}

// Numerals (the number grammar, text/numbers): Japanese numerals and ASCII digits.

/** Kanji digits → value. Only unambiguous forms (陸, 伍 … are ordinary words: 陸地). */
export const KANJI_DIGIT: ReadonlyMap<number, number> = new Map(
  (
    [
      ['〇', 0], ['零', 0], ['一', 1], ['二', 2], ['三', 3], ['四', 4], ['五', 5],
      ['六', 6], ['七', 7], ['八', 8], ['九', 9], ['壱', 1], ['弐', 2], ['参', 3],
      ['两', 2], ['兩', 2],
    ] as const
  ).map(([c, v]) => [c.charCodeAt(0), v]),
);

/** The value of one digit, ASCII or kanji (the count of 「3社」「三社」), or NaN. */
export function digitValue(c: string): number {
  const code = c.charCodeAt(0);
  return isAsciiDigit(code) ? code - 48 : (KANJI_DIGIT.get(code) ?? NaN);
}

/** Small multipliers inside a 4-digit group. */
export const SMALL_UNIT: ReadonlyMap<number, number> = new Map(
  ([['十', 10], ['拾', 10], ['百', 100], ['千', 1000], ['阡', 1000], ['仟', 1000]] as const).map(
    ([c, v]) => [c.charCodeAt(0), v],
  ),
);

/** Myriad multipliers separating 4-digit groups (亿: the simplified Chinese 億, in Chinese-company sources). */
export const BIG_UNIT: ReadonlyMap<number, number> = new Map(
  ([['万', 1e4], ['萬', 1e4], ['億', 1e8], ['亿', 1e8], ['兆', 1e12], ['京', 1e16]] as const).map(([c, v]) => [
    c.charCodeAt(0),
    v,
  ]),
);

export const isKanjiDigit = (c: number): boolean => KANJI_DIGIT.has(c);
export const isSmallUnit = (c: number): boolean => SMALL_UNIT.has(c);
export const isBigUnit = (c: number): boolean => BIG_UNIT.has(c);
/** Any character that can be part of a Japanese/arabic numeral body. */
export const isNumeralChar = (c: number): boolean =>
  isAsciiDigit(c) || KANJI_DIGIT.has(c) || SMALL_UNIT.has(c) || BIG_UNIT.has(c);

export const CH = {
  comma: 44,
  dot: 46,
  minus: 45,
  plus: 43,
  space: 32,
  nakaguro: 0x30fb, // ・ (kanji decimal point in 四・八)
  ten: '点'.charCodeAt(0), // 零点五
  jaComma: 0x3001, // 、
} as const;
