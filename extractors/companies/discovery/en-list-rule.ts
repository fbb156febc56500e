/**
 * Discovery rule "en_list_member": a name in an English list of names most of which the
 * dictionary knows is a company too — "offtake agreements with Ganfeng Lithium, Great Wall Motor,
 * Chengxin Lithium and POSCO Holdings" (Chengxin Lithium), "customers include Tesla, BMW, Acme
 * Motors and Volvo". The list is capitalised runs split by ", " and a last ", and" / " and"; at
 * least two of its members must start with a dictionary name, and the unknown ones may be no more
 * than the known. Each unknown member is proposed with a cue's strength, so the judge still
 * turns down places, products and common words (company-exclusions.yaml).
 */
import { enRunEndAfter } from '../name-span.ts';
import { eachMatch, propose, type Candidate, type RuleEnv } from './candidates.ts';

/** One capitalised member: up to five words, each capitalised or a digit-led token ("MN8", "3M"). */
const MEMBER = String.raw`[A-Z][\w&.'’-]*(?: (?:[A-Z0-9][\w&.'’-]*|of|de)){0,4}`;
/** A list of three members or more: "A, B, C and D" (also ", and D"). */
const LIST = new RegExp(`(?<![\\w&.'’-])${MEMBER}(?:, ${MEMBER}){1,8},? and ${MEMBER}`, 'g');

const NOT_A_NAME_START = /^(?:In|On|At|By|For|From|With|As|And|But|Or|If|When|While|After|Before|Since|Until|The|A|An|This|That|These|Those|Its|Their|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
const PLACE_PREPOSITION_BEFORE = /\b(?:in|at|near|across|outside|throughout)\s+$/;

export function enListMemberRule(env: RuleEnv, out: Candidate[]): void {
  const { text } = env;
  if (!env.dictMentionStartsAt) return;
  eachMatch(
    env,
    LIST,
    (m) => {
      const members = splitMembers(text, m.index, m.index + m[0].length);
      const known = members.filter((r) => env.dictMentionStartsAt!(r.start));
      const unknown = members.filter((r) => !env.dictMentionStartsAt!(r.start));
      if (known.length < 2 || unknown.length === 0 || unknown.length > known.length) return;
      for (const r of unknown) {
        // (not a time or a sentence's opening word, "In December, SK On and Ford …", nor a place
        // after a preposition, "at its Tech Day in Ningde, Li Auto and Horizon Robotics signed")
        if (NOT_A_NAME_START.test(text.slice(r.start, r.end)) || PLACE_PREPOSITION_BEFORE.test(text.slice(Math.max(0, r.start - 8), r.start))) continue;
        const end = enRunEndAfter(text, r.start, r.end);
        if (end > r.start) propose(env, out, r.start, end, 'discovery:en_list_member', 'cue');
      }
    },
    'en',
  );
}

/** The members of a matched list, by their ranges. */
function splitMembers(text: string, start: number, end: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const sep = /, and |, | and /g;
  sep.lastIndex = start;
  let from = start;
  for (let s = sep.exec(text); s && s.index < end; s = sep.exec(text)) {
    out.push({ start: from, end: s.index });
    from = s.index + s[0].length;
  }
  out.push({ start: from, end });
  return out;
}
