/**
 * Seasons (RECORDS.md §2: a range of months): 2025年夏, 2025年の春, 来年の冬, 今夏, 昨秋,
 * summer 2025, the summer of 2025, this summer, and a season alone where its context makes it
 * a time (「夏に」, "in summer"): the one nearest the document date, like a year-less month. A
 * relative one (今夏, this summer) needs a document date. Months come from seeds/dates/*.yaml
 * (winter runs into the next year).
 */
import type { Grammar, Season } from '../grammar.ts';
import type { Point, Relative } from '../model.ts';
import type { DateRule, Built } from './rule.ts';
import { jaYearSource, readJaYear } from './ja-parts.ts';
import { startsWithAny } from './text-context.ts';

type Groups = Record<string, string | undefined>;

const isJaLetter = (c: number) => (c >= 0x3041 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || c === 0x3005;

/** The season as a month range of `year` (or of a year relative to the document date). */
export function seasonRange(s: Season, year: number | undefined, rel: Relative | undefined, sameYear: boolean, yearOffset = 0): Built {
  const wraps = s.to < s.from;
  const from: Point = { kind: 'month', month: s.from };
  const to: Point = { kind: 'month', month: s.to };
  if (year !== undefined) {
    from.year = year;
    to.year = wraps ? year + 1 : year;
  }
  if (rel) {
    from.rel = { ...rel };
    to.rel = { ...rel, offset: rel.offset + (wraps ? 1 : 0) };
  }
  if (sameYear) from.sameYear = to.sameYear = true;
  if (sameYear && yearOffset !== 0) from.yearOffset = to.yearOffset = yearOffset;
  return { from, to };
}

/** 2025年夏, 2025年の春, 令和7年秋, 来年の冬, 今夏, 昨秋, 来春. */
function jaSeason(g: Grammar, needs: readonly string[]): DateRule {
  return {
    id: 'ja.season',
    needs,
    pattern: new RegExp(
      `(?:(?<![0-9A-Za-z.'])${jaYearSource(g)}\\s?(?:の\\s?)?|(?<![\\u3400-\\u9fff々])(?<sp>${g.alt.jaSeasonPrefixes}))(?<s>${g.alt.jaSeasons})`,
      'dg',
    ),
    build(m, { text, grammar }): Built | null {
      const gr = m.groups as Groups;
      const season = grammar.ja.seasons.get(gr.s!);
      if (!season) return null;
      const end = m.index + m[0].length;
      // 春闘, 秋葉原, 夏休み: the season character opens another word
      if (end < text.length && isJaLetter(text.charCodeAt(end)) && !startsWithAny(text, end, grammar.ja.seasonFollowers)) return null;
      if (gr.sp !== undefined) {
        const offset = grammar.ja.seasonPrefixes.get(gr.sp);
        if (offset === undefined) return null;
        return { ...seasonRange(season, undefined, { unit: 'year', offset }, false), rule: 'ja.season.relative' };
      }
      const y = readJaYear(gr, grammar);
      // (a two-digit year too: 「26年春に着工」 is a season of 2026, no term of years)
      if (!y || y.fiscal || y.threeDigit) return null;
      return seasonRange(season, y.year, y.rel, y.sameYear === true, y.yearOffset);
    },
  };
}

/** A letter, digit, katakana or kanji (also one outside the BMP: 𠮷) before a lone season makes it part of a word. */
const NOT_BEFORE_ALONE = /[0-9A-Za-z\u30a0-\u30ff\u3400-\u9fff々\ud800-\udfff]/;

/**
 * 「夏に発売する」「秋から量産」「春以降」: a season alone, after no kanji or katakana (青春,
 * 晩秋, 真夏) and before a time particle (ja.yaml bare_season_followers), not a figure of
 * speech (冬の時代). Year-less: anchor.ts takes the reading nearest the document date.
 */
function jaSeasonAlone(g: Grammar, needs: readonly string[]): DateRule {
  return {
    id: 'ja.season.alone',
    needs,
    pattern: new RegExp(`(?<s>${g.alt.jaSeasons})`, 'dg'),
    build(m, { text, grammar }): Built | null {
      const season = grammar.ja.seasons.get(m.groups!.s!);
      if (!season) return null;
      if (m.index > 0 && NOT_BEFORE_ALONE.test(text[m.index - 1]!)) return null;
      const end = m.index + m[0].length;
      if (!startsWithAny(text, end, grammar.ja.bareSeasonFollowers) || startsWithAny(text, end, grammar.ja.bareSeasonNotBefore)) return null;
      return seasonRange(season, undefined, undefined, false);
    },
  };
}

/** summer 2025, the summer of 2025, Fall 2024. */
function enSeasonYear(g: Grammar): DateRule {
  return {
    id: 'en.season',
    latinWord: true,
    pattern: new RegExp(
      `(?<![A-Za-z])(?<the>the\\s+)?(?<s>${g.alt.enSeasons})\\s+(?<of>of\\s+)?(?<y>1[89]\\d\\d|20\\d\\d|2100)(?![0-9A-Za-z]|[.,]\\d)`,
      'gid',
    ),
    build(m, { grammar }): Built | null {
      const gr = m.groups as Groups;
      const season = grammar.en.seasons.get(gr.s!.toLowerCase());
      if (!season) return null;
      const built = seasonRange(season, Number(gr.y), undefined, false);
      // a leading "the" is outside the span (RECORDS.md §2): "the summer of 2025" → "summer of 2025"
      if (gr.the) built.start = m.index + gr.the.length;
      return built;
    },
  };
}

/** this summer, next spring, last winter (with a document date only). */
function enSeasonRelative(g: Grammar): DateRule {
  return {
    id: 'en.season.relative',
    latinWord: true,
    pattern: new RegExp(`(?<![A-Za-z])(?<w>this|next|last)\\s+(?<s>${g.alt.enSeasons})(?![A-Za-z])(?!\\s+of\\b)`, 'gid'),
    build(m, { grammar }): Built | null {
      const gr = m.groups as Groups;
      const season = grammar.en.seasons.get(gr.s!.toLowerCase());
      if (!season) return null;
      const w = gr.w!.toLowerCase();
      const offset = w === 'this' ? 0 : w === 'next' ? 1 : -1;
      return seasonRange(season, undefined, { unit: 'year', offset }, false);
    },
  };
}

/**
 * "in summer", "by the autumn", "during winter", "in late summer" (the modifier is read by
 * refine/modifiers.ts): a season alone after a preposition (en.yaml season_prepositions), not
 * before "of" ("the fall of Lehman"; "the summer of 2025" is en.season) nor before another
 * word of a compound ("summer-time"). Year-less: the reading nearest the document date.
 */
function enSeasonAlone(g: Grammar): DateRule {
  // read in build(), on the text before the season: a pattern opening with this lookbehind
  // would be tried at every position of the text
  const before = new RegExp(`(?<![A-Za-z])(?:${g.alt.enSeasonPrepositions})\\s+(?:the\\s+)?(?:(?:early|mid|late)(?:\\s+|-))?$`, 'i');
  return {
    id: 'en.season.alone',
    pattern: new RegExp(`(?<![A-Za-z])(?<s>${g.alt.enSeasons})(?![A-Za-z-])(?!\\s+of\\b)`, 'gid'),
    build(m, { text, grammar }): Built | null {
      if (!before.test(text.slice(Math.max(0, m.index - 32), m.index))) return null;
      const season = grammar.en.seasons.get(m.groups!.s!.toLowerCase());
      return season ? seasonRange(season, undefined, undefined, false) : null;
    },
  };
}

export function seasonRules(g: Grammar): DateRule[] {
  const jaSeasonWords = [...g.ja.seasons.keys()];
  return [jaSeason(g, jaSeasonWords), jaSeasonAlone(g, jaSeasonWords), enSeasonYear(g), enSeasonRelative(g), ...(g.alt.enSeasonPrepositions ? [enSeasonAlone(g)] : [])];
}
