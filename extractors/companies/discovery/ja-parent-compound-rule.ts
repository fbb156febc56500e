/**
 * Discovery rule "ja_parent_compound": a kanji dictionary name run together with a katakana name
 * is one company, the parent's name first, as Japanese groups name their companies: 「日立マクセル」
 * (日立 and マクセル are both in the dictionary, never written side by side as two names without 、
 * or ・), 「日立ビークルエナジー」 (a katakana name ending with a company word). Not a product after a
 * maker (「日産リーフ」: リーフ is neither), nor a pair told as one group (「日産ルノー連合」: kanji goes on).
 * A parent in Latin capitals is one too (「JXTGイノベーションパートナーズ」, 「NTTドコモ」). So is a kanji parent
 * with the letters that abbreviate its group company (「東京電力EP」, company-discovery.yaml
 * parent_abbreviation_suffixes).
 */
import { isKanjiLike, isKatakana, NAKAGURO } from '../../../text/chars.ts';
import { propose, type Candidate, type RuleEnv } from './candidates.ts';

/** A dictionary name in Latin capitals (JXTG, NTT). */
const LATIN_CAPITALS = /^[A-Z][A-Z0-9&]+$/;

/** Capitals right after a name, a whole run (not the start of a longer Latin word). */
const PARENT_LETTERS = /^[A-Z]{2,5}(?![A-Za-z0-9])/;

/** Short katakana company words that alone after a kanji parent name its arm (京急バス, 西鉄バス). */
const SHORT_ARM_WORDS = new Set(['バス']);

/** The shortest katakana name after the parent that a company word alone may make a company. */
const MIN_KATAKANA = 3;

export function jaParentCompoundRule(env: RuleEnv, out: Candidate[]): void {
  const { text, tables } = env;
  const mentions = env.dictMentions;
  if (!mentions || mentions.length === 0) return;
  const katakanaWords = tables.patterns.standaloneKatakanaSuffixes;
  for (let i = 0; i < mentions.length; i++) {
    const a = mentions[i]!;
    // (or a dictionary name in capitals before a katakana company word: 「JXTGイノベーションパートナーズ」)
    const capitals = LATIN_CAPITALS.test(text.slice(a.start, a.end));
    // (a kanji parent and the Latin letters that abbreviate its group company: 「東京電力EP」「中部電力PG」)
    const letters = isKanjiLike(text.charCodeAt(a.end - 1)) ? PARENT_LETTERS.exec(text.slice(a.end, a.end + 8)) : null;
    if (letters && tables.patterns.parentAbbreviations.has(letters[0]) && env.segments.at(a.start)?.lang === 'ja') {
      propose(env, out, a.start, a.end + letters[0].length, 'discovery:ja_parent_compound:letters', 'strong');
      continue;
    }
    if ((!isKanjiLike(text.charCodeAt(a.end - 1)) && !capitals) || !isKatakana(text.charCodeAt(a.end))) continue;
    const seg = env.segments.at(a.start);
    if (!seg || seg.lang !== 'ja') continue;
    let end = a.end;
    while (end < seg.end) {
      const c = text.charCodeAt(end);
      if (isKatakana(c) || (c === NAKAGURO && isKatakana(text.charCodeAt(end - 1)) && isKatakana(text.charCodeAt(end + 1)))) end++;
      else break;
    }
    // (kanji going on: a longer word, 「日産ルノー連合」)
    if (isKanjiLike(text.charCodeAt(end))) continue;
    const next = mentions[i + 1];
    const known = next !== undefined && next.start === a.end && next.end === end;
    const name = text.slice(a.end, end);
    // (or the company word alone after the parent, as groups name their arms: 日鉄エンジニアリング, 日立エナジー;
    // a kanji parent's bus company too, 京急バス, 名鉄バス)
    const companyWord =
      (end - a.end >= MIN_KATAKANA && katakanaWords.some((w) => (name.length > w.length || w.length >= 4) && name.endsWith(w))) ||
      (!capitals && SHORT_ARM_WORDS.has(name));
    if (known || companyWord) propose(env, out, a.start, end, 'discovery:ja_parent_compound', 'strong');
  }
}
