/**
 * The quantity grammar: numbers (from the number scanner) + units, currency signs, ranges,
 * vague amounts, bounds and per-year markers → QuantityMention records (RECORDS.md §3).
 *
 *   [bound] [currency] NUMBER [scale] [unit] [/年] [bound]            → one amount
 *   [bound] [currency] A [unit] CONNECTIVE [currency] B [scale] unit … → one range (value null)
 *
 * One small reader per shape, each tagging the record with a rule id:
 *   quantities/unit-after      50GWh, 41億ユーロ, 60,000 square meters
 *   quantities/currency-before $2.6 billion, EUR 4.1bn, US$ 1MM
 *   quantities/range           約40億~50億ドル, 15%から90%, $2-3 billion, between 20 and 30 GWh
 *   quantities/vague           数百メガワット時, 数千万ドル, tens of millions of dollars
 *   quantities/minor-unit      2ドル3セント, thirteen dollars forty-five cents
 */
import type { QuantityMention, QuantityMod } from '../types.ts';
import { roundFloat } from '../../text/numbers/arabic.ts';
import { scanNumbers, type NumberMatch, type ScanOptions } from '../../text/numbers/scanner.ts';
import {
  BackwardMatcher,
  ForwardMatcher,
  isSpace,
  skipSpacesBackward,
  skipSpacesForward,
} from './matchers.ts';
import { loadModifierTables, loadUnitTables, type ModForm, type ModifierTables, type UnitDef, type UnitTables } from './vocabulary.ts';
import { loadNonNumeralWords } from '../../text/numbers/vocabulary.ts';
import { finish, type Steps } from '../steps.ts';
import { isSequenceTail, urlRanges } from './not-amounts.ts';

export interface QuantityTables {
  units: UnitTables;
  modifiers: ModifierTables;
  nonNumeralWords: readonly string[];
}

/** Kinds that can be a yearly rate (3GWh/年, $2 billion a year). */
const PER_YEAR_KINDS = new Set(['energy', 'power', 'money']);

/** One number with what directly surrounds it. */
interface Amount {
  num: NumberMatch;
  /** Currency written before the number ($, EUR, US$). */
  currency?: { start: number; def: UnitDef };
  /** Unit written after the number. */
  unit?: { end: number; def: UnitDef };
  /** Glued scale abbreviation (5bn, €41m): its factor. */
  suffixFactor: number;
  /** Start of the amount (currency or number) and end (unit, scale or number). */
  start: number;
  end: number;
}

const OF = /^ of /i;
/** 百分のN: N percent (Japanese fraction of a hundred). */
const HUNDREDTHS = '百分の';
const SCALE_WORD_AFTER_CODE = /^ (thousand|million|billion|trillion)\b/i;
const SCALE_WORDS: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** The grammar over the seed files of `seedsDir` (units, modifiers, words that are not numbers). */
export function createQuantityGrammar(seedsDir: string): QuantityGrammar {
  return new QuantityGrammar({
    units: loadUnitTables(seedsDir),
    modifiers: loadModifierTables(seedsDir),
    nonNumeralWords: loadNonNumeralWords(seedsDir),
  });
}

export class QuantityGrammar {
  private readonly after: ForwardMatcher<UnitDef>;
  private readonly before: BackwardMatcher<UnitDef>;
  private readonly scaleSuffixes: ForwardMatcher<number>;
  private readonly prefixMods: BackwardMatcher<ModForm>;
  private readonly suffixMods: ForwardMatcher<ModForm>;
  private readonly ranges: ForwardMatcher<{ text: string; needs?: string; notFollowedBy?: string[] }>;
  private readonly perYearAfter: ForwardMatcher<string>;
  private readonly perYearBefore: BackwardMatcher<string>;
  private readonly perYearWords: ForwardMatcher<string>;
  private readonly scanOptions: ScanOptions;
  private readonly percentDef: UnitDef | undefined;

