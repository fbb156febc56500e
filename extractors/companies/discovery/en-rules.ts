/**
 * Discovery rules for English text:
 *  - en_legal_form: capitalised name + legal form ("Acme Widgets Inc.", "Foo GmbH"); also run
 *    on Japanese segments, where Latin names appear too;
 *  - subsidiary_region: a dictionary name + region ("Toyota Motor North America", "Volkswagen
 *    Group of America", "GM Canada"): a subsidiary, not its parent (strong: it replaces the
 *    parent's mention; the parent link is derived from the name);
 *  - en_ticker: name + ticker in brackets ("Acme Corp. (NYSE: ACME)"; patterns: ticker_brackets);
 *  - en_head: head noun + name ("Chinese EV maker NIO", "supplier Bosch");
 *  - en_apposition: name + ", a/an/the … head noun" ("NIO, a Chinese EV maker");
 *  - en_partner_of_known: a name joined by "and" to a dictionary name as the subject of a deal verb
 *    ("Ola Electric and Sona Comstar formed a joint venture": Sona Comstar);
 *  - en_after:<id> / en_before:<id>: cue patterns ("McLaren's CEO", "partnership with McLaren");
 *    After a cue that precedes names, a second name joined by " and " is proposed too: "a
 *    joint venture between Foo and Bar". (Not before a cue: title-case run-in headings
 *    such as "Market Context and Technological Significance" would be read as two names.)
 *
 * (compromise's organisation tagger was used here until extractors version 1.2.0. On the
 * benchmark corpus it cost a third of all English extraction time, and its finds were
 * either dictionary names next to a cue, which the cue tables now catch, or false ones such
 * as the run-in heading "Technical Services:".)
 */
import { enRunEndAfter, enRunStartBefore, isYearWord } from '../name-span.ts';
import { eachCuePair, eachMatch, propose, type Candidate, type RuleEnv } from './candidates.ts';
import { isHeadlineSegment } from './title-case.ts';
import type { Segment } from '../../../text/types.ts';

