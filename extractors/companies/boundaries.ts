/**
 * Word-boundary and letter-case rules for alias matches. Japanese has no spaces, so a name
 * is recognised as a whole word by what touches it:
 *
 *  - Latin/digit edge: the neighbour must not be a Latin letter or digit (NIO ≠ NIOBIUM), and
 *    a Latin alias glued to a domain ("nio.com", "x.NIO") or handle ("@NIO", "NIO_") does not
 *    match. Latin aliases may touch kana and kanji (BMWの, サムスンSDI).
 *  - Katakana edge: the neighbour must not be katakana (トヨタ ≠ トヨタウン, スマート ≠ スマートフォン),
 *    except a legal form or name suffix (トヨタグループ, ウーバーテクノロジーズ), or a descriptor
 *    head that is a whole katakana word before it (電池メーカーエンビジョンAESC). Across a middle dot
 *    ・ the name is part of a compound (スマート・デジタル, メルセデス・ベンツ) unless the other side
 *    is itself a company match (トヨタ・ホンダ): reported as `nakaguro` and settled by the caller.
 *  - Kanji edge: a kanji neighbour continues the word (日産横浜工場, 東風日産), except attached
 *    words (百度傘下, 日産製, 長安汽車初), legal forms (日産自動車株式会社), the counter 社, and
 *    leading words before the name (大手, 中国, 米).
 *  - Hiragana edge: no hiragana neighbour, except a particle after the name (三菱ふそうの).
 *
 * Case (Latin letters only; kana and kanji have no case):
 *  - all-caps alias (NIO, CATL, BYD): only as written — "nio" in a URL and "Nio" do not match;
 *  - mixed-case alias (McLaren, XPeng, iVision): the text must contain an upper-case letter
 *    and start with the alias's case (Xpeng, XPENG, MCLAREN match; mclaren, xpeng do not), and keep
 *    the capitals of the alias's later words (Great Wall; not "Great wall");
 *  - lower-case alias (smart): as written, Capitalised, or ALL CAPS.
 */
import {
  isAsciiDigit,
  isHiragana,
  isKanjiLike,
  isKatakana,
  isLatinLetter,
  isLatinLower,
  isLatinUpper,
  isLatinWordChar,
  NAKAGURO,
} from '../../text/chars.ts';
import type { LegalForms } from './legal-forms.ts';

export type CaseClass = 'none' | 'upper' | 'lower' | 'mixed';

export function caseClassOf(alias: string): CaseClass {
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < alias.length; i++) {
    const c = alias.charCodeAt(i);
    if (isLatinUpper(c)) upper++;
    else if (isLatinLower(c)) lower++;
  }
  if (upper === 0 && lower === 0) return 'none';
  if (lower === 0) return 'upper';
  if (upper === 0) return 'lower';
  return 'mixed';
}

/** Does the text slice [start, end) satisfy the case rule of `alias` (equal after folding)? */
export function caseMatches(alias: string, cls: CaseClass, text: string, start: number, end: number): boolean {
  if (cls === 'none') return true;
  if (end - start === alias.length && text.startsWith(alias, start)) return true; // (the usual case, without the loop)
  let exact = true;
  let allUpper = true;
  let anyUpper = false;
  let firstTextUpper: boolean | null = null;
  let firstAliasUpper: boolean | null = null;
  let firstRestExact = true;
  let wordStartsKept = true;
  for (let i = 0; i < end - start; i++) {
    const t = text.charCodeAt(start + i);
    const a = alias.charCodeAt(i);
    if (t !== a) exact = false;
    if (!isLatinLetter(t)) continue;
    const up = isLatinUpper(t);
    if (!up && i > 0 && alias.charCodeAt(i - 1) === 0x20 && isLatinUpper(a) && !lowerCaseAllowedAt(alias, i)) wordStartsKept = false;
    if (up) anyUpper = true;
    else if (isLatinLower(t)) allUpper = false;
    if (firstTextUpper === null) {
      firstTextUpper = up;
      firstAliasUpper = isLatinUpper(a);
    } else if (t !== a) {
      firstRestExact = false;
    }
  }
  if (exact) return true;
  switch (cls) {
    case 'upper':
      return false;
    case 'lower':
      return allUpper || (firstTextUpper === true && firstRestExact);
    case 'mixed':
      // (a later word the alias capitalises is capitalised in the text too: "Australian vanadium developer" is no
      // "Australian Vanadium")
      return allUpper || (anyUpper && firstTextUpper === firstAliasUpper && wordStartsKept);
  }
}

/** Words a text may write in lower case inside a name: "the Murugappa group", "Hyundai Motor group". */
const GENERIC_NAME_WORD = /^(?:Group|Holdings?|Company|Corporation|Industries)\b/;

/**
 * May the alias's word starting at `i` be written in lower case? When it is a generic company word, or
 * when the alias opens with an acronym (brand styles such as "SK siltron" keep the acronym only).
 */
