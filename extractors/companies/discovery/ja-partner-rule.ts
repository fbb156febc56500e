/**
 * Discovery rule "ja_partner_of_known": the other name of a pair joined by と with a company the
 * dictionary knows or a name ending with a company word, the pair being the subject of a deal its
 * sentence states — 「日本郵便とフォロフライは、…業務提携した」, 「フォロフライと日本郵便が…合意した」,
 * 「フタバ産業とエイチワンが手を組み、…共同で開発する」. Proposed with a cue's strength (the judge still
 * turns down places, products and common words); as the English rule "A and B signed …" does
 * (en-rules.ts enPartnerOfKnownRule).
 */
import { isKanjiLike, isKatakana, isLatinLetter } from '../../../text/chars.ts';
import { describingBracketStart, jaRunEndAfter, jaRunStartBefore } from '../name-span.ts';
import { eachMatch, propose, type Candidate, type RuleEnv } from './candidates.ts';
import { jaCountryOfAt, jaCountryOfBefore } from './ja-name-list.ts';

/** A deal the sentence states after the pair's topic or subject marker. */
// (or the venture the pair owns: 「大日本印刷と韓国のLXハウシスの合弁会社」)
const DEAL_AFTER = /^(?:[はが]、?[^。]{0,80}?(?:提携|合意|締結|契約|覚書|合弁|協業|共同開発|共同研究|連携協定|資本参加|出資|買収|設立|手を組|共同で開発|共同で研究)|の(?:合弁|共同出資)(?:会社|企業))/;
/** と between two names: a name unit before it, a katakana, Latin or kanji unit after it. */
// (the literal first, its lookbehind after it: a leading lookbehind is tried at every position)
// (or a bracket that describes the name before it: 「山田製作所（群馬県桐生市）とTBKが」)
const AND = /と(?<=[\p{Script=Han}\p{Script=Katakana}ーA-Za-z0-9）)]と)(?=[\p{Script=Han}\p{Script=Katakana}A-Za-z])/gu;

export function jaPartnerOfKnownRule(env: RuleEnv, out: Candidate[]): void {
  const { text } = env;
  eachMatch(
    env,
    AND,
    (m, seg) => {
      const leftEnd = describingBracketStart(text, m.index, seg.start);
      if (leftEnd === m.index && !isNameChar(text.charCodeAt(m.index - 1))) return;
      // (past a country that opens the name after と: 「大泉製作所と韓国のアイティエム半導体が」)
      const rightStart = m.index + 1 + jaCountryOfAt(env, m.index + 1);
      const rightEnd = jaRunEndAfter(text, rightStart, seg.end);
      const deal = rightEnd > rightStart ? DEAL_AFTER.exec(text.slice(rightEnd, Math.min(seg.end, rightEnd + 90))) : null;
      if (!deal) return;
      // (before の合弁会社 a kanji partner may be what the venture makes: 「CNGRと前駆体の合弁会社」)
      const kanjiOk = !deal[0].startsWith('の');
      const leftStart = jaRunStartBefore(text, leftEnd, seg.start);
      if (leftStart >= leftEnd) return;
      // (the pair opens its clause: nothing name-like glued before it, or a country, 「韓国のHD現代建設機械と日立建機は」)
      if (leftStart > seg.start && !/[、。\s「『（(]/.test(text[leftStart - 1]!) && !jaCountryOfBefore(env, leftStart)) return;
      // (two names that both end with a company word are each proposed: a kanji company word that
      // no discovery rule takes alone, 「中村製作所と韓国のアイテム電子は」, is still a name's)
      const leftKnown = known(env, leftStart, leftEnd);
      const rightKnown = known(env, rightStart, rightEnd);
      if (leftKnown && rightKnown !== 'dictionary') proposePartner(env, out, rightStart, rightEnd, kanjiOk);
      if (rightKnown && leftKnown !== 'dictionary') proposePartner(env, out, leftStart, leftEnd, kanjiOk);
    },
    'ja',
  );
}

/** A dictionary name spans [start, end), or a kanji name ending with a company word does ('company_word'); else null. */
function known(env: RuleEnv, start: number, end: number): 'dictionary' | 'company_word' | null {
  if (env.dictMentionStartsAt?.(start) && env.dictMentionEndsAt?.(end)) return 'dictionary';
  const word = isKanjiLike(env.text.charCodeAt(end - 1)) && end - start >= 3 && env.tables.patterns.hasKanjiCompanySuffix(env.text.slice(start, end));
  return word ? 'company_word' : null;
}

/**
 * Propose the partner's name: a katakana or Latin one with a cue's strength; a kanji one
 * (「中国の寧波韻昇と信越化学工業は」「阪急阪神ホールディングスと関電不動産開発は」), which needs no company
 * word beside a known partner, as the other name of a pair — the judge still turns down common
 * nouns read as words, places and what the exclusions list (東京都, 経済産業省, 名古屋大学).
 */
function proposePartner(env: RuleEnv, out: Candidate[], start: number, end: number, kanjiOk: boolean): void {
  if (startsName(env.text, start)) propose(env, out, start, end, 'discovery:ja_partner_of_known', 'cue');
  else if (kanjiOk && /^[\u4e00-\u9fff]{2,10}$/.test(env.text.slice(start, end))) propose(env, out, start, end, 'discovery:ja_partner_of_known', 'pair');
}

/** A character a name ends with (not a bracket). */
function isNameChar(c: number): boolean {
  return c !== 0xff09 && c !== 0x29;
}

/** A katakana or Latin name (a kanji run needs a company word, which the judge asks for). */
function startsName(text: string, start: number): boolean {
  const c = text.charCodeAt(start);
  return isKatakana(c) || isLatinLetter(c);
}
