/**
 * Compiling the agreement vocabulary's words and patterns into regular expressions: literal
 * word matchers, the seed files' own patterns, and relation patterns with party slots.
 */
import { literalWord, wordAlternation } from '../../text/regex.ts';
import { ResourceError } from '../../text/seed-files.ts';
import { WIDE } from './pattern-facts.ts';
import { ASTRAL } from '../../text/chars.ts';

/** One literal-alternation regex and the definition of each word it matches. */
export interface WordMatcher<T> {
  regex: RegExp | null;
  /** The same without the words holding a CJK character, for a text without one (see WIDE). */
  narrow: RegExp | null;
  /** Keyed by the matched text (lower-cased when `fold`). */
  byText: Map<string, T>;
  fold: boolean;
}

/** Placeholder range used for parties in relation patterns (Unicode private use area). */
export const PLACEHOLDER_FIRST = 0xe000;
export const PLACEHOLDER_LAST = 0xf8ff;
const PH = '[\\uE000-\\uF8FF]';

export function nfkc(s: string): string {
  return s.normalize('NFKC');
}

const LATIN_START = /^[A-Za-z0-9]/;
const LATIN_END = /[A-Za-z0-9.]$/;

/**
 * A literal-alternation matcher. Latin-script words get word boundaries (so "MOU" does not
 * match inside "MOUNT" and "we" not inside "were"); Japanese words match anywhere.
 */
export function buildWordMatcher<T>(entries: { word: string; value: T }[], fold: boolean): WordMatcher<T> {
  const byText = new Map<string, T>();
  const words: string[] = [];
  for (const { word, value } of entries) {
    const w = nfkc(word);
    const key = wordKey(w, fold);
    if (!byText.has(key)) {
      byText.set(key, value);
      words.push(w);
    }
  }
  if (words.length === 0) return { regex: null, narrow: null, byText, fold };
  const flags = wordFlags(fold, words);
  const regex = new RegExp(latinBoundedAlternation(words), flags);
  const narrowWords = words.filter((w) => !WIDE.test(w));
  const narrow = narrowWords.length === words.length ? regex : narrowWords.length > 0 ? new RegExp(latinBoundedAlternation(narrowWords), flags) : null;
  return { regex, narrow, byText, fold };
}

/**
 * A word matcher's flags: `u` only for a word outside the BMP. The words are literal, and
 * without `u` V8 runs the \b boundary checks of latinBoundedAlternation ~1.8 times faster
 * than the lookbehind they replace (with `u` and `i`, \b is slower still); on NFKC-normalised
 * text `i` folds as it does with `u` (see compileRegex).
 */
function wordFlags(fold: boolean, words: readonly string[]): string {
  const astral = words.some((w) => ASTRAL.test(w));
  return (fold ? 'gi' : 'g') + (astral ? 'u' : '');
}

/**
 * `matcher` that also matches, for each group, a word of `first` followed by one of `then`
 * (separated by white space when `spaced`), as one factored alternation under one word-boundary
 * guard: \b(?:(?:not|never)\s+(?:sign|agree)|(?:could|may)\s+(?:supply|buy)), or
 * (?:締結|合意|…)(?:していない|せず|…) — not every pair written out (twelve stems by eight endings
 * cost the clause scans 2–3% of a whole run as a flat list of 96 words).
 */
export function withWordPairGroups<T>(matcher: WordMatcher<T>, groups: readonly { first: readonly string[]; then: readonly string[] }[], spaced: boolean): WordMatcher<T> {
  const used = groups.filter((g) => g.first.length > 0 && g.then.length > 0);
  if (used.length === 0) return matcher;
  const alt = (words: readonly string[]) => wordAlternation(words.map(nfkc));
  const each = used.map((g) => (spaced ? `(?:${alt(g.first)})\\s+(?:${alt(g.then)})` : `(?:${alt(g.first)})(?:${alt(g.then)})`));
  const body = each.length === 1 ? each[0]! : `(?:${each.join('|')})`;
  const pairs = spaced ? `${LATIN_WORD_START}${body}(?![A-Za-z0-9])` : body;
  // (`u` when the matcher's own words or the pairs hold an astral word)
  const flags = matcher.regex?.flags.includes('u') ? matcher.regex.flags : wordFlags(matcher.fold, used.flatMap((g) => [...g.first, ...g.then]));
  const join = (re: RegExp | null) => new RegExp(re ? `${re.source}|${pairs}` : pairs, flags);
  const wide = WIDE.test(used.map((g) => g.first.join('') + g.then.join('')).join(''));
  return { ...matcher, regex: join(matcher.regex), narrow: wide ? matcher.narrow : join(matcher.narrow) };
}

