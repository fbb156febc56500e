/**
 * Discovery rule "ja_reading_bracket": a Chinese or Korean company written in kanji with its
 * reading or its Latin name in brackets right after it, the way Japanese news introduces one —
 * 「英搏爾（エンパワー）は」, 「中国の派瑞氫能（PERIC）と」, 「寧徳時代（CATL）の」; not a term kuromoji reads as
 * common nouns with its abbreviation (最高経営責任者（CEO）). The kanji run is proposed
 * as the other name of a pair (the judge still turns down places, persons and common words; a
 * dictionary alias in the bracket is the known rules' to link). A hiragana reading is a person's
 * or a word's (「搏（はく）」), not taken.
 */
import { jaRunStartBefore } from '../name-span.ts';
import { eachMatch, propose, type Candidate, type RuleEnv } from './candidates.ts';
import { COMMON_NOUN_DETAIL, knownNounsOnly } from './ja-rules.ts';
import { jaCountryOfBefore } from './ja-name-list.ts';

/** A bracket of katakana (three or more) or a capitalised Latin name, then a particle or a comma. */
// (the bracket first, its kanji lookbehind after it: a leading lookbehind is tried at every position)
const READING = /[（(](?<=\p{Script=Han}[（(])(?:[\p{Script=Katakana}ー・]{3,20}|[A-Z][A-Za-z0-9&.-]{1,15})[）)](?=[はがとのにをも、])/gu;
/** A kanji run only: no kana or Latin in the name itself. */
const KANJI_ONLY = /^\p{Script=Han}{2,8}$/u;

export function jaReadingBracketRule(env: RuleEnv, out: Candidate[]): void {
  const { text } = env;
  eachMatch(
    env,
    READING,
    (m, seg) => {
      const end = m.index;
      const start = jaRunStartBefore(text, end, seg.start);
      if (start >= end || !KANJI_ONLY.test(text.slice(start, end))) return;
      // (a term and its abbreviation: 最高経営責任者（CEO）, 新規株式公開（IPO）, 意向書（LOI）)
      if (knownNounsOnly(env, start, end, COMMON_NOUN_DETAIL)) return;
      // (and a prefix before one: 再利用（リユース）, 新素材（マテリアル）)
      const first = env.segments.tokensOver(start, end)[0];
      if (first && first.start === start && first.pos === '接頭詞' && first.end < end && knownNounsOnly(env, first.end, end, COMMON_NOUN_DETAIL)) return;
      // (after 「<country>の」 the bracket is a foreign company's reading even when kuromoji reads the
      // kanji as a person's name: 「韓国の永豊（ヨンプン）と」; a person's takes 氏 or a title after it)
      propose(env, out, start, end, 'discovery:ja_reading_bracket', jaCountryOfBefore(env, start) ? 'strong' : 'pair');
    },
    'ja',
  );
}
