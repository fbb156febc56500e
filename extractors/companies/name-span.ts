/**
 * Extents of name-like runs around a cue, for discovering companies the dictionary lacks.
 *
 * Japanese run: katakana, kanji, Latin letters, digits, ・ and & between katakana, & and - .
 * inside Latin, and single spaces between Latin words ("UNEX EV", "Horizon Robotics"). Hiragana,
 * punctuation, brackets and line breaks end it.
 * English run: capitalised words (Horizon Robotics, Gotion High-Tech, Pony.ai, BASF), joined
 * by single spaces and connectors ("&", "de", "e" …; "and" only inside a legal name:
 * "BASF Battery Materials and Recycling GmbH").
 */
import { isAsciiDigit, isKanjiLike, isKatakana, isLatinUpper, isLatinWordChar, NAKAGURO } from '../../text/chars.ts';

const MAX_JA_RUN = 48;

/** Can a unit be part of a Japanese name run: katakana, kanji, Latin letters and digits. */
export function isJaNameUnit(c: number): boolean {
  return isKatakana(c) || isKanjiLike(c) || isLatinWordChar(c);
}

/** Can text[i] continue a Japanese name run (given its neighbours)? */
function jaRunUnitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (isJaNameUnit(c)) return true;
  const prev = text.charCodeAt(i - 1);
  const next = text.charCodeAt(i + 1);
  if (c === NAKAGURO) return isKatakana(prev) && isKatakana(next);
  if (c === 0x26 /* & */ && isKatakana(prev) && isKatakana(next)) return true; // カールトン&ユナイテッド
  if (c === 0x26 /* & */ || c === 0x2d /* - */ || c === 0x2e /* . */) return isLatinWordChar(prev) && isLatinWordChar(next);
  if (c === 0x20) return isLatinWordChar(prev) && (isLatinUpper(next) || isAsciiDigit(next));
  return false;
}

/** Start of the Japanese name run that ends at `end` (== end when there is none). */
export function jaRunStartBefore(text: string, end: number, limit = 0): number {
  let i = end;
  while (i > limit && end - i < MAX_JA_RUN && jaRunUnitAt(text, i - 1)) i--;
  // never start on a joiner
  while (i < end && !isJaNameUnit(text.charCodeAt(i))) i++;
  // nor on a list number glued to a katakana name: 「①テックス社製の」 is 「1テックス社製の」 after NFKC
  let d = i;
  while (d < end && isAsciiDigit(text.charCodeAt(d))) d++;
  if (d > i && d < end && d - i <= 2 && isKatakana(text.charCodeAt(d))) i = d;
  return i;
}

/** End of the Japanese name run that starts at `start` (== start when there is none). */
export function jaRunEndAfter(text: string, start: number, limit = text.length): number {
  let i = start;
  while (i < limit && i - start < MAX_JA_RUN && jaRunUnitAt(text, i)) i++;
  while (i > start && !isJaNameUnit(text.charCodeAt(i - 1))) i--;
  return i;
}

