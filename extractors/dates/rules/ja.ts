/**
 * Japanese date rules. Each rule reads one form; refiners add modifiers (以降, 末, 後半 …)
 * and join two dates with a connective (~, から) into a range.
 */
import type { Grammar } from '../grammar.ts';
import type { Point, PointKind } from '../model.ts';
import { expandTwoDigitYear, isValidDate } from '../calendar.ts';
import { type DateRule, type Built, num, groupStart, groupEnd } from './rule.ts';
import {
  DAY_NUM,
  MONTH_NUM,
  jaYearFirstChars,
  jaYearSource,
  KANJI_SMALL_CHARS,
  startGuard,
  readJaYear,
  jaNonDateAfter,
  jaNonDateBefore,
  jaSuffixModifierAt,
  optionalJaYear,
  jaYearAnchor,
  jaConnectiveAnchor,
  movesDate,
  DIGITS,
  type Guard,
  type JaYear,
  sameYearOf,
} from './ja-parts.ts';
import { century, decade, fiscalPeriod, quarter, week } from './ja-periods.ts';
import { isAsciiDigit } from '../../../text/chars.ts';
import { atLineEnd, atLineStart, endsWithAny, startsWithAny } from './text-context.ts';

type Groups = Record<string, string | undefined>;

const isKanjiNumeral = (s: string) => !/^\d+$/.test(s);

/**
 * A day listed before others that share its 日 (「6月18、19日」, 「3月3・4日」): the day is read
 * without 日 (6月18), and bareDay reads the day that carries it (19日).
 */
const DAY_LIST_AHEAD = `(?=[、,・](?:\\d{1,2}[、,・])*\\d{1,2}\\s?日)`;

/** A point from a year part plus optional month and day. */
function jaPoint(y: JaYear | null, month: number | undefined, day: number | undefined): Point | null {
  if (month !== undefined && (month < 1 || month > 12)) return null;
  if (day !== undefined && (month === undefined ? day < 1 || day > 31 : !isValidDate(y?.year, month, day))) return null;
  const kind: PointKind =
    day !== undefined ? 'day' : month !== undefined ? 'month' : y?.fiscal ? 'fiscal_year' : 'year';
  const p: Point = { kind };
  if (y?.year !== undefined) p.year = y.year;
  if (y?.rel) p.rel = y.rel;
  if (y?.sameYear) sameYearOf(p, y);
  if (month !== undefined) p.month = month;
  if (day !== undefined) p.day = day;
  return p;
}

/**
 * 前 / 後 right after a date whose year is written in full (2018年前, 2016年1月1日後): before /
 * after it, an open range. Not after a short year (2年前, 15年後 are offsets) nor in 前半, 後期 ….
 */
function yearBeforeAfter(text: string, end: number, y: JaYear, g: Grammar): 'before' | 'after' | undefined {
  const ch = text[end];
  if (ch !== '前' && ch !== '後') return undefined;
  if (y.twoDigit || y.threeDigit || y.rel || y.sameYear || y.fiscal || y.year === undefined || y.year < 1000) return undefined;
  if (startsWithAny(text, end + 1, g.ja.offsetNotBefore)) return undefined;
  return ch === '前' ? 'before' : 'after';
}

