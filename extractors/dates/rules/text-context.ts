/** Looking around a match in the normalised text, without allocating per character. */
import { isCjk } from '../../../text/chars.ts';
import { firstUnit, groupByUnits, lastUnit } from '../../../text/word-groups.ts';


/**
 * The words of a list grouped by their first (`last`: last) UTF-16 unit, each group in list
 * order; null for a list with an empty word. The builders test 20–30 words at every candidate
 * (particles, counters, name suffixes), and only the few that share the character at `pos`
 * can match. Built once per list (the lists are the grammar's, fixed after loading).
 */
const FIRST_UNIT = new WeakMap<readonly string[], Map<number, string[]> | null>();
const LAST_UNIT = new WeakMap<readonly string[], Map<number, string[]> | null>();

function groupByUnit(words: readonly string[], last: boolean): Map<number, string[]> | null {
  const index = last ? LAST_UNIT : FIRST_UNIT;
  let groups = index.get(words);
  if (groups === undefined) {
    groups = words.some((w) => w.length === 0) ? null : groupByUnits(words, last ? lastUnit : firstUnit);
    index.set(words, groups);
  }
  return groups;
}

/** The longest word of `words` (sorted longest first) that ends exactly at `pos`. */
export function endsWithAny(text: string, pos: number, words: readonly string[]): string | null {
  const groups = groupByUnit(words, true);
  // a word ending at pos ends with the unit before pos (none outside 1..length)
  const candidates = groups ? groups.get(text.charCodeAt(pos - 1)) : words;
  if (candidates === undefined) return null;
  for (const w of candidates) {
    if (w.length <= pos && text.startsWith(w, pos - w.length)) return w;
  }
  return null;
}

/** The longest word of `words` (sorted longest first) that starts exactly at `pos`. */
export function startsWithAny(text: string, pos: number, words: readonly string[]): string | null {
  const groups = pos >= 0 ? groupByUnit(words, false) : null; // startsWith reads a negative pos as 0
  const candidates = groups ? groups.get(text.charCodeAt(pos)) : words;
  if (candidates === undefined) return null;
  for (const w of candidates) {
    if (text.startsWith(w, pos)) return w;
  }
  return null;
}

/** True at the start of the text or of a line (ignoring spaces and list/heading marks before). */
export function atLineStart(text: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0) {
    const c = text.charCodeAt(i);
    if (c === 10) return true;
    if (c === 32 || c === 9 || c === 0x2d /* - */ || c === 0x2a /* * */ || c === 0x23 /* # */ || c === 0x3e /* > */) {
      i--;
      continue;
    }
    return false;
  }
  return true;
}

/** True at the end of the text or of a line (ignoring trailing spaces). */
export function atLineEnd(text: string, pos: number): boolean {
  let i = pos;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
    if (c === 32 || c === 9) {
      i++;
      continue;
    }
    return false;
  }
  return true;
}

/** True when a CJK character is within `radius` characters on either side of [start, end). */
export function cjkNear(text: string, start: number, end: number, radius = 6): boolean {
  const lo = Math.max(0, start - radius);
  for (let i = lo; i < start; i++) if (isCjk(text.charCodeAt(i))) return true;
  const hi = Math.min(text.length, end + radius);
  for (let i = end; i < hi; i++) if (isCjk(text.charCodeAt(i))) return true;
  return false;
}

/** True when the nearest character before or after [start, end) (skipping spaces) is CJK. */
export function cjkAdjacent(text: string, start: number, end: number): boolean {
  let i = start - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  if (i >= 0 && isCjk(text.charCodeAt(i))) return true;
  let j = end;
  while (j < text.length && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j++;
  return j < text.length && isCjk(text.charCodeAt(j));
}

const WORD_BEFORE = /([A-Za-z$€£¥#][\w$€£¥#./'’-]*|[-])\s*$/;

/** The word (letters, or a lone "-") right before `pos`, lower-cased, skipping spaces; null if none. */
export function wordBefore(text: string, pos: number): { word: string; start: number } | null {
  const lo = Math.max(0, pos - 24);
  const m = WORD_BEFORE.exec(text.slice(lo, pos));
  if (!m) return null;
  return { word: m[1]!.toLowerCase(), start: lo + m.index };
}

const WORD_AFTER = /^[ \t]*([A-Za-z°%][A-Za-z/%²]*)/;

/** The word right after `pos`, lower-cased, skipping spaces and tabs; null if none. */
export function wordAfter(text: string, pos: number): string | null {
  const m = WORD_AFTER.exec(text.slice(pos, pos + 24));
  return m ? m[1]!.toLowerCase() : null;
}
