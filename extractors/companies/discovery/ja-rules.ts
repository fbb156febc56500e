/**
 * Discovery rules for Japanese text (they also see Latin names written inside Japanese).
 * Each runs once over the whole document (never once per segment: no quadratic rescans).
 *  - legal_form_suffix: 〇〇株式会社, 〇〇(株), 〇〇ホールディングス (span includes the form);
 *  - legal_form_prefix: 株式会社〇〇, (株)〇〇;
 *  - counter: Latin or katakana name + 社 ("LiCAP社", "フェンダー社"; 社 not in the span);
 *  - counted_list: each name of a list the text counts as companies (「デンソー、アイシン、
 *    アドヴィックス、ジェイテクトの4社は」: four names, four companies);
 *  - ja_after:<id>: name + cue ("Xの子会社", "X傘下", "Xと提携", "X社長");
 *  - ja_before:<id>: cue + name ("傘下の斑馬智行", "EV大手NIO", "合弁会社「智駕大陸」");
 *  - ja_after:<id> by pattern: name + a wording with words between ("Xと電池の供給契約を結んだ",
 *    a bracketed alias between them too: "X(アンタム)と…");
 *  - company_suffix: a proper name + a company-type word, with no other cue (三井銀行,
 *    アレジャント航空, 京王帝都電鉄); the part before the word must not be only common nouns;
 *  - nationality: a country prefix + katakana or Latin name (米ポリポア, 独BASF, 韓国POSCO, 中国CATL),
 *    the prefix standing alone (not the end of a kanji word: 日米, 在米);
 *  - subsidiary_region: a dictionary name + region (BASF戸田アメリカ, ビーワイディーオートジャパン);
 *  (IPADIC's own organisation names are matched by the alias automaton: known-organisations.ts.)
 */
import { digitValue, isHiragana, isKanjiLike, isKatakana, isLatinWordChar } from '../../../text/chars.ts';
import { describingBracketStart, jaRunEndAfter, jaRunStartBefore, jaSpacedRunStartBefore } from '../name-span.ts';
import { jaCountryOfBefore, jaCountryOfLengthBefore } from './ja-name-list.ts';
import { shortensMentionedName } from './ja-abbreviated-head.ts';
import { stickyOf } from '../../../text/regex.ts';
import { eachCuePair, eachMatch, propose, type Candidate, type RuleEnv } from './candidates.ts';

export function jaLegalFormRules(env: RuleEnv, out: Candidate[]): void {
  const { text, tables } = env;
  const legal = tables.legal;
  eachMatch(env, tables.jaSuffix, (m, seg) => {
    const formStart = m.index;
    const len = legal.jaSuffixAt(text, formStart);
    if (len === 0) return; // 小鵬汽車グループ会社: not a form here
    const strength = legal.weakForDiscovery.has(m[0]) ? 'cue' : 'strong';
    const nameStart = strength === 'strong' ? jaSpacedRunStartBefore(text, formStart, seg.start) : jaRunStartBefore(text, formStart, seg.start);
    if (nameStart === formStart) return;
    propose(env, out, nameStart, formStart, 'discovery:legal_form_suffix', strength, { start: formStart, end: formStart + len });
  });
  eachMatch(env, tables.jaPrefix, (m, seg) => {
    const formEnd = m.index + m[0].length;
    let nameStart = formEnd;
    if (text.charCodeAt(nameStart) === 0x20) nameStart++;
    // (no name after the form: nothing to propose, whatever comes before — found first, as
    // judging the name before may tokenise: 〇〇株式会社は)
    const nameEnd = jaRunEndAfter(text, nameStart, seg.end);
    if (nameEnd === nameStart) return;
    // 〇〇株式会社 is a suffix of the name before it, not a prefix of what follows
    // (unless what comes before is no name: 2012年株式会社PLUS SOCIAL)
    if (m.index > seg.start) {
      const before = jaRunStartBefore(text, m.index, seg.start);
      if (before < m.index && env.judge.reject(before, m.index, 'strong') === null) return;
    }
    propose(env, out, nameStart, nameEnd, 'discovery:legal_form_prefix', 'strong', { start: m.index, end: formEnd });
  });
}

