/**
 * Discovery rule "en_list_member": a name in an English list of names most of which the
 * dictionary knows is a company too — "offtake agreements with Ganfeng Lithium, Great Wall Motor,
 * Chengxin Lithium and POSCO Holdings" (Chengxin Lithium), "customers include Tesla, BMW, Acme
 * Motors and Volvo". The list is capitalised runs split by ", " and a last ", and" / " and"; at
 * least two of its members must start with a dictionary name, and the unknown ones may be no more
 * than the known — or one, when the list goes on to make a deal ("A, B and Known formed a joint
 * venture": two unknown at most). Each unknown member is proposed with a cue's strength, so the judge still
 * turns down places, products, months and common words (company-exclusions.yaml).
 */
import { enRunEndAfter } from '../name-span.ts';
import { eachMatch, propose, type Candidate, type RuleEnv } from './candidates.ts';
import { dropLeadingStopwords } from './en-rules.ts';

/** One capitalised member: up to five words, each capitalised or a digit-led token ("MN8", "3M"). */
const MEMBER = String.raw`[A-Z][\w&.'’-]*(?: (?:[A-Z0-9][\w&.'’-]*|of|de)){0,4}`;
/** A list of three members or more: "A, B, C and D" (also ", and D"). */
const LIST = new RegExp(`(?<![\\w&.'’-])${MEMBER}(?:, ${MEMBER}){1,8},? and ${MEMBER}`, 'g');

/** A deal the list's members make together, right after the list. */
const DEAL_AFTER_LIST = /^,?\s+(?:have\s+|has\s+|had\s+|will\s+|would\s+|on\s+[A-Z][a-z]+day\s+)?(?:jointly\s+|together\s+)?(?:formed|form|set\s+up|established|signed|agreed|teamed\s+up|struck|inked|launched\s+(?:a|an)\s+(?:joint\s+venture|partnership|alliance))\b/;

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
      // (one known member is enough when the list is the subject of a deal: "Vopak, Hafnia and
      // Mitsui O.S.K. Lines formed a joint venture")
      const enough = known.length >= 2 || (known.length === 1 && DEAL_AFTER_LIST.test(text.slice(m.index + m[0].length, m.index + m[0].length + 60)));
      if (!enough || unknown.length === 0 || unknown.length > Math.max(known.length, 2)) return;
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