  constructor(tables: QuantityTables) {
    const { units, modifiers } = tables;
    this.after = new ForwardMatcher(
      units.after.map((f) => ({ item: f.def, m: { text: f.text, ignoreCase: f.def.ignoreCase, notFollowedBy: f.def.notFollowedBy } })),
    );
    this.before = new BackwardMatcher(units.before.map((f) => ({ item: f.def, m: { text: f.text, ignoreCase: f.def.ignoreCase } })));
    this.scaleSuffixes = new ForwardMatcher(units.scaleSuffixes.map((s) => ({ item: s.factor, m: { text: s.text, ignoreCase: false } })));
    this.prefixMods = new BackwardMatcher(modifiers.prefix.map((m) => ({ item: m, m: { text: m.text, ignoreCase: m.en } })));
    this.suffixMods = new ForwardMatcher(
      modifiers.suffix.map((m) => ({ item: m, m: { text: m.text, ignoreCase: m.en, notFollowedBy: m.notFollowedBy } })),
    );
    this.ranges = new ForwardMatcher(modifiers.ranges.map((r) => ({ item: r, m: { text: r.text, ignoreCase: true } })));
    this.perYearAfter = new ForwardMatcher(modifiers.perYearAfter.map((t) => ({ item: t, m: { text: t, ignoreCase: true } })));
    this.perYearWords = new ForwardMatcher(modifiers.perYearWords.map((t) => ({ item: t, m: { text: t, ignoreCase: true } })));
    this.perYearBefore = new BackwardMatcher(modifiers.perYearBefore.map((t) => ({ item: t, m: { text: t, ignoreCase: false } })));
    this.scanOptions = {
      fractions: false,
      scaleSuffixes: false,
      exponent: false,
      hiragana: true,
      spacedSign: false,
      nonNumeralWords: tables.nonNumeralWords,
      // currency codes may be glued to the amount: USD115.5
      gluedPrefixes: new Set(units.before.filter((f) => /^[A-Za-z]{3,4}$/.test(f.text)).map((f) => f.text.toUpperCase())),
    };
    this.percentDef = units.after.find((f) => f.text === '%')?.def;
  }

  /** All quantities of `text` (normalised), left to right, non-overlapping. */
  extract = (text: string): QuantityMention[] => finish(this.steps(text));
  /** extract in steps (extractors/steps.ts): the number scan, then reading units around the numbers. */
  *steps(text: string): Steps<QuantityMention[]> {
    const nums = scanNumbers(text, this.scanOptions);
    yield;
    const out: QuantityMention[] = [];
    const urls = urlRanges(text);
    let u = 0;
    let floor = 0;
    for (let k = 0; k < nums.length; k++) {
      const a = nums[k]!;
      if (a.start < floor) continue;
      while (u < urls.length && urls[u]![1] <= a.start) u++;
      if (u < urls.length && urls[u]![0] <= a.start) continue;
      if (isSequenceTail(text, a.start)) continue;
      const res = this.readAt(text, nums, k, floor);
      if (!res) continue;
      out.push(res.mention);
      floor = res.mention.end;
      k = res.last;
    }
    return out;
  }

  /** Try a range, then a single amount, starting with number `k`. */
  private readAt(text: string, nums: NumberMatch[], k: number, floor: number): { mention: QuantityMention; last: number } | null {
    const hundredths = this.readHundredths(text, nums, k, floor);
    if (hundredths) return hundredths;
    const a = this.readAmount(text, nums[k]!, floor);
    const range = this.readRange(text, nums, k, a, floor);
    if (range) return range;
    if (!a.unit && !a.currency) return null;
    const def = a.unit?.def ?? a.currency!.def;
    let value: number | null = null;
    let min: number | undefined;
    let max: number | undefined;
    const factor = def.factor * a.suffixFactor;
    if (a.num.value === null) {
      min = roundFloat(a.num.min! * factor);
      max = roundFloat(a.num.max! * factor);
    } else value = roundFloat(a.num.value * factor);
    if ((value !== null && !Number.isFinite(value)) || (min !== undefined && !Number.isFinite(max!))) return null;
    let rule = a.num.value === null ? 'quantities/vague' : a.unit ? 'quantities/unit-after' : 'quantities/currency-before';
    let end = a.end;
    let last = k;
    // 2ドル3セント, thirteen dollars forty-five cents
    if (def.kind === 'money' && !def.minor && value !== null && a.unit) {
      const minor = this.readMinor(text, nums, k + 1, end, def);
      if (minor) {
        value = roundFloat(value + minor.value);
        end = minor.end;
        last = k + 1;
        rule = 'quantities/minor-unit';
      }
    }
    return { mention: this.finish(text, a.start, end, def, value, min, max, a.num.value === null, rule, floor), last };
  }

  /** 百分の22 → 22%. */
  private readHundredths(text: string, nums: NumberMatch[], k: number, floor: number): { mention: QuantityMention; last: number } | null {
    const a = nums[k]!;
    const b = nums[k + 1];
    if (!this.percentDef || !b || b.value === null || b.start !== a.start + HUNDREDTHS.length) return null;
    if (!text.startsWith(HUNDREDTHS, a.start)) return null;
    const mention = this.finish(text, a.start, b.end, this.percentDef, roundFloat(b.value), undefined, undefined, false, 'quantities/hundredths', floor);
    return { mention, last: k + 1 };
  }