/**
 * Where a Latin-initial word may start: not after a letter or digit ("MOU" not inside
 * "MOUNT"). \b, not the lookbehind (?<![A-Za-z0-9]): the same before a letter or digit
 * (save after "_"), and much faster without the `u` flag (wordFlags).
 */
const LATIN_WORD_START = '\\b';

/** The words' alternation (main order), runs of Latin-initial words sharing one boundary check. */
function latinBoundedAlternation(words: readonly string[]): string {
  return wordAlternation(words, (w) => (LATIN_END.test(w) ? `${literalWord(w)}(?![A-Za-z0-9])` : literalWord(w)), {
    guard: LATIN_WORD_START,
    applies: (w) => LATIN_START.test(w),
  });
}

/**
 * The form a word is kept and looked up under: lower case when folded, single spaces (the
 * regex matches any run of whitespace between words).
 */
function wordKey(text: string, fold: boolean): string {
  return (fold ? text.toLowerCase() : text).replace(/\s+/g, ' ');
}

/** Look up the definition of a matched text. */
export function lookupWord<T>(m: WordMatcher<T>, text: string): T | undefined {
  // A key is its own wordKey, so text equal to a key needs no folding: most matches (a
  // lower-case word) are found without making two strings.
  const exact = m.byText.get(text);
  if (exact !== undefined) return exact;
  return m.byText.get(wordKey(text, m.fold));
}

/**
 * Where an entry is, for an error message: its line, or a function that finds it. Locating a
 * line parses the YAML again with the slow `yaml` library (LoadedYaml.lineOf), so the loaders
 * pass `() => y.lineOf([...])` and the line is looked up only when there is an error.
 */
export type LineRef = number | null | (() => number | null);

function lineOf(line: LineRef): number | null {
  return typeof line === 'function' ? line() : line;
}

/**
 * Compile a pattern from a vocabulary file. The file's patterns are written for the `u` flag,
 * but a pattern of plain ASCII without Unicode escapes (\p{…}, \u{…}) is compiled without
 * it: V8 runs `i`+`u` patterns with \b and \w about seven times slower (measured 14.5 vs
 * 2.0 ms per 600 English articles for each cue pattern). On NFKC-normalised text the two
 * flags agree for such patterns: the characters whose case folding differs under `u`
 * (ſ, K) are folded to ASCII by NFKC.
 */
export function compileRegex(file: string, line: LineRef, source: string, flags: string): RegExp {
  try {
    const checked = new RegExp(source, flags); // validated with the flags the file is written for
    return isAsciiPattern(source) ? new RegExp(source, flags.replace('u', '')) : checked;
  } catch (e) {
    throw new ResourceError(file, lineOf(line), `invalid regular expression /${source}/: ${(e as Error).message}`);
  }
}

