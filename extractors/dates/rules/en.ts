/**
 * English date rules: month names (March 5, 2026 / 5 March 2026 / Mar. 2026 / in May),
 * bare years in an English context (by 2027, in 2022), quarters and halves in words
 * (the fourth quarter of 2025, first half of 2026), centuries and decades.
 */
import type { Grammar } from '../grammar.ts';
import type { Point } from '../model.ts';
import { isValidDate } from '../calendar.ts';
import { type DateRule, type Built, groupStart } from './rule.ts';
import { cjkAdjacent, wordAfter, wordBefore } from './text-context.ts';
import { DAY, YEAR, afterPreposition, ambiguousLowercase, isCapitalised, monthHead, monthNumber, readMonthDayYear, yearFollowedByCount, type Groups } from './en-parts.ts';
import { partialRanges, weeks } from './en-ranges.ts';
import { dayLists } from './en-day-lists.ts';

/** March 5, 2026 / Monday, January 22, 2018 / april 22 / jan/1 / October. 2 */
function monthDayYear(g: Grammar): DateRule {
  const pattern = new RegExp(
    `(?<![A-Za-z])(?:(?<wd>${g.alt.enWeekdays})\\.?,?\\s+)?(?<mon>${g.alt.enMonths})(?![A-Za-z])\\.?(?:\\s*,\\s*|\\s*[-/]\\s*|\\s*)${DAY}(?:(?:\\s*,\\s*|\\s+)${YEAR})?`,
    'gid',
  );
  return {
    id: 'en.month_day_year',
    latinWord: true,
    pattern,
    build(m, { text, grammar }) {
      const gr = m.groups as Groups;
      const read = readMonthDayYear(grammar, gr);
      if (!read) return null;
      const { month, day, year } = read;
      if (year === undefined && ambiguousLowercase(grammar, gr.mon!) && !afterPreposition(grammar, text, m.index)) return null;
      if (year !== undefined && yearFollowedByCount(grammar, text, m.index + m[0].length)) return null;
      const from: Point = { kind: 'day', month, day };
      if (year !== undefined) from.year = year;
      return { from, rule: year !== undefined ? 'en.month_day_year' : 'en.month_day' };
    },
  };
}

/** 5 March 2026 / 1st Jan / 4th of march / 28-nov / 16. Nov. 2016 */
function dayMonthYear(g: Grammar): DateRule {
  const pattern = new RegExp(
    `(?<![0-9A-Za-z.,$])(?:(?<wd>${g.alt.enWeekdays})\\.?,?\\s+)?(?<d>[0-3]?\\d)(?:st|nd|rd|th)?(?:\\s+of\\s+|\\.?\\s*-\\s*|\\.?\\s+)(?<mon>${g.alt.enMonths})(?![A-Za-z])${g.alt.enMonthPeriod}(?:(?:\\s*,\\s*|\\s+)${YEAR})?`,
    'gid',
  );
  return {
    id: 'en.day_month_year',
    pattern,
    build(m, { text, grammar }) {
      const gr = m.groups as Groups;
      const read = readMonthDayYear(grammar, gr);
      if (!read) return null;
      const { month, day, year } = read;
      if (year === undefined && ambiguousLowercase(grammar, gr.mon!)) return null;
      // ("5 Mar." at the end of a sentence keeps its dot, "5 June." does not: enMonthPeriod)
      const from: Point = { kind: 'day', month, day };
      if (year !== undefined) from.year = year;
      return { from, rule: year !== undefined ? 'en.day_month_year' : 'en.day_month' };
    },
  };
}

/** March 2026 / Mar. 2026 / Jan, 2001 / Sept-2025 */
function monthYear(g: Grammar): DateRule {
  const pattern = new RegExp(
    `(?<![A-Za-z])(?<mon>${g.alt.enMonths})(?![A-Za-z])\\.?(?:\\s*,\\s*|\\s+|\\s*[-/]\\s*)${YEAR}`,
    'gid',
  );
  return {
    id: 'en.month_year',
    head: monthHead(g),
    pattern,
    build(m, { grammar }) {
      const gr = m.groups as Groups;
      // (a month's name makes the number a year whatever follows: "in September 2025 set that back")
      return { from: { kind: 'month', year: Number(gr.y), month: monthNumber(grammar, gr.mon)! } };
    },
  };
}

/**
 * A month alone: "in March", "from January", "this June" (with a document date), "that
 * November" (in the year of the date before it). Capitalised, or after a preposition; a month
 * that is also a word (May, March) only after a preposition.
 */
