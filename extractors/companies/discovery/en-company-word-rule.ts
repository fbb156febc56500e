/**
 * Discovery rule en_company_word: a capitalised English run that ends with a company word of
 * company-discovery.yaml `en.company_name_endings` names a company with no cue around it
 * ("Peterson Trucks has been appointed for Oregon", "Turner Construction, Kokosing Industrial
 * and SSOE Group have landed …"). The guards, each against a kind of false name:
 *  - the company word ends the run: "California Energy Commission" is an agency's name;
 *  - the run stands in a sentence, a list item or a table row, in no title-case line: a
 *    heading's or a headline's capitals ("Battery Materials Outlook", "Technical Services:",
 *    "Acme Signs Agreement to Acquire Frames Group, Adding Process Engineering and …") are no
 *    evidence;
 *  - one word before the ending is the name's own: not in `generic_name_words`, not a place or
 *    another excluded word, and not written in lower case elsewhere in the document ("Battery
 *    Systems", "Clean Energy", "Texas Power" name nothing; "Lifezone Metals" does);
 *  - a project, mine or plant follows: "the Carolina Lithium project" names a site;
 *  - a run that begins with a dictionary name is that company's, unless the ending names its
 *    arm (`arm_endings`: "GM Ventures", "Volkswagen Financial Services") or two words or more
 *    follow the name ("Agratas Energy Storage Solutions"): a company of its own that replaces
 *    the parent's mention.
 */
import { enRunEndAfter, enRunStartBefore } from '../name-span.ts';
import { eachMatch, propose, type Candidate, type RuleEnv } from './candidates.ts';
import { dropLeadingStopwords, SITE_AFTER } from './en-rules.ts';
import { isLatinWordChar } from '../../../text/chars.ts';
import { lineIndexOf } from '../../../text/line-index.ts';
import { isTitleCaseLine } from './title-case.ts';

const RUN_IN_HEADING = /^\s*:/;

export function enCompanyWordRule(env: RuleEnv, out: Candidate[]): void {
  const { text } = env;
  const patterns = env.tables.patterns;
  const lines = lineIndexOf(text);
  // (the lines are read once, however many segments and endings they hold: keyed by the first
  // line's start, with the last line's end, which differs only for a segment over several lines)
  const titleCase = new Map<number, { end: number; titled: boolean }>();
  const inTitleCaseLines = (seg: { start: number; end: number }): boolean => {
    const start = lines.startOf(seg.start);
    const end = lines.endOf(seg.end - 1);
    let known = titleCase.get(start);
    if (known === undefined || known.end !== end) titleCase.set(start, (known = { end, titled: isTitleCaseLine(text.slice(start, end)) }));
    return known.titled;
  };
  eachMatch(
    env,
    env.tables.enNameEnding,
    (m, seg) => {
      if (seg.kind === 'heading' || seg.kind === 'table_header') return;
      // (after a word and one space)
      if (m.index < 2 || text[m.index - 1] !== ' ' || !/[\p{L}\p{N}.]/u.test(text[m.index - 2]!)) return;
      const end = m.index + m[0].length;
      const start = dropLeadingStopwords(env, enRunStartBefore(text, end, seg.start), m.index);
      if (start >= m.index - 1 || enRunEndAfter(text, start, seg.end) !== end) return;
      // ("ordered 100 FH Electric tractor units": a count and a model)
      if (!/\p{L}/u.test(text[start]!)) return;
      // (a table row's cells are capitalised whatever they hold: a known name opening the cell's run counts there)
      const titled = inTitleCaseLines(seg);
      if (titled && seg.kind !== 'table_row') return;
      // "the Tennessee Lithium and Carolina Lithium projects": a site's name
      if (SITE_AFTER.test(text.slice(end, end + 40))) return;
      if (RUN_IN_HEADING.test(text.slice(end, end + 3)) && (start === seg.start || text[start - 1] === '\n')) return;
      const parent = env.dictPrefix?.(start, m.index - 1);
      if (titled && !parent) return;
      if (parent) {
        if (patterns.enArmEndings.has(m[1]!) && parent.end === m.index - 1) propose(env, out, start, end, 'discovery:en_company_word:arm', 'strong');
        // two words or more after the parent's name, the last a company word: a subsidiary of its own
        // ("Agratas Energy Storage Solutions", "Amara Raja Advanced Cell Technologies")
        else if (/\p{L}/u.test(text.slice(parent.end, m.index - 1))) propose(env, out, start, end, 'discovery:en_company_word:subsidiary', 'strong');
        return;
      }
      const own = text
        .slice(start, m.index - 1)
        .split(' ')
        .some((w) => isOwnWord(env, w));
      if (own) propose(env, out, start, end, 'discovery:en_company_word', 'cue');
    },
    'en',
  );
}

/** A word of the name's own: capitalised, not generic, not excluded, never written in lower case in the document. */
function isOwnWord(env: RuleEnv, word: string): boolean {
  if (word.length < 2 || !/^[\p{Lu}\d]/u.test(word)) return false;
  if (env.tables.patterns.enGenericNameWords.has(word) || env.judge.isExcludedWord(word)) return false;
  return !writtenInLowerCase(env.text, word);
}

/** Does `word` occur in lower case as a whole word in `text` ("storage" for "Storage")? */
function writtenInLowerCase(text: string, word: string): boolean {
  const lower = word.toLowerCase();
  if (lower === word) return true;
  for (let i = text.indexOf(lower); i >= 0; i = text.indexOf(lower, i + 1)) {
    const before = i > 0 ? text.charCodeAt(i - 1) : 0x20;
    const after = i + lower.length < text.length ? text.charCodeAt(i + lower.length) : 0x20;
    if (!isLatinWordChar(before) && !isLatinWordChar(after)) return true;
  }
  return false;
}
