/**
 * Fill what the text leaves open from the document date (RECORDS.md §2): a year-less date
 * takes the year (and month) of the reading closest to the document date; a relative date
 * (来年, 先週, next Friday) is counted from it; 同年 takes the year of the previous date.
 * Without a document date, year-less dates keep "XXXX" and relative dates are dropped (or
 * shrink to their year-less part: 来年3月 → 3月).
 */
import type { AnchorDate, Candidate, Point } from './model.ts';
import { anchorDay, describeRelative, remember, resolveAnaphor, resolveHoliday, setDay, type Previous } from './anchor-parts.ts';
import {
  addMonths,
  dayNumber,
  daysInMonth,
  fiscalYearOf,
  fromDayNumber,
  isoWeekday,
  isValidDate,
  quarterOf,
} from './calendar.ts';

/** Parse "YYYY", "YYYY-MM" or "YYYY-MM-DD" (a DocumentDate value). */
export function parseAnchor(value: string | null | undefined): AnchorDate | null {
  if (!value) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value);
  if (!m) return null;
  const a: AnchorDate = { year: Number(m[1]) };
  if (m[2]) a.month = Number(m[2]);
  if (m[3]) a.day = Number(m[3]);
  return a;
}

function needsAnchor(p: Point): boolean {
  if (p.nth !== undefined && p.rel === undefined && p.year !== undefined && p.month !== undefined) return false;
  return p.rel !== undefined || p.sameYear === true || (p.weekday !== undefined && p.day === undefined);
}

/** The n-th weekday of a month (-1 = the last) → the point's day; false when the month has none. */
function setNthWeekday(p: Point, ym: { year: number; month: number }): boolean {
  const last = daysInMonth(ym.year, ym.month);
  const n = p.nth!;
  const day =
    n > 0
      ? 1 + ((p.weekday! - isoWeekday(ym.year, ym.month, 1) + 7) % 7) + 7 * (n - 1)
      : last - ((isoWeekday(ym.year, ym.month, last) - p.weekday! + 7) % 7);
  if (day > last) return false;
  p.year = ym.year;
  p.month = ym.month;
  p.day = day;
  delete p.weekday;
  delete p.nth;
  return true;
}


/** Day number of the middle of a point's period, for "closest reading" comparisons. */
function midDay(p: Point, year: number, month?: number): number | null {
  switch (p.kind) {
    case 'day':
      return month === undefined || p.day === undefined ? null : dayNumber(year, month, p.day);
    case 'month':
      return month === undefined ? null : dayNumber(year, month, 15);
    case 'quarter':
      return dayNumber(year, (p.quarter ?? 1) * 3 - 1, 15);
    case 'half':
      return dayNumber(year, (p.half ?? 1) * 6 - 2, 1);
    default:
      return null;
  }
}

/** The year (and, for a bare day, month) of the reading closest to the anchor. */
function closestReading(p: Point, a: AnchorDate): void {
  if (p.kind === 'day' && p.month === undefined) {
    if (a.month === undefined || p.day === undefined) return;
    const target = anchorDay(a);
    let best: { year: number; month: number; dist: number } | null = null;
    for (const k of [0, -1, 1]) {
      const ym = addMonths(a.year, a.month, k);
      if (p.day > daysInMonth(ym.year, ym.month)) continue;
      const dist = Math.abs(dayNumber(ym.year, ym.month, p.day) - target);
      if (!best || dist < best.dist) best = { ...ym, dist };
    }
    if (best) {
      p.year = best.year;
      p.month = best.month;
    }
    return;
  }
  if (a.month === undefined) {
    p.year = a.year;
    return;
  }
  const target = anchorDay(a);
  let best: { year: number; dist: number } | null = null;
  for (const y of [a.year, a.year - 1, a.year + 1]) {
    if (p.kind === 'day' && p.month !== undefined && p.day !== undefined && !isValidDate(y, p.month, p.day)) continue;
    const d = midDay(p, y, p.month);
    if (d === null) continue;
    const dist = Math.abs(d - target);
    if (!best || dist < best.dist) best = { year: y, dist };
  }
  p.year = best ? best.year : a.year;
}

/**
 * A year-less month range (「4～12月期」 in a story of February 2026): the year whose range lies
 * closest to the anchor, measured to the range's nearer end (0 inside it), not to its start:
 * April–December 2025 (ended two months before) over April–December 2026 (starts two months after).
 */
function closestRangeReading(from: Point, to: Point, a: AnchorDate): void {
  if (from.kind !== 'month' || to.kind !== 'month' || from.month === undefined || to.month === undefined || a.month === undefined) return;
  const target = anchorDay(a);
  const wraps = to.month < from.month;
  let best: { year: number; dist: number } | null = null;
  for (const y of [a.year, a.year - 1, a.year + 1]) {
    const start = dayNumber(y, from.month, 1);
    const endYear = wraps ? y + 1 : y;
    const end = dayNumber(endYear, to.month, daysInMonth(endYear, to.month));
    const dist = target < start ? start - target : target > end ? target - end : 0;
    if (!best || dist < best.dist) best = { year: y, dist };
  }
  if (!best) return;
  from.year = best.year;
  to.year = wraps ? best.year + 1 : best.year;
}

