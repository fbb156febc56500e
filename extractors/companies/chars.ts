/**
 * Character classes and Latin case folding used by the company matcher.
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

/** Fold a whole string (Latin lower-casing only; kana and kanji are untouched). */
const FOLDABLE = /[A-Z\u00c0-\u024f]/g;
export function foldString(s: string): string {
  return s.replace(FOLDABLE, (c) => String.fromCharCode(foldUnit(c.charCodeAt(0))));
}

export const isAsciiDigit = (c: number): boolean => c >= 48 && c <= 57;
export const isAsciiUpper = (c: number): boolean => c >= 65 && c <= 90;
export const isAsciiLower = (c: number): boolean => c >= 97 && c <= 122;

/** Latin letter (ASCII or accented Latin-1/Extended). */
export function isLatinLetter(c: number): boolean {
  if (c < 0x80) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return c >= 0xc0 && c < FOLD_LIMIT && c !== 0xd7 && c !== 0xf7;
}

export function isLatinUpper(c: number): boolean {
  return isLatinLetter(c) && FOLD[c] !== c;
}

export function isLatinLower(c: number): boolean {
  return isLatinLetter(c) && FOLD[c] === c && String.fromCharCode(c).toUpperCase() !== String.fromCharCode(c);
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

export const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
export const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** Kanji including astral ideographs (𠮷): a surrogate half counts as kanji for boundary tests. */
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
