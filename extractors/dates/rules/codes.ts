/**
 * Language-neutral numeric and coded dates: 2026-03-05, 2026/3/5, 2026.3.5, 2026/03, '25/1,
 * 21/04/2016, 3/5, FY2026, FY26, FY25年度, Q3 2025, 3Q25, 2025Q3, H2 2025, 2H25, 1H FY2025.
 */
import type { Grammar } from '../grammar.ts';
import type { Point, PointKind } from '../model.ts';
import { isValidDate, expandTwoDigitYear } from '../calendar.ts';
import type { DateRule, Built } from './rule.ts';
import { cjkAdjacent, cjkNear, wordAfter, wordBefore } from './text-context.ts';
import { afterPreposition } from './en-parts.ts';
import { readJaYear } from './ja-parts.ts';

type Groups = Record<string, string | undefined>;

const plausibleYear = (y: number) => y >= 1800 && y <= 2199;

/** 2026-03-05, 2026/3/5, 2026.3.5 (also inside URLs: /2026/03/05/). */
function yearMonthDay(_g: Grammar): DateRule {
  return {
    id: 'num.ymd',
    pattern: /(?<![\w.-])(?<y>\d{4})(?<s>[-/.])(?<m>[01]?\d)\k<s>(?<d>[0-3]?\d)(?![0-9]|[.,]\d|-\d)/dg,
    build(m) {
      const gr = m.groups as Groups;
      const year = Number(gr.y);
      const month = Number(gr.m);
      const day = Number(gr.d);
      if (!plausibleYear(year) || !isValidDate(year, month, day)) return null;
      return { from: { kind: 'day', year, month, day } };
    },
  };
}

/**
 * 2026/03, 2016 / 11, 2025-03 (a month), and 2027-2030 / 2027-30 / 2025/26 (a year range): a
 * second part that cannot be a month, or that reads as a later year, makes a range.
 */
function yearSlashPart(_g: Grammar): DateRule {
  return {
    id: 'num.ym',
    pattern: /(?<![\w.\-/])(?<y>\d{4})\s?(?<s>[-/~])\s?(?<n>\d{4}|\d{1,2})(?![\w]|[.,]\d|\s?[-/.]\s?\d)/dg,
    build(m) {
      const gr = m.groups as Groups;
      const year = Number(gr.y);
      if (!plausibleYear(year)) return null;
      const raw = gr.n!;
      const n = Number(raw);
      const y2 = raw.length === 4 ? n : raw.length === 2 ? year - (year % 100) + n : -1;
      if (gr.s === '-' && raw.length === 2 && /\s/.test(m[0])) return null; // "2025 - 30 companies"
      const monthLike = raw.length !== 4 && n >= 1 && n <= 12 && gr.s !== '~' && (gr.s === '/' || y2 <= year);
      if (monthLike) {
        if (gr.s === '-' && raw.length === 1) return null; // 2025-3: a code, not ISO
        return { from: { kind: 'month', year, month: n } };
      }
      if (y2 <= year || y2 - year > 50) return null;
      return { from: { kind: 'year', year }, to: { kind: 'year', year: y2 }, rule: 'num.year_range' };
    },
  };
}