/** 2025年 / 2025年4月 / 2025年4月25日 / 26年度 / 令和6年 / 二〇二五年三月 / 今年7月27日. */
function fullDate(g: Grammar): DateRule {
  const pattern = new RegExp(
    `(?<![0-9A-Za-z.'])${jaYearSource(g)}(?:\\s?の?\\s?(?<m>${MONTH_NUM})\\s?月(?:\\s?の?\\s?(?<d>${DAY_NUM})(?:\\s?日|${DAY_LIST_AHEAD}))?)?`,
    'gd',
  );
  return {
    id: 'ja.date',
    pattern,
    anchor: jaYearAnchor(g),
    build(m, { text, grammar }): Built | null {
      const gr = m.groups as Groups;
      const y = readJaYear(gr, grammar);
      if (!y) return null;
      let month = num(gr.m);
      let day = num(gr.d);
      let end = m.index + m[0].length;
      if ((y.fiscal && month !== undefined) || (y.rel?.unit === 'fiscal_year' && month !== undefined)) {
        // 2025年度4月: keep the fiscal year only
        end = groupEnd(m, 'fy') ?? groupEnd(m, 'rfy') ?? end;
        month = undefined;
        day = undefined;
      }
      if (y.sameYear && month === undefined) return null; // 同年 alone: not a date
      // 前期 is a business year only on its own: not 前期比 (a comparison), 江戸時代前期, 前期高齢者
      if (gr.rfy === '前期' && (/^[比\p{Script=Han}](?<![末中])/u.test(text.slice(end, end + 1)) || /\p{Script=Han}$/u.test(text.slice(Math.max(0, m.index - 1), m.index)))) return null;
      let p = jaPoint(y, month, day);
      if (!p && month !== undefined) {
        // 2025年13月: keep the year
        month = undefined;
        day = undefined;
        end = groupEnd(m, 'yp') ?? end;
        p = jaPoint(y, undefined, undefined);
      }
      if (!p) return null;
      if (jaNonDateBefore(text, m.index, grammar)) return null;
      const unit = day !== undefined ? 'day' : month !== undefined ? 'month' : 'year';
      // 2018年前 / 2016年1月1日後: before / after a stated calendar year (2年前 is an offset)
      const open = yearBeforeAfter(text, end, y, grammar);
      if (!open && jaNonDateAfter(text, end, unit, p.kind, grammar)) return null;
      // a bare two-digit year ("15年") is a duration unless a month, 度, a modifier or a time
      // particle makes it a date (「30年までに」「23年に中止」; not 「今後12年で」「30年にわたり」)
      if (y.twoDigit && month === undefined && !y.fiscal && !jaSuffixModifierAt(text, end, p.kind, grammar) && !twoDigitYearAsPoint(text, m.index, end, grammar)) return null;
      if (y.threeDigit && month === undefined) return null;
      const built: Built = { from: p, end };
      if (open) {
        built.open = open;
        built.end = end + 1;
      }
      if ((y.rel || y.sameYear) && month !== undefined) built.fallbackStart = groupStart(m, 'm');
      const id = day !== undefined ? 'ja.date.ymd' : month !== undefined ? 'ja.date.ym' : y.fiscal ? 'ja.fiscal_year' : 'ja.date.year';
      built.rule = y.rel ? 'ja.relative.' + id.slice(3) : gr.era || gr.ea ? `${id}.era` : id;
      return built;
    },
  };
}

/** 「30年までに」「23年に中止」「27年から」: a two-digit year followed by a time particle (ja.yaml two_digit_years). */
// (and a topic's time, 「両社は24年、…」: after は, before a comma)
function twoDigitYearAsPoint(text: string, start: number, end: number, g: Grammar): boolean {
  const t = g.ja.twoDigitYears;
  const topicTime = text[end] === '、' && text[start - 1] === 'は';
  if ((!startsWithAny(text, end, t.after) && !topicTime) || startsWithAny(text, end, t.notAfter)) return false;
  return endsWithAny(text, start, t.notBefore) === null;
}

const KANJI_MONTH = /^[一二三四五六七八九十]{1,2}月/;
const KANJI_MONTH_END = /[一二三四五六七八九十]{1,2}月$/;

/** 三月から九月, 十月~十二月: a kanji month alone is a date as one end of a range of kanji months. */
function kanjiMonthRange(text: string, start: number, end: number, g: Grammar): boolean {
  const after = startsWithAny(text, end, g.ja.connectives);
  if (after && KANJI_MONTH.test(text.slice(end + after.length, end + after.length + 3))) return true;
  const before = endsWithAny(text, start, g.ja.connectives);
  return before !== null && KANJI_MONTH_END.test(text.slice(Math.max(0, start - before.length - 3), start - before.length));
}

/** 月 after the month number (3 kanji at most) and \s? in every ja.month_day match. */
const MONTH_ANCHOR = { literals: ['月'], within: 4, first: DIGITS + KANJI_SMALL_CHARS };
/** 日 after the day number and \s? in every ja.bare_day match. */
const DAY_ANCHOR = { literals: ['日'], within: 4, first: DIGITS + KANJI_SMALL_CHARS };

/** Year-less 7月7日 / 3月 / 三月一日 (the year comes from the document date). */
function monthDay(g: Grammar): DateRule {
  const pattern = new RegExp(
    `(?<![0-9A-Za-z.,/'年度〇一二三四五六七八九十])(?<m>${MONTH_NUM})\\s?月(?:\\s?の?\\s?(?<d>${DAY_NUM})(?:\\s?日|${DAY_LIST_AHEAD}))?`,
    'gd',
  );
  return {
    id: 'ja.month_day',
    pattern,
    anchor: MONTH_ANCHOR,
    build(m, { text, grammar }) {
      const gr = m.groups as Groups;
      const month = num(gr.m);
      const day = num(gr.d);
      const p = jaPoint(null, month, day);
      if (!p) return null;
      const end = m.index + m[0].length;
      // 一月 alone is too ambiguous (一月遅れ); 三月十日 and 三月の下旬 are dates
      if (isKanjiNumeral(gr.m!) && day === undefined && !jaSuffixModifierAt(text, end, 'month', grammar) && !kanjiMonthRange(text, m.index, end, grammar)) return null;
      if (jaNonDateBefore(text, m.index, grammar)) return null;
      if (jaNonDateAfter(text, end, day !== undefined ? 'day' : 'month', p.kind, grammar)) return null;
      return { from: p, rule: day !== undefined ? 'ja.month_day' : 'ja.month' };
    },
  };
}

