/**
 * English dates with words where numbers usually stand: offsets from the document date ("two
 * weeks ago", "3 days later", "a month from now", "2 years 1 month 21 days ago", "in two
 * weeks"), "the week after next", days written out ("May twenty-first", "the eleventh of
 * March", "on the second."), decades ("the seventies", "the nineteen seventies", "the 70s",
 * "the noughties") and years in words ("the spring of nineteen seventy eight", "the first
 * quarter of two thousand and twenty", "Year two hundred and sixty seven").
 */
import type { Grammar, OffsetUnit } from '../grammar.ts';
import type { Point } from '../model.ts';
import { isValidDate } from '../calendar.ts';
import type { Built, DateRule } from './rule.ts';
import { cardinalWords, ordinalDayWords, readCardinal, readOrdinalDay, readYearWords, yearWords } from './en-numbers.ts';
import { seasonRange } from './seasons.ts';
import { wordAfter } from './text-context.ts';
import { monthHead } from './en-parts.ts';

type Groups = Record<string, string | undefined>;

const CLAUSE_END = /^\s*(?:[.,;:!?)]|$|\n)/;
const clauseEndAt = (text: string, pos: number) => CLAUSE_END.test(text.slice(pos, pos + 3));

/** The amounts of "2 years 1 month 21 days" → a Point counted from the document date. */
function offsetPoint(g: Grammar, body: string, sign: 1 | -1): Point | null {
  const unitRe = new RegExp(`(?<n>\\d{1,3}|an?|${cardinalWords(g)})\\s+(?<u>${g.alt.enOffsetUnits})s?(?![A-Za-z])`, 'gi');
  const total: Record<OffsetUnit, number> = { year: 0, month: 0, week: 0, day: 0 };
  const seen = new Set<OffsetUnit>();
  for (const m of body.matchAll(unitRe)) {
    const ns = m.groups!.n!.toLowerCase();
    const n = /^\d+$/.test(ns) ? Number(ns) : ns === 'a' || ns === 'an' ? 1 : readCardinal(g, ns);
    const u = g.en.offsetUnits.get(m.groups!.u!.toLowerCase());
    if (n === null || !u || seen.has(u.unit)) return null;
    seen.add(u.unit);
    total[u.unit] = n * u.times;
  }
  if (seen.size === 0) return null;
  const months = sign * (12 * total.year + total.month);
  const days = sign * (7 * total.week + total.day);
  if (seen.has('day') || seen.has('week')) return { kind: 'day', rel: months ? { unit: 'day', offset: days, months } : { unit: 'day', offset: days } };
  if (seen.has('month')) return { kind: 'month', rel: { unit: 'month', offset: months } };
  return { kind: 'year', rel: { unit: 'year', offset: sign * total.year } };
}

/** two weeks ago, 3 days later, a month from now, 2 years 1 month 21 days ago, 4 weeks in the future. */
function offsetAfter(g: Grammar): DateRule {
  const amount = `(?:\\d{1,3}|an?|${cardinalWords(g)})\\s+(?:${g.alt.enOffsetUnits})s?`;
  return {
    id: 'en.offset',
    pattern: new RegExp(
      // (not a comparison: "a year later than planned" is a delay, no date)
      `(?<![A-Za-z0-9.,~-])(?<body>${amount}(?:(?:\\s*,\\s*|\\s+)(?:and\\s+)?${amount}){0,2})\\s+(?<dir>${g.alt.enOffsetDirections})(?![A-Za-z])(?!\\s+than\\b)`,
      'gid',
    ),
    build(m, { grammar }) {
      const gr = m.groups as Groups;
      const sign = grammar.en.offsetDirections.get(gr.dir!.toLowerCase().replace(/\s+/g, ' '));
      if (sign === undefined) return null;
      const from = offsetPoint(grammar, gr.body!, sign);
      return from ? { from } : null;
    },
  };
}

/** in two weeks, in 3 months (a count, not "a": "in a year" is usually a rate). The "in" stays outside the span. */
function offsetIn(g: Grammar): DateRule {
  return {
    id: 'en.offset.in',
    latinWord: true,
    pattern: new RegExp(
      `(?<![A-Za-z])(?:${g.alt.enOffsetPrepositions})\\s+(?<body>(?:\\d{1,3}|${cardinalWords(g)})\\s+(?:${g.alt.enOffsetUnits})s?)(?![A-Za-z0-9])(?![-'’]|\\s+(?:of|old|ago|later|from|in|to|and)\\b)`,
      'gid',
    ),
    build(m, { text, grammar }) {
      const body = m.groups!.body!;
      // a span of time, not a date: "grew 50% in two years", "sold 2,000 cars in 5 days", "doubled in two years"
      const clause = text.slice(Math.max(0, m.index - 60), m.index).split(/[.;:!?\n]/).pop()!;
      if (/\d/.test(clause) || /(?:ed|en)\s+$/i.test(clause)) return null;
      const from = offsetPoint(grammar, body, 1);
      if (!from) return null;
      return { from, start: m.index + m[0].length - body.length };
    },
  };
}

