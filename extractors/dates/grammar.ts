/**
 * The date grammar: the compiled form of the seed files in seeds/dates/ (vocabulary.ts loads
 * them) that the rules, refiners and anchoring read.
 */
import type { DateMod } from '../types.ts';
import type { PointKind } from './model.ts';

/** An anaphoric date word: 同日, the following month (RECORDS.md §2). */
export interface Anaphor {
  unit: 'day' | 'week' | 'month' | 'quarter' | 'year';
  offset: number;
  weekend: boolean;
  /** Only at the end of a clause ("the day before."). */
  final: boolean;
}

/** A season's months (winter: 12 → 2 of the next year). */
export interface Season {
  from: number;
  to: number;
}

export type OffsetUnit = 'year' | 'month' | 'week' | 'day';

export interface MovableHoliday {
  month: number;
  weekday: number;
  nth: number;
}

export interface SuffixModifier {
  text: string;
  after: ReadonlySet<PointKind>;
  /** 'none': part of the span without changing the value (2025年中). */
  mod?: DateMod | 'none';
  half?: 1 | 2;
  boundary: boolean;
  /** May follow "の" (2025年の後半). */
  afterNo: boolean;
}

export interface RelativePeriod {
  unit: 'year' | 'fiscal_year' | 'month';
  mod: 'start' | 'mid' | 'end' | 'none';
}

export interface PrefixModifier {
  text: string;
  mod: DateMod;
  hyphenOnly: boolean;
  approx: boolean;
}

export interface Era {
  start: number;
  /** The last year written with this era (eras.yaml: written_until, else last). */
  last?: number;
}

