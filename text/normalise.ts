/**
 * Stage "normalise": NFKC plus Japanese rules, with an exact offset map back to the original.
 *
 * The original is cut into clusters (a base code point and the combining marks that follow
 * it, including the half-width voiced marks ﾞ ﾟ, so ｶﾞ → ガ composes); each cluster is
 * normalised on its own and every UTF-16 unit it produces remembers the code-point range of
 * its cluster. A span of the normalised text therefore maps to whole original characters:
 * ㍿ → 株式会社 maps any part of 株式会社 back to the one character ㍿.
 *
 * Japanese rules on top of NFKC: wave dashes (〜 ～ 〰) → "~"; hyphen-like dashes
 * (‐ ‑ ‒ – −) → "-". Then a run of spaces between Latin letters → one space
 * (collapseLatinSpaceRuns). Kanji numerals stay as they are in the text (一汽 and 一部 must
 * survive); the number grammar in text/numbers parses them.
 */
import type { CpSpan, NormalizedText } from './types.ts';
import { ASTRAL } from './chars.ts';

const WAVE = /[\u301C\uFF5E\u3030]/g;
const HYPHENS = /[\u2010\u2011\u2012\u2013\u2212]/g;

/** Characters that NFKC leaves alone and that never combine with a following mark on their own. */
function isStable(cp: number): boolean {
  return (
    (cp >= 0x20 && cp <= 0x7e) ||
    cp === 0x0a ||
    cp === 0x09 ||
    (cp >= 0x3041 && cp <= 0x3096) || // hiragana
    (cp >= 0x30a1 && cp <= 0x30fa) || // katakana
    cp === 0x30fc || // ー
    (cp >= 0x4e00 && cp <= 0x9fff) || // CJK unified ideographs
    (cp >= 0x3001 && cp <= 0x3002) ||
    (cp >= 0x300c && cp <= 0x300f) ||
    cp === 0x30fb // ・
  );
}

/** Combining marks that attach to the previous code point (so NFKC can compose them). */
function isCombining(cp: number): boolean {
  return (
    (cp >= 0x0300 && cp <= 0x036f) ||
    (cp >= 0x3099 && cp <= 0x309c) ||
    cp === 0xff9e ||
    cp === 0xff9f ||
    (cp >= 0x1ab0 && cp <= 0x1aff) ||
    (cp >= 0x20d0 && cp <= 0x20ff) ||
    (cp >= 0xfe20 && cp <= 0xfe2f) ||
    (cp >= 0xfe00 && cp <= 0xfe0f) // variation selectors
  );
}

/**
 * isStable and isCombining of every UTF-16 unit, as one table read each: the loop below runs
 * once per character of every document, and the two range tests (each a call) were most of
 * its cost. Surrogates are neither (both sets are in the BMP).
 */
const STABLE = 1;
const COMBINING = 2;
const UNIT_CLASS = new Uint8Array(0x10000);
for (let u = 0; u < 0x10000; u++) {
  if (u >= 0xd800 && u <= 0xdfff) continue;
  UNIT_CLASS[u] = (isStable(u) ? STABLE : 0) | (isCombining(u) ? COMBINING : 0);
}

function japaneseRules(s: string): string {
  return s.replace(WAVE, '~').replace(HYPHENS, '-');
}

/**
 * What one BMP unit without marks becomes, remembered per unit: full-width brackets, digits and
 * letters recur in every Japanese article, and normalising each occurrence on its own (a string
 * and two regex replacements) cost more than all the stable characters together.
 */
const singleUnitCache: (string | undefined)[] = new Array(0x10000);
function singleUnitMapped(unit: number): string {
  let mapped = singleUnitCache[unit];
  if (mapped === undefined) {
    mapped = japaneseRules(String.fromCharCode(unit).normalize('NFKC'));
    singleUnitCache[unit] = mapped;
  }
  return mapped;
}

class MappedText implements NormalizedText {
  private inverse: Int32Array | null = null;

  constructor(
    readonly original: string,
    readonly text: string,
    /** For each UTF-16 unit of `text`: the code point index where its cluster starts. */
    private readonly startCp: Int32Array,
    /** For each UTF-16 unit of `text`: the code point index where its cluster ends. */
    private readonly endCp: Int32Array,
    private readonly cpLength: number,
  ) {}

  toOriginal(start: number, end: number): CpSpan {
    if (start < 0 || end > this.text.length || start > end) {
      throw new RangeError(`normalised range [${start}, ${end}) is outside the text (length ${this.text.length})`);
    }
    if (start === end) {
      const cp = start < this.text.length ? this.startCp[start]! : this.cpLength;
      return { start: cp, end: cp };
    }
    return { start: this.startCp[start]!, end: this.endCp[end - 1]! };
  }