function monthAlone(g: Grammar): DateRule {
  const pattern = new RegExp(
    `(?<![A-Za-z])(?:(?<rel>this|next|last)\\s+|(?<that>that)\\s+)?(?<mon>${g.alt.enMonths})(?![A-Za-z])(?!\\.?\\s*\\d)`,
    'gid',
  );
  return {
    id: 'en.month',
    latinWord: true,
    pattern,
    build(m, { text, grammar }) {
      const gr = m.groups as Groups;
      const name = gr.mon!;
      const lower = name.toLowerCase();
      const month = monthNumber(grammar, name)!;
      const start = m.index;
      const monStart = groupStart(m, 'mon')!;
      // ("said that May would …": "that" before a month that is also a word is a conjunction)
      const that = gr.that !== undefined && !grammar.en.ambiguousMonths.has(lower);
      const prep = afterPreposition(grammar, text, monStart) || gr.rel !== undefined || that || modifierBefore(grammar, text, monStart);
      const abbreviation = lower.length <= 4 && lower !== 'june' && lower !== 'july';
      if (grammar.en.ambiguousMonths.has(lower) || abbreviation) {
        if (!prep) return null;
        if (lower === 'may' && !isCapitalised(name)) return null;
      } else if (!isCapitalised(name) && !prep) {
        return null;
      }
      let end = start + m[0].length;
      if (text[end] === '.' && abbreviation && /^\.[ \t]*[a-z]/.test(text.slice(end, end + 3))) end += 1; // "Jan. and"
      const from: Point = { kind: 'month', month };
      if (gr.rel) {
        const dir = gr.rel.toLowerCase() === 'next' ? 1 : gr.rel.toLowerCase() === 'last' ? -1 : 0;
        from.rel = { unit: 'year', offset: 0, ...(dir ? { dir } : {}) };
        return { from, end, fallbackStart: monStart };
      }
      // ("then suspended the project that November": the month of the year of the date before it)
      if (that) {
        from.sameYear = true;
        return { from, end, fallbackStart: monStart };
      }
      return { from, end };
    },
  };
}

/** True when a prefix modifier (early, late, mid-, the end of …) ends right before `pos`. */
function modifierBefore(g: Grammar, text: string, pos: number): boolean {
  const slice = text.slice(Math.max(0, pos - 20), pos).toLowerCase();
  for (const key of g.en.prefixModifiers.keys()) {
    if (slice.endsWith(`${key} `) || slice.endsWith(`${key}-`)) return true;
  }
  return false;
}

/**
 * A bare four-digit year in English text: "by 2027", "in 2022", "2027 to 2030". Not a count
 * ("2027 units", "2,027"), a price ($2025), a label (page 2020, Model 2027) or CJK context.
 */
