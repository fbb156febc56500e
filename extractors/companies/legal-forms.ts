/**
 * seeds/companies/legal-forms.yaml: legal-form words that belong to a company's span
 * (株式会社, (株), ホールディングス, グループ, Inc., Co., Ltd., GmbH, …), name suffixes that keep the
 * entity (テクノロジーズ, Motors) and the counter 社 that is never part of the span.
 */
import type { z } from 'zod';
import { lazySchemas } from '../../text/lazy-zod.ts';
import { loadYaml } from '../../text/seed-files.ts';
import { normaliseAliasText } from './dictionary.ts';
import { isKanjiLike, isKatakana, isLatinUpper, isLatinWordChar, NAKAGURO } from '../../text/chars.ts';
import { firstUnit, groupByUnits, lastUnit } from '../../text/word-groups.ts';

export const legalFormsSchema = lazySchemas((z) => {
  const stringList = z.array(z.string().refine((s) => s.trim().length > 0, { message: 'must not be empty' }));
  return z
    .object({
      ja: z.object({ prefix: stringList, suffix: stringList, suffix_not_before: stringList.default([]) }).strict(),
      en: z.object({ prefix: stringList.default([]), suffix: stringList }).strict(),
      name_suffixes: z.object({ ja: stringList.default([]), en: stringList.default([]) }).strict(),
      counter: z.string().length(1),
      counter_not_before: stringList.default([]),
      weak_for_discovery: stringList.default([]),
    })
    .strict();
});

export type LegalFormsData = z.infer<ReturnType<typeof legalFormsSchema>>;

/** Longest first, normalised like document text. */
function prepare(list: readonly string[]): string[] {
  return [...new Set(list.map((s) => normaliseAliasText(s)))].sort((a, b) => b.length - a.length);
}

const upperCache = new Map<string, string>();
function startsWithAt(text: string, pos: number, word: string, upperToo: boolean): boolean {
  if (text.startsWith(word, pos)) return true;
  if (!upperToo) return false;
  let upper = upperCache.get(word);
  if (upper === undefined) upperCache.set(word, (upper = word.toUpperCase()));
  return upper !== word && text.startsWith(upper, pos);
}

const NO_WORDS: readonly string[] = [];
/** An English word's first unit as written and upper-cased: startsWithAt matches either spelling. */
const firstUnitEitherCase = (w: string): number[] => [w.charCodeAt(0), w.toUpperCase().charCodeAt(0)];


const SPACE = 32;
const COMMA = 44;
const HYPHEN = 45;

export interface Extension {
  start: number;
  end: number;
  /** A legal-form word (not just a name suffix) was added. */
  legalForm: boolean;
}

export class LegalForms {
  readonly jaPrefix: string[];
  readonly jaSuffix: string[];
  readonly jaSuffixNotBefore: string[];
  readonly enSuffix: string[];
  readonly enPrefix: string[];
  readonly jaNameSuffix: string[];
  readonly enNameSuffix: string[];
  readonly counter: number;
  readonly counterNotBefore: string[];
  readonly weakForDiscovery: Set<string>;

  constructor(data: LegalFormsData) {
    this.jaPrefix = prepare(data.ja.prefix);
    this.jaSuffix = prepare(data.ja.suffix);
    this.jaSuffixNotBefore = prepare(data.ja.suffix_not_before);
    this.enSuffix = prepare(data.en.suffix);
    this.enPrefix = prepare(data.en.prefix);
    this.jaNameSuffix = prepare(data.name_suffixes.ja);
    this.enNameSuffix = prepare(data.name_suffixes.en);
    this.counter = data.counter.charCodeAt(0);
    this.counterNotBefore = prepare(data.counter_not_before);
    this.weakForDiscovery = new Set(prepare(data.weak_for_discovery));
    // the forms that can start (end) at a position, by the unit there, in list order: the
    // first match is the one a scan of the whole list finds
    this.jaSuffixByFirst = groupByUnits(this.jaSuffix, firstUnit);
    this.enSuffixByFirst = groupByUnits(this.enSuffix, firstUnitEitherCase);
    this.jaPrefixByLast = groupByUnits(this.jaPrefix, lastUnit);
    this.jaNameSuffixByFirst = groupByUnits(this.jaNameSuffix, firstUnit);
    this.enNameSuffixByFirst = groupByUnits(this.enNameSuffix, firstUnitEitherCase);
  }
  private readonly jaNameSuffixByFirst: Map<number, string[]>;
  /** By the first unit of the suffix and of its upper-case spelling (startsWithAt). */
  private readonly enNameSuffixByFirst: Map<number, string[]>;
  private readonly jaSuffixByFirst: Map<number, string[]>;
  /** By the first unit of the form and of its upper-case spelling (startsWithAt). */
  private readonly enSuffixByFirst: Map<number, string[]>;
  private readonly jaPrefixByLast: Map<number, string[]>;