export function jaCounterRule(env: RuleEnv, out: Candidate[]): void {
  const { text, tables } = env;
  eachMatch(env, tables.counter, (m, seg) => {
    const pos = m.index;
    if (!tables.legal.isCounterAt(text, pos)) return;
    const prev = text.charCodeAt(pos - 1);
    // only Latin and katakana names: kanji + 社 is a word (神社, 商社, 同社, 本社)
    if (!(isLatinWordChar(prev) || isKatakana(prev))) return;
    // a count after a group word is no name: 日本勢2社, 大手3社 (a Latin name may end in a digit)
    if (prev >= 0x30 && prev <= 0x39) {
      let d = pos - 1;
      while (d > seg.start && text.charCodeAt(d - 1) >= 0x30 && text.charCodeAt(d - 1) <= 0x39) d--;
      if (!/[A-Za-z]/.test(text[d - 1] ?? '')) return;
    }
    const start = jaRunStartBefore(text, pos, seg.start);
    if (start === pos) return;
    // a longer katakana / Latin word + 社 is a company even when it is also a common noun
    // (フェンダー社, DTVサービス社): judged like the other name of a pair
    const strength = pos - start >= 4 ? 'pair' : 'cue';
    propose(env, out, start, pos, 'discovery:counter', strength);
  });
}

/**
 * 「…の4社」「…の三社」: how many companies the list before it names; 「…の3者」 counts parties,
 * companies or not (「エリーパワー、東京電力エナジーパートナー、横浜市の三者」): each judged as a cue's.
 */
const COUNTED_COMPANIES = /の([2-9二三四五六七八九])(社|者)(?=[はがでとのにも、])/g;
/** Between two names of a list: 、 or と (a country word may open the next name: 、米フォード). */
const LIST_SEPARATORS = '、と';

/**
 * Start of a counted list's item that ends at `end`: a name run, or a name in hiragana alone
 * between separators (「沖縄電力、りゅうせき、沖縄ガスの3社」; three letters at least).
 */
function countedItemStart(text: string, end: number, limit: number): number {
  const start = jaRunStartBefore(text, end, limit);
  if (start < end) return start;
  let i = end;
  while (i > limit && isHiragana(text.charCodeAt(i - 1))) i--;
  return end - i >= 3 && (i === limit || LIST_SEPARATORS.includes(text[i - 1]!)) ? i : end;
}

/** The number a count of companies is written with: a digit or a kanji numeral, 2 to 9 (「3社」「三社」). */
export function countOfCompanies(c: string): number {
  return digitValue(c);
}

export function jaCountedListRule(env: RuleEnv, out: Candidate[]): void {
  const { text } = env;
  eachMatch(
    env,
    COUNTED_COMPANIES,
    (m, seg) => {
      const n = countOfCompanies(m[1]!);
      // the names before 「の4社」, last first, each after a separator
      const items: { start: number; end: number }[] = [];
      let end = describingBracketStart(text, m.index, seg.start);
      while (items.length < n) {
        const start = countedItemStart(text, end, seg.start);
        if (start === end) return;
        items.push({ start, end });
        if (items.length === n) break;
        // (past a country before the name: 「積水フーラー、韓国のSKC、中国の欣旺達電子の3社」)
        const open = start - jaCountryOfLengthBefore(env, start);
        if (open === seg.start || !LIST_SEPARATORS.includes(text[open - 1]!)) return;
        end = describingBracketStart(text, open - 1, seg.start);
      }
      // exactly n names: the one before the first is no name of the list (「各社、A、Bの2社」 is fine, 「A、B、Cの2社」 is not)
      const first = items[items.length - 1]!;
      if (first.start > seg.start && LIST_SEPARATORS.includes(text[first.start - 1]!) && jaRunStartBefore(text, first.start - 1, seg.start) < first.start - 1) return;
      // (the count says each is a company: a word that would make a name a kind of service or
      // place, 「住友三井オートサービス」, does not disqualify it here)
      const strength = m[2] === '社' ? 'strong' : 'cue';
      for (const it of items) propose(env, out, it.start, it.end, 'discovery:counted_list', strength);
    },
    'ja',
  );
}