/**
 * The news-style bare day: 「出光は21日、発表した」, 「21日に発表」, 「08日から12日」. Only between a
 * subject/punctuation/line start and punctuation/a particle/a weekday; never 21日間, 第21日.
 */
function bareDay(_g: Grammar): DateRule {
  const pattern = new RegExp(`(?<![0-9〇一二三四五六七八九十月第.,/])(?<d>${DAY_NUM})\\s?日`, 'gd');
  return {
    id: 'ja.bare_day',
    pattern,
    anchor: DAY_ANCHOR,
    build(m, { text, grammar }) {
      const gr = m.groups as Groups;
      const day = num(gr.d);
      if (day === undefined || day < 1 || day > 31) return null;
      const start = m.index;
      const end = start + m[0].length;
      if (!atLineStart(text, start) && !endsWithAny(text, start, grammar.ja.bareDayBefore)) return null;
      // 3~5日: the end of a span of days (a duration more often than a date range)
      const prev = text.charCodeAt(start - 1);
      if ((prev === 0x7e /* ~ */ || prev === 0x2d /* - */) && isAsciiDigit(text.charCodeAt(start - 2))) return null;
      if (jaNonDateBefore(text, start, grammar)) return null;
      if (jaNonDateAfter(text, end, 'day', 'day', grammar)) return null;
      const after = atLineEnd(text, end) ? '' : startsWithAny(text, end, grammar.ja.bareDayAfter);
      if (after === null) return null;
      if (after === 'に' || after === 'の') {
        // 1日に100台 / 1日の生産量: a rate, not a date
        if (day === 1) return null;
        const next = text.charCodeAt(end + 1);
        if (isAsciiDigit(next) || text.startsWith('約', end + 1) || text.startsWith('最大', end + 1)) return null;
      }
      return { from: { kind: 'day', day } };
    },
  };
}

/**
 * 2027～28年, 2027~2030年, 2027年~28年, 2025~27年度, and two two-digit years before a time
 * particle (「27～28年に投入」, as a lone 「30年までに」; not 「10～15年かかる」「今後10～15年で」).
 */