/** A place's possessive ("Canada's", "Japan's") before a name is no part of it: "Canada's Electra Battery Materials". */
function isPlacePossessive(env: RuleEnv, word: string): boolean {
  const m = /^(.+)['’]s$/.exec(word);
  return m !== null && env.judge.isExcludedWord(m[1]!);
}

/**
 * The name run after a cue at `start`, past a place's possessive ("with Canada's Electra Battery
 * Materials": the run ends at "Canada", whose "'s" belongs to no name).
 */
function runAfterCue(env: RuleEnv, start: number, segEnd: number): { start: number; end: number } {
  const { text } = env;
  // (past a place adjective: "agreed to buy London-based Vantage Power")
  const adjective = PLACE_ADJECTIVE_AT.exec(text.slice(start, start + 40));
  if (adjective) start += adjective[0].length;
  const end = enRunEndAfter(text, start, segEnd);
  if (end > start && text[end + 2] === ' ' && isPlacePossessive(env, text.slice(start, end + 2))) {
    const next = end + 3;
    return { start: next, end: enRunEndAfter(text, next, segEnd) };
  }
  return { start, end };
}

/** A verb that makes "the company said" a reporting clause. */
const REPORTING_VERB = /^(?:said|says|told|added|announced|noted|stated|explained|wrote|confirmed|disclosed|reported|declined)\b/;

const LOCATIVE_ADJECTIVE = /\S+-(?:based|listed|owned|backed|headquartered|controlled|made)\s+/g;
/** A place adjective (of LOCATIVE_ADJECTIVE's) opening a run, the name after it: "London-based Vantage Power", "New York-based Acme". */
const PLACE_ADJECTIVE_AT = /^(?:[A-Z][\w.]*\s+){0,2}\S+-(?:based|listed|headquartered)\s+(?=[A-Z])/;

/** Drop sentence-initial function words the run swallowed ("The Acme Corp." → "Acme Corp."). */
export function dropLeadingStopwords(env: RuleEnv, start: number, end: number): number {
  const { text } = env;
  // a place adjective before the name: "Tokyo-based Acme Corp", "Hong Kong-listed Acme"
  if (text.indexOf('-', start) < end) {
    let cut = 0;
    for (const m of text.slice(start, end).matchAll(LOCATIVE_ADJECTIVE)) cut = m.index + m[0].length;
    start += cut;
  }
  for (let guard = 0; guard < 3; guard++) {
    const sp = text.indexOf(' ', start);
    if (sp < 0 || sp >= end) break;
    const word = text.slice(start, sp);
    // (and a year: "The 2024 Acme Corp. deal")
    if (!env.tables.patterns.enLeadingStopwords.has(word) && !isPlacePossessive(env, word) && !isYearWord(word)) break;
    start = sp + 1;
  }
  // a run that is only such a word names nothing ("Separately, the company said …")
  const space = text.indexOf(' ', start);
  if ((space < 0 || space >= end) && env.tables.patterns.enLeadingStopwords.has(text.slice(start, end))) return end;
  return start;
}

/** A Roman series number after a legal form, " II" to " IV". */
const SERIES_AFTER_FORM = /^ (?:II|III|IV)(?![\w-])/;

export function enLegalFormRule(env: RuleEnv, out: Candidate[]): void {
  const { text, tables } = env;
  eachMatch(env, tables.enSuffix, (m, seg) => {
    const nameEnd = m.index;
    let nameStart = enRunStartBefore(text, nameEnd, seg.start, true);
    if (nameStart === nameEnd) return;
    nameStart = dropLeadingStopwords(env, nameStart, nameEnd);
    // a connector right after or right before a known company joins two names, not one: "Toyota and
    // Acme Inc.", "Chengxin Lithium and POSCO Holdings"; so does one after a company word: "THOR
    // Industries and Capricorn Investment Group" (company-discovery.yaml company_words_before_and)
    for (let k = text.indexOf(' and ', nameStart); k >= 0 && k < nameEnd; k = text.indexOf(' and ', k + 1)) {
      if (tables.patterns.enCompanyWordsBeforeAnd.has(text.slice(text.lastIndexOf(' ', k - 1) + 1, k))) {
        // (the name before "and" is one too)
        if (!env.dictMentionEndsAt?.(k)) propose(env, out, nameStart, k, 'discovery:en_legal_form', 'cue');
        nameStart = k + 5;
      } else if (env.dictMentionEndsAt?.(k) || env.dictMentionStartsAt?.(k + 5)) nameStart = k + 5;
    }
    const form = m[1]!;
    const strength = tables.legal.weakForDiscovery.has(form) ? 'cue' : 'strong';
    // (a series number after the form is the name's: "Tortoise Acquisition Corp II", a SPAC's)
    const formEnd = m.index + m[0].length;
    const series = SERIES_AFTER_FORM.exec(text.slice(formEnd, formEnd + 6));
    propose(env, out, nameStart, nameEnd, 'discovery:en_legal_form', strength, { start: nameEnd, end: formEnd + (series ? series[0].length : 0) });
    tables.enSuffix.lastIndex = m.index + 1; // chained forms: "Holdings Inc."
  });
}

const TIME_BEFORE = /(?:\b[ap]\.?m\.?|\d)\s*$/i;
const WEEKDAY = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/;

/** A name after an English legal-form prefix: "PT Kolaka Nickel Indonesia" (the form in the span). */
export function enLegalFormPrefixRule(env: RuleEnv, out: Candidate[]): void {
  const { text, tables } = env;
  if (!tables.enPrefix) return;
  eachMatch(env, tables.enPrefix, (m, seg) => {
    const nameStart = m.index + m[0].length;
    // (Pacific Time: "at 10 a.m. PT Monday", "9:30 PT")
    if (TIME_BEFORE.test(text.slice(Math.max(seg.start, m.index - 8), m.index)) || WEEKDAY.test(text.slice(nameStart, nameStart + 10))) return;
    const nameEnd = enRunEndAfter(text, nameStart, seg.end);
    if (nameEnd === nameStart) return;
    propose(env, out, nameStart, nameEnd, 'discovery:en_legal_form_prefix', 'strong', { start: m.index, end: nameStart });
  });
}

export function enContextRules(env: RuleEnv, out: Candidate[]): void {
  const { text, tables } = env;
  // head noun + name
  eachMatch(
    env,
    tables.enHead,
    (m, seg) => {
      const start = m.index + m[0].length;
      const end = enRunEndAfter(text, start, seg.end);
      // a plural head before a list names each member: "two Chinese substrate makers, SICC and
      // TankeBlue" (a comma after a singular head starts a clause: "the supplier, Bosch said")
      const plural = m[1]!.endsWith('s');
      const and = end > start && plural && text.startsWith(' and ', end);
      if (m[2] === ',' && !and) return;
      propose(env, out, start, end, 'discovery:en_head', 'cue');
      if (and) propose(env, out, end + 5, enRunEndAfter(text, end + 5, seg.end), 'discovery:en_head', 'cue');
    },
    'en',
  );
  // apposition: "NIO, a Chinese EV maker"
  eachMatch(
    env,
    tables.enApposition,
    (m, seg) => {
      const after = m.index + m[0].length;
      const words = text.slice(after, Math.min(seg.end, after + 80)).split(/\s+/, 7);
      let ok = false;
      for (let j = 0; j < words.length; j++) {
        const w = words[j]!;
        const bare = w.replace(/[.,;:!?)]+$/, '');
        // (a head noun in lower case: "Group" of "a Volvo Group executive" is a name's)
        if (tables.patterns.enHeadNouns.has(bare)) {
          // "…, the company said": a reporting clause, not an apposition of the run before it
          ok = !REPORTING_VERB.test(words[j + 1] ?? '') || /[.,;:!?)]$/.test(w);
          break;
        }
        if (/[.,;:!?]$/.test(w)) break;
      }
      if (!ok) return;
      const nameStart = dropLeadingStopwords(env, enRunStartBefore(text, m.index, seg.start), m.index);
      if (nameStart < m.index) propose(env, out, nameStart, m.index, 'discovery:en_apposition', 'cue');
    },
    'en',
  );
  // cues
  eachCuePair(
    env,
    tables.enPair,
    tables.enAfter,
    (id, cueStart, _cueEnd, seg) => {
      const rule = `discovery:en_after:${tables.enAfter.cues[id]!.id}`;
      // (past its acronym in brackets: "Bharat Heavy Electricals (BHEL) signed")
      const nameEnd = acronymBracketBefore(text, cueStart);
      const start = dropLeadingStopwords(env, enRunStartBefore(text, nameEnd, seg.start), nameEnd);
      // "Panasonic in Osaka signed": the name is a place complement, not the one who signed
      if (afterPlacePreposition(env, start, seg.start)) return;
      // (a headline's infinitive names its subject only at the start of a line)
      if (tables.enAfter.cues[id]!.id === 'headline' && start > seg.start && text[start - 1] !== '\n') return;
      propose(env, out, start, nameEnd, rule, 'cue');
      // "Highland Electric Fleets and Thomas Built Buses inked": the name before " and " too
      // (a deal's subjects only: not "board member Thomas Schmall and PowerCo CEO")
      if (COORDINATED_CUES.has(tables.enAfter.cues[id]!.id)) proposeNameBeforeAnd(env, out, start, seg.start, rule);
    },
    tables.enBefore,
    (id, cueStart, cueEnd, seg) => {
      // the cue must start at a word boundary
      if (cueStart > 0 && /[\p{L}\p{N}]/u.test(text[cueStart - 1]!)) return;
      const rule = `discovery:en_before:${tables.enBefore.cues[id]!.id}`;
      const { start, end } = runAfterCue(env, cueEnd, seg.end);
      // "a stake in Chinese EV maker Leapmotor": a capitalised run before a head noun describes
      // the name after the noun (the en_head rule's), it is not one
      if (headNounAfter(env, end, seg.end)) return;
      propose(env, out, start, end, rule, 'cue');
      // "between Foo and Bar", "from Solaris Bus & Coach, Wrightbus and New Flyer": the other names of the list
      // (not in a headline, where every word is capitalised: "… Agreement with BMW Group, Granting Research and Development License")
      if (end > start) proposeListAfter(env, out, end, seg, rule);
    },
    'en',
  );
}