/** A pattern of plain ASCII without Unicode escapes: it means the same without the `u` flag (compileRegex). */
export function isAsciiPattern(source: string): boolean {
  return /^[\x20-\x7e]*$/.test(source) && !/\\[pPu]\{/.test(source);
}

/** One regex of the alternatives `sources` (written for the `u` flag; compiled without it when all are ASCII: compileRegex). */
export function alternativesRegex(sources: readonly string[], flags: string): RegExp {
  const source = sources.map((b) => `(?:${nfkc(b)})`).join('|');
  return new RegExp(source, isAsciiPattern(source) ? flags.replace('u', '') : flags);
}

/**
 * Clause breaks as two regexes: those anchored at the sentence's start ('^…', tried there once:
 * MarkerLists.clauseOpenings) and the others (one global regex), or null for none.
 */
export function clauseBreakRegexes(breaks: readonly string[]): { clauseBreaks: RegExp | null; clauseOpenings: RegExp | null } {
  const openings = breaks.filter((b) => b.startsWith('^'));
  const anywhere = breaks.filter((b) => !b.startsWith('^'));
  return {
    clauseBreaks: anywhere.length ? alternativesRegex(anywhere, 'gu') : null,
    clauseOpenings: openings.length ? alternativesRegex(openings, 'u') : null,
  };
}

/** A country before a name (「と米フォード」「、韓国ポスコ」「と中国の」) does not break a list. */
// (longer names first: a regex that stops at the prefix, as JA_COORD does, must take 「中国の」 whole, not 「中」)
export const JA_COUNTRY_PREFIX = '(?:米国|英国|韓国|中国|台湾|香港|日本|ドイツ|フランス|スイス|スウェーデン|ベルギー|カナダ|ブラジル|インドネシア|インド|ベトナム|欧米|欧州|豪州|オランダ|イタリア|スペイン|ノルウェー|フィンランド|オーストラリア|メキシコ|チリ|イスラエル|シンガポール|タイ|[米独仏英中韓台印豪加伊蘭瑞])(?:の)?';

/** A kind of company and its comma before a listed name (「Aと地元の金属加工会社、B」; not 「Aとの合弁会社、X」). */
export const JA_KIND_AND_COMMA = '(?!の)[^、。はがをにとで「」\\uE000-\\uF8FF]{1,12}?(?:会社|メーカー|企業)、';

/** An owner's kind of company and its comma before the name it describes (「トヨタ自動車の北米の生産・技術統括会社、TEMA」). */
export const JA_OWNERS_COMPANY_BETWEEN = /^の(?:[^、。\uE000-\uF8FFのはがを]{1,8}の)?[^、。\uE000-\uF8FFのはがを]{0,14}?(?:統括会社|運営会社|生産会社|販売会社|事業会社|持ち株会社|子会社|法人)、$/;

const LIST_SEP = {
  // (「Aのほか、B」「A以外にもB」「Aに加え、B」 list too, as units.ts JA_COORD reads them; 「AやBが出資するC」:
  // a list of the slot, where units.ts keeps the members of a や list that acts)
  // (and a kind of company before the next name: 「ミシュランと仏自動車部品大手フォルヴィア」「Aと地元の金属加工会社、B」)
  ja: `(?:と|、|,|及び|および|並びに|・|/|や|のほか、?|以外にも|に加え(?:て)?、?)(?:${JA_COUNTRY_PREFIX})?(?:[^、。のはがをにとで「」\\uE000-\\uF8FF]{1,8}?(?:大手|最大手)|${JA_KIND_AND_COMMA})?`,
};

/**
 * English: a comma list ends in "and" / "&" ("A, B and C"); "A, B's joint venture" is a name and
 * its apposition, not the list "A, B".
 */
// (a member after the first may take "the": "owned by BMW Group, Ford, the Volkswagen Group and Hyundai")
// (and "to A and to B": "awarded contracts to CATL and to EVE Energy"; "picked by Toyota … and by Xiaomi")
// (and a country's possessive before a member after the first: "of Germany's SMS group and Australia's Neometals")
const EN_COUNTRY_OF = `(?:[A-Z][a-z]+(?: [A-Z][a-z]+)?['’]s )?`;
const EN_LIST = (unit: string) => `${unit}(?:(?=,)(?:, (?:the )?${EN_COUNTRY_OF}${unit})+,? (?:and|&) (?:to )?(?:the )?${EN_COUNTRY_OF}${unit}|(?:(?: and (?:to |by )?(?:the )?${EN_COUNTRY_OF}|/|[-–]| & )${unit})*)`;

/**
 * Japanese: owners each with their share, 「Aが41%、Bが5%で、中国側はCが40%、Dが10%」 (a relation's
 * {A:shares} slot): two owners or more, every one with its percentage.
 */
const JA_SHARES = (unit: string) => {
  const owner = `${unit}が(?:約)?[\\d.]+\\s?%(?:ずつ)?`;
  return `${owner}(?:(?:、|で、)(?:[^、。\\uE000-\\uF8FF]{1,6}?は、?)?${owner})+`;
};

export function compileRelationPattern(file: string, line: LineRef, lang: 'ja' | 'en', pattern: string): { regex: RegExp; slots: ('A' | 'B')[] } {
  // (an owner's possessive before the name is part of its unit: "TotalEnergies' Saft")
  const unit = lang === 'ja' ? `${PH}(?:社)?` : `(?:${PH}['’]s? )?${PH}`;
  const list = lang === 'en' ? EN_LIST(unit) : `${unit}(?:${LIST_SEP.ja}${unit})*`;
  const slots: ('A' | 'B')[] = [];
  const groups: string[] = [];
  const source = nfkc(pattern).replace(/\{([AB])(?::(shares))?\}/g, (_m, slot: 'A' | 'B', kind?: string) => {
    if (kind && lang !== 'ja') throw new ResourceError(file, lineOf(line), `{${slot}:${kind}} is a Japanese slot: ${pattern}`);
    slots.push(slot);
    const group = `(${kind ? JA_SHARES(unit) : list})`;
    groups.push(group);
    return group;
  });
  if (slots.length === 0) throw new ResourceError(file, lineOf(line), `pattern has no party slot {A} or {B}: ${pattern}`);
  if (/(?<!\\)\((?!\?)/.test(groups.reduce((rest, g) => rest.split(g).join(''), source))) {
    throw new ResourceError(file, lineOf(line), `use non-capturing groups (?:…) in relation patterns: ${pattern}`);
  }
  return { regex: compileRegex(file, line, source, lang === 'en' ? 'giu' : 'gu'), slots };
}
