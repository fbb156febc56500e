/**
 * Relative dates (今日, 来月, 先週の金曜日, next week, last Friday) and fixed-date holidays
 * (元日, Christmas). A relative date is a mention only when the document has a date to count
 * from (anchor.ts drops it otherwise, RECORDS.md §2); a holiday is a year-less date.
 */
import type { Grammar, RelativePeriod } from '../grammar.ts';
import type { Point } from '../model.ts';
import type { DateRule, Built } from './rule.ts';
import { DAY_NUM, MONTH_NUM } from './ja-parts.ts';
import { groupStart, num } from './rule.ts';
import { isHiragana } from '../../../text/chars.ts';
import { startsWithAny } from './text-context.ts';

type Groups = Record<string, string | undefined>;

/** 今日, 昨日, 明日, 今月, 先月, 今週, 来週 (relative years are read by ja.date). */
function jaRelativeWord(g: Grammar): DateRule {
  const words = [g.alt.jaRelDays, g.alt.jaRelMonths, g.alt.jaRelWeeks].filter(Boolean).join('|');
  return {
    id: 'ja.relative',
    pattern: new RegExp(`(?<w>${words})`, 'dg'),
    build(m, { text, grammar }) {
      const w = m.groups!.w!;
      const start = m.index;
      const end = start + w.length;
      if (isHiragana(w.charCodeAt(0))) {
        // hiragana words (きょう, あす) only as whole words: きょうかい is not a date
        if (start > 0 && isHiragana(text.charCodeAt(start - 1))) return null;
        if (end < text.length && isHiragana(text.charCodeAt(end)) && !startsWithAny(text, end, grammar.ja.particles)) return null;
      }
      const d = grammar.ja.relDays.get(w);
      if (d !== undefined) return { from: { kind: 'day', rel: { unit: 'day', offset: d } } };
      const mo = grammar.ja.relMonths.get(w);
      if (mo !== undefined) return { from: { kind: 'month', rel: { unit: 'month', offset: mo } } };
      const wk = grammar.ja.relWeeks.get(w);
      if (wk !== undefined) return { from: { kind: 'week', rel: { unit: 'week', offset: wk } } };
      return null;
    },
  };
}

/**
 * 上期 / 下期 / 上半期 / 下半期 standing alone in a company story (「上期に低迷したが、下期に入って
 * 持ち直した」): a half of the current fiscal year, as 今期上期 (ja.yaml suffix_modifiers with a
 * half that end in 期). After a year or 今期 they are that year's suffix, not this rule.
 */
function jaBareFiscalHalf(g: Grammar): DateRule {
  const halves = new Map(g.ja.suffixModifiers.filter((m) => m.half !== undefined && m.text.endsWith('期')).map((m) => [m.text, m.half!] as const));
  const words = [...halves.keys()].sort((a, b) => b.length - a.length);
  return {
    id: 'ja.bare_fiscal_half',
    needs: words,
    // (not after a year, a number, another period word or any kanji: 2025年度上期, 今期上期, 同上期)
    pattern: new RegExp(`(?<![0-9０-９年度期\\p{Script=Han}ー・])(?<w>${words.join('|')})(?![間報\\p{Script=Katakana}])`, 'dgu'),
    build(m) {
      const half = halves.get(m.groups!.w!);
      return half ? { from: { kind: 'fiscal_half', half, rel: { unit: 'fiscal_year', offset: 0 } } } : null;
    },
  };
}

/** 今月31日, 来月の二十日, 先月15日. */
function jaRelativeMonthDay(g: Grammar): DateRule {
  return {
    id: 'ja.relative.month_day',
    pattern: new RegExp(`(?<w>${g.alt.jaRelMonths})\\s?(?:の\\s?)?(?<d>${DAY_NUM})\\s?日`, 'dg'),
    build(m, { grammar }) {
      const gr = m.groups as Groups;
      const day = num(gr.d);
      if (day === undefined || day < 1 || day > 31) return null;
      const offset = grammar.ja.relMonths.get(gr.w!) ?? 0;
      return { from: { kind: 'day', day, rel: { unit: 'month', offset } }, fallbackStart: groupStart(m, 'd') };
    },
  };
}