/** An acronym in brackets ending at `at` (" (BHEL)"): where the name before it ends; else `at`. */
const ACRONYM_BRACKET_END = /\s\([A-Z][A-Z0-9&.-]{1,9}\)$/;
function acronymBracketBefore(text: string, at: number): number {
  if (text[at - 1] !== ')') return at;
  const m = ACRONYM_BRACKET_END.exec(text.slice(Math.max(0, at - 13), at));
  return m ? at - m[0].length : at;
}

/** Does a place preposition ("in", "near" …: company-discovery.yaml `place_prepositions`) stand right before `start`? */
function afterPlacePreposition(env: RuleEnv, start: number, segStart: number): boolean {
  const before = /([a-z]+)\s+$/.exec(env.text.slice(Math.max(segStart, start - 12), start));
  if (before !== null && env.tables.patterns.enPlacePrepositions.has(before[1]!)) return true;
  // (nor the last word of a body's name after "of": "The U.S. Department of Energy closed a loan")
  return OF_NAME_BEFORE.test(env.text.slice(Math.max(segStart, start - 40), start));
}
const OF_NAME_BEFORE = /\b(?:Department|Ministry|Secretary|Minister|Bureau|Office|Board|Commission|Council|Agency|Institute|University|Bank|Court|State|Republic|Government|Province|Kingdom)\s+of\s+(?:the\s+)?$/;