/** Everything the rules need, compiled. Regex fragments are ready to embed (escaped, longest first). */
export interface Grammar {
  eras: ReadonlyMap<string, Era>;
  eraAbbr: ReadonlyMap<string, Era>;
  firstYearWords: ReadonlySet<string>;
  ja: {
    suffixModifiers: readonly SuffixModifier[];
    connectives: readonly string[];
    /** After 「AからB」 + に/へ: a change from A to B (先送り, 延期), two dates and no range. */
    changeAfter: RegExp | null;
    particles: readonly string[];
    bareDayBefore: readonly string[];
    bareDayAfter: readonly string[];
    nonDateSuffixes: readonly { text: string; after: ReadonlySet<'year' | 'month' | 'day'> }[];
    nonDatePrefixes: readonly string[];
    nameSuffixes: readonly string[];
    relDays: ReadonlyMap<string, number>;
    relYears: ReadonlyMap<string, number>;
    relFiscalYears: ReadonlyMap<string, number>;
    relMonths: ReadonlyMap<string, number>;
    relWeeks: ReadonlyMap<string, number>;
    weekends: ReadonlyMap<string, number>;
    /** A bare two-digit year (「30年までに」, 「23年に中止」): the words after it that make it a year, and the words around it that keep it a duration. */
    twoDigitYears: { after: readonly string[]; notAfter: readonly string[]; notBefore: readonly string[] };
    relPeriods: ReadonlyMap<string, RelativePeriod>;
    /** 同年 (0), 前年 (-1), 翌年 (+1) before a month: the previous date's year, plus the offset. */
    sameYear: ReadonlyMap<string, number>;
    anaphora: ReadonlyMap<string, Anaphor>;
    anaphoraNotBefore: readonly string[];
    weekdayOrdinals: ReadonlyMap<string, number>;
    weekdays: ReadonlyMap<string, number>;
    holidays: ReadonlyMap<string, { month: number; day: number }>;
    movableHolidays: ReadonlyMap<string, MovableHoliday>;
    /** name → date-holidays rule (seeds/dates/holidays.yaml). */
    computedHolidays: ReadonlyMap<string, string>;
    seasons: ReadonlyMap<string, Season>;
    seasonPrefixes: ReadonlyMap<string, number>;
    seasonFollowers: readonly string[];
    /** What must follow a season written alone (夏に, 秋から) for it to be a date. */
    bareSeasonFollowers: readonly string[];
    /** What after a lone season makes it a figure of speech (冬の時代), not a date. */
    bareSeasonNotBefore: readonly string[];
    offsetUnits: ReadonlyMap<string, OffsetUnit>;
    offsetDirections: ReadonlyMap<string, -1 | 1>;
    offsetNotAfter: readonly string[];
    offsetNotBefore: readonly string[];
  };
  en: {
    months: ReadonlyMap<string, number>;
    ambiguousMonths: ReadonlySet<string>;
    wordMonths: ReadonlySet<string>;
    weekdays: ReadonlyMap<string, number>;
    weekdayOrdinals: ReadonlyMap<string, number>;
    ordinals: ReadonlyMap<string, number>;
    centuryOrdinals: ReadonlyMap<string, number>;
    prefixModifiers: ReadonlyMap<string, PrefixModifier>;
    suffixModifiers: ReadonlyMap<string, 'after' | 'before'>;
    connectives: readonly { text: string; needsBetween: boolean; yearsOnly: boolean }[];
    prepositions: ReadonlySet<string>;
    yearContextWords: ReadonlySet<string>;
    countNouns: ReadonlySet<string>;
    nonDateBefore: ReadonlySet<string>;
    relDays: ReadonlyMap<string, number>;
    relWords: ReadonlyMap<string, number>;
    cardinals: ReadonlyMap<string, number>;
    ordinalWords: ReadonlyMap<string, number>;
    decadeWords: ReadonlyMap<string, number>;
    noughties: ReadonlySet<string>;
    offsetUnits: ReadonlyMap<string, { unit: OffsetUnit; times: number }>;
    offsetDirections: ReadonlyMap<string, -1 | 1>;
    offsetPrepositions: ReadonlySet<string>;
    anaphora: ReadonlyMap<string, Anaphor>;
    holidays: ReadonlyMap<string, { month: number; day: number }>;
    movableHolidays: ReadonlyMap<string, MovableHoliday>;
    computedHolidays: ReadonlyMap<string, string>;
    seasons: ReadonlyMap<string, Season>;
    /** "the end of the year", "year-end" alone: a part of the document date's year or month (lower case); beforeNoun false: not before a word ("year-end results"). */
    relPeriods: ReadonlyMap<string, RelativePeriod & { beforeNoun: boolean }>;
  };
  /** Regex alternations (escaped, longest first). */
  alt: {
    eraNames: string;
    eraAbbr: string;
    firstYear: string;
    jaRelDays: string;
    jaRelYears: string;
    jaRelFiscalYears: string;
    jaRelMonths: string;
    jaRelWeeks: string;
    jaWeekends: string;
    jaSameYear: string;
    jaAnaphora: string;
    enAnaphora: string;
    enCardinals: string;
    enOrdinalWords: string;
    enDecadeWords: string;
    enOffsetUnits: string;
    enOffsetDirections: string;
    enOffsetPrepositions: string;
    jaRelPeriods: string;
    enRelPeriods: string;
    jaWeekdayOrdinals: string;
    jaWeekdayChars: string;
    jaHolidays: string;
    jaMovableHolidays: string;
    jaComputedHolidays: string;
    enComputedHolidays: string;
    jaSeasons: string;
    jaSeasonPrefixes: string;
    jaOffsetUnits: string;
    jaOffsetDirections: string;
    enMonths: string;
    /** An optional full stop after an abbreviated month name only ("19 Sept.", not "19 June."). */
    enMonthPeriod: string;
    enWeekdays: string;
    enOrdinals: string;
    enWeekdayOrdinals: string;
    enCenturyOrdinals: string;
    enPrefixModifiers: string;
    enSuffixModifiers: string;
    enConnectives: string;
    enRelDays: string;
    enRelWords: string;
    enHolidays: string;
    enMovableHolidays: string;
    enSeasons: string;
    enSeasonPrepositions: string;
  };
  /** Source files, for provenance. */
  files: readonly string[];
}
