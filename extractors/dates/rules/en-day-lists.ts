/**
 * Days listed with one month name: "June 18 and 19", "18 and 19 June", "March 3, 4 and 5". The
 * day written with the month is read by monthDayYear / dayMonthYear (en.ts); these rules read
 * the other days, each a mention of its own (as 「6月18日と19日」 gives 6月18日 and 19日), the
 * month — and a year after the list — shared.
 */
import type { Grammar } from '../grammar.ts';
import type { Point } from '../model.ts';
import { type Built, type DateRule } from './rule.ts';
import { YEAR, readMonthDayYear, type Groups } from './en-parts.ts';

/** Between two days of a list: "18 and 19", "18, 19", "18 & 19", "18 or 19". */
const DAY_JOIN = '(?:,?\\s+and\\s+|\\s*,\\s*|\\s+&\\s+|\\s+or\\s+)';
const BARE_DAY = '[0-3]?\\d(?:st|nd|rd|th)?';

/** The day of a list, its month and year read around it; a month name in capitals only ("Model 3 and 4 June" is no list of days). */
function listedDay(grammar: Grammar, gr: Groups): Built | null {
  if (gr.mon![0] !== gr.mon![0]!.toUpperCase()) return null;
  const read = readMonthDayYear(grammar, gr);
  if (!read) return null;
  const from: Point = { kind: 'day', month: read.month, day: read.day };
  if (read.year !== undefined) from.year = read.year;
  return { from };
}

/** "June 18 and 19(, 2025)": the day after the first, its month before it. */
function laterDays(g: Grammar): DateRule {
  // (?=\d)(?<=[\s,]) first: the list's lookbehind is tried only at a digit after a space or a
  // comma (where every join ends), not at every position (50 → 14 ms over the 5 MB English bench corpus)
  const pattern = new RegExp(
    `(?=\\d)(?<=[\\s,])(?<=(?<![A-Za-z])(?<mon>${g.alt.enMonths})\\.?\\s+${BARE_DAY}(?:${DAY_JOIN}${BARE_DAY})*${DAY_JOIN})(?<d>[0-3]?\\d)(?:st|nd|rd|th)?(?![0-9A-Za-z]|[.,:]\\d)(?:,?\\s+${YEAR})?`,
    'gid',
  );
  return {
    id: 'en.month_day_list',
    pattern,
    scriptAround: true,
    build: (m, { grammar }) => listedDay(grammar, m.groups as Groups),
  };
}

/** "18 and 19 June(, 2025)": a day before the last, its month after the list. */
function earlierDays(g: Grammar): DateRule {
  const pattern = new RegExp(
    `(?<![0-9A-Za-z.,$])(?<d>[0-3]?\\d)(?:st|nd|rd|th)?(?=(?:${DAY_JOIN}${BARE_DAY})+\\s+(?:of\\s+)?(?<mon>${g.alt.enMonths})(?![A-Za-z])(?:\\.?(?:\\s*,\\s*|\\s+)${YEAR})?)`,
    'gid',
  );
  return {
    id: 'en.day_list_month',
    pattern,
    scriptAround: true,
    build: (m, { grammar }) => listedDay(grammar, m.groups as Groups),
  };
}

export function dayLists(g: Grammar): DateRule[] {
  return [laterDays(g), earlierDays(g)];
}