export function jaCueRules(env: RuleEnv, out: Candidate[]): void {
  const { text, tables } = env;
  eachCuePair(
    env,
    tables.jaPair,
    tables.jaAfter,
    (id, cueStart, _cueEnd, seg) => {
      // (a bracketed short form between them: 「欣旺達動力科技(以下「サンワーダ」)との間で」)
      const nameEnd = bracketBefore(text, cueStart, seg.start);
      // (a head-office bracket is the headquarters rule's: "ゼノテック(愛知県刈谷市)と提携")
      if (nameEnd < cueStart && isHeadquartersBracket(env, nameEnd)) return;
      const start = jaRunStartBefore(text, nameEnd, seg.start);
      if (start === nameEnd) return;
      propose(env, out, start, nameEnd, `discovery:ja_after:${tables.jaAfter.cues[id]!.id}`, 'cue');
    },
    tables.jaBefore,
    (id, _cueStart, cueEnd, seg) => {
      let start = cueEnd;
      if (text.charCodeAt(start) === 0x20) start++;
      // 合弁会社「智駕大陸」: a quoted name right after the cue
      const open = text[start];
      const close = open === '「' ? '」' : open === '『' ? '』' : open === '“' ? '”' : null;
      if (close) start++;
      const end = jaRunEndAfter(text, start, seg.end);
      if (end === start) return;
      if (close && text[end] !== close) return;
      propose(env, out, start, end, `discovery:ja_before:${tables.jaBefore.cues[id]!.id}`, 'cue');
    },
    'ja',
  );
}

/**
 * Where a name ends before `at`: at the bracket that closes right before it, when one does
 * ("X(アンタム)と", "X(以下「サンワーダ」)との間で"), not a legal form's ("X(株)と"); else `at`.
 */
function bracketBefore(text: string, at: number, segStart: number): number {
  if (text[at - 1] !== ')') return at;
  const open = text.lastIndexOf('(', at - 1);
  if (open <= segStart || at - open > 24 || LEGAL_BRACKET.test(text.slice(open, at))) return at;
  return open;
}
function isHeadquartersBracket(env: RuleEnv, open: number): boolean {
  const re = env.tables.patterns.headquarters;
  if (!re) return false;
  const sticky = stickyOf(re);
  sticky.lastIndex = open;
  return sticky.test(env.text);
}
const LEGAL_BRACKET = /^\((?:株|有|合|同|社|財|一社|一財|公財|公社)\)$/;

const HAN = /\p{Script=Han}/u;
/** A name in capitals (and digits) ending a run, not inside a Latin word: TEMA, SKC, LG-HY BCM is not one word. */
const LATIN_NAME_END = /(?<![A-Za-z0-9&.-])[A-Z][A-Z0-9&-]{1,11}$/;
const KATAKANA = /\p{Script=Katakana}/u;

/** company-discovery.yaml ja.after_name_patterns: the name ends where a match starts, or before a bracket there ("X(アンタム)と…"). */
export function jaAfterPatternRules(env: RuleEnv, out: Candidate[]): void {
  const { text } = env;
  for (const { id, regex } of env.tables.patterns.jaAfterPatterns) {
    eachMatch(
      env,
      regex,
      (m, seg) => {
        const end = bracketBefore(text, m.index, seg.start);
        const start = jaRunStartBefore(text, end, seg.start);
        if (start === end) return;
        // (a katakana name only: 「サプライチェーン強化と…に関する覚書」 joins two topics, 「EVに電池を供給」
        // names a product)
        const name = text.slice(start, end);
        // (a news lead, 「日本コークス工業は21日、…と発表した」: a name with a company word at its end
        // that opens its sentence — kuromoji's common nouns マイクロ波|化学 are no evidence against it)
        if (id === 'announce' && HAN.test(name) && opensSentence(text, start, seg.start) && env.tables.patterns.hasKanjiCompanySuffix(name)) {
          propose(env, out, start, end, `discovery:ja_after:${id}`, 'strong');
          return;
        }
        if (HAN.test(name) || !KATAKANA.test(name)) {
          // or a capitalised Latin name at the run's end: 「トヨタの北米製造法人TEMAとも…供給契約を結んだ」
          const latin = LATIN_NAME_END.exec(name);
          if (latin) propose(env, out, end - latin[0].length, end, `discovery:ja_after:${id}`, 'cue');
          return;
        }
        propose(env, out, start, end, `discovery:ja_after:${id}`, 'cue');
      },
      'ja',
    );
  }
}

/** Does a name starting at `start` open its sentence (the segment's start, or after 。 or a bracket's close)? */
function opensSentence(text: string, start: number, segStart: number): boolean {
  return start === segStart || /[。」』\n]/.test(text[start - 1]!);
}

