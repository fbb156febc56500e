/**
 * seeds/companies/company-discovery.yaml: context cues that say "a company name is here",
 * used to discover companies the dictionary lacks and to accept ambiguous aliases.
 */
import type { z } from 'zod';
import { lazySchemas } from '../../text/lazy-zod.ts';
import { loadYaml, ResourceError } from '../../text/seed-files.ts';
import { normaliseAliasText } from './dictionary.ts';
import { escapeRegex } from '../../text/regex.ts';
import { firstUnit, groupByUnits, lastUnit } from '../../text/word-groups.ts';
import { isKanjiLike, isKatakana } from '../../text/chars.ts';

const schemas = lazySchemas((z) => {
  const nonEmpty = z.string().refine((s) => s.length > 0, { message: 'must not be empty' });
  const stringList = z.array(nonEmpty).default([]);
  const cueList = z.array(z.object({ id: z.string().regex(/^[a-z0-9_]+$/), cue: nonEmpty }).strict()).default([]);
  /** Japanese and English words after an alias (the English ones in lower case): place_features, organisation_words_after_name. */
  const wordsAfterAlias = (what: string) =>
    z
      .object({
        ja: stringList,
        en: z.array(z.string().regex(/^[a-z]+(?: [a-z]+)*$/, { message: `an English ${what} word is written in lower case, words separated by one space` })).default([]),
      })
      .strict()
      .default({ ja: [], en: [] });

  const discoverySchema = z
    .object({
      ja: z
        .object({
          after_name: cueList,
          before_name: cueList,
          after_name_patterns: z.array(z.object({ id: z.string().regex(/^[a-z0-9_]+$/), pattern: nonEmpty }).strict()).default([]),
        })
        .strict(),
      en: z
        .object({
          head_nouns: stringList,
          headline_verbs: stringList.default([]),
          after_name: cueList,
          before_name: cueList,
          leading_stopwords: stringList,
          company_words_before_and: stringList,
          company_name_endings: stringList.default([]),
          generic_name_words: stringList.default([]),
          arm_endings: stringList.default([]),
          place_prepositions: stringList,
          country_possessives: stringList.default([]),
          not_after_country_possessive: stringList.default([]),
          // (kind_after: the name is followed by the kind of company it is, "Lopal's Changzhou Liyuan unit")
          before_name_patterns: z.array(z.object({ id: z.string().regex(/^[a-z0-9_]+$/), pattern: nonEmpty, kind_after: z.boolean().default(false) }).strict()).default([]),
          after_name_patterns: z.array(z.object({ id: z.string().regex(/^[a-z0-9_]+$/), pattern: nonEmpty }).strict()).default([]),
        })
        .strict(),
      kanji_company_suffixes: stringList,
      standalone_company_suffixes: stringList,
      description_suffixes: stringList,
      parent_abbreviation_suffixes: stringList.optional(),
      kanji_head_company_suffixes: stringList.default([]),
      han_head_katakana_suffixes: stringList.default([]),
      generic_katakana_heads: stringList.default([]),
      business_line_words: stringList.default([]),
      headquarters_brackets: stringList,
      headquarters_facility_words: stringList.default([]),
      ticker_brackets: stringList,
      nationality_prefixes: stringList,
      subsidiary_regions: z.object({ en: stringList, ja: stringList }).strict().default({ en: [], ja: [] }),
      subsidiary_region_equivalents: z.array(z.array(nonEmpty).min(2)).default([]),
      subsidiary_word_equivalents: z.array(z.array(nonEmpty).min(2)).default([]),
      registered_names: z
        .object({ places: stringList, business_words: stringList, cities: stringList.default([]) })
        .strict()
        .default({ places: [], business_words: [], cities: [] }),
      place_head_company_suffixes: stringList,
      regions_after_places: stringList,
      strip_trailing: stringList,
      strip_leading: stringList,
      strip_leading_before_other_script: stringList,
      agreement_words: stringList,
      table_company_headers: stringList,
      attached_after_kanji: stringList,
      branches_after_name: z.object({ places: stringList, words: stringList }).strict().default({ places: [], words: [] }),
      descriptor_heads: stringList,
      /** IPADIC's organisation names (名詞,固有名詞,組織) as a low-priority alias source (known-organisations.ts). */
      known_organisations: z
        .object({ enabled: z.boolean().default(true), drop_heads: stringList, not_before: stringList, product_heads: stringList.default([]) })
        .strict()
        .default({ enabled: true, drop_heads: [], not_before: [], product_heads: [] }),
      /** English person names that make a following alias a surname: "Mr. Honda", "Henry Ford" (person-names.ts). */
      person_names: z
        .object({
          titles: z.array(z.string().regex(/^[A-Z][A-Za-z]*$/, { message: 'a title is one capitalised word, without its full stop' })).default([]),
          given_names: z.array(z.string().regex(/^[A-Z][a-z]+(?:-[A-Z][a-z]+)?$/, { message: 'a given name is one capitalised word (Henry, Jean-Claude)' })).default([]),
          titles_after: stringList,
          company_words_after: stringList,
          company_words_before: stringList,
        })
        .strict()
        .default({ titles: [], given_names: [], titles_after: [], company_words_after: [], company_words_before: [] }),
      /** Words for a geographic feature that make a preceding alias the place: 「アマゾン川」, "Amazon rainforest" (place-features.ts). */
      place_features: wordsAfterAlias('feature'),
      /** Words that make a preceding alias an organisation's name, not the company's: 「日本電気協会」, "Toyota Foundation" (place-features.ts). */
      organisation_words_after_name: wordsAfterAlias('organisation'),
    })
    .strict();
  return { discoverySchema };
});

