/**
 * Discovery rule ja_headquarters: a name followed by its head office in brackets, the way Japanese
 * business news introduces a company it has not named before: "APB(東京・千代田)",
 * "アイテック(名古屋市)", 「上毛モーター工業（本社・群馬県桐生市）」 (patterns: company-discovery.yaml
 * headquarters_brackets).
 */
import { jaRunStartBefore } from '../name-span.ts';
import { eachMatch, propose, type Candidate, type RuleEnv } from './candidates.ts';
import { KATAKANA_NAME } from './ja-rules.ts';

export function jaHeadquartersRule(env: RuleEnv, out: Candidate[]): void {
  const { text, tables } = env;
  const re = tables.patterns.headquarters;
  if (!re) return;
  const facilityWords = [...tables.patterns.headquartersFacilityWords];
  eachMatch(
    env,
    re,
    (m, seg) => {
      const end = m.index;
      const start = jaRunStartBefore(text, end, seg.start);
      if (start === end) return;
      // a katakana name is one even when kuromoji knows it as a common noun (ルビコン(長野県伊那市), オリジン(さいたま市)): a
      // bracket with a head office follows a company, or a site (センター(…市), プラント(…県…町): headquarters_facility_words)
      const clean = env.judge.clean(start, end); // (after a descriptor: 「新興企業アスター（横手市）」)
      const head = text.slice(clean.start, clean.end);
      const katakanaName = head.length >= 3 && KATAKANA_NAME.test(head) && !tables.patterns.genericKatakanaHeads.has(head) && !tables.patterns.headquartersFacilityWords.has(head);
      // (as strong as a legal form: a person's name in katakana takes no head office, ユニバンス(静岡県湖西市); and so is a
      // bracket that says 本社, whatever the name's script, 「上毛モーター工業（本社・群馬県桐生市）」, after no site's word)
      const saysHeadOffice = /^\((?:[^()、。]{1,20}、)?本[社店]/.test(m[0]) && !facilityWords.some((w) => head.endsWith(w));
      propose(env, out, start, end, 'discovery:ja_headquarters', katakanaName || saysHeadOffice ? 'strong' : 'cue');
    },
    'ja',
  );
}