/** the week after next, the month after the next, the weekend after next (two ahead). */
function afterNext(_g: Grammar): DateRule {
  return {
    id: 'en.after_next',
    latinWord: true,
    needs: ['after'],
    pattern: /(?<![A-Za-z])(?<the>the\s+)?(?<u>week|month|year|weekend)\s+after\s+(?:the\s+)?next(?![A-Za-z])(?!\s+(?:week|month|year|weekend|\w+day)\b)/dgi,
    build(m): Built {
      const gr = m.groups as Groups;
      const start = m.index + (gr.the?.length ?? 0);
      const u = gr.u!.toLowerCase();
      if (u === 'weekend') {
        return {
          start,
          from: { kind: 'day', weekday: 6, rel: { unit: 'week', offset: 2 } },
          to: { kind: 'day', weekday: 7, rel: { unit: 'week', offset: 2 } },
        };
      }
      if (u === 'week') return { start, from: { kind: 'week', rel: { unit: 'week', offset: 2 } } };
      if (u === 'month') return { start, from: { kind: 'month', rel: { unit: 'month', offset: 2 } } };
      return { start, from: { kind: 'year', rel: { unit: 'year', offset: 2 } } };
    },
  };
}

/** A day in words or digits: "twenty-first", "second", "twenty one", "27". */
function readDay(g: Grammar, s: string): number | null {
  if (/^\d{1,2}$/.test(s)) return Number(s);
  return readOrdinalDay(g, s) ?? readCardinal(g, s);
}

const monthOf = (g: Grammar, name: string) => g.en.months.get(name.toLowerCase().replace(/\.$/, ''));

/** May twenty-first, may the eleventh, May twenty one, the fourth of May, eleventh of March 2025. */
function monthDayWords(g: Grammar): DateRule[] {
  const day = `(?:${ordinalDayWords(g)}|${cardinalWords(g)})`;
  const year = '(?:,?\\s+(?<y>[12]\\d{3})(?![0-9]))?';
  const build = (m: RegExpExecArray, grammar: Grammar, text: string): Built | null => {
    const gr = m.groups as Groups;
    const month = monthOf(grammar, gr.mon!);
    const d = gr.dw;
    if (gr.dn !== undefined && !gr.the) return null; // "May 5" is the month_day_year rule's
    const ordinal = d !== undefined ? readOrdinalDay(grammar, d) : Number(gr.dn);
    const n = ordinal ?? (d !== undefined ? readCardinal(grammar, d) : null);
    if (month === undefined || n === null || n < 1 || n > 31) return null;
    const year = gr.y !== undefined ? Number(gr.y) : undefined;
    if (!isValidDate(year, month, n)) return null;
    const capital = /^[A-Z]/.test(gr.mon!);
    // "may one day", "march two": a lower-case word month needs an ordinal, "the" or a compound day
    if (!capital && grammar.en.wordMonths.has(gr.mon!.toLowerCase()) && ordinal === null && !gr.the && n < 11) return null;
    // the number words go on ("May twenty one thousand"): not a day
    const w = wordAfter(text, m.index + m[0].length);
    if (w && (w === 'hundred' || w === 'thousand' || w === 'million' || grammar.en.countNouns.has(w))) return null;
    const p: Point = { kind: 'day', month, day: n };
    if (year !== undefined) p.year = year;
    return { from: p };
  };
  return [
    {
      id: 'en.month_day_words',
      head: monthHead(g),
      pattern: new RegExp(
        `(?<![A-Za-z])(?<mon>${g.alt.enMonths})\\.?\\s+(?<the>the\\s+)?(?:(?<dn>[0-3]?\\d)(?:st|nd|rd|th)?(?![0-9])|(?<dw>${day}))(?![A-Za-z])${year}`,
        'gid',
      ),
      build: (m, { text, grammar }) => build(m, grammar, text),
    },
    {
      id: 'en.day_words_of_month',
    latinWord: true,
      pattern: new RegExp(`(?<![A-Za-z])(?<the>the\\s+)?(?<dw>${ordinalDayWords(g)})\\s+of\\s+(?<mon>${g.alt.enMonths})(?![A-Za-z])${year}`, 'gid'),
      build: (m, { text, grammar }) => {
        const b = build(m, grammar, text);
        if (b) b.start = m.index + (m.groups!.the?.length ?? 0);
        return b;
      },
    },
  ];
}