export const discoverySchema = (): ReturnType<typeof schemas>['discoverySchema'] => schemas().discoverySchema;

export type DiscoveryData = z.infer<ReturnType<typeof discoverySchema>>;

export interface Cue {
  id: string;
  cue: string;
}

/** Normalise (keep leading/trailing spaces of English cues: they are word boundaries). */
function normCue(s: string): string {
  const lead = /^\s/.test(s) ? ' ' : '';
  const trail = /\s$/.test(s) ? ' ' : '';
  return lead + normaliseAliasText(s) + trail;
}

function cues(list: readonly Cue[]): Cue[] {
  return list.map((c) => ({ id: c.id, cue: normCue(c.cue) })).sort((a, b) => b.cue.length - a.cue.length);
}

function words(list: readonly string[]): string[] {
  return [...new Set(list.map(normaliseAliasText))].sort((a, b) => b.length - a.length);
}


export class DiscoveryPatterns {
  /** Use IPADIC's organisation names; names ending with one of `knownOrganisationDropHeads` are not companies. */
  readonly knownOrganisations: boolean;
  readonly knownOrganisationDropHeads: string[];
  /** Words after a known organisation that make it an event, team or building (NHK杯). */
  readonly knownOrganisationNotBefore: string[];
  /** Kinds of product before a quoted name: the name in 「」 after them is the product's (小型トラック「エルフ」). */
  readonly knownOrganisationProductHeads: string[];
  readonly jaAfter: Cue[];
  readonly jaBefore: Cue[];
  readonly enAfter: Cue[];
  readonly enBefore: Cue[];
  readonly enHeadNouns: Set<string>;
  /** A title-case headline's deal verb, after a space ("… Form Joint Venture", "… to Buy …"); null for none. */
  readonly enHeadlineVerbs: RegExp | null;
  readonly enLeadingStopwords: Set<string>;
  /** Last words of a company's name, before " and " and another name ("THOR Industries and …"). */
  readonly enCompanyWordsBeforeAnd: Set<string>;
  /** Last words that make a capitalised run a name without a cue ("Peterson Trucks"), longest first. */
  readonly enCompanyNameEndings: string[];
  /** Capitalised words too common to make such a run a name alone ("Battery Systems"). */
  readonly enGenericNameWords: Set<string>;
  /** Endings after a dictionary name that make the parent's arm a company of its own ("GM Ventures"). */
  readonly enArmEndings: Set<string>;
  /** Lower-case words after which a capitalised run before an after-name cue is a place ("Panasonic in Osaka signed"). */
  readonly enPlacePrepositions: Set<string>;
  /** "Norway's Zaptec": one regex of the countries whose possessive introduces a company, or null. */
  readonly enCountryPossessive: RegExp | null;
  /** Words that make a name after a country's possessive no company (Ministry, Minister, Province …). */
  readonly enNotAfterCountryPossessive: Set<string>;
  /** Regular expressions whose match ends where a name starts ("invested $394 million in "), one global regex each. */
  readonly enBeforePatterns: { id: string; regex: RegExp; kindAfter: boolean }[];
  /** Regular expressions whose match starts where a company name ends (en.after_name_patterns). */
  readonly enAfterPatterns: { id: string; regex: RegExp }[];
  /** Regular expressions whose match starts where a Japanese name ends (a bracket between them allowed). */
  readonly jaAfterPatterns: { id: string; regex: RegExp }[];
  readonly kanjiSuffixes: string[];
  /** Katakana words that end a Chinese name in kanji (コバルト of 浙江華友コバルト): its short form is the kanji. */
  readonly hanHeadKatakanaSuffixes: string[];
  readonly standaloneSuffixes: string[];
  /** The kanji ones among standaloneSuffixes (鉄道, 建設, 紡績 …): a kanji name ending with one is a whole word. */
  readonly kanjiCompanyWords: string[];
  /** The katakana ones among standaloneSuffixes (システムズ, エナジー …). */
  readonly standaloneKatakanaSuffixes: string[];
  /** Latin letters that after a kanji dictionary name abbreviate a group company (東京電力EP). */
  readonly parentAbbreviations: ReadonlySet<string>;
  /** Company words that also name a product or service: after katakana common nouns, a description. */
  readonly descriptionSuffixes: string[];
  /** Company words of standalone_company_suffixes that make a name only after a kanji head (岡山ガス; not ラスベガス, LPガス). */
  readonly kanjiHeadSuffixes: string[];
  /** Katakana words that before a kanji company word make a kind of company (ネット銀行), not a name. */
  readonly genericKatakanaHeads: Set<string>;
  /** After a suffix-made name, a line of business (パワープロダクツ事業), not a company. */
  readonly businessLineWords: string[];
  /** One global regex of the head-office brackets that may follow a name ("(東京・千代田)"), or null. */
  readonly headquarters: RegExp | null;
  /** Katakana words that name a site, not a company, before a head-office bracket (センター, プラント). */
  readonly headquartersFacilityWords: Set<string>;
  /** One global regex of ticker brackets after an English name ("(NYSE: ACME)"), or null. */
  readonly tickers: RegExp | null;
  /** Region words that end a subsidiary's name after its parent's (Toyota Motor North America, BASF戸田アメリカ). */
  readonly subsidiaryRegionsEn: string[];
  readonly subsidiaryRegionsJa: string[];
  /** Words of one region in both scripts (America, アメリカ, 米国): word → region number. */
  readonly regionGroups: Map<string, number>;
  /** Business words of a subsidiary's name in both scripts (Motor, モーター): word (Latin lower-cased) → word number. */
  readonly wordGroups: Map<string, number>;
  /** Chinese registered names (registered-names.ts): places, and business words case-folded. */
  readonly registeredPlaces: string[];
  readonly registeredBusinessWords: Set<string>;
  /** Chinese cities that open a registered name (「常熟新中源創業投資」), besides the provinces. */
  readonly registeredCities: string[];
  /** Country words that introduce a foreign company: 米, 独, 韓国 + katakana / Latin name. */
  readonly nationalityPrefixes: string[];
  /** Company words after which a place + common nouns is still a name (太陽神戸銀行). */
  readonly placeHeadSuffixes: string[];
  /** ", Indiana" after a Latin name: the name is a town ("New Carlisle, Indiana"), not a company. */
  private readonly regionAfter: RegExp | null;
  readonly stripTrailing: string[];
  readonly stripLeading: string[];
  readonly stripLeadingBeforeOtherScript: string[];
  readonly agreementWords: string[];
  readonly tableHeaders: string[];
  readonly attachedAfterKanji: string[];
  /** Head nouns of a descriptor written straight before a name (電池メーカーX, 鉱山会社X), longest first. */
  readonly descriptorHeads: string[];
  /** A place and a branch word that may follow a kanji name (九州電力|東京支社), as one sticky regex, or null. */
  readonly branchAfterName: RegExp | null;
  /** Words that may stand directly before a kanji alias (大手, 傘下, 中国, 米 …). */
  readonly attachedBeforeKanji: string[];
  /** Titles (Mr, Dr …) and given names (Henry, Soichiro …) before a person's surname. */
  readonly personTitles: Set<string>;
  readonly givenNames: Set<string>;
  /** Words after a name that make it a person's (氏, 大統領), longest first. */
  readonly personTitlesAfter: string[];
  /** Words after a name that make it a company's even when kuromoji reads it as a person's (ローソンの株式), longest first. */
  readonly companyWordsAfterPerson: string[];
  /** The same before a name (三菱商事が出資するローソン), longest first. */
  readonly companyWordsBeforePerson: string[];
  /** Geographic feature words after a name that make it the place (川, 盆地; river, rainforest), longest first. */
  readonly placeFeaturesJa: string[];
  readonly placeFeaturesEn: string[];