  /** Currency before, number, scale suffix, unit after. */
  private readAmount(text: string, num: NumberMatch, floor: number): Amount {
    const amount: Amount = { num, suffixFactor: 1, start: num.start, end: num.end };
    // currency sign or code before the number (0–1 space between)
    const q = skipSpacesBackward(text, num.start, 1, floor);
    const cur = this.before.match(text, q, floor);
    if (cur && !(text.charCodeAt(q - 1) === 0x5c /* \ */ && q !== num.start)) {
      amount.currency = { start: cur.start, def: cur.item };
      amount.start = cur.start;
    }
    let pos = num.end;
    // glued scale abbreviation: 2.6bn, 41m, 3.2k
    let suffixEnd = -1;
    const sfx = num.value !== null && num.form === 'arabic' ? this.scaleSuffixes.match(text, pos) : null;
    let unit = this.unitAfter(text, pos, num, !!amount.currency);
    if (!unit && sfx) {
      const u2 = this.unitAfter(text, sfx.end, num, !!amount.currency);
      if (u2 || amount.currency) {
        amount.suffixFactor = sfx.item;
        suffixEnd = sfx.end;
        unit = u2;
        pos = sfx.end;
      }
    }
    if (unit) {
      amount.unit = unit;
      amount.end = unit.end;
      // "75 USD million": a currency code, then the scale word
      if (unit.def.kind === 'money' && num.value !== null && !num.scaled && amount.suffixFactor === 1) {
        const sw = SCALE_WORD_AFTER_CODE.exec(text.slice(unit.end, unit.end + 12));
        if (sw && /[A-Z]$/.test(text.slice(unit.end - 1, unit.end))) {
          amount.suffixFactor = SCALE_WORDS[sw[1]!.toLowerCase()]!;
          amount.end = unit.end + sw[0].length;
        }
      }
    } else if (suffixEnd > 0) amount.end = suffixEnd;
    return amount;
  }

  /** A unit after the number: glued, after one space, after a hyphen (300-acre), or "of" after a vague English amount. */
  private unitAfter(text: string, pos: number, num: NumberMatch, hasCurrency: boolean): { end: number; def: UnitDef } | null {
    const yearLike = num.form === 'arabic' && num.end - num.start === 4 && num.value !== null && num.value >= 1900 && num.value <= 2100;
    const accept = (d: UnitDef): boolean =>
      // with a currency before the number, a money sign after it belongs to the next amount ($ 20 $ 30)
      !(hasCurrency && d.kind === 'money') &&
      (num.value === null ? num.min! >= d.minNumber : num.value >= d.minNumber) &&
      !(d.notAfterYear && yearLike);
    let m = this.after.match(text, pos, accept);
    if (m) return { end: m.end, def: m.item };
    const p1 = skipSpacesForward(text, pos, 2);
    if (p1 > pos) {
      m = this.after.match(text, p1, accept);
      if (m) return { end: m.end, def: m.item };
    }
    if (text.charCodeAt(pos) === 45 /* - */ && isLetter(text.charCodeAt(pos + 1))) {
      m = this.after.match(text, pos + 1, accept);
      if (m) return { end: m.end, def: m.item };
    }
    if (num.form === 'vague' && OF.test(text.slice(pos, pos + 4))) {
      m = this.after.match(text, pos + 4, accept);
      if (m) return { end: m.end, def: m.item };
    }
    return null;
  }

  /** A + connective + B with a shared unit: one mention with min/max. */
  private readRange(
    text: string,
    nums: NumberMatch[],
    k: number,
    a: Amount,
    floor: number,
  ): { mention: QuantityMention; last: number } | null {
    const bNum = nums[k + 1];
    if (!bNum || a.num.value === null || bNum.value === null) return null;
    // connective after A (or after A's unit)
    const p0 = skipSpacesForward(text, a.end, 2);
    const conn = this.ranges.match(text, p0);
    if (!conn) return null;
    if (conn.item.needs) {
      const w = conn.item.needs;
      const s = skipSpacesBackward(text, a.start, 2, floor);
      if (s === a.start || !text.slice(Math.max(0, s - w.length), s).toLowerCase().endsWith(w)) return null;
    }
    if (/^[a-z]/i.test(conn.item.text) && (p0 === a.end || !isSpace(text.charCodeAt(conn.end)))) return null;
    // a bare number before a spaced dash is usually a label, not a bound ("Model 3 - 50 kWh")
    if (conn.item.text === '-' && !a.unit && !a.currency && (p0 > a.end || isSpace(text.charCodeAt(conn.end)))) return null;
    let p1 = skipSpacesForward(text, conn.end, 2);
    // "2 - 3": the scanner read "- 3" as a negative number
    let b = bNum;
    if (b.start < p1 && b.start >= conn.end - 1 && b.value !== null && b.value < 0) {
      b = { ...b, start: p1, value: -b.value };
    }
    // an approximation word may repeat before B: 約40億~約50億
    if (b.start > p1) {
      const pm = this.prefixMods.match(text, b.start, p1);
      if (pm && pm.start === p1 && !pm.item.en) p1 = b.start;
    }
    const bValue = b.value;
    if (bValue === null) return null;
    const bAmount = this.readAmount(text, b, p1);
    if (bAmount.start !== p1) return null;
    // 「40%から61%に高まり」: a change from one amount to another, two mentions, not a range
    const after = conn.item.notFollowedBy;
    if (after && after.some((w) => text.startsWith(w, bAmount.end))) return null;
    const unitDef = bAmount.unit?.def ?? bAmount.currency?.def ?? a.currency?.def;
    if (!unitDef) return null;
    if (a.unit && (a.unit.def.unit !== unitDef.unit || a.unit.def.kind !== unitDef.kind)) return null;
    if (a.currency && a.currency.def.unit !== unitDef.unit) return null;
    if (bAmount.currency && a.unit) return null;
    const factorA = (a.unit?.def ?? unitDef).factor * a.suffixFactor;
    const factorB = unitDef.factor * bAmount.suffixFactor;
    let lo = a.num.value * factorA;
    const hi = bValue * factorB;
    // 2~3億ドル, $2-3 billion: A takes B's multiplier when it has none of its own
    const bScale = b.scale * bAmount.suffixFactor;
    if (!a.unit && !a.num.scaled && a.suffixFactor === 1 && bScale > 1 && lo * bScale <= hi) lo *= bScale;
    if (!(lo <= hi) || lo === hi) return null;
    const mention = this.finish(
      text,
      a.start,
      bAmount.end,
      unitDef,
      null,
      roundFloat(lo),
      roundFloat(hi),
      false,
      'quantities/range',
      floor,
    );
    return { mention, last: k + 1 };
  }

