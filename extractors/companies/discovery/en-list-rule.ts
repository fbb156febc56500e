/**
 * Discovery rule "en_list_member": a name in an English list of names most of which the
 * dictionary knows is a company too — "offtake agreements with Ganfeng Lithium, Great Wall Motor,
 * Chengxin Lithium and POSCO Holdings" (Chengxin Lithium), "customers include Tesla, BMW, Acme
 * Motors and Volvo". The list is capitalised runs split by ", " and a last ", and" / " and"; at
 * least two of its members must start with a dictionary name, and the unknown ones may be no more
 * than the known. Each unknown member is proposed with a cue's strength, so the judge still
 * turns down places, products, months and common words (company-exclusions.yaml).
 */
import { enRunEndAfter } from '../name-span.ts';
import { eachMatch, propose, type Candidate, type RuleEnv } from './candidates.ts';
import { dropLeadingStopwords } from './en-rules.ts';

/** One capitalised member: up to five words, each capitalised or a digit-led token ("MN8", "3M"). */
const MEMBER = String.raw`[A-Z][\w&.'’-]*(?: (?:[A-Z0-9][\w&.'’-]*|of|de)){0,4}`;
/** A list of three members or more: "A, B, C and D" (also ", and D"). */
const LIST = new RegExp(`(?<![\\w&.'’-])${MEMBER}(?:, ${MEMBER}){1,8},? and ${MEMBER}`, 'g');

/** The word before a list's first member (a place preposition of company-discovery.yaml `place_prepositions` makes it a place). */
const WORD_BEFORE = /\b([a-z]+)\s+$/;

export function enListMemberRule(env: RuleEnv, out: Candidate[]): void {
  const { text } = env;
  if (!env.dictMentionStartsAt) return;
  eachMatch(
    env,
    LIST,
    (m) => {
      const members = splitMembers(text, m.index, m.index + m[0].length);
      const known: typeof members = [];
      const unknown: typeof members = [];
      for (const r of members) (env.dictMentionStartsAt!(r.start) ? known : unknown).push(r);
      if (known.length < 2 || unknown.length === 0 || unknown.length > known.length) return;
      for (const r of unknown) {
        // (not a place after a preposition, "at its Tech Day in Ningde, Li Auto and Horizon Robotics
        // signed"; a sentence's opening word is dropped, "In December, SK On and Ford …", and the
        // judge turns down what is left when it is a month: company-exclusions.yaml)
        const before = WORD_BEFORE.exec(text.slice(Math.max(0, r.start - 12), r.start));
        if (before && env.tables.patterns.enPlacePrepositions.has(before[1]!)) continue;
        const start = dropLeadingStopwords(env, r.start, r.end);
        const end = enRunEndAfter(text, start, r.end);
        if (end > start) propose(env, out, start, end, 'discovery:en_list_member', 'cue');
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
