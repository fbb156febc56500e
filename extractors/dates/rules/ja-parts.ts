/**
 * Japanese building blocks shared by the Japanese rules: the year part (2025年, 25年度,
 * 二〇二五年, 令和6年, R6年度, 今年, 同年), month and day parts, and the context checks
 * (5年間 is a duration, 第21日 an ordinal, 2025年末 takes a modifier).
 */
import type { Grammar, SuffixModifier } from '../grammar.ts';
import type { Point, PointKind, Relative } from '../model.ts';
import { expandTwoDigitYear } from '../calendar.ts';
import { endsWithAny, startsWithAny } from './text-context.ts';
import { num, type Anchor } from './rule.ts';

/** Kanji digits usable in a digit-by-digit year (二〇二五). */
export const KANJI_DIGITS = '〇一二三四五六七八九';
/** A small kanji numeral (months, days, era years): 三, 十二, 二十七. */
export const KANJI_SMALL = '[一二三四五六七八九十]{1,3}';
export const MONTH_NUM = `\\d{1,2}|${KANJI_SMALL}`;
export const DAY_NUM = `\\d{1,2}|${KANJI_SMALL}`;

/**
 * Regex source of a Japanese year part (group yp), with named groups y4 y2 y3 yk yn era ey ea
 * eay fy rfy ry sy.
 * Embed it at most once per regular expression.
 */
export function jaYearSource(g: Grammar): string {
  const absolute =
    `(?:(?<y4>\\d{4})|'?(?<y2>\\d{2})|(?<y3>\\d{3})|(?<yk>[${KANJI_DIGITS}]{4})` +
    `|(?<yn>[一二三四五六七八九]?千[${KANJI_DIGITS}十百]{0,4})` +
    `|(?<era>${g.alt.eraNames})\\s?(?<ey>${g.alt.firstYear}|\\d{1,2}|${KANJI_SMALL})` +
    (g.alt.eraAbbr ? `|(?<ea>${g.alt.eraAbbr})\\s?(?<eay>\\d{1,2})` : '') +
    `)\\s?年(?<fy>度)?`;
  const relative =
    (g.alt.jaRelFiscalYears ? `|(?<rfy>${g.alt.jaRelFiscalYears})` : '') +
    (g.alt.jaRelYears ? `|(?<ry>${g.alt.jaRelYears})` : '') +
    (g.alt.jaSameYear ? `|(?<sy>${g.alt.jaSameYear})` : '');
  return `(?<yp>${absolute}${relative})`;
}

/** First characters a Japanese year part (jaYearSource) can start with: digits, ', kanji digits, 千, and the first letter of every era name, era abbreviation and relative-year word. */
/**
 * The year part's reach: `toYear`, the furthest 年 (or a relative word without 年, listed in
 * `words`) can start from the part's start, and `length`, the longest part (\s? counted as
 * one unit). Null when a word may match more than its own letters (a space or an apostrophe
 * widens in the alternation).
 */