  fromOriginal(cp: number): number {
    if (!this.inverse) {
      const inv = new Int32Array(this.cpLength + 1).fill(-1);
      for (let i = this.text.length - 1; i >= 0; i--) inv[this.startCp[i]!] = i;
      inv[this.cpLength] = this.text.length;
      // code points inside a multi-code-point cluster map to the next mapped unit
      for (let c = this.cpLength - 1; c >= 0; c--) if (inv[c] === -1) inv[c] = inv[c + 1]!;
      this.inverse = inv;
    }
    if (cp < 0 || cp > this.cpLength) throw new RangeError(`code point ${cp} is outside the text`);
    return this.inverse[cp]!;
  }
}

/**
 * Per UTF-16 unit: 1 when the unit, with no mark after it, normalises to itself (every stable
 * unit, and such as ’ “ — € that NFKC and the Japanese rules leave alone), 2 when it does not
 * (or is a surrogate or a combining mark), 0 while not yet asked (filled as units are met).
 */
const MAPS_TO_ITSELF = new Uint8Array(0x10000);

function unitMapsToItself(unit: number): number {
  let k = MAPS_TO_ITSELF[unit]!;
  if (k === 0) {
    const plain = (UNIT_CLASS[unit]! & COMBINING) === 0 && !(unit >= 0xd800 && unit <= 0xdfff);
    k = plain && ((UNIT_CLASS[unit]! & STABLE) !== 0 || singleUnitMapped(unit) === String.fromCharCode(unit)) ? 1 : 2;
    MAPS_TO_ITSELF[unit] = k;
  }
  return k;
}

/**
 * Whether normalising leaves the text as it is, unit for unit: no unit changes and none is a
 * combining mark or a surrogate (so unit i is code point i). Most English articles are such.
 */
function mapsToItself(original: string): boolean {
  for (let i = 0; i < original.length; i++) {
    const unit = original.charCodeAt(i);
    const k = MAPS_TO_ITSELF[unit]!;
    if (k === 1) continue;
    if (k === 2 || unitMapsToItself(unit) !== 1) return false;
  }
  return true;
}

/**
 * The normalised text of an original that normalising leaves as it is (mapsToItself): UTF-16
 * unit i is code point i, so the maps are the identity, with no per-unit arrays (MappedText
 * keeps two 32-bit integers per unit, for a long English article most of normalise's cost).
 */
class IdentityText implements NormalizedText {
  readonly text: string;

  constructor(readonly original: string) {
    this.text = original;
  }

  toOriginal(start: number, end: number): CpSpan {
    if (start < 0 || end > this.text.length || start > end) {
      throw new RangeError(`normalised range [${start}, ${end}) is outside the text (length ${this.text.length})`);
    }
    return { start, end };
  }

  fromOriginal(cp: number): number {
    if (cp < 0 || cp > this.text.length) throw new RangeError(`code point ${cp} is outside the text`);
    return cp;
  }
}

export function normalise(original: string): NormalizedText {
  return collapseLatinSpaceRuns(mapsToItself(original) ? new IdentityText(original) : normaliseWithMaps(original));
}

/**
 * Two or more spaces between Latin letters ("Toyota  Motor", as justified or PDF-extracted text
 * has them; NBSP and the ideographic space are spaces after NFKC) read as one: the alias
 * automaton matches names letter for letter. The one space left maps back to the whole run.
 * A run after a period or before a digit is left as it is (every rule's \s+ reads it).
 */
const LATIN_SPACE_RUN = /(?<=[A-Za-z]) {2,}(?=[A-Za-z])/g;

function collapseLatinSpaceRuns(t: NormalizedText): NormalizedText {
  const text = t.text;
  if (text.indexOf('  ') < 0) return t;
  LATIN_SPACE_RUN.lastIndex = 0;
  if (!LATIN_SPACE_RUN.test(text)) return t;
  const starts = new Int32Array(text.length);
  const ends = new Int32Array(text.length);
  const parts: string[] = [];
  let outLen = 0;
  let from = 0;
  const copy = (to: number) => {
    for (let i = from; i < to; i++) {
      const o = t.toOriginal(i, i + 1);
      starts[outLen] = o.start;
      ends[outLen] = o.end;
      outLen++;
    }
    parts.push(text.slice(from, to));
  };
  LATIN_SPACE_RUN.lastIndex = 0;
  for (let m = LATIN_SPACE_RUN.exec(text); m !== null; m = LATIN_SPACE_RUN.exec(text)) {
    copy(m.index);
    starts[outLen] = t.toOriginal(m.index, m.index + 1).start;
    ends[outLen] = t.toOriginal(m.index + m[0].length - 1, m.index + m[0].length).end;
    outLen++;
    parts.push(' ');
    from = m.index + m[0].length;
  }
  copy(text.length);
  return new MappedText(t.original, parts.join(''), starts.subarray(0, outLen), ends.subarray(0, outLen), codePointLength(t.original));
}

