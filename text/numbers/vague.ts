/**
 * Vague amounts: 数百, 数千万, 数十億, 十数, 百数十, 二十数万, 何百; tens of millions, hundreds of
 * thousands, several billion, a few hundred, dozens.
 *
 * Convention (RECORDS.md §3: 数百メガワット時 → [1e8, 1e9], 数千万ドル → [1e7, 1e8]): the vague
 * digit 数 stands for [1, 10), so an amount is [smallest reading, next order of magnitude):
 *   数百 = [100, 1000), 数十 = [10, 100), 数千万 = [1e7, 1e8),
 *   十数 = 10 + [1, 10) = [11, 20), 百数十 = 100 + [10, 100) = [110, 200),
 *   二十数万 = [21, 30) × 1e4.
 * English: "tens of X" = [10X, 100X), "hundreds of X" = [100X, 1000X), "thousands of" =
 * [1000, 10000), "millions of" = [1e6, 1e9) … ("X" a scale word, default 1); "several X" and
 * "a few X" = [2X, 10X); "dozens of" = [24, 144).
 * `max` is the exclusive upper bound, reported as is.
 */
import { BIG_UNIT, KANJI_DIGIT, SMALL_UNIT, CH, isAsciiLetter } from '../chars.ts';
import { ENGLISH_SCALES } from './english-words.ts';

export interface VagueRead {
  min: number;
  max: number;
  end: number;
}

const SUU = '数'.charCodeAt(0);
const NAN = '何'.charCodeAt(0);

/** Units after 数: 十|百|千 then optional 万|億|兆 (at least one). Returns product and end. */
function readUnitTail(text: string, pos: number, end: number): { mult: number; end: number } | null {
  let i = pos;
  let mult = 1;
  const s = i < end ? SMALL_UNIT.get(text.charCodeAt(i)) : undefined;
  if (s !== undefined) {
    mult *= s;
    i++;
  }
  const b = i < end ? BIG_UNIT.get(text.charCodeAt(i)) : undefined;
  if (b !== undefined) {
    mult *= b;
    i++;
  }
  return i > pos ? { mult, end: i } : null;
}

/** 数百, 数千万, 何十億 at `pos` (pos on 数/何). */
function readSuuPrefix(text: string, pos: number, end: number): VagueRead | null {
  const c = text.charCodeAt(pos);
  if (c !== SUU && c !== NAN) return null;
  const t = readUnitTail(text, pos + 1, end);
  if (!t) return null;
  return { min: t.mult, max: t.mult * 10, end: t.end };
}

/**
 * 十数, 百数十, 二十数万 at `pos`: a kanji group ending in a small unit, then 数, then an optional
 * smaller unit and an optional myriad unit.
 */
function readInnerSuu(text: string, pos: number, end: number): VagueRead | null {
  let i = pos;
  let base = 0;
  let pending: number | null = null;
  let lastUnit = Infinity;
  while (i < end) {
    const c = text.charCodeAt(i);
    const d = KANJI_DIGIT.get(c);
    if (d !== undefined && d > 0 && pending === null) {
      pending = d;
      i++;
      continue;
    }
    const u = SMALL_UNIT.get(c);
    if (u !== undefined && u < lastUnit) {
      base += (pending ?? 1) * u;
      pending = null;
      lastUnit = u;
      i++;
      continue;
    }
    break;
  }
  if (pending !== null || lastUnit === Infinity || text.charCodeAt(i) !== SUU) return null;
  i++;
  let digitMult = 1;
  const s = i < end ? SMALL_UNIT.get(text.charCodeAt(i)) : undefined;
  if (s !== undefined) {
    if (s >= lastUnit) return null;
    digitMult = s;
    i++;
  }
  let big = 1;
  const b = i < end ? BIG_UNIT.get(text.charCodeAt(i)) : undefined;
  if (b !== undefined) {
    big = b;
    i++;
  }
  if (digitMult >= lastUnit) return null;
  return { min: (base + digitMult) * big, max: (base + 10 * digitMult) * big, end: i };
}

/** Japanese vague amount at `pos`, or null. */
export function readJaVague(text: string, pos: number, end: number = text.length): VagueRead | null {
  return readSuuPrefix(text, pos, end) ?? readInnerSuu(text, pos, end);
}

// ---------------------------------------------------------------- English

function wordEnd(text: string, pos: number, end: number): number {
  let i = pos;
  while (i < end && isAsciiLetter(text.charCodeAt(i))) i++;
  return i;
}

function skipSpaces(text: string, pos: number, end: number): number {
  let i = pos;
  while (i < end && text.charCodeAt(i) === CH.space) i++;
  return i;
}

const PLURAL_SCALES: Record<string, number> = {
  tens: 10, dozens: 12, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9, trillions: 1e12,
};
const SEVERAL = new Set(['several', 'few']);

/**
 * English vague amount at `pos` (a word start): "tens of millions", "hundreds of thousands",
 * "hundreds of", "billions", "several hundred million", "a few billion", "dozens of".
 * The trailing "of" is NOT consumed (the unit reader skips it: "of dollars").
 */
export function readEnVague(text: string, pos: number, end: number = text.length): VagueRead | null {
  const e1 = wordEnd(text, pos, end);
  if (e1 === pos) return null;
  const w1 = text.slice(pos, e1).toLowerCase();
  // "a few" / "several"
  let j = e1;
  let isSeveral = SEVERAL.has(w1) && w1 !== 'few';
  if (w1 === 'a') {
    const k = skipSpaces(text, e1, end);
    const e2 = wordEnd(text, k, end);
    if (text.slice(k, e2).toLowerCase() !== 'few') return null;
    isSeveral = true;
    j = e2;
  }
  if (isSeveral) {
    // several + scale word(s): "several hundred million", "a few billion"
    let mult = 1;
    let stop = -1;
    let k = skipSpaces(text, j, end);
    for (;;) {
      const e = wordEnd(text, k, end);
      const sc = ENGLISH_SCALES[text.slice(k, e).toLowerCase()];
      if (sc === undefined || e === k || /s$/i.test(text.slice(k, e))) break;
      mult *= sc;
      stop = e;
      k = skipSpaces(text, e, end);
    }
    if (stop < 0) return null;
    return { min: 2 * mult, max: 10 * mult, end: stop };
  }
  const base = PLURAL_SCALES[w1];
  if (base === undefined) return null;
  // "tens of millions", "hundreds of thousands"
  let mult = 1;
  let stop = e1;
  const k = skipSpaces(text, e1, end);
  const eOf = wordEnd(text, k, end);
  if (text.slice(k, eOf).toLowerCase() === 'of') {
    const k2 = skipSpaces(text, eOf, end);
    const e2 = wordEnd(text, k2, end);
    const sc = PLURAL_SCALES[text.slice(k2, e2).toLowerCase()];
    if (sc !== undefined && sc > base && sc >= 1000) {
      mult = sc;
      stop = e2;
    }
  }
  if (w1 === 'tens' && mult === 1) return null; // "tens" alone is not an amount
  if (w1 === 'dozens') return { min: 24 * mult, max: 144 * mult, end: stop };
  return { min: base * mult, max: base * mult * (mult === 1 && base >= 1e6 ? 1000 : 10), end: stop };
}