  /** Minor unit closing a money amount: 2ドル3セント, 545ドルと5セント, 13 dollars 45 cents. */
  private readMinor(
    text: string,
    nums: NumberMatch[],
    k: number,
    end: number,
    major: UnitDef,
  ): { value: number; end: number } | null {
    const n = nums[k];
    if (!n || n.value === null) return null;
    const gap = text.slice(end, n.start);
    if (!/^(?:\s*|と|\s+and\s+)$/.test(gap)) return null;
    const u = this.unitAfter(text, n.end, n, false);
    if (!u || !u.def.minor || u.def.kind !== 'money' || u.def.unit !== major.unit) return null;
    return { value: n.value * u.def.factor, end: u.end };
  }

  /** Add per-year markers and bound words around [start, end) and build the record. */
  private finish(
    text: string,
    start: number,
    end: number,
    def: UnitDef,
    value: number | null,
    min: number | undefined,
    max: number | undefined,
    vague: boolean,
    rule: string,
    floor: number,
  ): QuantityMention {
    let s = start;
    let e = end;
    let mod: QuantityMod | undefined;
    let perYear = false;
    if (PER_YEAR_KINDS.has(def.kind)) {
      // "/年", "/y" written as part of the unit: in the span
      const py = this.perYearAfter.match(text, e) ?? this.matchSpaced(this.perYearAfter, text, e);
      if (py) {
        e = py.end;
        perYear = true;
      } else if (this.matchSpaced(this.perYearWords, text, e)) {
        // "a year", "annually", "per year" apart from the unit: per year, outside the span
        perYear = true;
      }
      // 年産20GWh, 年間20GWh: sets perYear, not part of the span
      if (this.perYearBefore.match(text, s, floor)) perYear = true;
    }
    // bound words after: を超える, 以上, or more
    const sm = this.suffixMods.match(text, e, (m) => !m.en) ?? this.matchSpaced(this.suffixMods, text, e, (m) => m.en);
    if (sm) {
      e = sm.end;
      mod = sm.item.mod;
    }
    // bound words before: 約, 最大で, up to, more than
    const pj = this.prefixMods.match(text, s, floor);
    if (pj && !pj.item.en) {
      s = pj.start;
      mod = pj.item.mod;
    } else {
      const q = skipSpacesBackward(text, s, 2, floor);
      const pe = q < s ? this.prefixMods.match(text, q, floor) : text.charCodeAt(s - 1) === 126 ? this.prefixMods.match(text, s, floor) : null;
      if (pe && pe.item.en) {
        s = pe.start;
        mod = pe.item.mod;
      }
    }
    if (!mod && vague) mod = 'approx';
    const q: QuantityMention = { start: s, end: e, kind: def.kind, value, unit: def.unit, rule };
    if (min !== undefined) q.min = min;
    if (max !== undefined) q.max = max;
    if (mod) q.mod = mod;
    if (perYear) q.perYear = true;
    return q;
  }

  /** A forward form after at least one space (English words). */
  private matchSpaced<T>(m: ForwardMatcher<T>, text: string, pos: number, accept?: (t: T) => boolean): { item: T; end: number } | null {
    const p = skipSpacesForward(text, pos, 2);
    return p > pos ? m.match(text, p, accept) : null;
  }
}