export function jaYearReach(g: Grammar): { toYear: number; words: string[]; length: number } | null {
  const rel = [...g.ja.relFiscalYears.keys(), ...g.ja.relYears.keys(), ...g.ja.sameYear.keys()];
  const literal = (w: string) => !/[\s'’]/.test(w);
  const eras = [...g.eras.keys()];
  const abbr = [...g.eraAbbr.keys()];
  const first = [...g.firstYearWords];
  if (![...rel, ...eras, ...abbr, ...first].every(literal)) return null;
  const longest = (ws: string[]) => Math.max(0, ...ws.map((w) => w.length));
  // y4, 'y2, y3, yk (4), yn (一千九百 …: 6), era + \s? + (first year | 2 digits | 3 kanji), abbr + \s? + 2 digits; then \s?
  const toYear = Math.max(4, 3, 3, 4, 6, eras.length ? longest(eras) + 1 + Math.max(longest(first), 3) : 0, abbr.length ? longest(abbr) + 3 : 0) + 1;
  const words = rel.filter((w) => !w.includes('年'));
  const relReach = Math.max(0, ...rel.filter((w) => w.includes('年')).map((w) => w.indexOf('年')));
  return { toYear: Math.max(toYear, relReach), words, length: Math.max(toYear + 2, longest(rel)) };
}

/** 年 (or a relative year word without it) within the year part of every ja.date match. */
export function jaYearAnchor(g: Grammar): Anchor | undefined {
  const r = jaYearReach(g);
  return r ? { literals: ['年', ...r.words], within: r.toYear, first: jaYearFirstChars(g) } : undefined;
}

/**
 * The connective (~, -, から) of a range rule opening with an optional year part, `gap` units
 * at most after the year part (and its \s?(の\s?)?).
 */
export function jaConnectiveAnchor(g: Grammar, gap: number, first: string): Anchor | undefined {
  const r = jaYearReach(g);
  return r ? { literals: ['~', '-', 'から'], within: r.length + 3 + gap, first } : undefined;
}

export function jaYearFirstChars(g: Grammar): string {
  const words = [...g.eras.keys(), ...g.eraAbbr.keys(), ...g.ja.relFiscalYears.keys(), ...g.ja.relYears.keys(), ...g.ja.sameYear.keys()];
  return `0123456789'${KANJI_DIGITS}千` + words.map((w) => w[0] ?? '').join('');
}

/** Characters of KANJI_SMALL (months, days). */
export const KANJI_SMALL_CHARS = '一二三四五六七八九十';

/**
 * `(?=[…])`: a lookahead that lets the regex engine reject, with one character test, every
 * position where no match can start. The Japanese rules open with an optional year part
 * ((2025年)?5月~6月), and without the guard the engine tries that optional part at every
 * position of the text: the guard halves these rules' cost. `firstChars` must contain every
 * character a match can start with (rule.test.ts compares guarded and unguarded matches).
 * Returns '' (no guard) if a character is outside the BMP, which a class without the u flag
 * cannot hold.
 */
export function startGuard(firstChars: string): string {
  const chars = [...new Set(firstChars)];
  if (chars.some((c) => c.length > 1)) return '';
  return `(?=[${chars.map((c) => (/[\\\]\[^-]/.test(c) ? `\\${c}` : c)).join('')}])`;
}

export interface JaYear {
  year?: number;
  fiscal: boolean;
  twoDigit: boolean;
  /** 367年: a year only with a month ("367年1月1日"); alone it is more often a count. */
  threeDigit?: boolean;
  rel?: Relative;
  sameYear?: boolean;
  /** With sameYear: years after (+) or before (-) the previous date's (前年5月: -1). */
  yearOffset?: number;
}

/** Read the year part of a match made with jaYearSource; null when absent or implausible. */
export function readJaYear(groups: Record<string, string | undefined>, g: Grammar): JaYear | null {
  const fiscal = groups.fy !== undefined;
  if (groups.y4 !== undefined) {
    const y = Number(groups.y4);
    return y >= 1000 && y <= 2999 ? { year: y, fiscal, twoDigit: false } : null;
  }
  if (groups.y2 !== undefined) return { year: expandTwoDigitYear(Number(groups.y2)), fiscal, twoDigit: true };
  if (groups.y3 !== undefined) return { year: Number(groups.y3), fiscal, twoDigit: false, threeDigit: true };
  if (groups.yk !== undefined || groups.yn !== undefined) {
    const y = num(groups.yk ?? groups.yn);
    return y !== undefined && y >= 1800 && y <= 2999 ? { year: y, fiscal, twoDigit: false } : null;
  }
  const eraName = groups.era ?? groups.ea;
  if (eraName !== undefined) {
    const era = groups.era !== undefined ? g.eras.get(eraName) : g.eraAbbr.get(eraName);
    const raw = groups.ey ?? groups.eay;
    if (!era || raw === undefined) return null;
    const n = g.firstYearWords.has(raw) ? 1 : num(raw);
    if (n === undefined || n < 1) return null;
    const y = era.start + n - 1;
    if (era.last !== undefined && y > era.last) return null;
    return { year: y, fiscal, twoDigit: false };
  }
  if (groups.rfy !== undefined) {
    return { fiscal: true, twoDigit: false, rel: { unit: 'fiscal_year', offset: g.ja.relFiscalYears.get(groups.rfy) ?? 0 } };
  }
  if (groups.ry !== undefined) {
    return { fiscal: false, twoDigit: false, rel: { unit: 'year', offset: g.ja.relYears.get(groups.ry) ?? 0 } };
  }
  if (groups.sy !== undefined) return { fiscal: false, twoDigit: false, sameYear: true, yearOffset: g.ja.sameYear.get(groups.sy) ?? 0 };
  return null;
}

/** Mark a point as anaphoric in its year (同年5月, 前年8月29日), with the year part's offset. */
export function sameYearOf(p: Point, y: JaYear): void {
  p.sameYear = true;
  if (y.yearOffset) p.yearOffset = y.yearOffset;
}

const NONE: readonly never[] = [];
const FIRST_UNIT = new WeakMap<readonly { text: string }[], Map<number, { text: string }[]> | null>();

/**
 * The entries of `list` that can start at `pos`: those whose text starts with the unit there,
 * in list order (grouped once per list; the whole list if an entry is empty or pos negative).
 */
function startingAt<T extends { text: string }>(list: readonly T[], text: string, pos: number): readonly T[] {
  let groups = FIRST_UNIT.get(list) as Map<number, T[]> | null | undefined;
  if (groups === undefined) {
    const built = new Map<number, T[]>();
    for (const e of list) {
      const c = e.text.charCodeAt(0);
      const g = built.get(c);
      if (g) g.push(e);
      else built.set(c, [e]);
    }
    groups = list.some((e) => e.text.length === 0) ? null : built;
    FIRST_UNIT.set(list, groups);
  }
  if (groups === null || pos < 0) return list;
  return groups.get(text.charCodeAt(pos)) ?? NONE;
}

/**
 * A suffix modifier (以降, 末, 後半 …) that may follow a date of this kind at `pos`, with the
 * length it takes in the text (a leading "の" included: 2025年の後半).
 */
export function jaSuffixModifierAt(
  text: string,
  pos: number,
  kind: PointKind,
  g: Grammar,
): { modifier: SuffixModifier; length: number } | null {
  const k = kind === 'fiscal_half' ? 'half' : kind === 'fiscal_quarter' ? 'quarter' : kind;
  const no = text.charCodeAt(pos) === 0x306e; /* の */
  // without の only the modifiers starting with the character at pos can match (most calls)
  const candidates = no ? g.ja.suffixModifiers : startingAt(g.ja.suffixModifiers, text, pos);
  for (const m of candidates) {
    if (!m.after.has(k)) continue;
    let at = pos;
    if (!text.startsWith(m.text, at)) {
      if (!(no && m.afterNo && text.startsWith(m.text, pos + 1))) continue;
      at = pos + 1;
    }
    if (m.boundary && !jaBoundaryAt(text, at + m.text.length, g)) continue;
    return { modifier: m, length: at - pos + m.text.length };
  }
  return null;
}

/** True at the end of the text/line or before a particle or punctuation. */
export function jaBoundaryAt(text: string, pos: number, g: Grammar): boolean {
  if (pos >= text.length) return true;
  const c = text.charCodeAt(pos);
  if (c === 10 || c === 13) return true;
  return startsWithAny(text, pos, g.ja.particles) !== null;
}

/**
 * True when the number + unit that ends at `pos` is a duration/count (5年間, 21日目, 2日後)
 * rather than a date. A suffix modifier that fits is tried first (2025年前半 is a date).
 */
export function jaNonDateAfter(text: string, pos: number, unit: 'year' | 'month' | 'day', kind: PointKind, g: Grammar): boolean {
  if (jaSuffixModifierAt(text, pos, kind, g)) return false;
  for (const s of startingAt(g.ja.nonDateSuffixes, text, pos)) {
    if (s.after.has(unit) && text.startsWith(s.text, pos)) return true;
  }
  return startsWithAny(text, pos, g.ja.nameSuffixes) !== null;
}

/** True when a counting/ordinal word stands right before the number at `pos` (第21日, 約20日, 過去15年). */
export function jaNonDateBefore(text: string, pos: number, g: Grammar): boolean {
  return endsWithAny(text, pos, g.ja.nonDatePrefixes) !== null;
}

/** The optional year part matched by jaYearSource(): whether one was written, and its reading (null if unreadable). */
export function optionalJaYear(gr: Record<string, string | undefined>, grammar: Grammar): { hasYear: boolean; y: ReturnType<typeof readJaYear> | null } {
  const written = gr.y4 ?? gr.y2 ?? gr.y3 ?? gr.yk ?? gr.yn ?? gr.era ?? gr.ea ?? gr.ry ?? gr.rfy ?? gr.sy;
  return written === undefined ? { hasYear: false, y: null } : { hasYear: true, y: readJaYear(gr, grammar) };
}

/** Makes a start guard from the characters a match can start with (see startGuard). */
export type Guard = (firstChars: string) => string;
export const DIGITS = '0123456789';

/**
 * 「AからBに先送り」: the から between two dates moves one to the other (ja.yaml
 * range_change_after), so they are two dates and no range. `joined` is the text that joins them
 * (or the whole range match), `end` the end of the second date.
 */
export function movesDate(change: RegExp | null, joined: string, text: string, end: number): boolean {
  return change !== null && joined.includes('から') && change.test(text.slice(end, end + 24));
}

