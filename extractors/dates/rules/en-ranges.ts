/** English date ranges (March 5-7, 2026 / Jan-Jul 2023) and weeks (the first week of October, week 10). */
import type { Grammar } from '../grammar.ts';
import type { Point } from '../model.ts';
import { isValidDate } from '../calendar.ts';
import { type DateRule, type Built } from './rule.ts';
import { YEAR, ambiguousLowercase, monthHead, monthNumber, type Groups } from './en-parts.ts';

const EN_TO = '(?:\\s*[-~]\\s*|\\s+(?:to|through|thru|until|till)\\s+)';

/** March 5-7, 2026 / November 19 to 20 / Jan-Jul 2023 / 4-22 January, 2017 (one range mention). */
export function partialRanges(g: Grammar): DateRule[] {
  const mon = (name: string) => `(?<${name}>${g.alt.enMonths})(?![A-Za-z])\\.?`;
  const day = (name: string) => `(?<${name}>[0-3]?\\d)(?:st|nd|rd|th)?(?![0-9A-Za-z]|[.,:]\\d)`;
  const year = `(?:(?:\\s*,\\s*|\\s+)${YEAR})?`;
  const finish = (m: RegExpExecArray, grammar: Grammar, month1: number, d1: number | undefined, month2: number, d2: number | undefined): Built | null => {
    const gr = m.groups as Groups;
    const y = gr.y !== undefined ? Number(gr.y) : undefined;
    const kind = d1 === undefined ? 'month' : 'day';
    const from: Point = { kind, month: month1 };
    const to: Point = { kind, month: month2 };
    if (d1 !== undefined) {
      from.day = d1;
      to.day = d2!;
      if (!isValidDate(y, month1, d1) || !isValidDate(y, month2, d2!)) return null;
    }
    if (month2 * 32 + (d2 ?? 0) <= month1 * 32 + (d1 ?? 0) && y === undefined) return null;
    if (y !== undefined) {
      to.year = y;
      from.year = month1 * 32 + (d1 ?? 0) < month2 * 32 + (d2 ?? 0) ? y : y - 1;
    }
    void grammar;
    return { from, to };
  };
  return [
    {
      id: 'en.month_day_range',
      head: monthHead(g),
      pattern: new RegExp(`(?<![A-Za-z])${mon('mon')}\\s*${day('d1')}${EN_TO}${day('d2')}${year}`, 'gid'),
      build(m, { grammar }) {
        const gr = m.groups as Groups;
        const month = monthNumber(grammar, gr.mon)!;
        const d1 = Number(gr.d1);
        const d2 = Number(gr.d2);
        if (d2 <= d1) return null;
        return finish(m, grammar, month, d1, month, d2);
      },
    },
    {
      id: 'en.day_range_month',
      pattern: new RegExp(`(?<![0-9A-Za-z.,$])${day('d1')}${EN_TO}${day('d2')}(?:\\s+of)?\\s+${mon('mon')}${year}`, 'gid'),
      build(m, { grammar }) {
        const gr = m.groups as Groups;
        const month = monthNumber(grammar, gr.mon)!;
        const d1 = Number(gr.d1);
        const d2 = Number(gr.d2);
        if (d2 <= d1 || (ambiguousLowercase(grammar, gr.mon!) && gr.y === undefined)) return null;
        return finish(m, grammar, month, d1, month, d2);
      },
    },
    {
      // "the January-March quarter" (of 2025): a calendar quarter when the months make one
      id: 'en.month_range_quarter',
      head: monthHead(g),
      pattern: new RegExp(`(?<![A-Za-z])${mon('mon')}(?:\\s*[-–]\\s*|-to-|\\s+to\\s+)${mon('mon2')}\\s+(?:quarter|period)(?:(?:\\s*,\\s*|\\s+(?:of\\s+)?)${YEAR})?`, 'gid'),
      build(m, { grammar }) {
        const gr = m.groups as Groups;
        const m1 = monthNumber(grammar, gr.mon)!;
        const m2 = monthNumber(grammar, gr.mon2)!;
        const y = gr.y !== undefined ? Number(gr.y) : undefined;
        if (m2 - m1 === 2 && (m1 - 1) % 3 === 0) {
          const from: Point = { kind: 'quarter', quarter: ((m1 - 1) / 3 + 1) as 1 | 2 | 3 | 4 };
          if (y !== undefined) from.year = y;
          return { from };
        }
        return finish(m, grammar, m1, undefined, m2, undefined);
      },
    },
    {
      id: 'en.month_range',
      head: monthHead(g),
      pattern: new RegExp(`(?<![A-Za-z])${mon('mon')}${EN_TO}${mon('mon2')}(?:\\s*,\\s*|\\s+)${YEAR}`, 'gid'),
      build(m, { grammar }) {
        const gr = m.groups as Groups;
        return finish(m, grammar, monthNumber(grammar, gr.mon)!, undefined, monthNumber(grammar, gr.mon2)!, undefined);
      },
    },
  ];
}

/** the first week of October, the last week of 2015, second week of 2015, week 10 (ISO week). */
export function weeks(g: Grammar): DateRule[] {
  return [
    {
      id: 'en.week',
      needs: ['week'],
      pattern: new RegExp(
        `(?<![A-Za-z0-9])(?<the>the\\s+)?(?<ord>${g.alt.enWeekdayOrdinals})\\s+week\\s+(?:of|in)\\s+(?:(?<mon>${g.alt.enMonths})(?![A-Za-z])${g.alt.enMonthPeriod}(?:,?\\s+${YEAR})?|(?<y2>[12]\\d{3})(?![0-9])|(?<rel>this|next|last)\\s+(?<ru>year|month)(?![A-Za-z]))`,
        'gid',
      ),
      build(m, { grammar }) {
        const gr = m.groups as Groups;
        const n = grammar.en.weekdayOrdinals.get(gr.ord!.toLowerCase());
        if (n === undefined) return null;
        const p: Point = { kind: 'week', week: n };
        const start = m.index + (gr.the?.length ?? 0);
        if (gr.mon) p.month = monthNumber(grammar, gr.mon)!;
        const y = gr.y ?? gr.y2;
        if (y !== undefined) p.year = Number(y);
        if (gr.rel) {
          const r = gr.rel.toLowerCase();
          const offset = r === 'next' ? 1 : r === 'last' ? -1 : 0;
          p.rel = { unit: gr.ru!.toLowerCase() === 'year' ? 'year' : 'month', offset };
        }
        return { from: p, start };
      },
    },
    {
      id: 'en.week_number',
    latinWord: true,
      needs: ['eek'],
      pattern: /(?<![A-Za-z])[Ww]eek\s+(?<n>[1-5]?\d)(?![0-9.,])(?:,?\s+(?:of\s+)?(?<y>[12]\d{3})(?![0-9]))?/dg,
      build(m) {
        const gr = m.groups as Groups;
        const n = Number(gr.n);
        if (n < 1 || n > 53) return null;
        const p: Point = { kind: 'week', week: n };
        if (gr.y !== undefined) p.year = Number(gr.y);
        else p.rel = { unit: 'year', offset: 0 };
        return { from: p };
      },
    },
  ];
}
