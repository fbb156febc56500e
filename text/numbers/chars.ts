/**
 * Character classes of the number grammar (Japanese numerals and ASCII digits).
 * Lookups are by UTF-16 code unit so the scanners never allocate per character.
 */

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

export const isAsciiDigit = (c: number): boolean => c >= 48 && c <= 57;
export const isKanjiDigit = (c: number): boolean => KANJI_DIGIT.has(c);
export const isSmallUnit = (c: number): boolean => SMALL_UNIT.has(c);
export const isBigUnit = (c: number): boolean => BIG_UNIT.has(c);
/** Any character that can be part of a Japanese/arabic numeral body. */
export const isNumeralChar = (c: number): boolean =>
  isAsciiDigit(c) || KANJI_DIGIT.has(c) || SMALL_UNIT.has(c) || BIG_UNIT.has(c);

export const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

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