/**
 * A katakana head that kuromoji reads as known common nouns only (フリー|ソフトウェア, ボンネット|バス)
 * before a word that also names a product or service (company-discovery.yaml
 * `description_suffixes`) is a description, not a name; an unknown word or a proper noun may
 * be one, and so may common nouns before a company word (ドリーム|ワークス).
 */
function commonKatakanaHead(env: RuleEnv, start: number, end: number): boolean {
  return knownNounsOnly(env, start, end, /^(?:一般|サ変接続)/);
}

/** Whether kuromoji reads [start, end) exactly as known nouns whose detail matches `details`, and nothing else. */
/** What kuromoji calls a common noun, in its detail (一般, サ変接続, 接尾, 形容動詞語幹, 副詞可能: 直接|抽出|法). */
export const COMMON_NOUN_DETAIL = /^(?:一般|サ変接続|接尾|形容動詞語幹|副詞可能)/;

export function knownNounsOnly(env: RuleEnv, start: number, end: number, details: RegExp): boolean {
  const toks = env.segments.tokensOver(start, end);
  if (toks.length === 0 || toks[0]!.start !== start || toks[toks.length - 1]!.end !== end) return false;
  return toks.every((t) => t.pos === '名詞' && details.test(t.detail) && !!t.basic && t.basic !== '*');
}

/** A kind of company, ending the words before a place in a head (電力会社|東京電灯). */
const KIND_OF_COMPANY_END = /(?:会社|企業|メーカー|業者|大手|商社)$/;

/** A name in katakana alone (middle dots and long vowels included). */
export const KATAKANA_NAME = /^[\u30a1-\u30fa\u30fc・]+$/;

/** A head with a kanji and no katakana (岡山, JA三井): what kanji_head_company_suffixes follow. */
const KANJI_NOT_KATAKANA = /^(?=[^\u30A0-\u30FF]*\p{Script=Han})[^\u30A0-\u30FF]+$/u;

export function jaCompanySuffixRule(env: RuleEnv, out: Candidate[]): void {
  const { text, tables } = env;
  eachMatch(
    env,
    tables.standaloneSuffix,
    (m, seg) => {
      const end = m.index + m[0].length;
      if (env.boundaries.right(text, end, text.charCodeAt(end - 1)) !== 'ok') return;
      if (tables.patterns.businessLineWords.some((w) => text.startsWith(w, end))) return;
      const start = jaRunStartBefore(text, m.index, seg.start);
      if (start === m.index) return;
      // the head must carry a name: katakana or Latin, or a kuromoji proper noun
      const headIsAName = (): string | null => {
        // (a line of business before a head noun: 「北米バス大手ニューフライヤー」「独産業ガス大手のリンデ」; a country's letter alone: 独|産業)
        if ((tables.patterns.descriptionSuffixes.includes(m[0]) || tables.patterns.kanjiHeadSuffixes.includes(m[0])) && /^(?:大手|最大手|メーカー|企業|会社)/.test(text.slice(end, end + 3))) return 'description_before_head';
        if (m.index - start === 1 && tables.patterns.nationalityPrefixes.includes(text[start]!)) return 'head_is_a_country';
        if (tables.patterns.kanjiHeadSuffixes.includes(m[0]) && !KANJI_NOT_KATAKANA.test(text.slice(start, m.index))) return 'head_not_kanji';
        if (KATAKANA_NAME.test(text.slice(start, m.index))) return tables.patterns.descriptionSuffixes.includes(m[0]) && commonKatakanaHead(env, start, m.index) ? 'head_is_common_katakana' : null;
        // (a chemical's name before a katakana company word: 六フッ化リン酸|リチウム, コバルト酸|リチウム)
        if (isKatakana(m[0].charCodeAt(0)) && /[酸化]/.test(text.slice(start, m.index))) return 'chemical_name';
        // (a kind of vehicle or deal before a company word: ZEV|バス, FCV|バス)
        if (/^[A-Z]{2,5}$/.test(text.slice(start, m.index)) && env.judge.isExcludedWord(text.slice(start, m.index))) return 'generic_head';
        // (goods of a place or a maker before a katakana goods word: アルゼンチン産|リチウム, 中国製|バッテリー)
        if (isKatakana(m[0].charCodeAt(0)) && /[産製]$/.test(text.slice(start, m.index))) return 'origin_of_goods';
        if (/[\u30a1-\u30faA-Za-z]/.test(text.slice(start, m.index))) return null;
        // (a dictionary company's name opening the head, 日鉄|物産, 広汽新能源|汽車, whatever kuromoji reads in it, or
        // a short form of a company the document names, 豊通|リチウム after 豊田通商)
        if (env.dictPrefix?.(start, m.index) || (env.dictMentions && shortensMentionedName(text, start, m.index, env.dictMentions))) return null;
        const toks = env.segments.tokensOver(start, m.index);
        const proper = toks.filter((t) => t.detail.startsWith('固有名詞'));
        // (after 「<country>の」, a head of two or three kanji kuromoji reads as one-character pieces: 台湾の順|達|科技;
        // not 中国の電池|材料|工業, 西ドイツの磁気|浮上|式|鉄道)
        if (proper.length === 0) return m.index - start <= 3 && jaCountryOfBefore(env, start) && toks.some((t) => t.end - t.start === 1) ? null : 'head_not_a_proper_noun';
        // a place plus common nouns is a description (中国自動車産業), a place alone is a name (東濃鉄道);
        // a place after another word is part of a name (特種|東海|製紙), not after a kind of company (電力会社|東京|電灯)
        const placeHeadOk = tables.patterns.placeHeadSuffixes.includes(m[0]);
        const placeOpens = toks[0]!.detail.startsWith('固有名詞,地域') || KIND_OF_COMPANY_END.test(text.slice(start, toks.find((t) => t.detail.startsWith('固有名詞,地域'))?.start ?? start));
        if (!placeHeadOk && placeOpens && proper.every((t) => t.detail.startsWith('固有名詞,地域')) && proper.length < toks.length) return 'head_is_a_place_description';
        return null;
      };
      // a katakana word before a kanji company word is a name even when it is also a common noun (デルタ航空,
      // イオン銀行), unless it makes a kind of company (ネット銀行): judged like the other name of a pair
      const head = text.slice(start, m.index);
      const katakanaName = !isKatakana(m[0].charCodeAt(0)) && head.length >= 3 && KATAKANA_NAME.test(head) && !tables.patterns.genericKatakanaHeads.has(head);
      propose(env, out, start, end, 'discovery:company_suffix', katakanaName ? 'pair' : 'cue', undefined, headIsAName);
    },
    'ja',
  );
}