/**
 * A year-less day at the end of a clause after "on"/"for": "on the second!", "for the twenty
 * second", "on 15", "for the 27." ("for the second time" is not: a word follows).
 */
function bareDayWords(g: Grammar): DateRule {
  return {
    id: 'en.day_words',
    latinWord: true,
    pattern: new RegExp(
      `(?<![A-Za-z])(?:on|for)\\s+(?<the>the\\s+)?(?<dw>${ordinalDayWords(g)}|${cardinalWords(g)}|\\d{1,2}(?![0-9]))(?![A-Za-z0-9])`,
      'gid',
    ),
    build(m, { text, grammar }) {
      const gr = m.groups as Groups;
      const end = m.index + m[0].length;
      if (!clauseEndAt(text, end)) return null;
      if (/^\s*[.,]\d/.test(text.slice(end, end + 3))) return null;
      const digits = /^\d+$/.test(gr.dw!);
      // "for 15." is a count; "on 15" and "for the 27" read as a day
      if (digits && !gr.the && !/^on\b/i.test(m[0])) return null;
      // cardinals in words need "the" ("for the thirty"); so do one-word ordinals ("who's on
      // first?"); compound ordinals do not ("on twenty second")
      if (!digits && !gr.the && (readOrdinalDay(grammar, gr.dw!) === null || !/[-\s]/.test(gr.dw!))) return null;
      const day = readDay(grammar, gr.dw!);
      if (day === null || day < 1 || day > 31) return null;
      return { from: { kind: 'day', day }, start: end - gr.dw!.length };
    },
  };
}

/** 22april, 5may2026 (glued day and month name), Jan '25, March '24 (a month of a two-digit year). */
function gluedAndShortYear(g: Grammar): DateRule[] {
  return [
    {
      id: 'en.glued_day_month',
      pattern: new RegExp(`(?<![\\w.])(?<d>[0-3]?\\d)(?<mon>${g.alt.enMonths})(?<y>[12]\\d{3})?(?![A-Za-z0-9])`, 'gid'),
      build(m, { grammar }) {
        const gr = m.groups as Groups;
        const month = monthOf(grammar, gr.mon!);
        const day = Number(gr.d);
        const year = gr.y !== undefined ? Number(gr.y) : undefined;
        if (month === undefined || !isValidDate(year, month, day) || day < 1) return null;
        const p: Point = { kind: 'day', month, day };
        if (year !== undefined) p.year = year;
        return { from: p };
      },
    },
    {
      id: 'en.month_short_year',
      head: monthHead(g),
      needs: ["'", '’'],
      pattern: new RegExp(`(?<![A-Za-z])(?<mon>${g.alt.enMonths})\\.?\\s?['’](?<yy>\\d{2})(?![0-9A-Za-z])`, 'gid'),
      build(m, { grammar }) {
        const gr = m.groups as Groups;
        const month = monthOf(grammar, gr.mon!);
        if (month === undefined) return null;
        return { from: { kind: 'month', month, year: 2000 + Number(gr.yy) } };
      },
    },
  ];
}

/** the 20th of next month, 31st of this month, the first of next month (a day of a relative month). */
function dayOfRelativeMonth(g: Grammar): DateRule {
  return {
    id: 'en.day_of_relative_month',
    needs: ['month'],
    pattern: new RegExp(
      `(?<![A-Za-z0-9])(?<the>the\\s+)?(?<dw>[0-3]?\\d(?:st|nd|rd|th)|${ordinalDayWords(g)})\\s+of\\s+(?:the\\s+)?(?<w>${g.alt.enRelWords})\\s+month(?![A-Za-z])`,
      'gid',
    ),
    build(m, { grammar }) {
      const gr = m.groups as Groups;
      const day = /^\d/.test(gr.dw!) ? parseInt(gr.dw!, 10) : readOrdinalDay(grammar, gr.dw!);
      const offset = grammar.en.relWords.get(gr.w!.toLowerCase().replace(/\s+/g, ' '));
      if (day === null || day < 1 || day > 31 || offset === undefined) return null;
      return { from: { kind: 'day', day, rel: { unit: 'month', offset } }, start: m.index + (gr.the?.length ?? 0) };
    },
  };
}

