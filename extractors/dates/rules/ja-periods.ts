/**
 * Japanese periods longer than a day or a month: quarters (第3四半期), fiscal periods
 * (2025年3月期), decades (1990年代), centuries (21世紀) and weeks (10月の第1週).
 */
import type { Grammar } from '../grammar.ts';
import type { Point } from '../model.ts';
import { expandTwoDigitYear } from '../calendar.ts';
import { type DateRule, type Built, num, groupStart } from './rule.ts';
import { DIGITS, KANJI_SMALL_CHARS, MONTH_NUM, jaYearFirstChars, jaYearSource, optionalJaYear, readJaYear, sameYearOf, type Guard } from './ja-parts.ts';
import { startsWithAny } from './text-context.ts';

type Groups = Record<string, string | undefined>;

const KANJI_QUARTER: Record<string, 1 | 2 | 3 | 4> = { '1': 1, '2': 2, '3': 3, '4': 4, 一: 1, 二: 2, 三: 3, 四: 4 };

/** 第3四半期, 2025年第3四半期, 2025年の第3四半期, 2025年度第2四半期 (→ FY2025-Q2). */
export function quarter(g: Grammar, guard: Guard): DateRule {
  const pattern = new RegExp(
    `${guard(jaYearFirstChars(g) + '第')}(?<![0-9A-Za-z.'])(?:${jaYearSource(g)}\\s?(?:の\\s?)?)?第\\s?(?<q>[1-4一二三四])\\s?四半期(?<cum>累計)?`,
    'gd',
  );
  return {
    id: 'ja.quarter',
    needs: ['四半期'],
    pattern,
    build(m, { grammar }) {
      const gr = m.groups as Groups;
      const { hasYear, y } = optionalJaYear(gr, grammar);
      if (hasYear && !y) return null;
      const q = KANJI_QUARTER[gr.q!]!;
      // 2025年度第2四半期: the fiscal year's quarter, written as the calendar's (2025-Q3)
      if (y?.fiscal && y.year !== undefined && !y.rel && !y.sameYear) return fiscalQuarter(y.year, 4, q, gr.cum !== undefined);
      const p: Point = { kind: y?.fiscal ? 'fiscal_quarter' : 'quarter', quarter: q };
      if (y?.year !== undefined) p.year = y.year;
      if (y?.rel) p.rel = y.rel;
      if (y?.sameYear) sameYearOf(p, y);
      const built: Built = { from: p };
      if (y && (y.rel || y.sameYear)) built.fallbackStart = groupStart(m, 'q')! - 1;
      return built;
    },
  };
}

/**
 * 2025年3月期 (the fiscal year ending March 2025 → FY2024), 2024年12月期 (→ FY2024), and a quarter
 * of it: 2026年3月期第1四半期 (→ FY2025-Q1, April–June 2025; the quarter of the fiscal year, not of
 * the calendar).
 */
export function fiscalPeriod(g: Grammar, guard: Guard): DateRule {
  const pattern = new RegExp(
    `${guard(jaYearFirstChars(g))}(?<![0-9A-Za-z.'])${jaYearSource(g)}\\s?(?<m>\\d{1,2})\\s?月期(?:\\s?(?:の\\s?)?第\\s?(?<q>[1-4一二三四])\\s?四半期(?<cum>累計)?)?`,
    'gd',
  );
  return {
    id: 'ja.fiscal_period',
    needs: ['月期'],
    pattern,
    build(m, { grammar }) {
      const gr = m.groups as Groups;
      const y = readJaYear(gr, grammar);
      const month = Number(gr.m);
      if (!y || y.fiscal || y.year === undefined || month < 1 || month > 12) return null;
      const year = month === 12 ? y.year : y.year - 1;
      // (a December year is the calendar year: its quarters are the calendar's)
      if (gr.q !== undefined) return fiscalQuarter(year, (month % 12) + 1, KANJI_QUARTER[gr.q]!, gr.cum !== undefined);
      return { from: { kind: 'fiscal_year', year } };
    },
  };
}