/** Monday of the week containing the anchor, plus `weeks`. */
function mondayOf(a: AnchorDate, weeks: number): number {
  const n = dayNumber(a.year, a.month!, a.day!);
  return n - (isoWeekday(a.year, a.month!, a.day!) - 1) + weeks * 7;
}


/** Resolve a relative point in place; returns a range end when the point is a week. */
function resolveRelative(p: Point, a: AnchorDate, lastYear: number | undefined): Point | undefined | null {
  const hasDay = a.month !== undefined && a.day !== undefined;
  if (p.sameYear) {
    delete p.sameYear;
    const offset = p.yearOffset ?? 0;
    delete p.yearOffset;
    if (lastYear !== undefined) p.year = lastYear + offset;
    else closestReading(p, a);
    return undefined;
  }
  const rel = p.rel;
  if (p.weekday !== undefined && p.nth !== undefined && p.day === undefined) {
    // 第3火曜日 / the first Friday of July
    if (a.month === undefined) return null;
    let ym: { year: number; month: number };
    if (p.month !== undefined) {
      if (p.year === undefined) {
        const probe: Point = { kind: 'month', month: p.month };
        closestReading(probe, a);
        ym = { year: probe.year ?? a.year, month: p.month };
      } else {
        ym = { year: p.year, month: p.month };
      }
    } else {
      ym = addMonths(a.year, a.month, rel?.offset ?? 0);
    }
    if (!setNthWeekday(p, ym)) return null;
    delete p.rel;
    delete p.weekday;
    delete p.nth;
    return undefined;
  }
  if (p.weekday !== undefined && p.day === undefined) {
    if (!hasDay) return null;
    const today = dayNumber(a.year, a.month!, a.day!);
    let n: number;
    if (rel?.dir === 1) {
      n = today + 1;
      while (isoWeekday(fromDayNumber(n).year, fromDayNumber(n).month, fromDayNumber(n).day) !== p.weekday) n++;
    } else if (rel?.dir === -1) {
      n = today - 1;
      while (isoWeekday(fromDayNumber(n).year, fromDayNumber(n).month, fromDayNumber(n).day) !== p.weekday) n--;
    } else if (rel) {
      n = mondayOf(a, rel.offset) + p.weekday - 1;
    } else {
      const wd = isoWeekday(a.year, a.month!, a.day!);
      let diff = p.weekday - wd;
      if (diff > 3) diff -= 7;
      if (diff < -3) diff += 7;
      n = today + diff;
    }
    setDay(p, n);
    delete p.rel;
    delete p.weekday;
    p.kind = 'day';
    return undefined;
  }
  if (!rel) return undefined;
  delete p.rel;
  switch (rel.unit) {
    case 'day': {
      if (!hasDay) return null;
      if (rel.months) {
        // 2年1か月21日前: the months first (the day clipped to the month's length), then the days
        const ym = addMonths(a.year, a.month!, rel.months);
        const day = Math.min(a.day!, daysInMonth(ym.year, ym.month));
        setDay(p, dayNumber(ym.year, ym.month, day) + rel.offset);
        return undefined;
      }
      setDay(p, dayNumber(a.year, a.month!, a.day!) + rel.offset);
      return undefined;
    }
    case 'week': {
      if (!hasDay) return null;
      const monday = mondayOf(a, rel.offset);
      setDay(p, monday);
      p.kind = 'day';
      const end: Point = { kind: 'day' };
      setDay(end, monday + 6);
      return end;
    }
    case 'month': {
      if (a.month === undefined) return null;
      const ym = addMonths(a.year, a.month, rel.offset);
      p.year = ym.year;
      p.month = ym.month;
      if (p.kind === 'day' && p.day !== undefined && !isValidDate(ym.year, ym.month, p.day)) return null;
      return undefined;
    }
    case 'year':
      if (rel.dir && p.month !== undefined && a.month !== undefined) {
        // next June / last June: the first occurrence after / before the document date
        if (rel.dir === 1) p.year = p.month > a.month ? a.year : a.year + 1;
        else p.year = p.month < a.month ? a.year : a.year - 1;
      } else {
        p.year = a.year + rel.offset;
      }
      return undefined;
    case 'fiscal_year':
      if (a.month === undefined) return null;
      p.year = fiscalYearOf(a.year, a.month) + rel.offset;
      return undefined;
    case 'quarter': {
      if (a.month === undefined) return null;
      const idx = a.year * 4 + (quarterOf(a.month) - 1) + rel.offset;
      p.year = Math.floor(idx / 4);
      p.quarter = ((idx % 4) + 1) as 1 | 2 | 3 | 4;
      return undefined;
    }
  }
}

/** Monday of ISO week 1 of a year (the week with 4 January). */
function isoWeekOneMonday(year: number): number {
  return dayNumber(year, 1, 4) - (isoWeekday(year, 1, 4) - 1);
}