/** Kinds of after-name cues whose subject may be two names joined by "and" (company-discovery.yaml `together`). */
const COORDINATED_CUES = new Set(['together']);

/** The name joined by " and " before the one that starts at `start` (both share the cue after them), proposed under `rule`. */
function proposeNameBeforeAnd(env: RuleEnv, out: Candidate[], start: number, segStart: number, rule: string): void {
  if (start - segStart < 6 || !env.text.startsWith(' and ', start - 5)) return;
  const first = dropLeadingStopwords(env, enRunStartBefore(env.text, start - 5, segStart), start - 5);
  if (first < start - 5) propose(env, out, first, start - 5, rule, 'cue');
}

/** Is the run ending at `end` followed by a head noun ("Chinese EV maker", "U.S. startup")? Then it describes a name. */
// (or by words and a head noun before a name: "to Warsaw bus operator MZA")
function headNounAfter(env: RuleEnv, end: number, segEnd: number): boolean {
  const after = env.text.slice(end, Math.min(segEnd, end + 48));
  const m = /^\.?\s+([a-z][a-z-]*)/.exec(after);
  if (m !== null && env.tables.patterns.enHeadNouns.has(m[1]!)) return true;
  const far = /^\s+(?:[a-z][a-z-]*\s+){1,2}([a-z][a-z-]*)\s+(?=[A-Z])/.exec(after);
  return far !== null && env.tables.patterns.enHeadNouns.has(far[1]!);
}

/** Cue patterns whose match ends where a name starts: "invested $394 million in Joby Aviation". */
/** A site after the name: it names a project, mine or plant, not a company. */
// (the words between describe the site, no preposition or article: not "to Lyvolt for a plant")
export const SITE_AFTER = /^\s+(?:(?!(?:for|to|at|in|on|with|from|of|by|and|or|a|an|the)\s)[a-z][\w-]*\s+){0,2}?(?:project|projects|mine|mines|deposit|deposits|plant|plants|site|sites|field|fields|refinery|smelter|facility|facilities)\b/;

export function enBeforePatternRules(env: RuleEnv, out: Candidate[]): void {
  const { text } = env;
  for (const { id, regex, kindAfter } of env.tables.patterns.enBeforePatterns) {
    eachMatch(
      env,
      regex,
      (m, seg) => {
        // (past a place's possessive: "licensed its process to India's Attero Recycling")
        const { start, end } = runAfterCue(env, m.index + m[0].length, seg.end);
        if (!kindAfter && headNounAfter(env, end, seg.end)) return; // "in U.S. startup Lunara"
        // (a unit named by its kind holds a word of its own: not "Tesla's Energy unit")
        if (kindAfter && text.slice(start, end).split(' ').every((w) => env.tables.patterns.enGenericNameWords.has(w) || env.judge.isExcludedWord(w))) return;
        if (SITE_AFTER.test(text.slice(end, end + 40))) return; // "a 20% interest in the Mount Holland lithium project"
        propose(env, out, start, end, `discovery:en_before:${id}`, 'cue');
        // "to supply battery systems to Zenobe and Field Energy", "to Telenor, Telia and Ericsson": the other names of the list
        if (end > start) proposeListAfter(env, out, end, seg, `discovery:en_before:${id}`);
      },
      'en',
    );
  }
}

