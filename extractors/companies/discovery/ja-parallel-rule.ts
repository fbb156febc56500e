/**
 * Discovery rule "ja_parallel": the companies of parallel clauses that それぞれ ("each") closes —
 * 「静岡ガスは鈴与と、広島ガスはマツダと、それぞれ…協定を締結した」, 「北陸ガス（新潟市）は長府製作所から、岡山ガスは
 * オムロン…から製品を仕入れる契約をそれぞれ結んだ」, 「デクセリアルズは米アンフェノールと…契約を、イビデンは独インフィニオン
 * …と…契約を、それぞれ結んだ」. Two clauses at least, each 「A は B と/から」 opening the sentence or
 * after 、: each A and B is proposed as the other name of a pair (the judge still turns down places and
 * common words).
 */
import { propose, type Candidate, type RuleEnv } from './candidates.ts';
import { jaNamesAt } from './ja-name-list.ts';

const TOPIC = ['は'];
// (not に: 「コクドはSEIBUプリンスラビッツに、…それぞれチーム名を変更した」 names what each became)
const PARTNER_PARTICLES = ['と', 'から'];

export function jaParallelRule(env: RuleEnv, out: Candidate[]): void {
  const { text, ctx } = env;
  // (the next それぞれ, found once for all the segments before it: one pass over the text)
  let each = text.indexOf('それぞれ');
  for (const seg of ctx.segments) {
    if (each < 0) return;
    if (each < seg.start) each = text.indexOf('それぞれ', seg.start);
    if (each < 0) return;
    if (each >= seg.end || seg.lang !== 'ja' || seg.kind !== 'sentence') continue;
    const pairs: { start: number; end: number }[] = [];
    // each clause opens the sentence or follows 、
    for (let at = seg.start; at >= 0 && at < each; ) {
      const subject = jaNamesAt(env, at, each, TOPIC);
      const partner = subject && subject.names.length === 1 ? jaNamesAt(env, subject.end + 1, each, PARTNER_PARTICLES) : null;
      if (partner && partner.names.length === 1) pairs.push(subject!.names[0]!, partner.names[0]!);
      const comma = text.indexOf('、', at);
      at = comma < 0 || comma >= each ? -1 : comma + 1;
    }
    if (pairs.length < 4) continue;
    for (const n of pairs) propose(env, out, n.start, n.end, 'discovery:ja_parallel', 'pair');
  }
}
