/**
 * A year-less date and the year written after it are one mention (RECORDS.md §2: composite
 * forms): "fourth of July of 1995", "26 June to 28 June in 2020", "5/1-5/7, 2020", "Q1 of
 * 2017", "week 27 of last year", "Independence Day of this year", "Q3 this year", "March next
 * year", and the year before it with
 * a possessive: "next year's first quarter".
 */
import type { Candidate, Point } from '../model.ts';

const AFTER = /^(?:[ \t]*,[ \t]*|[ \t]+(?:of|in)[ \t]+)$/i;
const POSSESSIVE = /^['’]s[ \t]+$/;

/** A point whose calendar year is missing but which names a part of a year. */
const yearless = (p: Point) =>
  p.year === undefined &&
  p.rel === undefined &&
  !p.ana &&
  !p.sameYear &&
  (p.weekday === undefined || p.nth !== undefined) &&
  (p.month !== undefined || p.quarter !== undefined || p.half !== undefined || p.week !== undefined || p.holiday !== undefined) &&
  p.kind !== 'year' &&
  p.kind !== 'decade' &&
  p.kind !== 'century';

/** A plain (or relative) calendar year: 2020, this year, last year. */
const isYear = (c: Candidate) =>
  !c.to && !c.open && !c.mod && c.from.kind === 'year' && (c.from.year !== undefined || (c.from.rel?.unit === 'year' && !c.from.rel.dir));

function withYear(p: Point, year: Point): Point {
  const q: Point = { ...p };
  if (year.year !== undefined) q.year = year.year;
  else q.rel = { ...year.rel! };
  return q;
}

const monthKey = (p: Point) => (p.month ?? (p.quarter ? p.quarter * 3 - 2 : p.half ? p.half * 6 - 5 : 1)) * 32 + (p.day ?? 0);

function merge(date: Candidate, year: Candidate, start: number, end: number): Candidate {
  const out: Candidate = { ...date, start, end, rule: `${date.rule}+year`, from: withYear(date.from, year.from) };
  if (date.to) {
    const to = withYear(date.to, year.from);
    // 11 December to 2 January of 2025: the end runs into the next year
    if (monthKey(to) < monthKey(date.from)) {
      if (to.year !== undefined) to.year += 1;
      else if (to.rel) to.rel = { ...to.rel, offset: to.rel.offset + 1 };
    }
    out.to = to;
  }
  return out;
}

export function mergeYearOf(cands: readonly Candidate[], text: string): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < cands.length; i++) {
    const a = cands[i]!;
    const b = cands[i + 1];
    if (b && b.start - a.end <= 5 && !a.open) {
      const between = text.slice(a.end, b.start);
      // "the last Monday of July 2025", "Easter 2018": a bare space is enough after a named day
      // "Q3 this year", "March next year": a relative year after a space
      const named = a.from.nth !== undefined || a.from.holiday !== undefined || b.from.rel !== undefined;
      if (yearless(a.from) && (!a.to || yearless(a.to)) && isYear(b) && (AFTER.test(between) || (named && /^[ \t]+$/.test(between)))) {
        out.push(merge(a, b, a.start, b.end));
        i++;
        continue;
      }
      if (isYear(a) && !b.open && yearless(b.from) && !b.to && POSSESSIVE.test(between)) {
        out.push(merge(b, a, a.start, b.end));
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}
