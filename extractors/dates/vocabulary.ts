/**
 * The date extractor's seed data (seeds/dates/*.yaml), validated with zod and compiled into
 * lookup tables and regular-expression alternations once per extractor.
 */
import path from 'node:path';
import { EnSchema, ErasSchema, HolidaysSchema, JaSchema } from './vocabulary-schema.ts';
import { escapeRegex, literalWord, wordAlternation } from '../../text/regex.ts';
import { loadYaml, defaultSeedsDir } from '../../text/seed-files.ts';
import type { DateMod } from '../types.ts';
import type { Anaphor, Era, Grammar, MovableHoliday, OffsetUnit, PrefixModifier, RelativePeriod, Season, SuffixModifier } from './grammar.ts';
import type { PointKind } from './model.ts';

/** Seed files read by the extractor, relative to the seeds directory. */
export const DATE_RESOURCES = ['dates/eras.yaml', 'dates/ja.yaml', 'dates/en.yaml', 'dates/holidays.yaml'] as const;

const toAnaphor = (a: { unit: Anaphor['unit']; offset: number; weekend?: boolean | undefined; final?: boolean | undefined }): Anaphor => ({
  unit: a.unit,
  offset: a.offset,
  weekend: a.weekend ?? false,
  final: a.final ?? false,
});