/** '25/1 (→ 2025-01), '25/1/15, and '25 alone in English text. */
function apostropheYear(_g: Grammar): DateRule {
  return {
    id: 'num.apostrophe',
    pattern: /(?<![\w'’])['’](?<y>\d{2})(?:\/(?<m>[01]?\d)(?:\/(?<d>[0-3]?\d))?)?(?![\w/]|[.,]\d)/dg,
    build(m, { text, grammar }) {
      const gr = m.groups as Groups;
      const year = 2000 + Number(gr.y);
      if (gr.m === undefined) {
        // "'25" alone: a year only in English after a date word ("in '25")
        if (cjkAdjacent(text, m.index, m.index + m[0].length) || !afterPreposition(grammar, text, m.index)) return null;
        if (text[m.index + m[0].length] === 's') return null; // '90s: a decade
        return { from: { kind: 'year', year } };
      }
      const month = Number(gr.m);
      if (gr.d !== undefined) {
        const day = Number(gr.d);
        if (!isValidDate(year, month, day)) return null;
        return { from: { kind: 'day', year, month, day } };
      }
      if (month < 1 || month > 12) return null;
      return { from: { kind: 'month', year, month } };
    },
  };
}

/** 21/04/2016, 02/22/2016, 13.5.2015, 9-18-15: day and month in either order, year last. */
function dayMonthYearNumeric(_g: Grammar): DateRule {
  return {
    id: 'num.dmy',
    pattern: /(?<![\w./])(?<!(?<!\d{4})-)(?<a>[0-3]?\d)(?<s>[/.-])(?<b>[0-3]?\d)(?:\k<s>|(?<c>,\s?))(?<y>\d{4}|\d{2})(?![\w]|[.,/]\d|-\d(?![0-9]?[/.-]))/dg,
    build(m, { text }) {
      const gr = m.groups as Groups;
      if (gr.s === '.' && gr.y!.length === 2) return null; // 1.2.15: a version number
      if (gr.c !== undefined && gr.s !== '/') return null; // 08/12,2015 only with slashes
      const year = gr.y!.length === 4 ? Number(gr.y) : expandTwoDigitYear(Number(gr.y));
      if (!plausibleYear(year)) return null;
      const a = Number(gr.a);
      const b = Number(gr.b);
      // month first (US) unless the first part cannot be a month; dots are day first (13.5.2015)
      let month = a;
      let day = b;
      if (gr.s === '.' || a > 12) {
        month = b;
        day = a;
      }
      if (!isValidDate(year, month, day)) return null;
      if (gr.y!.length === 2 && cjkNear(text, m.index, m.index + m[0].length, 1) && gr.s === '-') return null;
      return { from: { kind: 'day', year, month, day } };
    },
  };
}

/**
 * 3/5, 12/31, 1/30(木): a year-less month/day. Not a fraction (1/3, 2/5 …: both parts ≤ 10
 * with the first smaller, unless a weekday follows), a score or a ratio (24/7).
 */
function monthDayNumeric(g: Grammar): DateRule {
  return {
    id: 'num.md',
    pattern: new RegExp(
      `(?<![\\w.\\-/'’:])(?<a>[0-3]?\\d)/(?<b>[0-3]?\\d)(?![\\w/]|[.,:]\\d)(?<wd>\\s?\\([${g.alt.jaWeekdayChars}]\\))?`,
      'dg',
    ),
    build(m, { text, grammar }) {
      const gr = m.groups as Groups;
      const a = Number(gr.a);
      const b = Number(gr.b);
      const end = m.index + m[0].length;
      let month = a;
      let day = b;
      const ja = cjkNear(text, m.index, end, 2);
      if (a > 12 && !ja) {
        month = b;
        day = a;
      }
      if (!isValidDate(undefined, month, day)) return null;
      if (!gr.wd && a < b && b <= 10) return null; // a fraction
      if (`${a}/${b}` === '24/7' || `${a}/${b}` === '50/50') return null;
      const after = wordAfter(text, end);
      if (after && (after === 'of' || grammar.en.countNouns.has(after))) return null;
      const before = wordBefore(text, m.index);
      if (before && grammar.en.nonDateBefore.has(before.word)) return null;
      return { from: { kind: 'day', month, day }, end: gr.wd ? end : m.index + gr.a!.length + 1 + gr.b!.length };
    },
  };
}

const PART = '(?:[Qq](?<q1>[1-4])|(?<q2>[1-4])Q|H(?<h1>[12])|(?<h2>[12])H)';
const PART_B = '(?:[Qq](?<q3>[1-4])|(?<q4>[1-4])Q|H(?<h3>[12])|(?<h4>[12])H)';

function readPart(gr: Groups): { quarter?: 1 | 2 | 3 | 4; half?: 1 | 2 } | null {
  const q = gr.q1 ?? gr.q2 ?? gr.q3 ?? gr.q4;
  if (q !== undefined) return { quarter: Number(q) as 1 | 2 | 3 | 4 };
  const h = gr.h1 ?? gr.h2 ?? gr.h3 ?? gr.h4;
  if (h !== undefined) return { half: Number(h) as 1 | 2 };
  return null;
}

function fiscalYearNumber(raw: string): number {
  const digits = raw.replace(/['’]/g, '');
  return digits.length === 2 ? 2000 + Number(digits) : Number(digits);
}

/**
 * FY2026, FY26, FY 2026, FY25年度, FY2025/26, fiscal 2025, fiscal year 2025, and with a
 * quarter or half: Q3 FY2025, FY2025 Q3, 1H FY25, FY25 2H.
 */
function fiscalYear(_g: Grammar): DateRule {
  return {
    id: 'num.fiscal_year',
    needs: ['FY', 'Fiscal', 'fiscal'],
    pattern: new RegExp(
      `(?<![A-Za-z0-9])(?:${PART}\\s?)?(?:FY|[Ff]iscal(?:\\s+[Yy]ear)?\\s)\\s?(?<y>\\d{4}|['’]?\\d{2})(?![0-9])(?:\\s?[/-]\\s?(?<y2>\\d{4}|\\d{2})(?![0-9]))?(?:\\s?${PART_B}(?![A-Za-z0-9]))?(?<nendo>年度)?`,
      'dg',
    ),
    build(m) {
      const gr = m.groups as Groups;
      const year = fiscalYearNumber(gr.y!);
      if (!plausibleYear(year)) return null;
      if (gr.y2 !== undefined) {
        const y2 = gr.y2.length === 2 ? year - (year % 100) + Number(gr.y2) : Number(gr.y2);
        if (y2 !== year + 1) return null; // FY2025/26 names one fiscal year
      }
      const part = readPart(gr);
      let kind: PointKind = 'fiscal_year';
      const p: Point = { kind, year };
      if (part?.quarter) {
        kind = 'fiscal_quarter';
        p.quarter = part.quarter;
      } else if (part?.half) {
        kind = 'fiscal_half';
        p.half = part.half;
      }
      p.kind = kind;
      return { from: p };
    },
  };
}

/** Q3 2025, Q3'25, 3Q25, 3Q 2025, Q3-2025, H2 2025, 2H25, H1'26, 2025Q3, 2025 H2, and Q3 alone after a date word. */
function quarterHalfCode(_g: Grammar): DateRule {
  return {
    id: 'num.quarter_half',
    pattern: new RegExp(
      `(?<![A-Za-z0-9])(?:${PART}(?:(?:\\s?[-/]?\\s?(?<y>\\d{4})|['’]?(?<yy>\\d{2})|\\s['’](?<yy2>\\d{2}))(?![0-9]))?|(?<yb>\\d{4})\\s?[-/]?\\s?${PART_B})(?![A-Za-z0-9])`,
      'dg',
    ),
    build(m, { text, grammar }) {
      const gr = m.groups as Groups;
      const part = readPart(gr)!;
      const raw = gr.y ?? gr.yb;
      const year = raw !== undefined ? Number(raw) : gr.yy ?? gr.yy2 ? 2000 + Number(gr.yy ?? gr.yy2) : undefined;
      if (year !== undefined && !plausibleYear(year)) return null;
      if (year === undefined) {
        // a bare Q3 / H2: only a quarter, after a date word ("in Q3", "during Q3")
        if (part.half || !afterPreposition(grammar, text, m.index)) return null;
      }
      const p: Point = part.quarter ? { kind: 'quarter', quarter: part.quarter } : { kind: 'half', half: part.half! };
      if (year !== undefined) p.year = year;
      const built: Built = { from: p };
      return built;
    },
  };
}

/** 3/2015, 12/2025, 12-2015: month/year. */
function monthYearNumeric(_g: Grammar): DateRule {
  return {
    id: 'num.my',
    pattern: /(?<![\w.\-/])(?<m>[01]?\d)(?<s>[/-])(?<y>(?:19|20)\d{2})(?![\w/]|[.,]\d|-\d)/dg,
    build(m, { text }) {
      const month = Number(m.groups!.m);
      if (month < 1 || month > 12) return null;
      // 3-2015 next to Japanese text is a code or an address, not a month
      if (m.groups!.s === '-' && cjkNear(text, m.index, m.index + m[0].length, 1)) return null;
      return { from: { kind: 'month', year: Number(m.groups!.y), month } };
    },
  };
}

/** 2015.3, 2025.12: year.month with a dot (not a decimal: no unit or further digits follow). */
function yearDotMonth(_g: Grammar): DateRule {
  return {
    id: 'num.y.m',
    pattern: /(?<![\w.$€£¥\-/])(?<y>(?:19|20)\d{2})\.(?<m>1[0-2]|0?[1-9])(?![\w%.,/-]|\s*(?:[%‰]|[A-Za-z]|[\u3040-\u9fff]))/dg,
    build(m) {
      return { from: { kind: 'month', year: Number(m.groups!.y), month: Number(m.groups!.m) } };
    },
  };
}

/** 98/12/31: a two-digit year first (only when it cannot be a day or month). */
function shortYearFirst(_g: Grammar): DateRule {
  return {
    id: 'num.yy_m_d',
    pattern: /(?<![\w.\-/])(?<y>[4-9]\d)(?<s>[/.-])(?<m>[01]?\d)\k<s>(?<d>[0-3]?\d)(?![\w]|[.,/-]\d)/dg,
    build(m, { text }) {
      const gr = m.groups as Groups;
      if (gr.s !== '/' && cjkNear(text, m.index, m.index + m[0].length, 1)) return null;
      const year = expandTwoDigitYear(Number(gr.y));
      const month = Number(gr.m);
      const day = Number(gr.d);
      if (!isValidDate(year, month, day)) return null;
      return { from: { kind: 'day', year, month, day } };
    },
  };
}

/** "the 2024 fiscal year", "its 2025 fiscal year": the year before the words (fiscal 2024 written the other way). */
function yearThenFiscalYear(_g: Grammar): DateRule {
  return {
    id: 'num.year_fiscal_year',
    needs: ['fiscal'],
    pattern: /(?<y>(?:19|20)\d{2})(?<![0-9.,$€£¥]\d{4})\s+fiscal\s+year(?![A-Za-z])/dgi,
    build(m) {
      return { from: { kind: 'fiscal_year', year: Number(m.groups!.y) } };
    },
  };
}

/** R6.5.1, 令和6.5.1, H31/4/30: an era year, month and day in figures (official documents). */
function eraNumeric(g: Grammar): DateRule | null {
  if (!g.alt.eraNames) return null;
  // (the guard after the letter: a leading lookbehind is tried at every position of every text)
  const abbr = g.alt.eraAbbr ? `|(?<ea>${g.alt.eraAbbr})(?<![A-Za-z0-9](?:${g.alt.eraAbbr}))` : '';
  return {
    id: 'num.era_ymd',
    pattern: new RegExp(
      `(?:(?<era>${g.alt.eraNames})${abbr})\\s?(?<ey>${g.alt.firstYear}|\\d{1,2})(?<s>[./])(?<m>1[0-2]|0?[1-9])\\k<s>(?<d>3[01]|[12]\\d|0?[1-9])(?![\\d.]\\d|\\d)`,
      'dg',
    ),
    build(m) {
      const gr = m.groups as Groups;
      const y = readJaYear(gr, g);
      if (!y || y.year === undefined) return null;
      const month = Number(gr.m);
      const day = Number(gr.d);
      if (!isValidDate(y.year, month, day)) return null;
      return { from: { kind: 'day', year: y.year, month, day } };
    },
  };
}

export function codeRules(g: Grammar): DateRule[] {
  return [
    ...[eraNumeric(g)].filter((r): r is DateRule => r !== null),
    yearThenFiscalYear(g),
    yearDotMonth(g),
    shortYearFirst(g),
    fiscalYear(g),
    quarterHalfCode(g),
    yearMonthDay(g),
    dayMonthYearNumeric(g),
    apostropheYear(g),
    yearSlashPart(g),
    monthYearNumeric(g),
    monthDayNumeric(g),
  ];
}
