/** Parts shared by the English date rules (en.ts, en-ranges.ts): year and day patterns, month names. */
import type { Grammar } from '../grammar.ts';
import { isValidDate } from '../calendar.ts';
import { wordAfter, wordBefore } from './text-context.ts';

export type Groups = Record<string, string | undefined>;

export const YEAR = '(?<y>[12]\\d{3})(?![0-9]|[.,]\\d)';
const MONTH_HEADS = new WeakMap<Grammar, RegExp>();

/**
 * The head of the rules that open with (?<![A-Za-z])(?<mon>…): a month word at a word start
 * (or a longer word that begins like one). One scan finds these for all of them.
 */
export function monthHead(g: Grammar): RegExp {
  let head = MONTH_HEADS.get(g);
  if (!head) MONTH_HEADS.set(g, (head = new RegExp(`(?<![A-Za-z])(?:${g.alt.enMonths})`, 'gi')));
  return head;
}

export const DAY = '(?<d>[0-3]?\\d)(?:st|nd|rd|th)?(?![0-9A-Za-z]|[.,:]\\d)';

export function monthNumber(g: Grammar, name: string | undefined): number | undefined {
  return name === undefined ? undefined : g.en.months.get(name.toLowerCase());
}

export const isCapitalised = (s: string) => s.charCodeAt(0) >= 65 && s.charCodeAt(0) <= 90;

/** A lower-case month name that is also a common word (may, march) needs a year to be a date. */
export function ambiguousLowercase(g: Grammar, name: string): boolean {
  return !isCapitalised(name) && g.en.wordMonths.has(name.toLowerCase());
}

/** True when the word before `pos` is a date preposition ("in", "by", "since" …). */
export function afterPreposition(g: Grammar, text: string, pos: number): boolean {
  const w = wordBefore(text, pos);
  return w !== null && (g.en.prepositions.has(w.word) || g.en.yearContextWords.has(w.word));
}

export function yearFollowedByCount(g: Grammar, text: string, end: number): boolean {
  const w = wordAfter(text, end);
  return w !== null && g.en.countNouns.has(w);
}

/** Month name, day and optional year of a match (groups mon, d, y), or null for an impossible date. */
export function readMonthDayYear(grammar: Grammar, gr: Groups): { month: number; day: number; year: number | undefined } | null {
  const month = monthNumber(grammar, gr.mon)!;
  const day = Number(gr.d);
  const year = gr.y !== undefined ? Number(gr.y) : undefined;
  return isValidDate(year, month, day) ? { month, day, year } : null;
}