export function jaSubsidiaryRegionRule(env: RuleEnv, out: Candidate[]): void {
  const { text, tables } = env;
  eachMatch(
    env,
    tables.jaRegion,
    (m, seg) => {
      const end = m.index + m[0].length;
      const raw = jaRunStartBefore(text, m.index, seg.start);
      if (raw >= m.index) return;
      const start = env.judge.clean(raw, m.index).start;
      if (start >= m.index || !env.dictPrefix?.(start, m.index)) return;
      propose(env, out, start, end, 'discovery:subsidiary_region', 'strong');
    },
    'ja',
  );
}

/** Two or three kanji, then a katakana word of three letters or more (東進|セミケム). */
const KANJI_THEN_KATAKANA = /^[\u4e00-\u9fff]{2,3}[\u30a1-\u30fa][\u30a1-\u30fa\u30fc]{2,}/;

/** After a name: a licence, goods or shares given to it or taken from it (「…にライセンスを供与」). */
const JA_TRANSFER_AFTER = /^[^。]{0,36}?(?:ライセンス|供与|許諾|供給|納入|納品|出資|売却|譲渡|受注|調達|購入|取得|買収|買い取|請け負|受託|委託)/;
/** After a name: the company taken over (「…を完全子会社にする」「…を買収」). */
const JA_TAKEN_AFTER = /^を[^。、]{0,12}?(?:完全子会社|子会社化|子会社に|買収|傘下に|取得)/;
const JA_DEAL_WORD = /提携|合弁|契約|出資|買収|供給|納め|請け負|覚書|協業|共同開発|共同で(?:開発|研究)|合意|締結|パートナーシップ|ライセンス|許諾|実施権|供与|受注|意向表明書|LOI|TOB|納入|調達|投じ|取得|引き受け|注文|発注|経営権|傘下|完全子会社|資本参加|買い取|譲り受け|受託|委託/;

/** A short name in brackets right after a name: 「（EA）」. */
const BRACKETED_ALIAS = /^[（(][^（()）、。]{1,20}[)）]/;