function bareYear(_g: Grammar): DateRule {
  return {
    id: 'en.year',
    script: null, // "2027" alone has no letters: the rule runs on every text
    pattern: /(?<![\w$€£¥#.,/:'’])(?<y>1[89]\d{2}|20\d{2}|2100)(?![\w%]|[.,]\d)/dg,
    build(m, { text, grammar }) {
      const year = Number(m.groups!.y);
      const start = m.index;
      const end = start + m[0].length;
      if (cjkAdjacent(text, start, end)) return null;
      const before = wordBefore(text, start);
      if (before && grammar.en.nonDateBefore.has(before.word)) return null;
      if (text.charCodeAt(start - 1) === 45 /* - */) {
        // mid-2027, end-2025, 2027-2030: fine; anything else-2027 is a code
        const w = wordBefore(text, start - 1);
        const yearBefore = /\d{4}\s*-$/.test(text.slice(Math.max(0, start - 8), start));
        if (!yearBefore && !(w && grammar.en.prefixModifiers.has(w.word))) return null;
      }
      if (yearFollowedByCount(grammar, text, end)) return null;
      const prep = before !== null && (grammar.en.prepositions.has(before.word) || grammar.en.yearContextWords.has(before.word));
      // round numbers (2000, 1900) are more often amounts: only after a date word
      if (year % 100 === 0 && !prep) return null;
      return { from: { kind: 'year', year } };
    },
  };
}

/** 21st century, the nineteenth century, 19th-century. */
function century(g: Grammar): DateRule {
  const pattern = new RegExp(
    `(?<![A-Za-z0-9])(?:(?<n>\\d{1,2})(?:st|nd|rd|th)|(?<w>${g.alt.enCenturyOrdinals}))[-\\s]+century(?![A-Za-z])`,
    'gid',
  );
  return {
    id: 'en.century',
    needs: ['century'],
    pattern,
    build(m, { grammar }) {
      const gr = m.groups as Groups;
      const n = gr.n !== undefined ? Number(gr.n) : grammar.en.centuryOrdinals.get(gr.w!.toLowerCase().replace(/[\s-]+/g, ' '));
      if (n === undefined || n < 1 || n > 30) return null;
      return { from: { kind: 'century', century: n } };
    },
  };
}

/** the 1990s, 2020s, '90s. */
function decade(_g: Grammar): DateRule {
  return {
    id: 'en.decade',
    pattern: /(?<![\w$'’])(?:(?<y>1[5-9]\d0|20\d0)s|['’](?<yy>\d0)s)(?![A-Za-z])/dg,
    build(m) {
      const gr = m.groups as Groups;
      const y = gr.y !== undefined ? Number(gr.y) : Number(gr.yy) <= 50 ? 2000 + Number(gr.yy) : 1900 + Number(gr.yy);
      return { from: { kind: 'decade', year: y } };
    },
  };
}

/** Words after "of the year" that make it another year than the document's ("ended March 31"). */
const YEAR_NAMED_AFTER = /^\s*(?:ended|ending|to|before|after|earlier|prior|in\s+which|when)(?![A-Za-z])/i;

/** A preposition of time before "the first / second half" alone. */
const HALF_ALONE_BEFORE = /(?<![A-Za-z])(?:in|during|for|over|through|by|until|from|since)\s+$/i;

/**
 * Quarters and halves in words: the fourth quarter of 2025, third-quarter 2025, first half of
 * 2026, the second half of fiscal 2025, the first quarter of this year. "the" belongs to the
 * span only together with "of" (like "the end of 2028").
 */
function partOfYearWords(g: Grammar): DateRule {
  const pattern = new RegExp(
    `(?<![A-Za-z0-9])(?<the>the\\s+)?(?<ord>${g.alt.enOrdinals})[-\\s](?<part>quarter|half)(?![A-Za-z])` +
      `(?:(?<of>\\s+of)?\\s+(?:(?<fisc>fiscal(?:\\s+year)?|FY)\\s?)?(?:(?<y>[12]\\d{3})(?![0-9]|[.,]\\d)|(?<yy>'\\d{2})(?![0-9])|(?<rel>this|next|last)\\s+(?:fiscal\\s+)?year(?![A-Za-z]))|(?<ofThe>\\s+of\\s+the\\s+(?:current\\s+|calendar\\s+)?(?<curFisc>fiscal\\s+)?year(?![A-Za-z-])))?`,
    'gid',
  );
  return {
    id: 'en.part_of_year',
    needs: ['quarter', 'half'],
    pattern,
    build(m, { text, grammar }) {
      const gr = m.groups as Groups;
      const n = grammar.en.ordinals.get(gr.ord!.toLowerCase());
      if (n === undefined) return null;
      const isHalf = gr.part!.toLowerCase() === 'half';
      if (isHalf && n > 2) return null;
      const fiscal = gr.fisc !== undefined || gr.curFisc !== undefined;
      const kind = isHalf ? (fiscal ? 'fiscal_half' : 'half') : fiscal ? 'fiscal_quarter' : 'quarter';
      const p: Point = { kind };
      if (isHalf) p.half = n as 1 | 2;
      else p.quarter = n as 1 | 2 | 3 | 4;
      // "of the year" / "of the current fiscal year" is the document's year, as "this year" is;
      // not "of the year ended March 31" or "of the year before" (another year)
      const ofTheYear = gr.ofThe !== undefined;
      if (ofTheYear && YEAR_NAMED_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) return null;
      const hasYear = gr.y !== undefined || gr.yy !== undefined || gr.rel !== undefined || ofTheYear;
      let start = m.index;
      if (gr.the) start += gr.the.length; // RECORDS.md §2: a leading "the" is outside the span
      if (gr.y) p.year = Number(gr.y);
      else if (gr.yy) p.year = 2000 + Number(gr.yy.slice(1));
      else if (gr.rel) {
        const r = gr.rel.toLowerCase();
        p.rel = { unit: fiscal ? 'fiscal_year' : 'year', offset: r === 'next' ? 1 : r === 'last' ? -1 : 0 };
      } else if (ofTheYear) p.rel = { unit: fiscal ? 'fiscal_year' : 'year', offset: 0 };
      if (!hasYear) {
        const w = wordAfter(text, m.index + m[0].length);
        if (w === 'of') return null; // "the first quarter of the race"
        // a half alone only as a time of the document's year: "in the second half", "for the
        // first half" (not "cut by half", "the first half of the match"); a quarter alone is
        // anchored later
        if (isHalf && !(gr.the && HALF_ALONE_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index)))) return null;
      }
      const built: Built = { from: p, start };
      if (p.rel) built.fallbackStart = undefined;
      return built;
    },
  };
}

