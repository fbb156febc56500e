/**
 * Is a discovered stretch of text a plausible company name? Cleaning (strip 大手, 米, 社長 …)
 * and judging (exclusions, script rules, kuromoji as a weak signal).
 *
 * Strength of the evidence decides how much the name itself must show:
 *  - 'strong' (a legal form touches it: 〇〇株式会社, Acme Corp.): any clean name passes;
 *  - 'cue' (a context pattern, 社, a table column, compromise): a kanji-only name must end with
 *    a company-type word (汽車, 科技, 集団 …) or carry a kuromoji 固有名詞,組織 tag; a katakana
 *    name must not be a known common noun (kuromoji 名詞,一般 with a dictionary form); a
 *    Latin name must contain a capital or digit.
 * Names that kuromoji reads as persons (人名) or places (地域) only are rejected either way.
 */
import type { DocContext } from '../../types.ts';
import type { Token } from '../../../text/types.ts';
import type { SegmentIndex } from '../segments.ts';
import { codePointLength } from '../../../text/normalise.ts';
import {
  isAsciiDigit,
  isHiragana,
  isKanjiLike,
  isKatakana,
  isLatinLetter,
  isLatinUpper,
  isLatinWordChar,
  NAKAGURO,
  scriptOf,
} from '../../../text/chars.ts';
import type { Exclusions } from '../exclusions.ts';
import type { DiscoveryPatterns } from '../discovery-patterns.ts';
import type { LegalForms } from '../legal-forms.ts';
import { isJaNameUnit } from '../name-span.ts';

/**
 * 'strong': a legal form is part of it; 'pair': it is the other name in "A(B)" of a known
 * company; 'cue': a context pattern, 社, a table column, compromise, kuromoji.
 */
export type Strength = 'strong' | 'pair' | 'cue';

export interface NameRange {
  start: number;
  end: number;
}

const HIRAGANA_NAME = /^[\u3041-\u3096\u309d\u309e]{3,}$/;
const MAX_NAME = 60;
/** One katakana word (no middle dot): what a Latin descriptor is kept before when nothing else follows (EVボックス). */
const KATAKANA_WORD = /^[\u30a1-\u30fa\u30fc]{2,}$/;
/** An amount after a three-letter code: " 78 million", " 1.2bn" (the code is a currency's). */
const CURRENCY_AMOUNT_AFTER = /^\s?\d[\d.,]*\s?(?:million|billion|trillion|bn|mn|m|k)\b/i;

/** A three-letter code and a number ("EUR 200", "USD 1.5"): an amount cut before its "million". */
const CODE_WITH_AMOUNT = /^[A-Z]{3}\s?\d[\d.,]*$/;

/** Is `name`, ending at `end`, a three-letter currency code before an amount ("for NOK 78 million")? */
export function isCurrencyBeforeAmount(text: string, end: number, name: string): boolean {
  return /^[A-Z]{3}$/.test(name) && CURRENCY_AMOUNT_AFTER.test(text.slice(end, end + 24));
}
const NO_WORDS: readonly string[] = [];
/** One-character words of a kind or a make: 角|型|電池, 円筒|形, 硫化|物|系 (piecesBeforeCompanyWord). */
const KIND_PIECES = ['型', '形', '系', '式', '用', '性', '製', '等', '級', '化', '品', '産', '車'];

/** A fiscal or calendar period written as a code: FY2026, FY25/26, CY2025, Q3 2025, 2H25, H1 2026. */
const PERIOD = /^(?:(?:FY|CY)\s?'?\d{2,4}(?:[-/]\d{2,4})?|(?:Q[1-4]|[12]H|H[12])(?:\s?(?:FY|CY)?\s?'?\d{2,4})?)$/i;

/** A month or weekday with its day or year ("April 2025", "Jan. 5", "Monday"): a date, never a name. */
const EN_DATE_NAME =
  /^(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))$/;

/**
 * A name in 「」 right after the word for a company being formed (新会社「聯合燃料電池系統研発」): a
 * name even when its words are common nouns. (Tested on the eight characters before, "|", the one after.)
 */
const QUOTED_NEW_COMPANY = /(?:新会社|合弁会社|子会社|新法人|持ち株会社|持株会社)(?:の|、)?「\|」$/;

function quotedNewCompany(text: string, start: number, end: number): boolean {
  return text[start - 1] === '「' && QUOTED_NEW_COMPANY.test(`${text.slice(Math.max(0, start - 8), start)}|${text[end] ?? ''}`);
}