/** 金曜日, 来週の火曜日, 先週の月曜日 (with a document date only). */
function jaWeekday(g: Grammar): DateRule {
  return {
    id: 'ja.weekday',
    needs: ['曜'],
    pattern: new RegExp(
      `(?:(?<w>${g.alt.jaRelWeeks})\\s?(?:の\\s?)?|(?<![\\u4e00-\\u9fff々]))(?<wd>[${g.alt.jaWeekdayChars}])曜(?:日)?`,
      'dg',
    ),
    build(m, { grammar }) {
      const gr = m.groups as Groups;
      const weekday = grammar.ja.weekdays.get(gr.wd!)!;
      const p: Point = { kind: 'day', weekday };
      if (gr.w) p.rel = { unit: 'week', offset: grammar.ja.relWeeks.get(gr.w) ?? 0 };
      return { from: p };
    },
  };
}

const isWordChar = (c: number) =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0x3041 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff);

/**
 * A weekday standing alone in brackets, as in a schedule: "(木)", "・(金) 説明会" (with a
 * document date only). Next to a date it is part of that date ("1月30日(木)", refine/weekdays);
 * after or before a word it is something else ("トヨタ(日)" = Japan, "(金)価格" = gold).
 */
function jaBracketWeekday(g: Grammar): DateRule {
  return {
    id: 'ja.weekday.bracket',
    pattern: new RegExp(`\\((?<wd>[${g.alt.jaWeekdayChars}])\\)`, 'dg'),
    build(m, { text, grammar }) {
      const start = m.index;
      const end = start + m[0].length;
      if (start > 0 && isWordChar(text.charCodeAt(start - 1))) return null;
      if (end < text.length) {
        const c = text.charCodeAt(end);
        if (isWordChar(c) && !(c >= 48 && c <= 57)) return null;
      }
      const weekday = grammar.ja.weekdays.get(m.groups!.wd!);
      if (weekday === undefined) return null;
      return { from: { kind: 'day', weekday } };
    },
  };
}

/** An optional year after a holiday: "Christmas 2025", "Thanksgiving of 2010". */
const HOLIDAY_YEAR = '(?:\\s+(?:of\\s+)?(?<y>[12]\\d{3})(?![0-9]|[.,]\\d))?';

/** Do all these names start with a Latin letter (so that every match of their rule does)? */
const allLatin = (names: Iterable<string>) => [...names].every((n) => /^[A-Za-z]/.test(n));

