/**
 * Discovery rule "en_follow_up": the name that opens a sentence, taken up by the next sentence as
 * "The <description> <head noun>" — "Ponsse showed a hybrid forest machine on Tuesday. The Finnish
 * maker said …", "Blue Bird reported record orders. The Georgia company also said …". News names a
 * company, then describes it in the sentence after. The head noun is a singular one of
 * company-discovery.yaml `en.head_nouns` ("The Swiss microcar maker", "The carmaker"), followed by
 * a verb in lower case; the name must be the first sentence's subject (a verb in lower case after
 * it). Proposed with a cue's strength: the judge still turns down people, places and the common
 * words that open sentences (company-exclusions.yaml `generic`: "Sales rose … The company said").
 */
import { enRunEndAfter } from '../name-span.ts';
import { propose, type Candidate, type RuleEnv } from './candidates.ts';
import { dropLeadingStopwords } from './en-rules.ts';

/** Words of a sentence opening "The …": "The", then words. */
const WORDS = /[^\s]+/g;

/** Does the sentence at `start` open with "The", at most three words, a singular head noun and a word in lower case? */
function opensWithDescription(env: RuleEnv, start: number, end: number): boolean {
  const words = env.text.slice(start, Math.min(end, start + 80)).match(WORDS) ?? [];
  if (words[0] !== 'The') return false;
  for (let j = 1; j <= 4 && j + 1 < words.length; j++) {
    const w = words[j]!;
    // (a plural head noun takes up several names; a head noun ends the description)
    if (env.tables.patterns.enHeadNouns.has(w)) return !w.endsWith('s') && /^[a-z]/.test(words[j + 1]!);
    if (/[,;:.]$/.test(w)) return false;
  }
  return false;
}

/** The first sentence's name, then a verb in lower case (not a preposition or a conjunction). */
const SUBJECT_VERB = /^ (?!(?:of|and|or|in|on|at|for|to|with|from|by|as|the|a|an)\b)([a-z][\w-]*)/;

export function enFollowUpRule(env: RuleEnv, out: Candidate[]): void {
  const { text, ctx } = env;
  const segs = ctx.segments;
  for (let k = 1; k < segs.length; k++) {
    const seg = segs[k]!;
    if (seg.lang !== 'en' || seg.kind !== 'sentence' || text.charCodeAt(seg.start) !== 0x54 /* T */) continue;
    if (!opensWithDescription(env, seg.start, seg.end)) continue;
    const prev = segs[k - 1]!;
    if (prev.lang !== 'en' || prev.kind !== 'sentence' || prev.paragraph !== seg.paragraph) continue;
    const runEnd = enRunEndAfter(text, prev.start, prev.end);
    const start = dropLeadingStopwords(env, prev.start, runEnd);
    const end = enRunEndAfter(text, start, prev.end);
    const verb = SUBJECT_VERB.exec(text.slice(end, end + 24));
    // (not a word that describes the name after it: "Battery maker Microvast said")
    if (end <= start || !verb || env.tables.patterns.enHeadNouns.has(verb[1]!)) continue;
    propose(env, out, start, end, 'discovery:en_follow_up', 'cue');
  }
}