export class NameJudge {
  constructor(
    private readonly ctx: DocContext,
    private readonly patterns: DiscoveryPatterns,
    private readonly exclusions: Exclusions,
    private readonly legal: LegalForms,
    private readonly segments: SegmentIndex,
  ) {}

  get text(): string {
    return this.ctx.norm.text;
  }

  /**
   * Where a name starts after a descriptor head inside [start, end) (鉱山会社, メーカー, 企業),
   * when the head follows kanji or katakana and katakana or a Latin letter follows it; else start.
   */
  private afterDescriptor(start: number, end: number): number {
    const text = this.text;
    let best = start;
    const name = text.slice(start, end);
    for (const w of this.patterns.descriptorHeads) {
      // (a head opening the run too: 「地元の新興企業アスター」 is cleaned to 企業アスター)
      for (let i = name.indexOf(w); i >= 0; i = name.indexOf(w, i + 1)) {
        const at = start + i;
        if (at + w.length >= end - 1) break;
        const before = text.charCodeAt(at - 1);
        const next = text.charCodeAt(at + w.length);
        // (a katakana head before kanji too: 「電池部品メーカー冨士発條株式会社」)
        const kanjiAfterKatakanaHead = isKatakana(w.charCodeAt(0)) && isKanjiLike(next);
        if (!(i === 0 ? isKanjiLike(w.charCodeAt(0)) : isKanjiLike(before) || isKatakana(before)) || !(isKatakana(next) || isLatinLetter(next) || kanjiAfterKatakanaHead)) continue;
        // (inside a katakana word; not before a Latin name: 「電動パワートレインメーカーSMRE」)
        if (isKatakana(w.charCodeAt(0)) && isKatakana(before) && !isLatinLetter(next)) continue;
        if (this.legal.jaPrefix.some((f) => f.endsWith(w) && text.startsWith(f, at + w.length - f.length))) continue; // 株式会社
        best = Math.max(best, at + w.length);
      }
    }
    return best;
  }

  /** Does kuromoji read a word across `pos` (a word that starts before it and ends after it)? */
  private wordCrosses(pos: number): boolean {
    return this.segments.tokensOver(pos - 1, pos + 1).some((t) => t.start < pos && t.end > pos);
  }

