/**
 * Compiled matchers for unit forms and modifier words, indexed by the character next to the
 * number so that each number costs a handful of comparisons.
 *
 * - forward matchers (unit after a number, suffix words): indexed by first character
 * - backward matchers (currency before a number, prefix words): indexed by last character
 * Case-insensitive forms are compared with ASCII lower-casing; a space in a form matches a run
 * of spaces; a non-ASCII (Japanese) form tolerates spaces between its characters
 * (パ ー セ ン ト, as PDF extraction leaves it).
 */
import { isAsciiDigit, isAsciiLetter } from '../../text/chars.ts';

export const isSpace = (c: number): boolean => c === 32 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x3000;
const isAlnum = (c: number): boolean => isAsciiLetter(c) || isAsciiDigit(c);
const lower = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);

export interface Matchable {
  text: string;
  ignoreCase: boolean;
  notFollowedBy?: readonly string[];
}

interface Compiled<T> {
  item: T;
  text: string;
  ignoreCase: boolean;
  /** Japanese form: spaces tolerated between characters. */
  spaced: boolean;
  /** Ends in an ASCII letter/digit: must not be followed by one. */
  wordEnd: boolean;
  /** Starts with an ASCII letter/digit: must not be preceded by one. */
  wordStart: boolean;
  notFollowedBy: readonly string[];
}

function compile<T>(item: T, m: Matchable): Compiled<T> {
  const t = m.text;
  return {
    item,
    text: t,
    ignoreCase: m.ignoreCase,
    spaced: t.charCodeAt(0) > 0x7f && t.length > 1,
    wordEnd: isAlnum(t.charCodeAt(t.length - 1)),
    wordStart: isAlnum(t.charCodeAt(0)),
    notFollowedBy: m.notFollowedBy ?? [],
  };
}

function sameChar(a: number, b: number, ignoreCase: boolean): boolean {
  return a === b || (ignoreCase && lower(a) === lower(b));
}

/** Forms read left to right from a position (units after a number, suffix words). */
export class ForwardMatcher<T> {
  private readonly byFirst = new Map<number, Compiled<T>[]>();

  constructor(items: readonly { item: T; m: Matchable }[]) {
    for (const { item, m } of items) {
      const c = compile(item, m);
      const key = lower(c.text.charCodeAt(0));
      const list = this.byFirst.get(key) ?? [];
      list.push(c);
      this.byFirst.set(key, list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.text.length - a.text.length);
  }

  /** Longest form starting exactly at `pos`; returns the item and the end, or null. */
  match(text: string, pos: number, accept?: (item: T) => boolean): { item: T; end: number } | null {
    if (pos >= text.length) return null;
    const list = this.byFirst.get(lower(text.charCodeAt(pos)));
    if (!list) return null;
    let best: { item: T; end: number } | null = null;
    for (const c of list) {
      const end = matchForward(text, pos, c);
      if (end < 0 || (best && end <= best.end)) continue;
      if (accept && !accept(c.item)) continue;
      best = { item: c.item, end };
    }
    return best;
  }
}

function matchForward<T>(text: string, pos: number, c: Compiled<T>): number {
  let i = pos;
  const f = c.text;
  for (let k = 0; k < f.length; k++) {
    const fc = f.charCodeAt(k);
    if (fc === 32) {
      if (!isSpace(text.charCodeAt(i))) return -1;
      while (isSpace(text.charCodeAt(i))) i++;
      continue;
    }
    if (c.spaced && k > 0) {
      let j = i;
      while (j - i < 4 && isSpace(text.charCodeAt(j))) j++;
      if (j > i && text.charCodeAt(j) === fc) i = j;
    }
    if (i >= text.length || !sameChar(text.charCodeAt(i), fc, c.ignoreCase)) return -1;
    i++;
  }
  if (c.wordEnd && isAlnum(text.charCodeAt(i))) return -1;
  for (const nf of c.notFollowedBy) if (text.startsWith(nf, i)) return -1;
  return i;
}

/** Forms read right to left, ending at a position (currency before a number, prefix words). */
export class BackwardMatcher<T> {
  private readonly byLast = new Map<number, Compiled<T>[]>();

  constructor(items: readonly { item: T; m: Matchable }[]) {
    for (const { item, m } of items) {
      const c = compile(item, m);
      const key = lower(c.text.charCodeAt(c.text.length - 1));
      const list = this.byLast.get(key) ?? [];
      list.push(c);
      this.byLast.set(key, list);
    }
    for (const list of this.byLast.values()) list.sort((a, b) => b.text.length - a.text.length);
  }

  /** Longest form ending exactly at `end` and starting at or after `floor`; returns the item and its start. */
  match(text: string, end: number, floor = 0): { item: T; start: number } | null {
    if (end <= floor) return null;
    const list = this.byLast.get(lower(text.charCodeAt(end - 1)));
    if (!list) return null;
    for (const c of list) {
      const start = matchBackward(text, end, c);
      if (start >= floor) return { item: c.item, start };
    }
    return null;
  }
}

function matchBackward<T>(text: string, end: number, c: Compiled<T>): number {
  let i = end;
  const f = c.text;
  for (let k = f.length - 1; k >= 0; k--) {
    const fc = f.charCodeAt(k);
    if (fc === 32) {
      if (!isSpace(text.charCodeAt(i - 1))) return -1;
      while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
      continue;
    }
    if (i <= 0 || !sameChar(text.charCodeAt(i - 1), fc, c.ignoreCase)) return -1;
    i--;
  }
  if (c.wordStart && i > 0 && isAlnum(text.charCodeAt(i - 1))) return -1;
  return i;
}

/** Skip spaces forward from `pos`, at most `max` of them; returns the new position. */
export function skipSpacesForward(text: string, pos: number, max: number): number {
  let i = pos;
  while (i - pos < max && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** Skip spaces backward from `pos`, at most `max` of them; returns the new position. */
export function skipSpacesBackward(text: string, pos: number, max: number, floor = 0): number {
  let i = pos;
  while (pos - i < max && i > floor && isSpace(text.charCodeAt(i - 1))) i--;
  return i;
}
