/**
 * Discovery rule "en_headline": the names of a title-case headline, where every word is capitalised
 * and the cue tables (written in lower case) find nothing — "Kuehne+Nagel and Girteka Form Joint
 * Venture for Electric Trucking", "Visteon Completes Tender Offer for Israel's Peaktech Power
 * Systems", "Mersen to Buy Charging-Fuse Maker Fusetec in $120 Million Deal".
 *  - The subjects: the names before the headline's deal verb (company-discovery.yaml
 *    `en.headline_verbs`), split at " and " and ", ", each a capitalised run of its own.
 *  - The name after a capitalised head noun ("Maker Fusetec", `en.head_nouns`).
 * A headline is a heading segment, or a title-case line without a full stop (title-case.ts).
 * Proposed with a cue's strength: the judge still turns down generic words ("Electric Trucks"),
 * places and people.
 */
import { enRunEndAfter } from '../name-span.ts';
import { propose, type Candidate, type RuleEnv } from './candidates.ts';
import { isHeadlineLine } from './title-case.ts';
import type { Segment } from '../../../text/types.ts';

/** A subject of a headline: capitalised words only, + and & inside ("Kuehne+Nagel", "AT&T"). */
const SUBJECT_NAME = /^[\p{Lu}\d][\p{L}\p{N}+&.'’-]*(?: [\p{Lu}\d&][\p{L}\p{N}+&.'’-]*){0,5}$/u;
/** Between two subjects of a headline. */
const SUBJECT_JOIN = /, (?:and )?| and | & /;

/** The words of a law or a decree. */
const LEGISLATION = /\b(?:Act|Bill|Law|Executive Order|Decree|Ordinance)\b/;

/**
 * Does a headline's subject hold a word of its own: not generic (`generic_name_words`: "Battery
 * Storage"), not a place, not an office ("New York Governor", `not_after_country_possessive`)?
 */
function hasOwnWord(env: RuleEnv, piece: string): boolean {
  const { enGenericNameWords, enNotAfterCountryPossessive, personTitles } = env.tables.patterns;
  const words = piece.split(' ');
  if (words.some((w) => enNotAfterCountryPossessive.has(w) || personTitles.has(w))) return false;
  return words.some((w) => !enGenericNameWords.has(w) && !env.judge.isExcludedWord(w));
}

function isHeadline(env: RuleEnv, seg: Segment): boolean {
  if (seg.kind === 'heading') return true;
  return seg.kind === 'sentence' && isHeadlineLine(env.text.slice(seg.start, seg.end));
}

export function enHeadlineRule(env: RuleEnv, out: Candidate[]): void {
  const { text, ctx } = env;
  const verbs = env.tables.patterns.enHeadlineVerbs;
  if (!verbs) return;
  for (const seg of ctx.segments) {
    if (seg.lang !== 'en' || seg.end - seg.start > 160 || !isHeadline(env, seg)) continue;
    const line = text.slice(seg.start, seg.end);
    const verb = verbs.exec(line);
    // (a law signed is no deal: "Biden Signs Inflation Reduction Act Into Law")
    if (verb && verb.index > 0 && !LEGISLATION.test(line)) {
      // the subjects, each a whole capitalised run
      let at = seg.start;
      for (const piece of line.slice(0, verb.index).trimEnd().split(SUBJECT_JOIN)) {
        const start = text.indexOf(piece, at);
        if (start < 0) break;
        at = start + piece.length;
        if (SUBJECT_NAME.test(piece) && hasOwnWord(env, piece)) propose(env, out, start, at, 'discovery:en_headline', 'cue');
      }
    }
    // a name after a capitalised head noun: "Charging-Fuse Maker Fusetec"
    for (const m of line.matchAll(/(?<=\s)([A-Z][a-z]+) (?=[A-Z])/g)) {
      if (!env.tables.patterns.enHeadNouns.has(m[1]!.toLowerCase()) || m[1]!.endsWith('s')) continue;
      const start = seg.start + m.index + m[0].length;
      const end = enRunEndAfter(text, start, seg.end);
      if (end > start) propose(env, out, start, end, 'discovery:en_headline', 'cue');
    }
  }
}