function lowerCaseAllowedAt(alias: string, i: number): boolean {
  if (GENERIC_NAME_WORD.test(alias.slice(i))) return true;
  const first = alias.slice(0, alias.indexOf(' '));
  return first.length >= 2 && /^[A-Z0-9&]+$/.test(first);
}

/** Particles (and the copula) that may follow a name ending in hiragana (三菱ふそうの, いすゞと, いすゞだ). */
const PARTICLE_AFTER_KANA = /^(?:から|より|まで|です|[のはがをとにへもやでだ])/;
/** A particle right before a name starting in hiragana, itself after a non-hiragana word (同社はそごう). */
const PARTICLE_BEFORE_KANA = /^[のはがをとにへもやで]$/;
/** Two particles, or a two-kana particle, before such a name, after a non-hiragana word (5月にはいすゞが, 米国からいすゞに). */
const PARTICLES_BEFORE_KANA = /(?<![\u3041-\u309f])(?:には|では|とは|にも|でも|とも|へは|から|より|まで|からは|までに)$/;
/** A verb's past form nominalised by の before a topic or subject particle (選んだのは, 受注したのが). */
const NOMINALISED_BEFORE_KANA = /[だたっ]の[はがも]$/;

export type EdgeVerdict = 'ok' | 'reject' | 'nakaguro';

export interface BoundaryWords {
  /** Words that may follow a kanji alias (傘下, 製, 社長 …). */
  attachedAfterKanji: readonly string[];
  /** Words that may precede a kanji alias (大手, 中国, 米 …). */
  attachedBeforeKanji: readonly string[];
  /** Head nouns of a descriptor written straight before a name (電池メーカーエンビジョンAESC). */
  descriptorHeads: readonly string[];
  /** A place and a branch word after a kanji name (九州電力|東京支社), sticky, or null. */
  branchAfterName: RegExp | null;
  /** Kanji company words (鉄道, 建設, 紡績 …): a kanji name ending with one ends its word before a site of its own (日東紡績|福島工場). */
  kanjiCompanyWords: readonly string[];
}

/** A site or unit of the company after its name ending with a company word: 日東紡績|福島工場, 住友電気工業|研究開発本部, 遠州鉄道|直営. */
const UNIT_AFTER = /(?:[\u4e00-\u9fff々]{0,4}?(?:工場|事業所|製作所|製鉄所|発電所|本部|支社|支店|営業所)|直営)/uy;

/** `dot` ends a section number that opens its line (「3.」「12.」): a heading, not a word glued on. */
function numberedHeadingBefore(text: string, dot: number): boolean {
  let i = dot;
  while (i > 0 && isAsciiDigit(text.charCodeAt(i - 1))) i--;
  if (i === dot || dot - i > 2) return false;
  while (i > 0 && (text.charCodeAt(i - 1) === 0x20 || text.charCodeAt(i - 1) === 0x3000)) i--;
  return i === 0 || text.charCodeAt(i - 1) === 0x0a;
}

/** A verb in its attributive form right before a name (「出資するいすゞ」「買収したそごう」). */
const ATTRIBUTIVE_VERB_BEFORE = /(?:する|した|している|していた|ている|ていた|できる|られる|れる|なる|なった)$/;

export class Boundaries {
  constructor(
    private readonly legal: LegalForms,
    private readonly words: BoundaryWords,
  ) {}

  /** Verdict on the left edge of an alias starting at `start` whose first unit is `first`. */
  left(text: string, start: number, first: number): EdgeVerdict {
    if (start === 0) return 'ok';
    const p = text.charCodeAt(start - 1);
    if (isLatinWordChar(first) || isAsciiDigit(first)) {
      if (isLatinWordChar(p)) return 'reject';
      if (p === 0x40 /* @ */ || p === 0x5f /* _ */ || p === 0x23 /* # */) return 'reject';
      // ("v2.Tesla", "example.Tesla"; but a numbered heading, 「3．Coherentの概要」, opens its line with a number)
      if (p === 0x2e /* . */ && start >= 2 && isLatinWordChar(text.charCodeAt(start - 2)) && !numberedHeadingBefore(text, start - 1)) return 'reject';
      return 'ok';
    }
    if (isKatakana(first)) {
      if (isKatakana(p)) return this.descriptorRunBefore(text, start) ? 'ok' : 'reject';
      if (p === NAKAGURO && start >= 2 && isKatakana(text.charCodeAt(start - 2))) return 'nakaguro';
      return 'ok';
    }
    if (isKanjiLike(first)) {
      if (!isKanjiLike(p)) return 'ok';
      return this.attachedRunBefore(text, start, 0) ? 'ok' : 'reject';
    }
    // はそごう / とそごう: a particle may precede a name starting in hiragana
    // (and a relative clause's verb: 「トヨタが約5%を出資するいすゞ自動車は」)
    // (and a nominalised clause's topic or subject: 「選んだのはいすゞ自動車」「受注したのがそごう」)
    if (isHiragana(first) && isHiragana(p)) return (PARTICLE_BEFORE_KANA.test(text[start - 1]!) && !isHiragana(text.charCodeAt(start - 2))) || PARTICLES_BEFORE_KANA.test(text.slice(Math.max(0, start - 4), start)) || NOMINALISED_BEFORE_KANA.test(text.slice(Math.max(0, start - 3), start)) || ATTRIBUTIVE_VERB_BEFORE.test(text.slice(Math.max(0, start - 5), start)) ? 'ok' : 'reject';
    return 'ok';
  }

