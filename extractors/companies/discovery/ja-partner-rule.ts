/**
 * Discovery rule "ja_partner_of_known": the other name of a pair joined by と with a company the
 * dictionary knows, the pair being the subject of a deal its sentence states —
 * 「日本郵便とフォロフライは、…業務提携した」, 「フォロフライと日本郵便が…合意した」. Proposed with a cue's
 * strength (the judge still turns down places, products and common words); as the English rule
 * "A and B signed …" does (en-rules.ts enPartnerOfKnownRule).
 */
import { isKatakana, isLatinLetter } from '../../../text/chars.ts';
import { jaRunEndAfter, jaRunStartBefore } from '../name-span.ts';
import { propose, type Candidate, type RuleEnv } from './candidates.ts';

/** A deal the sentence states after the pair's topic or subject marker. */
const DEAL_AFTER = /^[はが]、?[^。]{0,80}?(?:提携|合意|締結|契約|覚書|合弁|協業|共同開発|共同研究|連携協定|資本参加|出資|買収|設立)/;

export function jaPartnerOfKnownRule(env: RuleEnv, out: Candidate[]): void {
  const { text } = env;
  const mentions = env.dictMentions;
  if (!mentions || mentions.length === 0) return;
  for (const m of mentions) {
    const seg = env.segments.at(m.start);
    if (!seg || seg.lang !== 'ja') continue;
    // 「<known>と<name>は…提携」
    if (text.charCodeAt(m.end) === 0x3068 /* と */) {
      const start = m.end + 1;
      const end = jaRunEndAfter(text, start, seg.end);
      if (end > start && startsName(text, start) && DEAL_AFTER.test(text.slice(end, Math.min(seg.end, end + 90)))) {
        propose(env, out, start, end, 'discovery:ja_partner_of_known', 'cue');
      }
    }
    // 「<name>と<known>は…提携」
    if (m.start > seg.start + 1 && text.charCodeAt(m.start - 1) === 0x3068 && DEAL_AFTER.test(text.slice(m.end, Math.min(seg.end, m.end + 90)))) {
      const end = m.start - 1;
      const start = jaRunStartBefore(text, end, seg.start);
      // (the pair opens its clause: nothing name-like glued before it)
      if (end > start && startsName(text, start) && (start === seg.start || /[、。\s「『（(]/.test(text[start - 1]!))) {
        propose(env, out, start, end, 'discovery:ja_partner_of_known', 'cue');
      }
    }
  }
}

/** A katakana or Latin name (a kanji run needs a company word, which the judge asks for). */
function startsName(text: string, start: number): boolean {
  const c = text.charCodeAt(start);
  return isKatakana(c) || isLatinLetter(c);
}