/** 1990年代, 90年代, 2020年代 (a year range; 前半/後半 via modifiers). */
export function decade(_g: Grammar): DateRule {
  return {
    id: 'ja.decade',
    needs: ['年代'],
    pattern: /(?<![0-9A-Za-z.])(?<y>\d{4}|\d{2})\s?年代/dg,
    build(m) {
      const raw = m.groups!.y!;
      let y = Number(raw);
      if (raw.length === 2) y = expandTwoDigitYear(y);
      if (y % 10 !== 0 || y < 1000) return null;
      return { from: { kind: 'decade', year: y } };
    },
  };
}

/** 19世紀, 二十一世紀. */
export function century(_g: Grammar): DateRule {
  return {
    id: 'ja.century',
    needs: ['世紀'],
    pattern: new RegExp(`(?<![0-9〇一二三四五六七八九十])(?<n>\\d{1,2}|${'[一二三四五六七八九十]{1,3}'})\\s?世紀`, 'dg'),
    build(m, { text, grammar }) {
      const n = num(m.groups!.n);
      if (n === undefined || n < 1 || n > 30) return null;
      if (startsWithAny(text, m.index + m[0].length, grammar.ja.nameSuffixes)) return null; // 21世紀ホールディングス
      return { from: { kind: 'century', century: n } };
    },
  };
}

const KANJI_WEEK: Record<string, number> = { '1': 1, '2': 2, '3': 3, '4': 4, '5': 5, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5 };

/** 2015年の第2週 (ISO week), 10月の第1週 (days 1–7), 2015年の最後の週, 今年の第1週. */
export function week(g: Grammar, guard: Guard): DateRule {
  const pattern = new RegExp(
    `${guard(jaYearFirstChars(g) + DIGITS + KANJI_SMALL_CHARS + '第最')}(?<![0-9A-Za-z.'])(?:${jaYearSource(g)}\\s?(?:の\\s?)?)?(?:(?<m>${MONTH_NUM})\\s?月\\s?(?:の\\s?)?)?(?:第\\s?(?<n>[1-5一二三四五])\\s?週|(?<last>最後の週|最終週))`,
    'gd',
  );
  return {
    id: 'ja.week',
    needs: ['週'],
    pattern,
    build(m, { grammar }) {
      const gr = m.groups as Groups;
      const { hasYear, y } = optionalJaYear(gr, grammar);
      if ((hasYear && (!y || y.fiscal)) || (!hasYear && gr.m === undefined)) return null;
      const p: Point = { kind: 'week', week: gr.last ? -1 : KANJI_WEEK[gr.n!]! };
      if (gr.m !== undefined) {
        const month = num(gr.m);
        if (month === undefined || month < 1 || month > 12) return null;
        p.month = month;
      }
      if (y?.year !== undefined) p.year = y.year;
      if (y?.rel) p.rel = y.rel;
      if (y?.sameYear) sameYearOf(p, y);
      return { from: p };
    },
  };
}

/**
 * Quarter `q` of the fiscal year starting in `startMonth` of `startYear`, written as the calendar
 * quarter it is (2026年3月期第3四半期 = October–December 2025 → 2025-Q4; RECORDS.md writes quarters
 * as "2025-Q3"), or as months when the fiscal year does not start a calendar quarter. 累計
 * (cumulative) runs from the fiscal year's first month to the end of the quarter.
 */
function fiscalQuarter(startYear: number, startMonth: number, q: 1 | 2 | 3 | 4, cumulative: boolean): Built {
  const first = startMonth - 1 + 3 * (q - 1);
  const year = startYear + Math.floor(first / 12);
  const month = (first % 12) + 1;
  const last = first + 2;
  const end: Point = { kind: 'month', year: startYear + Math.floor(last / 12), month: (last % 12) + 1 };
  if (cumulative) return { from: { kind: 'month', year: startYear, month: startMonth }, to: end };
  if ((month - 1) % 3 === 0) return { from: { kind: 'quarter', year, quarter: (((month - 1) / 3) + 1) as 1 | 2 | 3 | 4 } };
  return { from: { kind: 'month', year, month }, to: end };
}