/** Alternation of literal words, longest first; spaces match any run of whitespace, ' either apostrophe. */
export function alternation(words: Iterable<string>): string {
  return wordAlternation(words, (w) => literalWord(w).replace(/'/g, "['’]"));
}

function lowerMap<T>(entries: Iterable<[string, T]>): Map<string, T> {
  const m = new Map<string, T>();
  for (const [k, v] of entries) m.set(k.toLowerCase(), v);
  return m;
}

export function loadGrammar(seedsDir: string): Grammar {
  const erasFile = path.join(seedsDir, DATE_RESOURCES[0]);
  const jaFile = path.join(seedsDir, DATE_RESOURCES[1]);
  const enFile = path.join(seedsDir, DATE_RESOURCES[2]);
  const eras = loadYaml(erasFile, ErasSchema).data;
  const ja = loadYaml(jaFile, JaSchema).data;
  const en = loadYaml(enFile, EnSchema).data;
  const holidaysFile = path.join(seedsDir, DATE_RESOURCES[3]);
  const computed = loadYaml(holidaysFile, HolidaysSchema).data.holidays;
  const computedJa = new Map(computed.flatMap((h) => h.ja.map((n) => [n, h.rule] as [string, string])));
  const computedEn = lowerMap(computed.flatMap((h) => h.en.map((n) => [n, h.rule] as [string, string])));

  const eraMap = new Map<string, Era>();
  const eraAbbr = new Map<string, Era>();
  for (const e of eras.eras) {
    const until = e.written_until ?? e.last;
    const era: Era = { start: e.start, ...(until !== undefined ? { last: until } : {}) };
    eraMap.set(e.name, era);
    if (e.abbr) eraAbbr.set(e.abbr, era);
  }
  const jaWeekdays = new Map(ja.weekdays.map((w) => [w.char, w.n] as [string, number]));
  const enMonths = new Map<string, number>();
  for (const m of en.months) for (const n of m.names) enMonths.set(n.toLowerCase(), m.n);
  const enWeekdays = new Map<string, number>();
  for (const w of en.weekdays) for (const n of w.names) enWeekdays.set(n.toLowerCase(), w.n);
  const weekdayOrdinals = new Map<string, number>();
  for (const o of en.weekday_ordinals) for (const w of o.words) weekdayOrdinals.set(w.toLowerCase(), o.n);
  const ordinals = new Map<string, number>();
  for (const o of en.ordinals) for (const w of o.words) ordinals.set(w.toLowerCase(), o.n);
  const centuryOrdinals = new Map<string, number>();
  for (const o of en.century_ordinals) for (const w of o.words) centuryOrdinals.set(w.toLowerCase().replace(/[\s-]+/g, ' '), o.n);
  const prefixModifiers = lowerMap(
    en.prefix_modifiers.map(
      (p) =>
        [p.text, { text: p.text, mod: p.mod as DateMod, hyphenOnly: p.hyphen_only ?? false, approx: p.approx ?? false }] as [
          string,
          PrefixModifier,
        ],
    ),
  );
  const countNouns = new Set<string>();
  for (const w of en.count_nouns) {
    const l = w.toLowerCase();
    countNouns.add(l);
    countNouns.add(`${l}s`);
    countNouns.add(`${l}es`);
  }
  const jaSuffix: SuffixModifier[] = ja.suffix_modifiers
    .map((m) => ({
      text: m.text,
      after: new Set(m.after as PointKind[]),
      ...(m.mod !== undefined ? { mod: m.mod } : {}),
      ...(m.half !== undefined ? { half: m.half } : {}),
      boundary: m.boundary ?? false,
      afterNo: m.after_no ?? false,
    }))
    .sort((a, b) => b.text.length - a.text.length);
  const holidaysJa = new Map(ja.holidays.map((h) => [h.text, { month: h.month, day: h.day }] as const));
  const holidaysEn = lowerMap(en.holidays.map((h) => [h.text, { month: h.month, day: h.day }] as [string, { month: number; day: number }]));
  const relWordsEn = lowerMap(en.relative.words.map((w) => [w.text, w.offset] as [string, number]));

  const byLength = (a: string, b: string) => b.length - a.length;
  return {
    eras: eraMap,
    eraAbbr,
    firstYearWords: new Set(eras.first_year),
    ja: {
      suffixModifiers: jaSuffix,
      connectives: [...ja.range_connectives].sort(byLength),
      changeAfter: ja.range_change_after.length ? new RegExp(`^(?:に|へ)(?:[^、。]{0,12}?(?:を|が))?(?:${[...ja.range_change_after].sort(byLength).map(escapeRegex).join('|')})`) : null,
      particles: [...ja.particles].sort(byLength),
      bareDayBefore: [...ja.bare_day_before].sort(byLength),
      bareDayAfter: [...ja.bare_day_after].sort(byLength),
      nonDateSuffixes: ja.non_date_suffixes
        .map((s) => ({ text: s.text, after: new Set(s.after) }))
        .sort((a, b) => b.text.length - a.text.length),
      nonDatePrefixes: [...ja.non_date_prefixes].sort(byLength),
      nameSuffixes: [...ja.name_suffixes].sort(byLength),
      relDays: new Map(ja.relative.days.map((w) => [w.text, w.offset])),
      relYears: new Map(ja.relative.years.map((w) => [w.text, w.offset])),
      relFiscalYears: new Map(ja.relative.fiscal_years.map((w) => [w.text, w.offset])),
      relMonths: new Map(ja.relative.months.map((w) => [w.text, w.offset])),
      relWeeks: new Map(ja.relative.weeks.map((w) => [w.text, w.offset])),
      weekends: new Map(ja.weekends.map((w) => [w.text, w.offset])),
      relPeriods: new Map(ja.relative_periods.map((p) => [p.text, { unit: p.unit, mod: p.mod }] as const)),
      sameYear: new Map(ja.same_year.map((w) => (typeof w === 'string' ? [w, 0] : [w.text, w.offset]))),
      anaphora: new Map(ja.anaphora.map((a) => [a.text, toAnaphor(a)] as const)),
      anaphoraNotBefore: [...ja.anaphora_not_before].sort(byLength),
      weekdayOrdinals: new Map(ja.weekday_ordinals.map((o) => [o.text, o.n] as const)),
      weekdays: jaWeekdays,
      holidays: holidaysJa,
      movableHolidays: new Map(ja.movable_holidays.map((h) => [h.text, { month: h.month, weekday: h.weekday, nth: h.nth }] as const)),
      computedHolidays: computedJa,
      seasons: new Map(ja.seasons.map((x) => [x.text, { from: x.from, to: x.to }] as const)),
      seasonPrefixes: new Map(ja.season_prefixes.map((w) => [w.text, w.offset] as const)),
      seasonFollowers: [...ja.season_followers].sort(byLength),
      bareSeasonFollowers: [...ja.bare_season_followers].sort(byLength),
      bareSeasonNotBefore: [...ja.bare_season_not_before].sort(byLength),
      offsetUnits: new Map(ja.offset_units.map((u) => [u.text, u.unit] as const)),
      offsetDirections: new Map(ja.offset_directions.map((d) => [d.text, d.sign] as const)),
      offsetNotAfter: [...ja.offset_not_after].sort(byLength),
      twoDigitYears: {
        after: [...ja.two_digit_years.after].sort(byLength),
        notAfter: [...ja.two_digit_years.not_after].sort(byLength),
        notBefore: [...ja.two_digit_years.not_before].sort(byLength),
      },
      offsetNotBefore: [...ja.offset_not_before].sort(byLength),
    },
    en: {
      months: enMonths,
      ambiguousMonths: new Set(en.ambiguous_months.map((m) => m.toLowerCase())),
      wordMonths: new Set(en.word_months.map((m) => m.toLowerCase())),
      weekdayOrdinals,
      weekdays: enWeekdays,
      ordinals,
      centuryOrdinals,
      prefixModifiers,
      suffixModifiers: lowerMap(en.suffix_modifiers.map((s) => [s.text, s.mod] as [string, 'after' | 'before'])),
      connectives: en.range_connectives.map((c) => ({
        text: c.text.toLowerCase(),
        needsBetween: c.needs_between ?? false,
        yearsOnly: c.years_only ?? false,
      })),
      prepositions: new Set(en.prepositions.map((p) => p.toLowerCase())),
      yearContextWords: new Set(en.year_context_words.map((p) => p.toLowerCase())),
      countNouns,
      nonDateBefore: new Set(en.non_date_before.map((p) => p.toLowerCase())),
      relDays: lowerMap(en.relative.days.map((w) => [w.text, w.offset] as [string, number])),
      relWords: relWordsEn,
      anaphora: lowerMap(en.anaphora.map((a) => [a.text, toAnaphor(a)] as [string, Anaphor])),
      cardinals: lowerMap(Object.entries(en.number_words.cardinals)),
      ordinalWords: lowerMap(Object.entries(en.number_words.ordinals)),
      decadeWords: lowerMap(Object.entries(en.number_words.decades)),
      noughties: new Set(en.number_words.noughties.map((w) => w.toLowerCase())),
      offsetUnits: lowerMap(en.offset_units.map((u) => [u.text, { unit: u.unit, times: u.times ?? 1 }] as [string, { unit: OffsetUnit; times: number }])),
      offsetDirections: lowerMap(en.offset_directions.map((d) => [d.text, d.sign] as [string, -1 | 1])),
      offsetPrepositions: new Set(en.offset_prepositions.map((w) => w.toLowerCase())),
      holidays: holidaysEn,
      movableHolidays: lowerMap(
        en.movable_holidays.map((h) => [h.text, { month: h.month, weekday: h.weekday, nth: h.nth }] as [string, MovableHoliday]),
      ),
      computedHolidays: computedEn,
      seasons: lowerMap(en.seasons.map((x) => [x.text, { from: x.from, to: x.to }] as [string, Season])),
      relPeriods: lowerMap(en.relative_periods.map((p) => [p.text, { unit: p.unit, mod: p.mod, beforeNoun: p.before_noun }] as [string, RelativePeriod & { beforeNoun: boolean }])),
    },
    alt: {
      eraNames: alternation(eraMap.keys()),
      eraAbbr: alternation(eraAbbr.keys()),
      firstYear: alternation(eras.first_year),
      jaRelDays: alternation(ja.relative.days.map((w) => w.text)),
      jaRelYears: alternation(ja.relative.years.map((w) => w.text)),
      jaRelFiscalYears: alternation(ja.relative.fiscal_years.map((w) => w.text)),
      jaRelMonths: alternation(ja.relative.months.map((w) => w.text)),
      jaRelWeeks: alternation(ja.relative.weeks.map((w) => w.text)),
      jaWeekends: alternation(ja.weekends.map((w) => w.text)),
      jaSameYear: alternation(ja.same_year.map((w) => (typeof w === 'string' ? w : w.text))),
      jaAnaphora: alternation(ja.anaphora.map((a) => a.text)),
      enAnaphora: alternation(en.anaphora.map((a) => a.text.toLowerCase())),
      enCardinals: alternation(Object.keys(en.number_words.cardinals).map((w) => w.toLowerCase())),
      enOrdinalWords: alternation(Object.keys(en.number_words.ordinals).map((w) => w.toLowerCase())),
      enDecadeWords: alternation([...Object.keys(en.number_words.decades), ...en.number_words.noughties].map((w) => w.toLowerCase())),
      enOffsetUnits: alternation(en.offset_units.map((u) => u.text.toLowerCase())),
      enOffsetDirections: alternation(en.offset_directions.map((d) => d.text.toLowerCase())),
      enOffsetPrepositions: alternation(en.offset_prepositions.map((w) => w.toLowerCase())),
      jaRelPeriods: alternation(ja.relative_periods.map((p) => p.text)),
      enRelPeriods: alternation(en.relative_periods.map((p) => p.text.toLowerCase())),
      jaWeekdayOrdinals: alternation(ja.weekday_ordinals.map((o) => o.text)),
      jaWeekdayChars: [...jaWeekdays.keys()].map(escapeRegex).join(''),
      jaHolidays: alternation(holidaysJa.keys()),
      jaMovableHolidays: alternation(ja.movable_holidays.map((h) => h.text)),
      jaComputedHolidays: alternation(computedJa.keys()),
      enComputedHolidays: alternation(computedEn.keys()),
      jaSeasons: alternation(ja.seasons.map((x) => x.text)),
      jaSeasonPrefixes: alternation(ja.season_prefixes.map((w) => w.text)),
      jaOffsetUnits: alternation(ja.offset_units.map((u) => u.text)),
      jaOffsetDirections: alternation(ja.offset_directions.map((d) => d.text)),
      enMonths: alternation(enMonths.keys()),
      enMonthPeriod: `(?:(?<=(?<![A-Za-z])(?:${alternation(en.months.flatMap((m) => m.names.slice(1)))}))\\.)?`,
      enWeekdays: alternation(enWeekdays.keys()),
      enOrdinals: alternation(ordinals.keys()),
      enWeekdayOrdinals: alternation(weekdayOrdinals.keys()),
      enCenturyOrdinals: alternation(en.century_ordinals.flatMap((o) => o.words).map((w) => w.toLowerCase())).replace(/-/g, '[-\\s]'),
      enPrefixModifiers: alternation(prefixModifiers.keys()),
      enSuffixModifiers: alternation(en.suffix_modifiers.map((s) => s.text.toLowerCase())),
      enConnectives: alternation(en.range_connectives.map((c) => c.text.toLowerCase())),
      enRelDays: alternation(en.relative.days.map((w) => w.text.toLowerCase())),
      enRelWords: alternation(relWordsEn.keys()),
      enHolidays: alternation(holidaysEn.keys()),
      enMovableHolidays: alternation(en.movable_holidays.map((h) => h.text.toLowerCase())),
      enSeasons: alternation(en.seasons.map((x) => x.text.toLowerCase())),
      enSeasonPrepositions: alternation(en.season_prepositions.map((w) => w.toLowerCase())),
    },
    files: [erasFile, jaFile, enFile, holidaysFile],
  };
}

const cache = new Map<string, Grammar>();

/**
 * The grammar of a seeds directory, built once per process for each content of its files:
 * keyed on the files' hashes, not the directory, so an extractor rebuilt after an edit never
 * runs with the old vocabulary while the run records the new hashes.
 */
export function grammarFor(seedsDir: string = defaultSeedsDir()): Grammar {
  const [eras, ja, en] = DATE_RESOURCES.map((f) => path.join(seedsDir, f));
  const key = [loadYaml(eras!, ErasSchema).hash, loadYaml(ja!, JaSchema).hash, loadYaml(en!, EnSchema).hash].join(' ');
  let g = cache.get(key);
  if (!g) {
    g = loadGrammar(seedsDir);
    cache.set(key, g);
  }
  return g;
}