/** A calendar week (第2週, the last week of 2015, week 10) → a day range; false when invalid. */
function expandWeek(c: Candidate): boolean {
  const p = c.from;
  const n = p.week!;
  if (p.month !== undefined) {
    const last = daysInMonth(p.year ?? 2024, p.month);
    const d1 = n > 0 ? 1 + 7 * (n - 1) : last - 6;
    const d2 = n > 0 ? Math.min(7 * n, last) : last;
    if (d1 > last) return false;
    const from: Point = { kind: 'day', month: p.month, day: d1 };
    const to: Point = { kind: 'day', month: p.month, day: d2 };
    if (p.year !== undefined) from.year = to.year = p.year;
    c.from = from;
    c.to = to;
    return true;
  }
  if (p.year === undefined) return false;
  const weeks = Math.round((isoWeekOneMonday(p.year + 1) - isoWeekOneMonday(p.year)) / 7);
  const k = n > 0 ? n : weeks;
  if (k > weeks) return false;
  const monday = isoWeekOneMonday(p.year) + 7 * (k - 1);
  c.from = { kind: 'day' };
  setDay(c.from, monday);
  c.to = { kind: 'day' };
  setDay(c.to, monday + 6);
  return true;
}

/**
 * Anchor every candidate (in text order). Returns the candidates that remain mentions.
 */
export function anchorCandidates(cands: readonly Candidate[], doc: AnchorDate | null): Candidate[] {
  const out: Candidate[] = [];
  let lastYear: number | undefined;
  const prev: Previous = {};
  for (const c of cands) {
    if (c.from.ana) {
      const orRelative = c.from.ana.orRelative === true;
      const rel = orRelative ? undefined : describeRelative(c);
      const end = resolveAnaphor(c.from, prev);
      if (end === null && !orRelative) {
        out.push({ ...c, relative: rel });
        continue;
      }
      // (counted from the date before it: not from the document date as well)
      if (end !== null && orRelative) delete c.from.rel;
      if (end) c.to = end;
    }
    if (c.from.holiday !== undefined) {
      const rel = describeRelative(c);
      if (!resolveHoliday(c.from, doc)) {
        out.push({ ...c, relative: rel });
        continue;
      }
    }
    for (const p of c.to ? [c.from, c.to] : [c.from]) {
      if (p.sameYear && lastYear !== undefined) {
        p.year = lastYear + (p.yearOffset ?? 0);
        delete p.sameYear;
        delete p.yearOffset;
      }
    }
    // Thanksgiving 2010, the third Tuesday of July 2025: computable without a document date
    if (c.from.nth !== undefined && c.from.year !== undefined && c.from.month !== undefined && !c.from.rel) {
      if (!setNthWeekday(c.from, { year: c.from.year, month: c.from.month })) continue;
    }
    const open = needsAnchor(c.from) || (c.to !== undefined && needsAnchor(c.to));
    // Wednesday to Friday: the end weekday is the first one on or after the start
    const weekdayEnd = c.to !== undefined && c.to.weekday !== undefined && c.to.day === undefined && c.to.nth === undefined;
    if (open) {
      // counted from the document date (or the previous date): unresolved without one
      const rel = describeRelative(c);
      const from = doc ? resolveRelative(c.from, doc, lastYear) : null;
      if (from === null) {
        out.push({ ...c, relative: rel });
        continue;
      }
      if (from) c.to = from;
      if (c.to && c.to !== from) {
        const to = resolveRelative(c.to, doc!, lastYear);
        if (to === null) {
          out.push({ ...c, relative: rel });
          continue;
        }
        if (to) c.to = to;
      }
      if (weekdayEnd && c.to && c.to.kind === 'day' && c.from.kind === 'day' && c.to.year !== undefined && c.from.year !== undefined) {
        const a = dayNumber(c.from.year, c.from.month!, c.from.day!);
        const b = dayNumber(c.to.year, c.to.month!, c.to.day!);
        if (b < a) setDay(c.to, b + 7 * Math.ceil((a - b) / 7));
      }
    }
    if (doc && c.from.year === undefined && c.to && c.to.year === undefined) closestRangeReading(c.from, c.to, doc);
    if (doc && c.from.year === undefined && c.from.kind !== 'century') closestReading(c.from, doc);
    if (c.from.kind === 'week' && c.from.week !== undefined && !expandWeek(c)) continue;
    if (c.to && c.to.kind !== 'century') {
      if (c.to.year === undefined && c.from.year !== undefined) {
        c.to.year = c.from.year;
        if (c.to.kind === 'day' && c.to.month === undefined) c.to.month = c.from.month;
        if (
          c.to.kind === c.from.kind &&
          c.to.month !== undefined &&
          c.from.month !== undefined &&
          (c.to.month < c.from.month || (c.to.month === c.from.month && (c.to.day ?? 0) < (c.from.day ?? 0)))
        ) {
          c.to.year += 1;
        }
      } else if (c.to.year === undefined && doc) {
        closestReading(c.to, doc);
      }
    }
    // (a relative date resolved counts too: 「昨年4月4日…同年5月8日」 is the year 昨年 names)
    if (c.from.year !== undefined) lastYear = c.from.year;
    remember(prev, c.from);
    out.push(c);
  }
  return out;
}
