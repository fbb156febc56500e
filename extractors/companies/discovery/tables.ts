/**
 * Compiled discovery tables: cue automata and legal-form regexes, built once per extractor.
 */
import { compileMatcher, type Matcher } from '../aho-corasick.ts';
import type { Cue, DiscoveryPatterns } from '../discovery-patterns.ts';
import type { LegalForms } from '../legal-forms.ts';
import { escapeRegex } from '../../../text/regex.ts';
import { foldString } from '../../../text/chars.ts';

export interface CueTable {
  matcher: Matcher;
  cues: Cue[];
}

/** The first characters of `words` as the inside of a character class (u flag). */
function firstCharacters(words: readonly string[]): string {
  const firsts = new Set(words.filter((w) => w.length > 0).map((w) => String.fromCodePoint(w.codePointAt(0)!)));
  return [...firsts].map((c) => c.replace(/[\\\]\[^-]/g, '\\$&')).join('');
}

function cueTable(cues: Cue[]): CueTable {
  return { matcher: compileMatcher(cues.map((c) => c.cue)), cues };
}

/**
 * One automaton over the cues of two tables (the first's ids, then the second's shifted by
 * its length), or null when a cue of the second table repeats one of the first (the merged
 * automaton would report it under the first's id only).
 */
function pairMatcher(first: Cue[], second: Cue[]): Matcher | null {
  const seen = new Set(first.map((c) => foldString(c.cue)));
  if (second.some((c) => seen.has(foldString(c.cue)))) return null;
  return compileMatcher([...first, ...second].map((c) => c.cue));
}