  constructor(data: DiscoveryData) {
    this.knownOrganisations = data.known_organisations.enabled;
    this.knownOrganisationDropHeads = words(data.known_organisations.drop_heads);
    this.knownOrganisationNotBefore = words(data.known_organisations.not_before);
    this.knownOrganisationProductHeads = words(data.known_organisations.product_heads);
    this.jaAfter = cues(data.ja.after_name);
    this.jaBefore = cues(data.ja.before_name);
    this.enAfter = cues(data.en.after_name);
    this.enBefore = cues(data.en.before_name);
    this.enHeadNouns = new Set(data.en.head_nouns.map((w) => w.toLowerCase()));
    const headlineVerbs = words(data.en.headline_verbs);
    this.enHeadlineVerbs = headlineVerbs.length ? new RegExp(`(?<= )(?:to )?(?:${headlineVerbs.map(escapeRegex).join('|')})(?= )`) : null;
    this.enLeadingStopwords = new Set(data.en.leading_stopwords);
    this.enCompanyWordsBeforeAnd = new Set(data.en.company_words_before_and);
    this.enCompanyNameEndings = [...new Set([...data.en.company_name_endings, ...data.en.arm_endings])].sort((a, b) => b.length - a.length);
    this.enGenericNameWords = new Set(data.en.generic_name_words);
    this.enArmEndings = new Set(data.en.arm_endings);
    this.enPlacePrepositions = new Set(data.en.place_prepositions);
    const countries = words(data.en.country_possessives);
    this.enNotAfterCountryPossessive = new Set(data.en.not_after_country_possessive);
    this.enCountryPossessive = countries.length ? new RegExp(`\\b(?:${countries.map(escapeRegex).join('|')})['’]s\\s+(?=[A-Z0-9])`, 'g') : null;
    this.enBeforePatterns = data.en.before_name_patterns.map((p) => ({ id: p.id, regex: new RegExp(p.pattern, 'g'), kindAfter: p.kind_after }));
    this.enAfterPatterns = data.en.after_name_patterns.map((p) => ({ id: p.id, regex: new RegExp(p.pattern, 'g') }));
    this.jaAfterPatterns = data.ja.after_name_patterns.map((p) => ({ id: p.id, regex: new RegExp(p.pattern, 'gu') }));
    this.standaloneSuffixes = words(data.standalone_company_suffixes);
    this.standaloneKatakanaSuffixes = this.standaloneSuffixes.filter((w) => isKatakana(w.charCodeAt(0)));
    this.kanjiCompanyWords = this.standaloneSuffixes.filter((w) => isKanjiLike(w.charCodeAt(0)));
    this.descriptionSuffixes = words(data.description_suffixes);
    this.parentAbbreviations = new Set(words(data.parent_abbreviation_suffixes ?? []));
    this.kanjiHeadSuffixes = words(data.kanji_head_company_suffixes);
    this.genericKatakanaHeads = new Set(data.generic_katakana_heads);
    this.businessLineWords = words(data.business_line_words);
    this.headquarters = data.headquarters_brackets.length ? new RegExp(data.headquarters_brackets.map((p) => `(?:${p})`).join('|'), 'gu') : null;
    this.headquartersFacilityWords = new Set(data.headquarters_facility_words);
    this.tickers = data.ticker_brackets.length ? new RegExp(data.ticker_brackets.map((p) => `(?:${p})`).join('|'), 'gu') : null;
    this.kanjiSuffixes = words([...data.kanji_company_suffixes, ...data.standalone_company_suffixes]);
    this.hanHeadKatakanaSuffixes = words(data.han_head_katakana_suffixes);
    this.subsidiaryRegionsEn = words(data.subsidiary_regions.en);
    this.subsidiaryRegionsJa = words(data.subsidiary_regions.ja);
    this.registeredPlaces = words(data.registered_names.places);
    this.registeredBusinessWords = new Set(data.registered_names.business_words.map((w) => w.toLowerCase()));
    this.registeredCities = words(data.registered_names.cities);
    this.regionGroups = new Map();
    data.subsidiary_region_equivalents.forEach((group, i) => {
      for (const w of group) if (!this.regionGroups.has(w)) this.regionGroups.set(w, i);
    });
    this.wordGroups = new Map();
    data.subsidiary_word_equivalents.forEach((group, i) => {
      for (const w of group) if (!this.wordGroups.has(w.toLowerCase())) this.wordGroups.set(w.toLowerCase(), i);
    });
    this.nationalityPrefixes = words(data.nationality_prefixes);
    this.placeHeadSuffixes = words(data.place_head_company_suffixes);
    const regions = words(data.regions_after_places);
    this.regionAfter = regions.length ? new RegExp(`^,\\s(?:${regions.map(escapeRegex).join('|')})(?![\\p{L}\\p{N}'’-])`, 'u') : null;
    this.stripTrailing = words(data.strip_trailing);
    this.stripLeading = words(data.strip_leading);
    this.stripLeadingBeforeOtherScript = words(data.strip_leading_before_other_script);
    this.agreementWords = words(data.agreement_words);
    this.tableHeaders = words(data.table_company_headers).map((w) => w.toLowerCase());
    this.attachedAfterKanji = words(data.attached_after_kanji);
    this.descriptorHeads = words(data.descriptor_heads);
    const branchPlaces = words(data.branches_after_name.places);
    const branchWords = words(data.branches_after_name.words);
    this.branchAfterName = branchPlaces.length && branchWords.length ? new RegExp(`(?:${branchPlaces.map(escapeRegex).join('|')})(?:${branchWords.map(escapeRegex).join('|')})`, 'y') : null;
    this.attachedBeforeKanji = words([...data.strip_leading, ...data.strip_leading_before_other_script]);
    this.personTitles = new Set(data.person_names.titles);
    this.givenNames = new Set(data.person_names.given_names);
    this.personTitlesAfter = words(data.person_names.titles_after);
    this.companyWordsAfterPerson = words(data.person_names.company_words_after);
    this.companyWordsBeforePerson = words(data.person_names.company_words_before);
    // (an organisation word after an alias is read as a feature word is: the alias is not the company)
    this.placeFeaturesJa = words([...data.place_features.ja, ...data.organisation_words_after_name.ja]);
    this.placeFeaturesEn = [...new Set([...data.place_features.en, ...data.organisation_words_after_name.en])].sort((a, b) => b.length - a.length);
    this.kanjiSuffixesByLast = groupByUnits(this.kanjiSuffixes, lastUnit);
    this.stripTrailingByLast = groupByUnits(this.stripTrailing, lastUnit);
    this.stripLeadingByFirst = groupByUnits(this.stripLeading, firstUnit);
    this.stripLeadingBeforeOtherScriptByFirst = groupByUnits(this.stripLeadingBeforeOtherScript, firstUnit);
  }
  private readonly kanjiSuffixesByLast: Map<number, string[]>;
  /**
   * The strip lists grouped by the unit a match must have at the text position (last unit of
   * a trailing word, first of a leading one), each group in list order (NameJudge.clean).
   */
  readonly stripTrailingByLast: Map<number, string[]>;
  readonly stripLeadingByFirst: Map<number, string[]>;
  readonly stripLeadingBeforeOtherScriptByFirst: Map<number, string[]>;