/** the seventies, the nineteen seventies, the twenty-tens, the noughties, the 70s. */
function decadeWords(g: Grammar): DateRule {
  return {
    id: 'en.decade_words',
    latinWord: true,
    pattern: new RegExp(
      `(?<![A-Za-z])(?<pre>the|in)\\s+(?<w>(?:(?<c>${g.alt.enCardinals})[-\\s])?(?<d>${g.alt.enDecadeWords})|(?<yy>\\d0)s)(?![A-Za-z0-9])`,
      'gid',
    ),
    build(m, { grammar }) {
      const gr = m.groups as Groups;
      let year: number;
      if (gr.yy !== undefined) {
        const yy = Number(gr.yy);
        year = yy <= 20 ? 2000 + yy : 1900 + yy;
      } else {
        const d = gr.d!.toLowerCase();
        if (grammar.en.noughties.has(d)) {
          if (gr.c) return null;
          year = 2000;
        } else {
          const tens = grammar.en.decadeWords.get(d);
          if (tens === undefined) return null;
          const c = gr.c ? grammar.en.cardinals.get(gr.c.toLowerCase()) : undefined;
          if (gr.c && (c === undefined || c < 10)) return null;
          if (c === undefined && tens === 10) return null; // "the tens"
          year = c !== undefined ? c * 100 + tens : 1900 + tens;
        }
      }
      return { from: { kind: 'decade', year }, start: m.index + m[0].length - gr.w!.length };
    },
  };
}

const PART_BEFORE = /(?:^|[^A-Za-z])(?:the\s+)?(?<ord>first|second|third|fourth|1st|2nd|3rd|4th|last)\s+(?<part>quarter|half|week)\s+of\s+$/i;

/**
 * A year in words after "year", "of", "in": "Year two hundred and sixty seven", "in nineteen
 * seventy eight", and with what comes before "of": "the first quarter of two thousand and
 * twenty", "the third week of …", "the spring of nineteen seventy eight" (one mention).
 */
function yearInWords(g: Grammar): DateRule {
  const seasonBefore = new RegExp(`(?:^|[^A-Za-z])(?:the\\s+)?(?<s>${g.alt.enSeasons})\\s+of\\s+$`, 'i');
  return {
    id: 'en.year_words',
    latinWord: true,
    pattern: new RegExp(`(?<![A-Za-z])(?<pre>year|of|in|since|by|until)\\s+(?<yw>${yearWords(g)})(?![A-Za-z])`, 'gid'),
    build(m, { text, grammar }): Built | null {
      const gr = m.groups as Groups;
      const year = readYearWords(grammar, gr.yw!);
      if (year === null || year < 1) return null;
      const pre = gr.pre!.toLowerCase();
      const yStart = m.index + m[0].length - gr.yw!.length;
      const end = m.index + m[0].length;
      const w = wordAfter(text, end);
      if (w && (grammar.en.countNouns.has(w) || w === 'hundred' || w === 'thousand')) return null;
      if (pre === 'year') return { from: { kind: 'year', year }, start: m.index };
      if (year < 1000 || year > 2200) return null;
      const before = text.slice(Math.max(0, m.index - 40), m.index + pre.length + 1);
      if (pre === 'of') {
        const part = PART_BEFORE.exec(before);
        if (part) {
          const ord = part.groups!.ord!.toLowerCase();
          const n = ord === 'last' ? -1 : grammar.en.weekdayOrdinals.get(ord) ?? grammar.en.ordinals.get(ord);
          const kind = part.groups!.part!.toLowerCase();
          const start = m.index - (part[0].length - pre.length - 1) + (part[0].match(/^[^A-Za-z]?(?:the\s+)?/i)![0].length);
          if (n === undefined) return null;
          if (kind === 'quarter' && n >= 1 && n <= 4) return { from: { kind: 'quarter', year, quarter: n as 1 | 2 | 3 | 4 }, start };
          if (kind === 'half' && (n === 1 || n === 2)) return { from: { kind: 'half', year, half: n }, start };
          if (kind === 'week') return { from: { kind: 'week', year, week: n }, start };
          return null;
        }
        const season = seasonBefore.exec(before);
        if (season) {
          const s = grammar.en.seasons.get(season.groups!.s!.toLowerCase());
          if (!s) return null;
          const start = m.index - (season[0].length - pre.length - 1) + (season[0].match(/^[^A-Za-z]?(?:the\s+)?/i)![0].length);
          return { ...seasonRange(s, year, undefined, false), start };
        }
      }
      if (!w || clauseEndAt(text, end) || grammar.en.prepositions.has(w) || w === 'and' || w === 'when') {
        return { from: { kind: 'year', year }, start: yStart };
      }
      return null;
    },
  };
}

export function enWordRules(g: Grammar): DateRule[] {
  return [offsetAfter(g), offsetIn(g), afterNext(g), ...monthDayWords(g), ...gluedAndShortYear(g), dayOfRelativeMonth(g), bareDayWords(g), decadeWords(g), yearInWords(g)];
}