function yearRange(_g: Grammar): DateRule {
  // not when a month follows: 2015年から2018年2月 is a year → month range (refine/ranges.ts)
  const pattern = /(?<![0-9A-Za-z.])(?<y1>\d{4}|\d{2})\s?(?:年\s?)?(?:~|-|から)\s?(?<y2>\d{4}|\d{2})\s?年(?:(?<fy>度)|(?!\s?の?\s?(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s?月))/dg;
  return {
    id: 'ja.year_range',
    pattern,
    build(m, { text, grammar }) {
      const gr = m.groups as Groups;
      let y1 = Number(gr.y1);
      let y2 = Number(gr.y2);
      if (gr.y1!.length === 2) {
        if (gr.y2!.length !== 2 || !(gr.fy || twoDigitYearAsPoint(text, m.index, m.index + m[0].length, grammar))) return null;
        y1 = expandTwoDigitYear(y1);
        y2 = expandTwoDigitYear(y2);
      } else if (gr.y2!.length === 2) {
        y2 += y1 - (y1 % 100);
        if (y2 < y1) y2 += 100;
      }
      if (y1 < 1000 || y2 <= y1 || y2 - y1 > 100) return null;
      const kind: PointKind = gr.fy ? 'fiscal_year' : 'year';
      const end = m.index + m[0].length;
      if (jaNonDateAfter(text, end, 'year', kind, grammar) || movesDate(grammar.ja.changeAfter, m[0], text, end)) return null;
      return { from: { kind, year: y1 }, to: { kind, year: y2 } };
    },
  };
}

const QUARTER_OF_MONTHS: Record<string, 1 | 2 | 3 | 4> = { '1-3': 1, '4-6': 2, '7-9': 3, '10-12': 4 };

/** 2025年1~7月, 1~3月, 2025年1-3月期 (→ 2025-Q1), 今年4~6月. */
function monthRange(g: Grammar, guard: Guard): DateRule {
  const pattern = new RegExp(
    `${guard(jaYearFirstChars(g) + DIGITS)}(?<![0-9A-Za-z.,/'年])(?:${jaYearSource(g)}\\s?(?:の\\s?)?)?(?<m1>\\d{1,2})\\s?(?:月\\s?)?(?:~|-|から)\\s?(?<m2>\\d{1,2})\\s?月(?<ki>期)?`,
    'gd',
  );
  return {
    id: 'ja.month_range',
    pattern,
    // m1 \s? (月\s?)? before the connective
    anchor: jaConnectiveAnchor(g, 2 + 1 + 2, jaYearFirstChars(g) + DIGITS),
    build(m, { text, grammar }) {
      const gr = m.groups as Groups;
      const { hasYear, y } = optionalJaYear(gr, grammar);
      if (hasYear && (!y || y.fiscal)) return null;
      const m1 = Number(gr.m1);
      const m2 = Number(gr.m2);
      if (m1 < 1 || m1 > 12 || m2 < 1 || m2 > 12 || m1 === m2) return null;
      if (jaNonDateBefore(text, m.index, grammar)) return null;
      const end = m.index + m[0].length;
      if (movesDate(grammar.ja.changeAfter, m[0], text, end)) return null;
      const quarter = gr.ki ? QUARTER_OF_MONTHS[`${m1}-${m2}`] : undefined;
      if (!gr.ki && jaNonDateAfter(text, end, 'month', 'month', grammar)) return null;
      const from: Point = { kind: 'month', month: m1 };
      if (y?.year !== undefined) from.year = y.year;
      if (y?.rel) from.rel = y.rel;
      if (y?.sameYear) sameYearOf(from, y);
      if (quarter) {
        const q: Point = { ...from, kind: 'quarter', quarter };
        delete q.month;
        return { from: q, rule: 'ja.month_range.quarter' };
      }
      const to: Point = { ...from, month: m2 };
      if (m2 < m1 && to.year !== undefined) to.year += 1; // 11~2月
      const built: Built = { from, to };
      if (y && (y.rel || y.sameYear)) built.fallbackStart = groupStart(m, 'm1');
      return built;
    },
  };
}

/** 7月1~15日, 2017年1月4日から22日, 一月十日から十二日. */
function dayRange(g: Grammar, guard: Guard): DateRule {
  const pattern = new RegExp(
    `${guard(jaYearFirstChars(g) + DIGITS + KANJI_SMALL_CHARS)}(?<![0-9A-Za-z.,/'年])(?:${jaYearSource(g)}\\s?(?:の\\s?)?)?(?<m>${MONTH_NUM})\\s?月\\s?(?:の\\s?)?(?<d1>${DAY_NUM})\\s?(?:日\\s?)?(?:\\([${g.alt.jaWeekdayChars}]\\)\\s?)?(?:~|-|から)\\s?(?<d2>${DAY_NUM})\\s?日`,
    'gd',
  );
  return {
    id: 'ja.day_range',
    needs: ['~', '-', 'から'],
    pattern,
    // m \s? 月 \s? (の\s?)? d1 \s? (日\s?)? (\(曜\)\s?)? before the connective
    anchor: jaConnectiveAnchor(g, 3 + 1 + 1 + 1 + 2 + 3 + 1 + 2 + 4, jaYearFirstChars(g) + DIGITS + KANJI_SMALL_CHARS),
    build(m, { text, grammar }) {
      const gr = m.groups as Groups;
      const { hasYear, y } = optionalJaYear(gr, grammar);
      if (hasYear && (!y || y.fiscal)) return null;
      const month = num(gr.m);
      const d1 = num(gr.d1);
      const d2 = num(gr.d2);
      if (month === undefined || d1 === undefined || d2 === undefined || d2 <= d1) return null;
      const from = jaPoint(y, month, d1);
      const to = jaPoint(y, month, d2);
      if (!from || !to) return null;
      const end = m.index + m[0].length;
      if (jaNonDateAfter(text, end, 'day', 'day', grammar)) return null;
      const built: Built = { from, to };
      if (y && (y.rel || y.sameYear)) built.fallbackStart = groupStart(m, 'm');
      return built;
    },
  };
}


/** The Japanese rules; `guards: false` builds them without start guards (for the test that they change nothing). */
export function jaRules(g: Grammar, options: { guards?: boolean } = {}): DateRule[] {
  const guard: Guard = options.guards === false ? () => '' : startGuard;
  return [
    fiscalPeriod(g, guard),
    quarter(g, guard),
    week(g, guard),
    dayRange(g, guard),
    monthRange(g, guard),
    yearRange(g),
    fullDate(g),
    decade(g),
    century(g),
    monthDay(g),
    bareDay(g),
  ];
}
