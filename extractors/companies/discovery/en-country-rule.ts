/**
 * Discovery rule "en_country_possessive": a country's possessive before a capitalised name
 * introduces a company the way English business news writes it — "Norway's Zaptec has entered a
 * partnership", "electrolysers built by Germany's Quest One" (company-discovery.yaml
 * `en.country_possessives`). Proposed with a cue's strength: the judge still turns down
 * ministries, agencies, places and common words ("Japan's Ministry of Economy", "China's Hubei").
 */
import { enRunEndAfter } from '../name-span.ts';
import { eachMatch, propose, type Candidate, type RuleEnv } from './candidates.ts';
import { dropLeadingStopwords } from './en-rules.ts';
import { isHeadlineSegment } from './title-case.ts';

const PLACE_NOUN_AFTER = /^\s+(?:state|province|region|county|prefecture|district|city|island|islands|coast|port|municipality|motorway|highway|freeway|expressway|corridor|salt\s+flats?|desert|basin|valley|peninsula|plateau|river|lake)\b/;

export function enCountryPossessiveRule(env: RuleEnv, out: Candidate[]): void {
  const re = env.tables.patterns.enCountryPossessive;
  if (!re) return;
  eachMatch(
    env,
    re,
    (m, seg) => {
      // (a headline capitalises every word: "Tests Europe's Battery Ambitions")
      if (isHeadlineSegment(env.text, seg)) return;
      const at = m.index + m[0].length;
      const start = dropLeadingStopwords(env, at, enRunEndAfter(env.text, at, seg.end));
      const end = enRunEndAfter(env.text, start, seg.end);
      if (end <= start) return;
      const { enNotAfterCountryPossessive: notAfter, givenNames, personTitles } = env.tables.patterns;
      const words = env.text.slice(start, end).split(/[\s-]+/);
      if (givenNames.has(words[0]!) || personTitles.has(words[0]!.replace(/\.$/, '')) || words.some((w) => notAfter.has(w))) return;
      // ("in Brazil's Bahia state", "Hungary's Hajdu-Bihar county"): a region the noun after names
      if (PLACE_NOUN_AFTER.test(env.text.slice(end, end + 16))) return;
      propose(env, out, start, end, 'discovery:en_country_possessive', 'cue');
    },
    'en',
  );
}
