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
  for (const seg of ctx.segments) {
    if (seg.lang !== 'ja' || seg.kind !== 'sentence') continue;
    const each = text.indexOf('それぞれ', seg.start);
    if (each < 0 || each >= seg.end) continue;
    const pairs: { start: number; end: number }[] = [];
    let clauses = 0;
    for (let at = seg.start; at < each; at = text.indexOf('、', at) + 1) {
      if (at === 0 && seg.start !== 0) break;
      const subject = jaNamesAt(env, at, each, TOPIC);
      if (subject && subject.names.length === 1) {
        const partner = jaNamesAt(env, subject.end + 1, each, PARTNER_PARTICLES);
        if (partner && partner.names.length === 1) {
          clauses++;
          pairs.push(subject.names[0]!, partner.names[0]!);
        }
      }
      const comma = text.indexOf('、', at);
      if (comma < 0 || comma >= each) break;
    }
    if (clauses < 2) continue;
    for (const n of pairs) propose(env, out, n.start, n.end, 'discovery:ja_parallel', 'pair');
  }
}
