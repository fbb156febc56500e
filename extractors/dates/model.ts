/**
 * What the date rules produce before refinement: calendar points read from the text, with the
 * parts the text leaves out (year, month) or states relatively (来年, next week) still open.
 * Refiners attach modifiers and merge ranges; anchor.ts fills the open parts from the
 * document date; value.ts turns a finished candidate into a RECORDS.md DateValue.
 */
import type { DateGranularity, DateMod } from '../types.ts';

/** Granularity of a point. `decade` becomes a year range, `week` a day range. */
/** What a date point counts in: a granularity, or a fiscal half / quarter (written at half / quarter granularity), a decade, a week. */
export type PointKind = DateGranularity | 'fiscal_half' | 'fiscal_quarter' | 'decade' | 'week';

export type RelUnit = 'day' | 'week' | 'month' | 'year' | 'fiscal_year' | 'quarter';

/** A part of the point stated relative to the document date: 来年 (year +1), 先週 (week -1). */
export interface Relative {
  unit: RelUnit;
  offset: number;
  /** "next June" (1) / "last June" (-1): the first occurrence after / before the document date. */
  dir?: 1 | -1;
  /** unit 'day' only: whole months added before the days (2年1か月21日前 = -25 months, -21 days). */
  months?: number;
}

export interface Point {
  kind: PointKind;
  /** Absolute year (for fiscal kinds: the year the fiscal year starts in); undefined = unknown. */
  year?: number;
  month?: number;
  day?: number;
  half?: 1 | 2;
  quarter?: 1 | 2 | 3 | 4;
  century?: number;
  /** ISO weekday (Monday = 1) of a weekday expression (金曜日, next Friday). */
  weekday?: number;
  /** With `weekday`: the n-th such weekday of the month (-1 = the last): 第3火曜日. */
  nth?: number;
  /**
   * kind 'week' with a calendar week: the n-th week of `month` (days 1–7, 8–14, …) or, without a
   * month, ISO week n of `year`; -1 = the last week. Becomes a day range.
   */
  week?: number;
  /** The year/month/day/week the point is counted from, relative to the document date. */
  rel?: Relative;
  /** A movable holiday (春節, Easter): its date-holidays rule; the day comes from the year. */
  holiday?: string;
  /** With `holiday`: the next (1) or previous (-1) occurrence after / before the document date. */
  holidayDir?: 1 | -1;
  /**
   * 同日, 翌月, the following year: counted from the nearest preceding date with this unit.
   * `orRelative`: with no such date, the point's `rel` counts it from the document date instead
   * ("the previous year": 2021 after "in 2022", last year in a text with no year before it).
   */
  ana?: { unit: 'day' | 'week' | 'month' | 'quarter' | 'year'; offset: number; weekend?: boolean; orRelative?: boolean };
  /** 同年: the year of the previous date mentioned in the text. */
  sameYear?: boolean;
  /** With sameYear: that year plus this (前年5月: -1, 翌年5月: +1). */
  yearOffset?: number;
}

export interface Candidate {
  /** UTF-16 range of the normalised text. */
  start: number;
  end: number;
  /** Rule id (and refiners that changed it), for provenance. */
  rule: string;
  from: Point;
  /** End of a range (absent for a point). */
  to?: Point;
  /** Open range: 以降/onward (after) or 以前/and earlier (before). */
  open?: 'after' | 'before';
  mod?: DateMod;
  /**
   * Where the mention starts when its relative prefix cannot be resolved (no document date):
   * "来年3月" becomes the year-less "3月".
   */
  fallbackStart?: number;
  /** Set by anchoring when the candidate is relative and nothing resolves it: value null. */
  relative?: Record<string, unknown>;
  /** Rule order, used to break ties between overlapping candidates of the same length. */
  priority: number;
}

/** Kinds that carry a calendar year. */
/** The document date as anchor.ts reads it (parseAnchor). */
export interface AnchorDate {
  year: number;
  month?: number;
  day?: number;
}

export const YEAR_KINDS: ReadonlySet<PointKind> = new Set(['year', 'fiscal_year', 'half', 'fiscal_half', 'quarter', 'fiscal_quarter']);

export function isOpenPoint(p: Point): boolean {
  return p.rel !== undefined || p.sameYear === true || (p.weekday !== undefined && p.day === undefined) || p.holiday !== undefined;
}