/** 2019-sep-1, 2019-Sep-01. */
function yearMonthNameDay(g: Grammar): DateRule {
  return {
    id: 'en.year_month_day',
    pattern: new RegExp(`(?<![\\w.-])(?<y>[12]\\d{3})-(?<mon>${g.alt.enMonths})-(?<d>[0-3]?\\d)(?![\\w]|[.,]\\d)`, 'gid'),
    build(m, { grammar }) {
      const gr = m.groups as Groups;
      const year = Number(gr.y);
      const month = monthNumber(grammar, gr.mon)!;
      const day = Number(gr.d);
      return isValidDate(year, month, day) ? { from: { kind: 'day', year, month, day } } : null;
    },
  };
}

/**
 * A year-less ordinal day: "on the 21st", "by the 5th", "the 27th." (not "the 21st century",
 * "the 3rd largest": no word may follow).
 */
function ordinalDay(_g: Grammar): DateRule {
  return {
    id: 'en.ordinal_day',
    pattern: /(?<![\w.,$])(?<d>[0-3]?\d)(?:st|nd|rd|th)(?![A-Za-z0-9])/dg,
    build(m, { text, grammar }) {
      const day = Number(m.groups!.d);
      const suffix = m[0].slice(-2).toLowerCase();
      const expected = day % 10 === 1 && day !== 11 ? 'st' : day % 10 === 2 && day !== 12 ? 'nd' : day % 10 === 3 && day !== 13 ? 'rd' : 'th';
      if (day < 1 || day > 31 || suffix !== expected) return null;
      const before = wordBefore(text, m.index);
      if (!before || (before.word !== 'the' && !grammar.en.prepositions.has(before.word) && !grammar.en.weekdays.has(before.word))) return null;
      if (before.word === 'the') {
        // "on the 21st", "Thursday the 21st"
        const prev = wordBefore(text, before.start);
        if (!prev || !(grammar.en.prepositions.has(prev.word) || grammar.en.weekdays.has(prev.word))) return null;
      }
      if (wordAfter(text, m.index + m[0].length) !== null) return null;
      return { from: { kind: 'day', day } };
    },
  };
}

/**
 * The n-th weekday of a month: "the third Tuesday of July", "the first Friday of next month",
 * "third Tuesday" (of the document's month). Dates only with a document date.
 */
function nthWeekday(g: Grammar): DateRule {
  return {
    id: 'en.nth_weekday',
    pattern: new RegExp(
      `(?<![A-Za-z0-9])(?<ord>${g.alt.enWeekdayOrdinals})\\s+(?<wd>${g.alt.enWeekdays})(?![A-Za-z])(?:\\s+(?:of|in)\\s+(?:the\\s+)?(?:(?<mon>${g.alt.enMonths})(?![A-Za-z])|(?<rel>this|next|last|previous|the\\s+next|the\\s+previous)\\s+month(?![A-Za-z])))?`,
      'gid',
    ),
    build(m, { grammar }) {
      const gr = m.groups as Groups;
      const nth = grammar.en.weekdayOrdinals.get(gr.ord!.toLowerCase());
      const weekday = grammar.en.weekdays.get(gr.wd!.toLowerCase());
      if (nth === undefined || weekday === undefined) return null;
      if (nth < 0 && !gr.mon && !gr.rel) return null; // "last Friday": the previous Friday (en.weekday)
      const p: Point = { kind: 'day', weekday, nth };
      if (gr.mon) p.month = monthNumber(grammar, gr.mon)!;
      else {
        const r = (gr.rel ?? 'this').toLowerCase().replace(/^the\s+/, '');
        p.rel = { unit: 'month', offset: r === 'next' ? 1 : r === 'this' ? 0 : -1 };
      }
      return { from: p };
    },
  };
}

export function enRules(g: Grammar): DateRule[] {
  return [
    ...weeks(g),
    ...partialRanges(g),
    nthWeekday(g),
    yearMonthNameDay(g),
    ordinalDay(g),
    partOfYearWords(g),
    monthDayYear(g),
    dayMonthYear(g),
    ...dayLists(g),
    monthYear(g),
    century(g),
    decade(g),
    monthAlone(g),
    bareYear(g),
  ];
}