  /** Does a kanji name end with a company-type word (汽車, 科技, 集団 …)? */
  hasKanjiCompanySuffix(name: string): boolean {
    return this.kanjiCompanySuffixAtEnd(name) > 0;
  }

  /** Is `word` itself a kanji company word (興業, 電力)? */
  isKanjiCompanyWord(word: string): boolean {
    return this.kanjiSuffixesByLast.get(word.charCodeAt(word.length - 1))?.includes(word) ?? false;
  }

  /** The length of the longest company-type word a kanji name ends with (0 for none). */
  kanjiCompanySuffixAtEnd(name: string): number {
    // only the words ending with the name's last unit can match
    const list = this.kanjiSuffixesByLast.get(name.charCodeAt(name.length - 1));
    let best = 0;
    for (const s of list ?? []) if (s.length > best && name.length > s.length && name.endsWith(s)) best = s.length;
    return best;
  }

  /** Is the name ending at `end` followed by ", <state or province>" (a town: "New Carlisle, Indiana")? */
  isBeforeRegion(text: string, end: number): boolean {
    return this.regionAfter !== null && text.charCodeAt(end) === 0x2c && this.regionAfter.test(text.slice(end, end + 40));
  }

  /** Does a table header cell name a column of companies? */
  isCompanyHeader(header: string): boolean {
    const h = header.toLowerCase();
    return this.tableHeaders.some((w) => h.includes(w));
  }

