/**
 * Discovery rule "ja_follow_up": the names that open a sentence, taken up by the next sentence as
 * 同社 ("the company"), 両社 ("the two companies") or 3社 — 「ダイセルは、EV関連事業の拡大策をまとめた。同社は
 * 独エボニック…に供給する」, 「三菱ガス化学と米ダウは17日、都内で記者会見を開いた。両社は、…」, 「福山通運、鴻池運輸、
 * トヨタ車体は20日、…試乗会を開いた。3社は、…」. Japanese news names the companies, then refers to them so;
 * the count must match the names listed (ja-name-list.ts). The judge still turns down places, people
 * and common words. (English: en-follow-up-rule.ts.)
 */
import { propose, type Candidate, type RuleEnv } from './candidates.ts';
import { jaNamesAt } from './ja-name-list.ts';
import { COMMON_NOUN_DETAIL, countOfCompanies, knownNounsOnly } from './ja-rules.ts';

/** 同社, 両社 or a count of companies opening a sentence, before a particle; group 1 = the count word. */
const TAKEN_UP = /^(同社|両社|[2-9二三四五六]社)(?:は|が|も|と|の|に|で)/;
/** The kanji counts TAKEN_UP reads (for the cheap test before it). */
const TAKEN_UP_KANJI = '二三四五六';
/** After the names: the topic or subject particle. */
const TOPIC = ['は', 'が', 'も'];
const KANJI_NAME = /^\p{Script=Han}+$/u;

function countOf(word: string): number {
  if (word === '同社') return 1;
  if (word === '両社') return 2;
  return countOfCompanies(word[0]!);
}

export function jaFollowUpRule(env: RuleEnv, out: Candidate[]): void {
  const { text, ctx } = env;
  const segs = ctx.segments;
  for (let k = 1; k < segs.length; k++) {
    const seg = segs[k]!;
    if (seg.lang !== 'ja' || seg.kind !== 'sentence') continue;
    const c = text.charCodeAt(seg.start);
    // (同, 両 or a count: a cheap test before the regex)
    if (c !== 0x540c && c !== 0x4e21 && !(c >= 0x32 && c <= 0x39) && !TAKEN_UP_KANJI.includes(text[seg.start]!)) continue;
    const m = TAKEN_UP.exec(text.slice(seg.start, seg.start + 5));
    if (!m) continue;
    const prev = segs[k - 1]!;
    if (prev.lang !== 'ja' || prev.kind !== 'sentence' || prev.paragraph !== seg.paragraph) continue;
    const list = jaNamesAt(env, prev.start, prev.end, TOPIC);
    if (!list || list.names.length !== countOf(m[1]!)) continue;
    // (a katakana or Latin name taken up alone by 同社 is still judged as a cue's, common words turned down:
    // 「トラックは…。同社は」; a kanji one needs no company word, and names that a count takes up are a pair's)
    for (const n of list.names) {
      // (a kanji word kuromoji knows as common nouns is no name: 「投資額は約120億円、…。同社は」)
      if (list.names.length === 1 && KANJI_NAME.test(text.slice(n.start, n.end)) && knownNounsOnly(env, n.start, n.end, COMMON_NOUN_DETAIL)) continue;
      const strength = list.names.length > 1 || KANJI_NAME.test(text.slice(n.start, n.end)) ? 'pair' : 'cue';
      propose(env, out, n.start, n.end, 'discovery:ja_follow_up', strength);
    }
  }
}