function movableHolidays(id: string, alt: string, table: ReadonlyMap<string, { month: number; weekday: number; nth: number }>, flags: string): DateRule {
  return {
    id,
    pattern: new RegExp(`(?<![A-Za-z])(?<h>${alt})(?![A-Za-z])${HOLIDAY_YEAR}`, flags),
    latinWord: allLatin(table.keys()),
    build(m) {
      const raw = m.groups!.h!;
      const h = table.get(raw.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ')) ?? table.get(raw);
      if (!h) return null;
      const p: Point = { kind: 'day', month: h.month, weekday: h.weekday, nth: h.nth };
      if (m.groups!.y !== undefined) p.year = Number(m.groups!.y);
      return { from: p };
    },
  };
}

function holidays(id: string, alt: string, table: ReadonlyMap<string, { month: number; day: number }>, flags: string): DateRule {
  return {
    id,
    pattern: new RegExp(`(?<![A-Za-z])(?<h>${alt})(?![A-Za-z])${HOLIDAY_YEAR}`, flags),
    latinWord: allLatin(table.keys()),
    build(m) {
      const h = table.get(m.groups!.h!.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ')) ?? table.get(m.groups!.h!);
      if (!h) return null;
      const p: Point = { kind: 'day', month: h.month, day: h.day };
      if (m.groups!.y !== undefined) p.year = Number(m.groups!.y);
      return { from: p };
    },
  };
}

/**
 * Movable holidays whose day the library computes (seeds/dates/holidays.yaml): 春節, 2017年の中秋節,
 * Easter 2018, Chinese New Year. The year before (Japanese) or after (English) joins the mention.
 */
const JA_YEAR_BEFORE = /(?<![0-9])([12]\d{3})\s?年\s?(?:の\s?)?$/;

function computedHolidays(id: string, alt: string, table: ReadonlyMap<string, string>, ja: boolean): DateRule {
  // Japanese: the names start the match (cheap); a year before them is read by looking back
  const pattern = ja
    ? new RegExp(`(?<h>${alt})`, 'dg')
    : new RegExp(`(?<![A-Za-z])(?<h>${alt})(?![A-Za-z])${HOLIDAY_YEAR}`, 'gid');
  return {
    id,
    pattern,
    latinWord: !ja && allLatin(table.keys()),
    build(m, { text, grammar }) {
      const gr = m.groups as Groups;
      const rule = table.get(ja ? gr.h! : gr.h!.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' '));
      if (!rule) return null;
      // a one-word English name in lower case is a holiday only after a date word ("next
      // easter", "on easter"), not in "that easter egg"
      if (!ja && !/\s/.test(gr.h!) && !/^[A-Z]/.test(gr.h!)) {
        const before = /([A-Za-z]+)\s+$/.exec(text.slice(Math.max(0, m.index - 16), m.index))?.[1]?.toLowerCase();
        if (!before || !(grammar.en.prepositions.has(before) || grammar.en.relWords.has(before) || before === 'following')) return null;
      }
      const p: Point = { kind: 'day', holiday: rule };
      const y = gr.jy ?? gr.y;
      if (y !== undefined) p.year = Number(y);
      const built: Built = { from: p };
      if (ja) {
        const before = JA_YEAR_BEFORE.exec(text.slice(Math.max(0, m.index - 8), m.index));
        if (before) {
          p.year = Number(before[1]);
          built.start = m.index - before[0].length;
        }
      }
      if (!ja && y === undefined) {
        // next Easter, the previous Chinese New Year: the occurrence after / before the document date
        const lo = Math.max(0, m.index - 12);
        const w = /(?<![A-Za-z])(next|following|coming|upcoming|previous|last)\s+$/i.exec(text.slice(lo, m.index));
        if (w) {
          const word = w[1]!.toLowerCase();
          p.holidayDir = word === 'previous' || word === 'last' ? -1 : 1;
          built.start = lo + w.index;
        }
      }
      return built;
    },
  };
}

/** today, yesterday, tomorrow, the day after tomorrow. */
function enRelativeDay(g: Grammar): DateRule {
  return {
    id: 'en.relative.day',
    latinWord: true,
    pattern: new RegExp(`(?<![A-Za-z])(?<w>${g.alt.enRelDays})(?![A-Za-z])`, 'gid'),
    build(m, { grammar }) {
      const offset = grammar.en.relDays.get(m.groups!.w!.toLowerCase().replace(/\s+/g, ' '));
      if (offset === undefined) return null;
      return { from: { kind: 'day', rel: { unit: 'day', offset } } };
    },
  };
}

/** this year, last month, next week, this quarter, last fiscal year, this calendar year. */
function enRelativeUnit(g: Grammar): DateRule {
  return {
    id: 'en.relative.unit',
    latinWord: true,
    pattern: new RegExp(
      `(?<![A-Za-z])(?<w>${g.alt.enRelWords})\\s+(?:(?<f>fiscal\\s+)|calendar\\s+)?(?<u>year|month|week|quarter)(?![A-Za-z])(?!\\s+of\\b)`,
      'gid',
    ),
    build(m, { grammar }): Built | null {
      const gr = m.groups as Groups;
      const offset = grammar.en.relWords.get(gr.w!.toLowerCase().replace(/\s+/g, ' '));
      if (offset === undefined) return null;
      const built = unitPoint(gr, offset);
      // a leading "the" is outside the span (RECORDS.md §2): "the coming week" → "coming week"
      const the = /^the\s+/i.exec(gr.w!);
      if (built && the) built.start = m.index + the[0].length;
      // "the previous year" is 前年 (RECORDS.md §2, anaphoric dates): counted from the date before it when
      // there is one ("sued in 2022 over … the previous year" → 2021), else from the document date
      const unit = gr.u!.toLowerCase();
      if (built && !gr.f && /previous$/i.test(gr.w!) && (unit === 'year' || unit === 'month' || unit === 'quarter')) {
        built.from.ana = { unit: unit as 'year' | 'month' | 'quarter', offset, orRelative: true };
      }
      return built;
    },
  };
}

function unitPoint(gr: Groups, offset: number): Built | null {
  const unit = gr.u!.toLowerCase();
  if (unit === 'year') {
    return gr.f
      ? { from: { kind: 'fiscal_year', rel: { unit: 'fiscal_year', offset } } }
      : { from: { kind: 'year', rel: { unit: 'year', offset } } };
  }
  if (gr.f) return null;
  if (unit === 'month') return { from: { kind: 'month', rel: { unit: 'month', offset } } };
  if (unit === 'week') return { from: { kind: 'week', rel: { unit: 'week', offset } } };
  return { from: { kind: 'quarter', rel: { unit: 'quarter', offset } } };
}

/** Friday, on Tue., next Monday, last Friday, this Friday (with a document date only). */
function enWeekday(g: Grammar): DateRule {
  return {
    id: 'en.weekday',
    latinWord: true,
    pattern: new RegExp(`(?<![A-Za-z])(?:(?<w>this\\s+coming|this|next|last|coming|upcoming)\\s+)?(?<wd>${g.alt.enWeekdays})(?![A-Za-z])`, 'gid'),
    build(m, { text, grammar }) {
      const gr = m.groups as Groups;
      const name = gr.wd!;
      const weekday = grammar.en.weekdays.get(name.toLowerCase());
      if (weekday === undefined) return null;
      const full = name.length > 4;
      const capital = name.charCodeAt(0) >= 65 && name.charCodeAt(0) <= 90;
      const end = m.index + m[0].length;
      // "sun", "sat", "wed" alone are words; "on tues", "Tue." are weekdays
      const abbreviationOk =
        (capital && (text[end] === '.' || text[end] === ',' || /^\s+[0-3]?\d(?:st|nd|rd|th)(?![A-Za-z])(?!\s+(?:quarter|half|century|place|time|largest|biggest)\b)/i.test(text.slice(end, end + 24)))) ||
        (name.length >= 4 && /(?:^|[^A-Za-z])on\s+$/i.test(text.slice(Math.max(0, m.index - 4), m.index)));
      if (!gr.w && !full && !abbreviationOk) return null;
      const p: Point = { kind: 'day', weekday };
      if (gr.w) {
        const w = gr.w.toLowerCase();
        p.rel = w === 'this' ? { unit: 'week', offset: 0 } : { unit: 'week', offset: 0, dir: w === 'last' ? -1 : 1 };
      }
      return { from: p };
    },
  };
}

/** 第3火曜日, 来月の第2月曜日, 4月最後の月曜日, 今月の最初の金曜日 (with a document date only). */
function jaNthWeekday(g: Grammar): DateRule {
  return {
    id: 'ja.nth_weekday',
    needs: ['曜'],
    pattern: new RegExp(
      `(?:(?<rm>${g.alt.jaRelMonths})\\s?(?:の\\s?)?|(?<m>${MONTH_NUM})\\s?月\\s?(?:の\\s?)?)?(?:第\\s?(?<n>[1-5一二三四五])\\s?(?:の\\s?)?|(?<o>${g.alt.jaWeekdayOrdinals})\\s?)(?<wd>[${g.alt.jaWeekdayChars}])曜(?:日)?`,
      'dg',
    ),
    build(m, { grammar }) {
      const gr = m.groups as Groups;
      const nth = gr.n !== undefined ? num(gr.n) : grammar.ja.weekdayOrdinals.get(gr.o!);
      const weekday = grammar.ja.weekdays.get(gr.wd!);
      if (nth === undefined || weekday === undefined) return null;
      const p: Point = { kind: 'day', weekday, nth };
      if (gr.m !== undefined) {
        const month = num(gr.m);
        if (month === undefined || month < 1 || month > 12) return null;
        p.month = month;
      } else {
        p.rel = { unit: 'month', offset: gr.rm !== undefined ? grammar.ja.relMonths.get(gr.rm) ?? 0 : 0 };
      }
      return { from: p };
    },
  };
}

/** A part (mod) of the document date's year, fiscal year or month. */
function periodOfDocumentDate(period: RelativePeriod): Built {
  const built: Built = { from: { kind: period.unit, rel: { unit: period.unit, offset: 0 } } };
  if (period.mod !== 'none') built.mod = period.mod;
  return built;
}

/** 年末, 年初, 年内, 年度末, 月末 alone: a part of the document date's year or month. */
function jaRelativePeriod(g: Grammar): DateRule {
  return {
    id: 'ja.relative.period',
    pattern: new RegExp(`(?<![0-9〇一二三四五六七八九十\\u4e00-\\u9fff])(?<w>${g.alt.jaRelPeriods})(?!来)`, 'dg'),
    build(m, { grammar }): Built | null {
      const period = grammar.ja.relPeriods.get(m.groups!.w!);
      return period ? periodOfDocumentDate(period) : null;
    },
  };
}

/**
 * "the end of the year", "year-end", "the rest of the year" alone: a part of the document date's
 * year or month, as 年末 and 年内 are (not before a year: "year-end 2025" is that year's).
 */
function enRelativePeriod(g: Grammar): DateRule | null {
  if (!g.alt.enRelPeriods) return null;
  return {
    id: 'en.relative.period',
    pattern: new RegExp(`(?<![A-Za-z-])(?<w>${g.alt.enRelPeriods})(?![A-Za-z-]|\\s+(?:of\\s+)?'?\\d)`, 'dgi'),
    build(m, { grammar }): Built | null {
      const period = grammar.en.relPeriods.get(m.groups!.w!.toLowerCase().replace(/\s+/g, ' '));
      if (!period) return null;
      // "year-end results", "a mid-year review": an adjective, no date
      if (!period.beforeNoun && /^\s+[A-Za-z]/.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 2))) return null;
      return periodOfDocumentDate(period);
    },
  };
}

export function relativeRules(g: Grammar): DateRule[] {
  return [
    jaBareFiscalHalf(g),
    jaNthWeekday(g),
    jaRelativePeriod(g),
    jaRelativeMonthDay(g),
    jaWeekday(g),
    jaBracketWeekday(g),
    jaRelativeWord(g),
    movableHolidays('ja.holiday.movable', g.alt.jaMovableHolidays, g.ja.movableHolidays, 'dg'),
    holidays('ja.holiday', g.alt.jaHolidays, g.ja.holidays, 'dg'),
    computedHolidays('ja.holiday.computed', g.alt.jaComputedHolidays, g.ja.computedHolidays, true),
    enRelativeUnit(g),
    ...[enRelativePeriod(g)].filter((r): r is DateRule => r !== null),
    enRelativeDay(g),
    enWeekday(g),
    movableHolidays('en.holiday.movable', g.alt.enMovableHolidays, g.en.movableHolidays, 'gid'),
    holidays('en.holiday', g.alt.enHolidays, g.en.holidays, 'gid'),
    computedHolidays('en.holiday.computed', g.alt.enComputedHolidays, g.en.computedHolidays, false),
  ];
}