  /** Verdict on the right edge of an alias ending at `end` whose last unit is `last`. */
  right(text: string, end: number, last: number): EdgeVerdict {
    if (end >= text.length) return 'ok';
    const n = text.charCodeAt(end);
    if (isLatinWordChar(last)) {
      if (isLatinWordChar(n)) return 'reject';
      if (n === 0x40 || n === 0x5f) return 'reject';
      if (n === 0x2e && end + 1 < text.length && isLatinLetter(text.charCodeAt(end + 1))) {
        // "nio.com" is a domain; "Co." style abbreviations are handled by legal forms
        return this.legal.enSuffixAt(text, end) > 0 ? 'ok' : 'reject';
      }
      return 'ok';
    }
    if (isKatakana(last)) {
      if (isKatakana(n)) return this.legal.jaSuffixWordAt(text, end) || this.legal.nameSuffixAt(text, end) > 0 ? 'ok' : 'reject';
      if (n === NAKAGURO && end + 1 < text.length && isKatakana(text.charCodeAt(end + 1))) {
        return this.legal.nameSuffixAt(text, end) > 0 ? 'ok' : 'nakaguro';
      }
      return 'ok';
    }
    if (isKanjiLike(last)) {
      if (!isKanjiLike(n)) return 'ok';
      if (this.legal.jaSuffixWordAt(text, end) || this.legal.nameSuffixAt(text, end) > 0) return 'ok';
      if (this.legal.isCounterAt(text, end)) return 'ok';
      for (const w of this.words.attachedAfterKanji) if (text.startsWith(w, end)) return 'ok';
      const branch = this.words.branchAfterName;
      if (branch) {
        branch.lastIndex = end;
        if (branch.test(text)) return 'ok';
      }
      // (a name ending with a company word before a site or unit of its own: 日東紡績|福島工場, 遠州鉄道|直営;
      // not before another company word, 日本化学|工業)
      // (the unit first, sticky: the kanji edge of every rejected alias comes here, most with no unit after)
      UNIT_AFTER.lastIndex = end;
      if (UNIT_AFTER.test(text) && this.endsWithCompanyWord(text, end) && !this.words.kanjiCompanyWords.some((w) => text.startsWith(w, end))) return 'ok';
      return 'reject';
    }
    // 三菱ふそうの / いすゞと: a particle may follow a name ending in hiragana
    if (isHiragana(last) && isHiragana(n)) return PARTICLE_AFTER_KANA.test(text.slice(end, end + 3)) ? 'ok' : 'reject';
    return 'ok';
  }

  /** Does the text before `end` end with a kanji company word, after a kanji or two before it (遠州|鉄道)? */
  private endsWithCompanyWord(text: string, end: number): boolean {
    for (const w of this.words.kanjiCompanyWords) if (end - w.length >= 2 && text.startsWith(w, end - w.length) && isKanjiLike(text.charCodeAt(end - w.length - 1))) return true;
    return false;
  }

  /**
   * Is the kanji run before `pos` made of attached words only (中国, 大手, 自動車大手, 米)?
   * "東風日産" is not: 東風 is not an attached word, so 日産 is the end of a longer name.
   */
  private attachedRunBefore(text: string, pos: number, depth: number): boolean {
    if (depth > 0 && (pos === 0 || !isKanjiLike(text.charCodeAt(pos - 1)))) return true;
    if (this.legalPrefixEndsAt(text, pos)) return true;
    if (depth >= 3) return false;
    for (const w of this.words.attachedBeforeKanji) {
      if (w.length <= pos && text.startsWith(w, pos - w.length) && this.attachedRunBefore(text, pos - w.length, depth + 1)) return true;
    }
    return false;
  }

  /**
   * Is the katakana run before `pos` exactly a descriptor head (電池メーカー|エンビジョンAESC,
   * 米スタートアップ|ソリッドパワー)? A longer run (スマートフォン…) is one word.
   */
  private descriptorRunBefore(text: string, pos: number): boolean {
    for (const w of this.words.descriptorHeads) {
      if (w.length < pos && text.startsWith(w, pos - w.length) && isKatakana(w.charCodeAt(0)) && !isKatakana(text.charCodeAt(pos - w.length - 1))) return true;
      if (w.length === pos && text.startsWith(w, 0) && isKatakana(w.charCodeAt(0))) return true;
    }
    return false;
  }

  private legalPrefixEndsAt(text: string, pos: number): boolean {
    return this.legal.jaPrefix.some((w) => w.length <= pos && text.startsWith(w, pos - w.length));
  }
}