export function jaNationalityRule(env: RuleEnv, out: Candidate[]): void {
  const { text, tables } = env;
  const re = tables.nationality;
  if (!re) return;
  eachMatch(
    env,
    re,
    (m, seg) => {
      const start = m.index + m[0].length;
      const runEnd = jaRunEndAfter(text, start, seg.end);
      // the katakana / Latin name only: 中国NEV|市場 is a compound noun, not a company
      let end = start;
      let kanjiAlone = false;
      while (end < runEnd && !isKanjiLike(text.charCodeAt(end))) end++;
      // (or a kanji name ending with a company word: 「中国の海南鉱業は」)
      if (end === start && runEnd - start >= 3 && tables.patterns.hasKanjiCompanySuffix(text.slice(start, runEnd))) end = runEnd;
      // (and a katakana name with its company word in kanji: 「ベトナムのチュオンハイ自動車（タコ）に」)
      else if (end > start && end < runEnd && /^[\u4e00-\u9fff]+$/.test(text.slice(end, runEnd)) && tables.patterns.hasKanjiCompanySuffix(text.slice(start, runEnd))) end = runEnd;
      // (or a short kanji name with a katakana one, as Korean and Chinese groups name their
      // companies: 「韓国の東進セミケム」「韓国の現代ケフィコ」, after 「<country>の」 only)
      if (end === start && m[0].endsWith('の')) {
        const mixed = KANJI_THEN_KATAKANA.exec(text.slice(start, runEnd));
        if (mixed) end = start + mixed[0].length;
        // (or a kanji name alone, 「中国の柳工は」「台湾の康普材料に…を供与」, as a party of the deal its
        // sentence states: the judge still turns away common nouns, 「中国の当局と」)
        else if (runEnd - start >= 2 && runEnd - start <= 12 && /^[\u4e00-\u9fff]+$/.test(text.slice(start, runEnd))) {
          end = runEnd;
          kanjiAlone = true;
        }
      }
      if (end === start || (end < runEnd && /^[A-Z]{1,4}$/.test(text.slice(start, end)))) return;
      // (「オーストラリアGP」: a country's race or team, not a company)
      if (!m[0].endsWith('の') && /^[A-Z]{1,2}$/.test(text.slice(start, end))) return;
      // 「インドのルーカスTVSと…契約」: after 「<country>の」 only a party of a deal its sentence states
      // (not 「フランスのルイ…は」, 「ドイツのバイエル・レバークーゼンに…移籍」)
      // (or the one a licence, goods or shares go to or come from: 「タイのエナジー・アブソリュート（EA）にライセンスを供与」;
      // not 「ドイツのバイエル・レバークーゼンに5年契約で移籍」)
      if (/^(?:工場|製油所|製鉄所|鉱山|油田|港|拠点|事業|計画|鉱床|鉱区)/.test(text.slice(end, end + 3))) return; // 「仏ディエップ工場」: a site's place (「豪マリーマリー事業」: a project's)
      // (or the second of a pair in a headline, 「AGCとタイのサイアム・フルオロケム、…」)
      // (past its bracketed short name: 「タイのエナジー・アブソリュート（EA）は、…で合意した」)
      const alias = BRACKETED_ALIAS.exec(text.slice(end, end + 24));
      const afterAlias = alias ? end + alias[0].length : end;
      const party = /^(?:と|との|は|が)/.test(text.slice(afterAlias, afterAlias + 3)) || (text[end] === '、' && text[m.index - 1] === 'と') || (/^(?:に|から|へ|向け|[（(])/.test(text.slice(end, end + 3)) && JA_TRANSFER_AFTER.test(text.slice(end, end + 40))) || (text[end] === 'を' && JA_TAKEN_AFTER.test(text.slice(end, end + 24)));
      if (m[0].endsWith('の') && !(party && JA_DEAL_WORD.test(text.slice(seg.start, seg.end)))) return;
      // (a kanji name kuromoji reads only as one-character pieces, 柳|工, is no word it knows: a
      // name, judged like the other name of a pair; one it reads as words, 当局, 小米, stays a cue)
      const pieces = kanjiAlone ? env.segments.tokensOver(start, end) : [];
      const unread = pieces.length >= 2 && pieces.every((t) => t.end - t.start === 1 && t.pos === '名詞' && !t.detail.startsWith('固有名詞') && !t.detail.startsWith('接尾'));
      propose(env, out, start, end, 'discovery:nationality', unread ? 'pair' : 'cue');
    },
    'ja',
  );
}
