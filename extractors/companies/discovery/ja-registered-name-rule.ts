/**
 * Discovery rule "ja_registered_name": a Chinese company written in kanji as it is registered — a
 * province or a city (company-discovery.yaml `registered_names.places` and `cities`), the name,
 * then a company word (`kanji_company_suffixes`): 「江西天賜中硝新材料」, 「常熟新中源創業投資」,
 * 「湖南科力遠新能源」. Not a place's own office or a region's industry: the run must go on past
 * the place by a name of two characters or more before its company word, and a word of
 * administration right after the place (省, 市, 県 …: 「湖南省電力」) ends the rule there.
 */
import { isKanjiLike } from '../../../text/chars.ts';
import { eachMatch, propose, type Candidate, type RuleEnv } from './candidates.ts';

/** After the place: it is the place itself (湖南省, 深圳市), not a name's first word. */
const ADMINISTRATIVE = /^[省市県州区]/;
/** The name between the place and the company word: two characters at least. */
const MIN_NAME = 2;

export function jaRegisteredNameRule(env: RuleEnv, out: Candidate[]): void {
  const { text, tables } = env;
  const re = tables.chinesePlace;
  if (!re) return;
  eachMatch(
    env,
    re,
    (m, seg) => {
      const start = m.index;
      const afterPlace = start + m[0].length;
      if (ADMINISTRATIVE.test(text.slice(afterPlace, afterPlace + 1))) return;
      let end = afterPlace;
      while (end < seg.end && isKanjiLike(text.charCodeAt(end))) end++;
      const name = text.slice(start, end);
      const suffix = tables.patterns.kanjiCompanySuffixAtEnd(name);
      if (suffix === 0 || end - suffix - afterPlace < MIN_NAME) return;
      // (strong, as a legal form is: a place read by kuromoji as a place or a person's name opens
      // the name by design, 「山西華陽集団」)
      propose(env, out, start, end, 'discovery:ja_registered_name', 'strong');
    },
    'ja',
  );
}