/** The next item of a list of names: ", " or " and " (", and ") before a capitalised word. */
const LIST_ITEM_JOIN = /^(?:,\s(?:and\s)?|\sand\s)(?=[A-Z])/;
const MAX_LIST_ITEMS = 5;

/**
 * The names listed after the one ending at `end` ("… to Zenobe| and Field Energy", "… to
 * Telenor|, Telia and Ericsson"). Names after a comma count only in a list that closes with
 * "and": "to Ford, Chief Executive Jim Farley said" lists nothing.
 */
function listAfter(text: string, end: number, segEnd: number): { start: number; end: number }[] {
  const items: { start: number; end: number; and: boolean }[] = [];
  let pos = end;
  while (items.length < MAX_LIST_ITEMS) {
    const join = LIST_ITEM_JOIN.exec(text.slice(pos, pos + 6));
    if (!join) break;
    const start = pos + join[0].length;
    const itemEnd = enRunEndAfter(text, start, segEnd);
    if (itemEnd <= start) break;
    const and = join[0].includes('and');
    items.push({ start, end: itemEnd, and });
    pos = itemEnd;
    if (and) break;
  }
  return items.length > 0 && items[items.length - 1]!.and ? items : [];
}

/**
 * Propose the names listed after the one ending at `end` (listAfter) under `rule` — not in a
 * headline, where every word is capitalised ("… Agreement with BMW Group, Granting Research and
 * Development License").
 */
function proposeListAfter(env: RuleEnv, out: Candidate[], end: number, seg: Segment, rule: string): void {
  const items = listAfter(env.text, end, seg.end);
  // (a headline has no full stop: "Executives from Škoda Group and Echandia met in Pilsen." is a sentence)
  if (items.length === 0 || isHeadlineSegment(env.text, seg)) return;
  for (const item of items) propose(env, out, item.start, item.end, rule, 'cue');
}

/** Cue patterns whose match starts where a name ends: "Deutz is selling", "Generac has completed the purchase of". */
export function enAfterPatternRules(env: RuleEnv, out: Candidate[]): void {
  const { text, tables } = env;
  for (const { id, regex } of tables.patterns.enAfterPatterns) {
    eachMatch(
      env,
      regex,
      (m, seg) => {
        const start = dropLeadingStopwords(env, enRunStartBefore(text, m.index, seg.start), m.index);
        if (start >= m.index) return;
        // (a name the dictionary knows is its to accept: "LG's Michigan plant" names no new company;
        // an ambiguous alias the dictionary left for want of context has it in this cue: "from Stagecoach, which ordered")
        if (env.dictPrefix?.(start, m.index)?.end === m.index && env.dictMentionStartsAt?.(start) !== false) return;
        // "Panasonic in Osaka signed": a place complement, not the subject
        if (afterPlacePreposition(env, start, seg.start)) return;
        propose(env, out, start, m.index, `discovery:en_after:${id}`, 'cue');
        // ("Coal India and NLC India agreed to set up a joint venture": the name before " and " too)
        if (COORDINATED_CUES.has(id)) proposeNameBeforeAnd(env, out, start, seg.start, `discovery:en_after:${id}`);
      },
      'en',
    );
  }
}

export function enSubsidiaryRegionRule(env: RuleEnv, out: Candidate[]): void {
  const { text, tables } = env;
  eachMatch(env, tables.enRegion, (m, seg) => {
    // (a headline capitalises every word: "Northvolt Rescue Tests Europe's Battery Ambitions" names no unit)
    if (isHeadlineSegment(text, seg)) return;
    const end = m.index + m[0].length;
    const start = dropLeadingStopwords(env, enRunStartBefore(text, m.index, seg.start), m.index);
    if (start >= m.index) return;
    const parent = env.dictPrefix?.(start, m.index);
    if (!parent) return;
    propose(env, out, start, end, 'discovery:subsidiary_region', 'strong');
  });
}