  /** A Japanese legal-form suffix starting exactly at `pos` (length, or 0). */
  jaSuffixAt(text: string, pos: number): number {
    for (const w of this.jaSuffixByFirst.get(text.charCodeAt(pos)) ?? NO_WORDS) {
      if (!text.startsWith(w, pos)) continue;
      // (a one-letter form only after kana or kanji: 三菱ケミカルG, not LG or 5G)
      if (w.length === 1 && !(isKatakana(text.charCodeAt(pos - 1)) || isKanjiLike(text.charCodeAt(pos - 1)))) continue;
      const after = pos + w.length;
      if (this.jaSuffixNotBefore.some((x) => text.startsWith(x, after))) continue;
      const last = w.charCodeAt(w.length - 1);
      const next = text.charCodeAt(after);
      // ホールディングス must not continue into more katakana; HD not into more Latin.
      if (isKatakana(last) && isKatakana(next)) continue;
      if (isLatinWordChar(last) && isLatinWordChar(next)) continue;
      return w.length;
    }
    return 0;
  }

  /** Does a Japanese legal-form suffix word start at `pos` (whatever follows it)? */
  jaSuffixWordAt(text: string, pos: number): boolean {
    for (const w of this.jaSuffixByFirst.get(text.charCodeAt(pos)) ?? NO_WORDS) if (text.startsWith(w, pos)) return true;
    return false;
  }

  /** An English legal-form suffix after `pos`, with its separator (", " / " " / ","); length or 0. */
  enSuffixAt(text: string, pos: number): number {
    let p = pos;
    const c = text.charCodeAt(p);
    if (c === COMMA) p++;
    if (text.charCodeAt(p) === SPACE) p++;
    if (p === pos) return 0;
    for (const w of this.enSuffixByFirst.get(text.charCodeAt(p)) ?? NO_WORDS) {
      if (!startsWithAt(text, p, w, true)) continue;
      const after = p + w.length;
      // (nor a word's first part: "Ford Motor Co-developed" has no form "Co")
      if (isLatinWordChar(w.charCodeAt(w.length - 1)) && (isLatinWordChar(text.charCodeAt(after)) || text.charCodeAt(after) === HYPHEN)) continue;
      return after - pos;
    }
    return 0;
  }

  /** A Japanese legal-form prefix ending at `pos` (optionally one space before the name); its start or -1. */
  jaPrefixBefore(text: string, pos: number): number {
    const p = text.charCodeAt(pos - 1) === SPACE ? pos - 1 : pos;
    for (const w of this.jaPrefixByLast.get(text.charCodeAt(p - 1)) ?? NO_WORDS) {
      if (p - w.length < 0) continue;
      if (text.startsWith(w, p - w.length)) return p - w.length;
    }
    return -1;
  }

  /**
   * An English legal-form prefix and one space before a capitalised name at `pos` ("PT Vale
   * Indonesia"), with no word character before the form; its start or -1.
   */
  enPrefixBefore(text: string, pos: number): number {
    if (text.charCodeAt(pos - 1) !== SPACE || !isLatinUpper(text.charCodeAt(pos))) return -1;
    for (const w of this.enPrefix) {
      const at = pos - 1 - w.length;
      if (at >= 0 && text.startsWith(w, at) && !isLatinWordChar(text.charCodeAt(at - 1)) && text.charCodeAt(at - 1) !== 0x2e) return at;
    }
    return -1;
  }

  /** A name suffix (テクノロジーズ, 自動車, Technologies) continuing the name at `pos`; length or 0. */
  nameSuffixAt(text: string, pos: number): number {
    let p = pos;
    if (text.charCodeAt(p) === NAKAGURO) p++;
    for (const w of this.jaNameSuffixByFirst.get(text.charCodeAt(p)) ?? NO_WORDS) {
      if (!text.startsWith(w, p)) continue;
      const after = p + w.length;
      if (!this.gluedWordContinues(text, w.charCodeAt(w.length - 1), after)) return after - pos;
    }
    if (text.charCodeAt(pos) !== SPACE) return 0;
    p = pos + 1;
    for (const w of this.enNameSuffixByFirst.get(text.charCodeAt(p)) ?? NO_WORDS) {
      if (startsWithAt(text, p, w, true) && !isLatinWordChar(text.charCodeAt(p + w.length))) return p + w.length - pos;
    }
    return 0;
  }

  /** Does the word ending with `last` go on at `pos` (same script glued on, and no legal form there)? */
  private gluedWordContinues(text: string, last: number, pos: number): boolean {
    const next = text.charCodeAt(pos);
    if (this.jaSuffixWordAt(text, pos)) return false;
    if (isKatakana(last)) return isKatakana(next);
    if (isKanjiLike(last)) return isKanjiLike(next) && !this.isCounterAt(text, pos);
    return false;
  }

