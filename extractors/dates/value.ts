/**
 * Candidate → RECORDS.md §2 DateValue: ISO-8601 prefixes at the expression's own granularity,
 * "XXXX" for a year the text and the document date leave unknown.
 */
import type { DateGranularity, DateValue } from '../types.ts';
import type { Candidate, Point, PointKind } from './model.ts';

// (a fiscal half or quarter is written FY2025-H1 / FY2025-Q1 at half / quarter granularity, as
// RECORDS.md's fiscal halves and the development gold have them: the FY prefix says fiscal)
const GRANULARITY: Record<PointKind, DateGranularity> = {
  century: 'century',
  decade: 'year',
  year: 'year',
  fiscal_year: 'fiscal_year',
  half: 'half',
  fiscal_half: 'half',
  quarter: 'quarter',
  fiscal_quarter: 'quarter',
  month: 'month',
  week: 'day',
  day: 'day',
};

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));
const yearText = (y: number | undefined): string => (y === undefined ? 'XXXX' : String(y).padStart(4, '0'));

/** The ISO prefix of a point; `side` matters for a decade (1990s → 1990 … 1999). */
export function formatPoint(p: Point, side: 'start' | 'end'): string {
  switch (p.kind) {
    case 'century':
      return `${p.century}C`;
    case 'decade':
      return p.year === undefined ? 'XXXX' : yearText(side === 'start' ? p.year : p.year + 9);
    case 'year':
      return yearText(p.year);
    case 'fiscal_year':
      return `FY${yearText(p.year)}`;
    case 'half':
      return `${yearText(p.year)}-H${p.half}`;
    case 'fiscal_half':
      return `FY${yearText(p.year)}-H${p.half}`;
    case 'quarter':
      return `${yearText(p.year)}-Q${p.quarter}`;
    case 'fiscal_quarter':
      return `FY${yearText(p.year)}-Q${p.quarter}`;
    case 'month':
      return `${yearText(p.year)}-${p.month === undefined ? 'XX' : pad2(p.month)}`;
    case 'week':
    case 'day':
      return `${yearText(p.year)}-${p.month === undefined ? 'XX' : pad2(p.month)}-${p.day === undefined ? 'XX' : pad2(p.day)}`;
  }
}

export function granularityOf(kind: PointKind): DateGranularity {
  return GRANULARITY[kind];
}

export function toDateValue(c: Candidate): DateValue {
  const granularity = granularityOf(c.from.kind);
  let value: DateValue;
  if (c.open === 'after') {
    value = { start: formatPoint(c.from, 'start'), end: null, granularity, mod: 'after' };
  } else if (c.open === 'before') {
    value = { start: null, end: formatPoint(c.to ?? c.from, 'end'), granularity, mod: 'before' };
  } else {
    const to = c.to ?? c.from;
    value = { start: formatPoint(c.from, 'start'), end: formatPoint(to, 'end'), granularity };
    if (c.mod) value.mod = c.mod;
  }
  return value;
}