  /** Strip leading cue words (大手, 子会社, 米 before katakana) and trailing titles (社長, 社). */
  clean(start: number, end: number): NameRange {
    const text = this.text;
    for (let guard = 0; guard < 4 && start < end; guard++) {
      let moved = false;
      for (const w of this.patterns.stripLeadingByFirst.get(text.charCodeAt(start)) ?? NO_WORDS) {
        if (end - start > w.length && text.startsWith(w, start)) {
          // (a Latin word is stripped only whole: EVメーカー → メーカー, not EVCS → CS)
          if (isLatinLetter(w.charCodeAt(w.length - 1)) && isLatinLetter(text.charCodeAt(start + w.length))) continue;
          // (nor before one katakana word that ends the name and describes nothing: EVボックス, not EV|メーカーアクメ)
          if (isLatinLetter(w.charCodeAt(w.length - 1)) && KATAKANA_WORD.test(text.slice(start + w.length, end)) && this.afterDescriptor(start + w.length, end) === start + w.length && !this.patterns.genericKatakanaHeads.has(text.slice(start + w.length, end))) continue;
          // (nor a kanji word that opens a longer one: 現|代製鉄 is 現代製鉄, 元|町工場 is 元町工場)
          if (isKanjiLike(w.charCodeAt(w.length - 1)) && isKanjiLike(text.charCodeAt(start + w.length)) && this.wordCrosses(start + w.length)) continue;
          start += w.length;
          moved = true;
          break;
        }
      }
      if (!moved) {
        for (const w of this.patterns.stripLeadingBeforeOtherScriptByFirst.get(text.charCodeAt(start)) ?? NO_WORDS) {
          if (end - start <= w.length || !text.startsWith(w, start)) continue;
          const next = text.charCodeAt(start + w.length);
          if (isKanjiLike(w.charCodeAt(w.length - 1)) && isKanjiLike(next)) continue;
          // (a katakana country word only before a Latin name or a middle dot: スイス航空, ドイツ銀行 keep theirs)
          if (isKatakana(w.charCodeAt(w.length - 1)) && (isKatakana(next) || isKanjiLike(next))) continue;
          // (a name of several dotted words begins with its country: インドネシア・バッテリー・コーポレーション)
          if (next === 0x30fb && text.indexOf('・', start + w.length + 1) >= 0 && text.indexOf('・', start + w.length + 1) < end) continue;
          start += w.length;
          moved = true;
          break;
        }
      }
      if (!moved) {
        // a descriptor written straight before a name in another script: リチウム鉱山会社|ライオンタウン,
        // 電池メーカー|アクメ, 米新興企業|ソリッドパワー (not a legal form: 株式会社ライオンタウン)
        const after = this.afterDescriptor(start, end);
        if (after > start) {
          start = after;
          moved = true;
        }
      }
      if (!moved) {
        // an adverb, an adverbial noun or a conjunction in kanji glued to a name in another
        // script: 結局|ザ・カンパニー, 当時|ソニー, 更に|トヨタ. Tokens are asked for only when the
        // candidate starts with a short kanji (or kanji + okurigana) run followed by another
        // script: asking for every candidate tokenised most Japanese segments.
        let k = start;
        while (k < end && k - start < 4 && (isKanjiLike(text.charCodeAt(k)) || (k > start && isHiragana(text.charCodeAt(k))))) k++;
        const first = k > start && k < end && !isKanjiLike(text.charCodeAt(k)) && !isHiragana(text.charCodeAt(k)) ? this.segments.tokensOver(start, start + 1)[0] : undefined;
        if (
          first &&
          first.start === start &&
          first.end < end &&
          (first.pos === '副詞' || first.pos === '接続詞' || (first.pos === '名詞' && first.detail.startsWith('副詞可能'))) &&
          isKanjiLike(text.charCodeAt(first.end - 1)) &&
          !isKanjiLike(text.charCodeAt(first.end))
        ) {
          start = first.end;
          moved = true;
        }
      }
      const endsWithForm = this.legal.trailingFormLength(text.slice(start, end)) > 0;
      for (const w of endsWithForm ? NO_WORDS : (this.patterns.stripTrailingByLast.get(text.charCodeAt(end - 1)) ?? NO_WORDS)) {
        if (end - start > w.length && text.startsWith(w, end - w.length)) {
          end -= w.length;
          moved = true;
          break;
        }
      }
      // (the middle dot after a stripped country word: ドイツ・|ダイムラー)
      while (start < end && (text.charCodeAt(start) === 0x20 || (moved && text.charCodeAt(start) === 0x30fb))) start++;
      while (end > start && text.charCodeAt(end - 1) === 0x20) end--;
      if (!moved) break;
    }
    return { start, end };
  }

  /** Does the uncleaned run (legal forms aside) end with a non-company word (グループ会社)? */
  rawRunIsNotAName(start: number, end: number): boolean {
    const core = this.legal.strip(this.text.slice(start, end));
    return core.length > 0 && this.exclusions.reason(core) === 'non_company_suffix' && !this.patterns.hasKanjiCompanySuffix(core);
  }

  /** Is a single word excluded (a place, an agency, a generic word)? */
  isExcludedWord(word: string): boolean {
    return this.exclusions.isListed(word);
  }

  /**
   * A kanji name read as one-character pieces before a company word (東|日|興業: an abbreviation,
   * 東京日日興業), not a description, whose pieces are words of a kind (角|型|電池, 円筒|形).
   */
  private piecesBeforeCompanyWord(toks: readonly Token[]): boolean {
    const last = toks[toks.length - 1]!;
    if (toks.length < 3 || !this.patterns.isKanjiCompanyWord(last.surface)) return false;
    return toks.slice(0, -1).every((t) => t.end - t.start === 1 && isKanjiLike(t.surface.charCodeAt(0)) && !KIND_PIECES.includes(t.surface));
  }

  /** Does a word follow `end` that only a company takes (the counter 社, の株式, の買収)? */
  private companyWordAfter(end: number): boolean {
    return this.legal.isCounterAt(this.text, end) || this.patterns.companyWordsAfterPerson.some((w) => this.text.startsWith(w, end));
  }

  /** Does a word end at `start` that only a company follows (が出資する, 傘下の)? */
  private companyWordBefore(start: number): boolean {
    return this.patterns.companyWordsBeforePerson.some((w) => start >= w.length && this.text.startsWith(w, start - w.length));
  }