export function enTickerRule(env: RuleEnv, out: Candidate[]): void {
  const { text } = env;
  const re = env.tables.patterns.tickers;
  if (!re) return;
  eachMatch(env, re, (m, seg) => {
    const end = m.index;
    const start = dropLeadingStopwords(env, enRunStartBefore(text, end, seg.start), end);
    if (start >= end) return;
    propose(env, out, start, end, 'discovery:en_ticker', 'cue');
  });
}

/** " and " between two capitalised runs. */
// (from the first space of a run only: a long run of blanks is read once, not once per space)
const AND_BEFORE_CAPITAL = /(?<!\s)\s+and\s+(?=[A-Z])/g;
/** A deal verb after the pair ("… formed", "… have signed", "… agreed to"). */
const DEAL_VERB_AFTER = /^\s+(?:(?:have\s+|has\s+|will\s+|also\s+|jointly\s+|on\s+\w+\s+)?(?:formed|form|signed|sign|agreed|agree|inked|struck|set\s+up|established|incorporated|launched|teamed\s+up|partnered|unveiled|created)\b|(?:plan|plans|planned)\s+(?:to\s+(?:co-develop|jointly\s+develop|form|set\s+up)|an?\s+(?:JV|joint\s+venture))\b|(?:are|were)\s+(?:co-developing|jointly\s+developing)\b|(?:have\s+)?set\s+out\s+in\s+an?\s+(?:LOI|MoU|MOU|memorandum|letter\s+of\s+intent)\b|put\s+pen\s+to\b|said\s+(?:a|the)\s+(?:memorandum|MoU|MOU|agreement)\b|said(?:\s+on\s+\w+)?,?\s+(?:that\s+)?they\s+(?:had\s+|have\s+|would\s+|will\s+)?(?:formed|signed|agreed|inked|struck|set\s+up|teamed\s+up|partnered)\b|will\s+(?:build|create|form|set\s+up|launch)\b[^.;]{0,80}?\bjoint\s+venture\b|(?:have\s+|has\s+|also\s+)?(?:announced|entered|entered\s+into|unveiled|revealed|disclosed)\s+(?:a|an|their|the)\s+(?:[\w-]+\s+){0,2}?(?:partnership|alliance|collaboration|joint\s+venture|agreement|deal|MoU|MOU|memorandum)\b)/;

/**
 * A name joined by "and" to a dictionary name, the pair the subject of a deal verb: the other
 * is a company too ("Ola Electric and Sona Comstar formed a 60:40 joint venture").
 */
export function enPartnerOfKnownRule(env: RuleEnv, out: Candidate[]): void {
  const { text } = env;
  eachMatch(
    env,
    AND_BEFORE_CAPITAL,
    (m, seg) => {
      const leftEnd = m.index;
      // (past a place adjective: "Toyota Tsusho and Bengaluru-based Log9 Materials signed")
      const adjective = /^\S+-(?:based|listed|owned|backed|headquartered|controlled)\s+/.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 40));
      const rightStart = m.index + m[0].length + (adjective ? adjective[0].length : 0);
      const rightEnd = enRunEndAfter(text, rightStart, seg.end);
      if (rightEnd <= rightStart || !DEAL_VERB_AFTER.test(text.slice(rightEnd, rightEnd + 120))) return;
      const leftStart = dropLeadingStopwords(env, enRunStartBefore(text, leftEnd, seg.start), leftEnd);
      if (leftStart >= leftEnd) return;
      const leftKnown = env.dictMentionEndsAt?.(leftEnd) ?? false;
      const rightKnown = env.dictMentionStartsAt?.(rightStart) ?? false;
      if (leftKnown && !rightKnown) propose(env, out, rightStart, rightEnd, 'discovery:en_partner_of_known', 'cue');
      else if (rightKnown && !leftKnown) propose(env, out, leftStart, leftEnd, 'discovery:en_partner_of_known', 'cue');
    },
    'en',
  );
}