  /** Does the text contain an agreement word? */
  hasAgreementWord(text: string): boolean {
    return this.agreementWords.some((w) => text.includes(w));
  }
}

export function loadDiscoveryPatterns(file: string): DiscoveryPatterns {
  const loaded = loadYaml(file, discoverySchema);
  for (const [lang, key, flags] of [
    ['en', 'before_name_patterns', 'g'],
    ['en', 'after_name_patterns', 'g'],
    ['ja', 'after_name_patterns', 'gu'],
  ] as const) {
    const list: { pattern: string }[] = lang === 'en' ? loaded.data.en[key] : loaded.data.ja.after_name_patterns;
    list.forEach((p, i) => {
      try {
        new RegExp(p.pattern, flags);
      } catch (e) {
        throw new ResourceError(file, loaded.lineOf([lang, key, i, 'pattern']), `${lang}.${key}.${i}: invalid regular expression /${p.pattern}/: ${(e as Error).message}`);
      }
    });
  }
  for (const key of ['headquarters_brackets', 'ticker_brackets'] as const) {
    loaded.data[key].forEach((p, i) => {
      try {
        new RegExp(p, 'u');
      } catch (e) {
        throw new ResourceError(file, loaded.lineOf([key, i]), `${key}.${i}: invalid regular expression /${p}/: ${(e as Error).message}`);
      }
    });
  }
  return new DiscoveryPatterns(loaded.data);
}