  /**
   * Grow [start, end) over touching legal forms and name suffixes: 株式会社X, PT X, X株式会社, X(株),
   * X Inc., X Co., Ltd., X Holdings Inc., Xホールディングス, ウーバー・テクノロジーズ.
   */
  extend(text: string, start: number, end: number): Extension {
    let legalForm = false;
    const pre = Math.max(this.jaPrefixBefore(text, start), this.enPrefixBefore(text, start));
    if (pre >= 0) {
      start = pre;
      legalForm = true;
    }
    // an alias that ends with a form written without its period ("Mitsubishi Corp"): "Mitsubishi Corp." is that form
    if (text.charCodeAt(end) === 0x2e && this.endsWithFormBeforeItsPeriod(text, start, end)) {
      end += 1;
      legalForm = true;
    }
    for (let guard = 0; guard < 4; guard++) {
      const ja = this.jaSuffixAt(text, end);
      if (ja > 0) {
        end += ja;
        legalForm = true;
        continue;
      }
      // a legal name written with a space: パナソニック ホールディングス株式会社
      if (text.charCodeAt(end) === 0x20 && isKatakana(text.charCodeAt(end - 1))) {
        const spaced = this.jaSuffixAt(text, end + 1);
        if (spaced > 0) {
          end += 1 + spaced;
          legalForm = true;
          continue;
        }
      }
      const en = this.enSuffixAt(text, end);
      if (en > 0) {
        end += en;
        legalForm = true;
        continue;
      }
      const ns = this.nameSuffixAt(text, end);
      if (ns > 0) {
        end += ns;
        continue;
      }
      break;
    }
    return { start, end, legalForm };
  }

  /** Does [start, end) end with an English form whose written form adds a period ("… Corp" of "Corp.")? */
  private endsWithFormBeforeItsPeriod(text: string, start: number, end: number): boolean {
    this.periodForms ??= this.enSuffix.filter((w) => w.endsWith('.') && !w.slice(0, -1).includes('.')).map((w) => w.slice(0, -1));
    for (const w of this.periodForms) {
      const at = end - w.length;
      if (at > start && text.startsWith(w, at) && (text.charCodeAt(at - 1) === 0x20 || text.charCodeAt(at - 1) === 0x2c)) return true;
    }
    return false;
  }
  private periodForms: string[] | undefined;

  /** Is the character at `pos` the counter 社 used as a suffix (not 社会)? */
  isCounterAt(text: string, pos: number): boolean {
    if (text.charCodeAt(pos) !== this.counter) return false;
    return !this.counterNotBefore.some((w) => text.startsWith(w, pos + 1));
  }

  /** Length of legal-form words at the end of `name` (for stripping a discovered name); 0 if none. */
  trailingFormLength(name: string): number {
    // only words ending with the name's last unit can match (each list keeps its order, so
    // the first match is the one a scan of the whole list would find); built once
    const last = name.charCodeAt(name.length - 1);
    this.jaSuffixByLast ??= groupByUnits(this.jaSuffix, lastUnit);
    for (const w of this.jaSuffixByLast.get(last) ?? NO_WORDS) if (name.length > w.length && name.endsWith(w)) return w.length;
    // English tails (", Inc." " Inc." ",Inc." and upper-case forms) are built once.
    this.enTails ??= groupByUnits(this.enSuffix.flatMap((w) => [', ', ' ', ','].flatMap((sep) => [sep + w, (sep + w).toUpperCase()])), lastUnit);
    for (const tail of this.enTails.get(last) ?? NO_WORDS) if (name.length > tail.length && name.endsWith(tail)) return tail.length;
    return 0;
  }
  private jaSuffixByLast: Map<number, string[]> | undefined;
  private enTails: Map<number, string[]> | undefined;

  /** Is `name` nothing but legal-form words ("ホールディングス", "Holdings Inc.")? */
  isOnlyForms(name: string): boolean {
    // strip needs a name before the forms: give it a one-letter stand-in
    return name.trim().length > 0 && this.strip(`X ${name.trim()}`) === 'X';
  }

  /** Length of a legal-form prefix at the start of `name` (with one following space); 0 if none. */
  leadingFormLength(name: string): number {
    for (const w of this.jaPrefix) {
      if (name.length > w.length && name.startsWith(w)) return name.charCodeAt(w.length) === SPACE ? w.length + 1 : w.length;
    }
    return 0;
  }

  /** Strip every legal form from a name ("日産自動車株式会社" → "日産自動車", "Acme Co., Ltd." → "Acme"). */
  strip(name: string): string {
    let s = name.trim();
    for (let guard = 0; guard < 4; guard++) {
      const lead = this.leadingFormLength(s);
      const trail = this.trailingFormLength(s);
      if (!lead && !trail) break;
      s = s.slice(lead, s.length - trail).trim();
    }
    return s;
  }
}

export function loadLegalForms(file: string): LegalForms {
  return new LegalForms(loadYaml(file, legalFormsSchema).data);
}
