/**
 * Parts of anchoring (anchor.ts) that are not the document-date arithmetic itself: what an
 * unresolved mention records as `relative`, anaphora (同日, 翌月, the same year) against the
 * nearest preceding date with the unit they need, and movable holidays from date-holidays.
 */
import type { AnchorDate, Candidate, Point } from './model.ts';
import { holidayDate } from './holiday-calendar.ts';
import { addMonths, dayNumber, fromDayNumber, isoWeekday } from './calendar.ts';

/** Day number of the anchor (mid-month / mid-year when the day or month is unknown). */
export function anchorDay(a: AnchorDate): number {
  return dayNumber(a.year, a.month ?? 7, a.day ?? (a.month ? 15 : 1));
}

export function setDay(p: Point, n: number): void {
  const d = fromDayNumber(n);
  p.year = d.year;
  p.month = d.month;
  p.day = d.day;
}

/** What an unresolved relative candidate is counted from (RECORDS.md §2 `relative`). */
export function describeRelative(c: Candidate): Record<string, unknown> {
  const one = (p: Point): Record<string, unknown> => {
    const r: Record<string, unknown> = {};
    if (p.rel) {
      r.unit = p.rel.unit;
      r.offset = p.rel.offset;
      if (p.rel.dir) r.direction = p.rel.dir;
      if (p.rel.months) r.months = p.rel.months;
    }
    if (p.sameYear) r.anaphora = 'year';
    if (p.holiday) r.holiday = p.holiday;
    if (p.ana) {
      r.anaphora = p.ana.unit;
      r.offset = p.ana.offset;
      if (p.ana.weekend) r.weekend = true;
    }
    for (const k of ['year', 'month', 'day', 'weekday', 'nth', 'half', 'quarter'] as const) if (p[k] !== undefined) r[k] = p[k];
    if (p.weekday !== undefined && !p.rel && p.nth === undefined) r.nearest = 'weekday';
    r.granularity = p.kind;
    return r;
  };
  const out = one(c.from);
  if (c.to) out.to = one(c.to);
  if (c.mod) out.mod = c.mod;
  return out;
}

/** The nearest preceding date mention at each granularity, for anaphora (同日, 同月, 同年, the following quarter). */
export interface Previous {
  year?: number;
  /** A calendar quarter: one named (Q1 2025), or the one a month or day falls in. */
  quarter?: { year: number; quarter: number };
  month?: { year: number; month: number };
  day?: number;
}

export function remember(prev: Previous, p: Point): void {
  if (p.year === undefined || p.kind === 'century') return;
  prev.year = p.kind === 'decade' ? undefined : p.year;
  if (p.kind === 'quarter' && p.quarter !== undefined) prev.quarter = { year: p.year, quarter: p.quarter };
  if (p.month !== undefined && (p.kind === 'month' || p.kind === 'day')) {
    prev.month = { year: p.year, month: p.month };
    prev.quarter = { year: p.year, quarter: Math.ceil(p.month / 3) };
    if (p.kind === 'day' && p.day !== undefined) prev.day = dayNumber(p.year, p.month, p.day);
  }
}

/** Resolve an anaphoric point in place; a week gives the range end; null when nothing precedes it. */
export function resolveAnaphor(p: Point, prev: Previous): Point | undefined | null {
  const a = p.ana!;
  delete p.ana;
  switch (a.unit) {
    case 'year':
      if (prev.year === undefined) return null;
      p.year = prev.year + a.offset;
      return undefined;
    case 'quarter': {
      if (!prev.quarter) return null;
      const n = prev.quarter.year * 4 + (prev.quarter.quarter - 1) + a.offset;
      p.year = Math.floor(n / 4);
      p.quarter = ((n % 4) + 1) as 1 | 2 | 3 | 4;
      return undefined;
    }
    case 'month': {
      if (!prev.month) return null;
      const ym = addMonths(prev.month.year, prev.month.month, a.offset);
      p.year = ym.year;
      p.month = ym.month;
      return undefined;
    }
    case 'day':
      if (prev.day === undefined) return null;
      setDay(p, prev.day + a.offset);
      return undefined;
    case 'week': {
      if (prev.day === undefined) return null;
      const d = fromDayNumber(prev.day);
      const monday = prev.day - (isoWeekday(d.year, d.month, d.day) - 1) + 7 * a.offset;
      const first = a.weekend ? monday + 5 : monday;
      setDay(p, first);
      const end: Point = { kind: 'day' };
      setDay(end, monday + 6);
      return end;
    }
  }
}

/**
 * A movable holiday's day: in its stated year, else the occurrence closest to the document date;
 * false when neither is known (or the library has no such day).
 */
export function resolveHoliday(p: Point, doc: AnchorDate | null): boolean {
  const rule = p.holiday!;
  if (p.year !== undefined) {
    const d = holidayDate(rule, p.year);
    if (!d) return false;
    p.month = d.month;
    p.day = d.day;
  } else {
    if (!doc) return false;
    const target = anchorDay(doc);
    let best: { year: number; month: number; day: number; dist: number } | null = null;
    for (const y of [doc.year, doc.year - 1, doc.year + 1]) {
      const d = holidayDate(rule, y);
      if (!d) continue;
      const n = dayNumber(y, d.month, d.day);
      // next Easter / the previous Chinese New Year: strictly after / before the document date
      if (p.holidayDir !== undefined && Math.sign(n - target) !== p.holidayDir) continue;
      const dist = Math.abs(n - target);
      if (!best || dist < best.dist) best = { year: y, ...d, dist };
    }
    if (!best) return false;
    p.year = best.year;
    p.month = best.month;
    p.day = best.day;
  }
  delete p.holiday;
  delete p.holidayDir;
  return true;
}