  /**
   * Is [start, end) a name with a registered legal form (株式会社, 有限会社, (株) …, not グループ or
   * 集団) that stands alone: nothing name-like glued to the form's open side? Then two common
   * kanji words are a name (東洋|短資株式会社), as a registration makes them one (one word is
   * rather a kind of company: 簡易株式会社); a form with a name after it (子会社株式会社ABC) is
   * the prefix of that name instead.
   */
  private registeredNameStandsAlone(start: number, end: number, name: string): boolean {
    const text = this.text;
    for (const form of this.legal.jaPrefix) {
      if (name.length <= form.length) continue;
      if (name.endsWith(form) && !isJaNameUnit(text.charCodeAt(end))) return true;
      if (name.startsWith(form) && !isJaNameUnit(text.charCodeAt(start - 1))) return true;
    }
    return false;
  }

  /** Why the name at [start, end) is rejected, or null when it is acceptable. */
  reject(start: number, end: number, strength: Strength): string | null {
    const text = this.text;
    if (end - start < 2) return 'too_short';
    if (end - start > MAX_NAME) return 'too_long';
    const name = text.slice(start, end);
    // 「自動車メーカー1社から受注」: a count of companies, no name (a Latin name may end in a digit)
    if (text[end] === '社' && /[^\x00-\x7F]\d+$/.test(name)) return 'count';
    let letters = 0;
    let upperOrDigit = false;
    // (a name in hiragana alone only with strong evidence: an item of a counted list, 「…、りゅうせき、…の3社」)
    const hiraganaName = strength === 'strong' && HIRAGANA_NAME.test(name);
    for (let i = 0; i < name.length; i++) {
      const c = name.charCodeAt(i);
      if (isHiragana(c) && !hiraganaName) return 'hiragana';
      if (hiraganaName) letters++;
      if (isLatinLetter(c) || isKatakana(c) || isKanjiLike(c)) letters++;
      if (isLatinUpper(c) || isAsciiDigit(c)) upperOrDigit = true;
    }
    if (letters === 0) return 'no_letters';
    // (a run cut after a kind of goods, 「電池|用パウチフィルム」: a name does not open with a suffix of use or make;
    // nor is a kind of company in kanji one: 「米固体電池ベンチャー、ソリッドイオン…」)
    if (/^[用製型向]/.test(name)) return 'opens_with_a_suffix';
    if (/\p{Script=Han}[^\p{Script=Katakana}]*(?:ベンチャー|スタートアップ|メーカー)$/u.test(name)) return 'a_kind_of_company';
    if (/^\d+[\d年月日期号-]*$/.test(name) || /\d年|\d月/.test(name) || PERIOD.test(name)) return 'date_or_number';
    const core = this.legal.strip(name);
    // counted in code points: 𩸽 (one character outside the BMP) is as short as 鮭
    const coreLength = codePointLength(core);
    if (coreLength < 2 && !(coreLength === 1 && isLatinWordChar(core.charCodeAt(0)) && strength === 'strong')) return 'too_short';
    const excluded = this.exclusions.reason(core);
    // with a legal form as evidence (株式会社ヤマグチ薬局) a suffix such as 局 does not disqualify
    // nor does a place suffix under a company word: 名古屋電気鉄道 ends with 道, but with 鉄道
    // (unless the company word is part of the excluded suffix: セパレーター工場建設 ends with 建設)
    const companyWordEnd =
      excluded === 'non_company_suffix' &&
      isKanjiLike(core.charCodeAt(core.length - 1)) &&
      this.patterns.hasKanjiCompanySuffix(core) &&
      !this.patterns.hasKanjiCompanySuffix(this.exclusions.nonCompanySuffix(core) ?? '');
    if (excluded && !(strength === 'strong' && excluded === 'non_company_suffix') && !companyWordEnd) return `excluded:${excluded}`;
    const script = scriptOf(core);
    // "for NOK 78 million": a currency code before an amount; "Backed by EUR 200 million": the code with the amount's number
    if (script === 'latin' && (isCurrencyBeforeAmount(text, end, core) || CODE_WITH_AMOUNT.test(core))) return 'currency_amount';
    if (script === 'latin') return !upperOrDigit ? 'lowercase_latin' : this.patterns.isBeforeRegion(text, end) ? 'place_before_region' : EN_DATE_NAME.test(core) ? 'date' : null;

    // kuromoji, consulted only here (tokens are computed lazily per segment)
    const coreStart = start + Math.max(0, name.indexOf(core));
    const coreEnd = coreStart + core.length;
    const toks = this.segments.tokensOver(coreStart, coreEnd).filter((t) => t.pos !== '記号');
    if (toks.length > 0) {
      // the name must be whole words: 大手|町本部ビル is not a name
      // (only at the outer edges: kuromoji may read a name and its legal form as one word,
      // 株式会社ジャパネットホールディングス)
      // (nor after a middle dot: kuromoji reads スウェーデン・サンドビック as one unknown word, and
      // the cleaned name starts after the country word)
      const crossesStart = coreStart === start && text.charCodeAt(start - 1) !== NAKAGURO && toks.some((t) => t.start < coreStart && t.end > coreStart);
      const crossesEnd = coreEnd === end && toks.some((t) => t.start < coreEnd && t.end > coreEnd);
      if (crossesStart || crossesEnd) return 'splits_a_word';
      const proper = toks.filter((t) => t.detail.startsWith('固有名詞'));
      // (with a legal form, a family name is a company name: ジョンソン株式会社, 本田技研)
      // (and so is a person's name before the counter 社, a company word or a group word:
      // ローソンの株式, ジョンソングループ — a place's only before the counter 社, when it is one
      // word the exclusions do not list: ハドソン社, which kuromoji reads as a place)
      if (strength !== 'strong' && proper.length === toks.length && proper.every((t) => /^固有名詞,(人名|地域)/.test(t.detail))) {
        const personBeforeCompanyWord = proper.every((t) => t.detail.startsWith('固有名詞,人名')) && (core.length < name.length || this.companyWordAfter(end) || this.companyWordBefore(start));
        // (a place's name in katakana after a kind of company is that company's: 「リチウム開発会社イオニア」)
        const placeAfterCompanyWord = isKatakana(core.charCodeAt(0)) && proper.every((t) => t.detail.startsWith('固有名詞,地域')) && this.companyWordBefore(start);
        if (!personBeforeCompanyWord && !placeAfterCompanyWord && !(toks.length === 1 && this.legal.isCounterAt(this.text, end))) return 'person_or_place';
      }
      // only known common nouns (電池技術, 合同会社形式) — but kuromoji cuts an unknown katakana
      // name into known pieces (ヤマ|グチ, アクメ): touching katakana tokens read as a name
      const kata = (t: Token) => isKatakana(t.surface.charCodeAt(0));
      // (touching, or joined by a middle dot: ビーム・グローバル is one name of two known words)
      const joined = (a: Token, b: Token) => a.end === b.start || (b.start - a.end === 1 && text.charCodeAt(a.end) === NAKAGURO);
      const common = (t: Token, i: number) =>
        t.pos === '名詞' &&
        /^(一般|サ変接続|形容動詞語幹|副詞可能|接尾|数)/.test(t.detail) &&
        !!t.basic &&
        t.basic !== '*' &&
        !(kata(t) && ((i > 0 && kata(toks[i - 1]!) && joined(toks[i - 1]!, t)) || (i + 1 < toks.length && kata(toks[i + 1]!) && joined(t, toks[i + 1]!))));
      // with a legal form, a kanji name read as one-character pieces (孔|官|堂) or as a compound
      // of three words or more (首都|高速|道路株式会社) is still a name
      const words = strength === 'cue' || (toks.length < 3 && toks.every((t) => t.end - t.start >= 2));
      // (nor, after a cue, a kanji name of three words or more ending with a company word, six characters or more: 臥龍電気駆動集団, not 角型電池)
      const compoundWithCompanyWord = strength === 'cue' && script === 'kanji' && toks.length >= 3 && name.length >= 6 && this.patterns.hasKanjiCompanySuffix(name);
      if ((strength === 'cue' || (script === 'kanji' && !(toks.length >= 2 && this.registeredNameStandsAlone(start, end, name)))) && words && toks.every(common) && !this.piecesBeforeCompanyWord(toks) && !compoundWithCompanyWord && !quotedNewCompany(text, start, end)) return 'common_noun';
    }
    if (strength !== 'cue') return null;
    if (script === 'kanji') {
      if (this.patterns.hasKanjiCompanySuffix(core) || this.patterns.hasKanjiCompanySuffix(name)) return null;
      // (a group's name: a kanji name kuromoji does not read as common nouns, before グループ, 伊予鉄グループ)
      if (core.length < name.length && name.endsWith('グループ')) return null;
      if (toks.some((t) => t.detail.startsWith('固有名詞,組織'))) return null;
      if (quotedNewCompany(text, start, end)) return null;
      return 'kanji_without_company_word';
    }
    return null;
  }

}