/** normalise with the per-unit maps whatever the text (what normalise does unless the text maps to itself; exported for tests). */
export function normaliseWithMaps(original: string): NormalizedText {
  const n = original.length;
  // (one unit out per unit in is the rule: expansions such as ㍿ grow the arrays through ensure)
  const startCp = new Int32Array(n + 64);
  const endCp = new Int32Array(n + 64);
  let out = '';
  let outLen = 0;
  let starts = startCp;
  let ends = endCp;
  const parts: string[] = [];
  let cpIndex = 0;
  let i = 0;
  // Accumulate stable runs and flush them as one string for speed.
  let runStart = -1;
  const flushRun = (to: number) => {
    if (runStart >= 0) {
      parts.push(original.slice(runStart, to));
      runStart = -1;
    }
  };
  const ensure = (extra: number) => {
    if (outLen + extra > starts.length) {
      const size = Math.max(starts.length * 2, outLen + extra + 16);
      const s2 = new Int32Array(size);
      s2.set(starts);
      const e2 = new Int32Array(size);
      e2.set(ends);
      starts = s2;
      ends = e2;
    }
  };
  while (i < n) {
    // the common case first: a stable unit that no combining mark follows maps to itself
    const unit = original.charCodeAt(i);
    if ((UNIT_CLASS[unit]! & STABLE) !== 0 && (i + 1 === n || (UNIT_CLASS[original.charCodeAt(i + 1)]! & COMBINING) === 0)) {
      if (runStart < 0) runStart = i;
      if (outLen === starts.length) ensure(1);
      starts[outLen] = cpIndex;
      ends[outLen] = cpIndex + 1;
      outLen++;
      cpIndex++;
      i++;
      continue;
    }
    const cp = original.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    // Look ahead for combining marks.
    let j = i + width;
    let clusterCps = 1;
    while (j < n) {
      const next = original.codePointAt(j)!;
      if (!isCombining(next)) break;
      j += next > 0xffff ? 2 : 1;
      clusterCps++;
    }
    // a unit that NFKC may change, or any character with marks after it (NFKC may compose them)
    flushRun(i);
    const mapped = j === i + 1 ? singleUnitMapped(unit) : japaneseRules(original.slice(i, j).normalize('NFKC'));
    ensure(mapped.length);
    for (let k = 0; k < mapped.length; k++) {
      starts[outLen] = cpIndex;
      ends[outLen] = cpIndex + clusterCps;
      outLen++;
    }
    parts.push(mapped);
    cpIndex += clusterCps;
    i = j;
  }
  flushRun(n);
  out = parts.join('');
  if (out.length !== outLen) throw new Error(`normalise: internal length mismatch (${out.length} vs ${outLen})`);
  return new MappedText(original, out, starts.subarray(0, outLen), ends.subarray(0, outLen), cpIndex);
}

/** Number of code points in a JS string. */
export function codePointLength(s: string): number {
  // most texts hold no surrogate: one native scan instead of a loop over every unit (whole
  // documents are counted twice per document on the way to the store)
  if (s.length > 64 && !ASTRAL.test(s)) return s.length;
  let count = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}

/**
 * Code-point indexing of a string: slice by code points without materialising an array of
 * characters. For strings without surrogates it is the identity.
 */
export class CodePointIndex {
  private readonly utf16At: Int32Array | null;
  readonly length: number;

  constructor(private readonly s: string) {
    let hasSurrogates = false;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdfff) {
        hasSurrogates = true;
        break;
      }
    }
    if (!hasSurrogates) {
      this.utf16At = null;
      this.length = s.length;
      return;
    }
    const map = new Int32Array(s.length + 1);
    let cp = 0;
    for (let i = 0; i < s.length; i++) {
      map[cp++] = i;
      const c = s.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) i++;
      }
    }
    map[cp] = s.length;
    this.utf16At = map.subarray(0, cp + 1);
    this.length = cp;
  }

  /** UTF-16 index of code point `cp`. */
  toUtf16(cp: number): number {
    return this.utf16At ? this.utf16At[cp]! : cp;
  }

  slice(start: number, end: number): string {
    return this.s.slice(this.toUtf16(start), this.toUtf16(end));
  }
}