/** A capitalised English word token at [i, j): first unit upper-case letter or digit. */
const EN_WORD = /(?:\p{Lu}|\d)[\p{L}\p{N}&'’\-]*(?:\.(?:\p{L}[\p{L}\p{N}]*))*/uy;
const NAME_CHAR = /[\p{Script=Latin}\p{N}&'’.\-]/u;
const CONNECTORS = new Set(['&', 'and', 'de', 'der', 'von', 'van', 'e', 'y', 'und', 'du', 'des', 'da', 'do']);
const MAX_EN_WORDS = 6;

/** End of the capitalised-word run starting at `start` (== start when there is none). */
export function enRunEndAfter(text: string, start: number, limit = text.length, joinAnd = false): number {
  let end = start;
  let pos = start;
  let words = 0;
  while (pos < limit && words < MAX_EN_WORDS) {
    EN_WORD.lastIndex = pos;
    const m = EN_WORD.exec(text);
    if (!m || m.index !== pos) break;
    let word = m[0];
    if (pos + word.length > limit) {
      if (/[\p{L}\p{N}]/u.test(text[limit] ?? '')) break;
      word = word.slice(0, limit - pos);
    }
    let wEnd = pos + word.length;
    // a possessive 's, a trailing hyphen or apostrophe is not part of the name
    if (/['’]s$/.test(word)) wEnd -= 2;
    while (wEnd > pos + 1 && /['’\-]/.test(text[wEnd - 1]!)) wEnd--;
    end = wEnd;
    if (wEnd !== pos + word.length) {
      words++;
      break;
    }
    words++;
    if (text.charCodeAt(end) !== 0x20) break;
    // a connector between capitalised words: "Procter & Gamble", "Mercedes van Benz",
    // "Battery Materials and Recycling", "Metalurgia e Mineração"
    let next = end + 1;
    const connector = /^(&|and|de|der|von|van|e|y|und|du|des|da|do) /.exec(text.slice(next, next + 5));
    if (connector && CONNECTORS.has(connector[1]!) && (joinAnd || connector[1] !== 'and')) {
      const after = next + connector[0].length;
      EN_WORD.lastIndex = after;
      const m2 = EN_WORD.exec(text);
      if (!m2 || m2.index !== after) break;
      next = after;
    }
    pos = next;
  }
  return end;
}

/** Start of the capitalised-word run that ends at `end` (== end when there is none). */
export function enRunStartBefore(text: string, end: number, limit = 0, joinAnd = false): number {
  // walk back over at most MAX_EN_WORDS space-separated words, then keep the longest
  // suffix that enRunEndAfter reads as one run ending exactly at `end`
  const starts: number[] = [];
  let i = end;
  for (let w = 0; w < MAX_EN_WORDS * 2 && i > limit; w++) {
    let j = i;
    while (j > limit && NAME_CHAR.test(text[j - 1]!)) j--;
    if (j === i) break;
    starts.push(j);
    if (j <= limit || text.charCodeAt(j - 1) !== 0x20) break;
    i = j - 1;
  }
  for (let k = starts.length - 1; k >= 0; k--) {
    const s = starts[k]!;
    // (a year before the name is a date's, not the name's: "On January 29, 2025 Volvo Car Corporation")
    if (k > 0 && text.charCodeAt(s + 4) === 0x20 && isYearWord(text.slice(s, s + 4))) continue;
    if (enRunEndAfter(text, s, end, joinAnd) === end) return s;
  }
  return end;
}

/** Is a word a year (1900–2099), which no English name opens with? */
export function isYearWord(word: string): boolean {
  return /^(?:19|20)\d\d$/.test(word);
}

/**
 * Start of a Japanese legal name that ends at `end` and may contain single spaces or & between
 * katakana words: 「プライム プラネット エナジー&ソリューションズ」(株式会社) — only before a legal form.
 */
export function jaSpacedRunStartBefore(text: string, end: number, limit = 0): number {
  let start = jaRunStartBefore(text, end, limit);
  for (let guard = 0; guard < 5 && start > limit + 1; guard++) {
    const joiner = text.charCodeAt(start - 1);
    if (!(joiner === 0x20 || joiner === 0x26) || !isKatakana(text.charCodeAt(start)) || !isKatakana(text.charCodeAt(start - 2))) break;
    const before = jaRunStartBefore(text, start - 1, limit);
    if (before >= start - 1) break;
    start = before;
  }
  return start;
}

/**
 * Where a bracket that describes the name before it starts, the bracket ending at `at`
 * (「十勝バス（帯広市）、」「山田製作所（群馬県桐生市）と」: its head office or business); `at` when no such
 * bracket (a short one, 30 characters at most, without 、 or 。 inside) ends there.
 */
export function describingBracketStart(text: string, at: number, limit = 0): number {
  const close = text[at - 1];
  if (close !== '）' && close !== ')') return at;
  const open = text.lastIndexOf(close === '）' ? '（' : '(', at - 2);
  return open > limit && isDescribingBracket(text, open, at) ? open : at;
}

/** Where a describing bracket (describingBracketStart's kind) that opens at `at` ends; `at` when none opens there. */
export function describingBracketEnd(text: string, at: number, limit = text.length): number {
  const open = text[at];
  if (open !== '（' && open !== '(') return at;
  const close = text.indexOf(open === '（' ? '）' : ')', at + 1);
  return close > 0 && close < limit && isDescribingBracket(text, at, close + 1) ? close + 1 : at;
}

/** Is the bracket [open, end) short enough to describe a name: 30 characters at most inside, no 、 。 or bracket? */
function isDescribingBracket(text: string, open: number, end: number): boolean {
  return end - open <= 32 && !/[、。（(]/.test(text.slice(open + 1, end - 1));
}