export class DiscoveryTables {
  readonly jaAfter: CueTable;
  readonly jaBefore: CueTable;
  readonly enAfter: CueTable;
  readonly enBefore: CueTable;
  /** jaAfter and jaBefore in one automaton (pairMatcher): a Japanese text is scanned once. */
  readonly jaPair: Matcher | null;
  /** enAfter and enBefore in one automaton (pairMatcher). */
  readonly enPair: Matcher | null;
  /** Japanese legal-form suffixes (株式会社, (株), ホールディングス …), global. */
  readonly jaSuffix: RegExp;
  /** Japanese legal-form prefixes (株式会社, (株) …), global. */
  readonly jaPrefix: RegExp;
  /** English legal forms after a name: ", Inc." " GmbH", global; group 1 = the form. */
  readonly enSuffix: RegExp;
  /** An English legal form and a space before a capitalised name ("PT Vale"), global; null for none. */
  readonly enPrefix: RegExp | null;
  /** A head noun followed by a capitalised word: "maker NIO", global; group 1 = head. */
  readonly enHead: RegExp;
  /**
   * An apposition opener after a name: ", a " ", an " ", the ", or a possessive that stands for
   * one (", Brazil's ", ", Colombia's ", ", South Korea's "), global.
   */
  readonly enApposition = /, (?:a|an|the|[A-Z][a-z]+(?: [A-Z][a-z]+)?['’]s) /g;
  readonly counter: RegExp;
  /** A company name ending ("Trucks" of "Peterson Trucks"), global; group 1 = the ending. */
  readonly enNameEnding: RegExp;
  /** " North America", " of America", " Canada" … ending an English name run, global. */
  readonly enRegion: RegExp;
  /** アメリカ, ジャパン, 北米 … ending a Japanese name run, global. */
  readonly jaRegion: RegExp;
  /** A nationality prefix standing alone before a katakana / Latin name (米ポリポア), global. */
  readonly nationality: RegExp | null;
  /** A Chinese province or city opening a kanji run (「江西天賜中硝新材料」), global; null for none. */
  readonly chinesePlace: RegExp | null;
  /** Company-type words that propose a name on their own (銀行, 航空, 製薬 …), global. */
  readonly standaloneSuffix: RegExp;

  constructor(
    readonly patterns: DiscoveryPatterns,
    readonly legal: LegalForms,
  ) {
    this.jaAfter = cueTable(patterns.jaAfter);
    this.jaBefore = cueTable(patterns.jaBefore);
    this.enAfter = cueTable(patterns.enAfter);
    this.enBefore = cueTable(patterns.enBefore);
    this.jaPair = pairMatcher(patterns.jaAfter, patterns.jaBefore);
    this.enPair = pairMatcher(patterns.enAfter, patterns.enBefore);
    this.jaSuffix = new RegExp(legal.jaSuffix.map(escapeRegex).join('|'), 'g');
    this.jaPrefix = new RegExp(legal.jaPrefix.map(escapeRegex).join('|'), 'g');
    const en = [...new Set(legal.enSuffix.flatMap((w) => [w, w.toUpperCase()]))].sort((a, b) => b.length - a.length);
    this.enSuffix = new RegExp(`(?:, ?| )(${en.map(escapeRegex).join('|')})(?![A-Za-z0-9]|(?<=[A-Za-z])-)`, 'g');
    this.enPrefix = legal.enPrefix.length ? new RegExp(`(?<![\\w.])(?:${legal.enPrefix.map(escapeRegex).join('|')}) (?=\\p{Lu})`, 'gu') : null;
    const heads = [...patterns.enHeadNouns].sort((a, b) => b.length - a.length).map(escapeRegex);
    this.enHead = new RegExp(`\\b(${heads.join('|')})(,?) (?=[\\p{Lu}\\d])`, 'gu');
    const endings = patterns.enCompanyNameEndings.map(escapeRegex);
    // (word-led: scanned only where an ending starts, text/word-scan.ts; the word before is checked by the rule)
    this.enNameEnding = endings.length ? new RegExp(`\\b(${endings.join('|')})(?![\\p{L}\\p{N}&'’-])`, 'gu') : /(?!)/g;
    const en2 = patterns.subsidiaryRegionsEn.map(escapeRegex);
    this.enRegion = en2.length ? new RegExp(` (?:of )?(?:${en2.join('|')})(?![\\p{L}\\p{N}])`, 'gu') : /(?!)/g;
    const ja2 = patterns.subsidiaryRegionsJa.map(escapeRegex);
    this.jaRegion = ja2.length ? new RegExp(`(?:${ja2.join('|')})(?![\\u30a0-\\u30ff\\u4e00-\\u9fff])`, 'gu') : /(?!)/g;
    const nat = patterns.nationalityPrefixes.map(escapeRegex);
    // The lookahead on the prefixes' first characters only says what the alternation requires,
    // but V8 then tries the costly lookbehind (two Unicode scripts) only where a prefix can start
    // instead of at every position: 40 → 23 ns a character on the real-density Japanese corpus,
    // the same matches.
    // (a prefix in katakana only before Latin: 「タイタン・シリコン」 is a word, not タイ + タン)
    const katakanaWord = (w: string) => /^[\p{Script=Katakana}ー]+$/u.test(w);
    const natKanji = patterns.nationalityPrefixes.filter((w) => !katakanaWord(w)).map(escapeRegex);
    const natKatakana = patterns.nationalityPrefixes.filter(katakanaWord).map(escapeRegex);
    // (a country of two characters or more may take の: 「インドのルーカスTVS」「ドイツのBASF」)
    const natKanjiLong = natKanji.filter((w) => w.length >= 2);
    const alternatives = [
      // (and a kanji name, kept only when it ends with a company word: 「中国の海南鉱業」, ja-rules.ts)
      ...(natKanjiLong.length ? [`(?:${natKanjiLong.join('|')})の(?=[\\p{Script=Katakana}\\p{Script=Han}A-Z])`] : []),
      ...(natKanji.length ? [`(?:${natKanji.join('|')})(?=[\\p{Script=Katakana}A-Z])`] : []),
      ...(natKatakana.length ? [`(?:${natKatakana.join('|')})(?:の(?=[\\p{Script=Katakana}\\p{Script=Han}A-Z])|(?=[A-Z]))`] : []),
    ];
    this.nationality = nat.length
      ? new RegExp(`(?=[${firstCharacters(patterns.nationalityPrefixes)}])(?<![\\p{Script=Han}\\p{Script=Katakana}A-Za-z0-9])(?:${alternatives.join('|')})`, 'gu')
      : null;
    const cjkPlaces = [...patterns.registeredPlaces, ...patterns.registeredCities].filter((w) => /^\p{Script=Han}+$/u.test(w));
    this.chinesePlace = cjkPlaces.length ? new RegExp(`(?<!\\p{Script=Han})(?:${[...new Set(cjkPlaces)].sort((a, b) => b.length - a.length).map(escapeRegex).join('|')})(?=\\p{Script=Han})`, 'gu') : null;
    this.counter = new RegExp(escapeRegex(String.fromCharCode(legal.counter)), 'g');
    this.standaloneSuffix = patterns.standaloneSuffixes.length
      ? new RegExp(patterns.standaloneSuffixes.map(escapeRegex).join('|'), 'g')
      : /(?!)/g;
  }
}
