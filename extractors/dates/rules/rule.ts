/**
 * A date rule (chrono-style): one regular expression that finds one form of date, and a small
 * builder that reads the match into a Candidate or rejects it after looking at the context.
 */
import type { Grammar } from '../grammar.ts';
import type { Candidate } from '../model.ts';
import { forEachMatch, forEachMatchAt, stickyOf } from '../../../text/regex.ts';
import { registerWordLed, wordLedStarts } from '../../../text/word-scan.ts';
import { parseNumeral } from '../../../text/numbers/numeral.ts';
import { finish, type Steps } from '../../steps.ts';

export interface RuleEnv {
  text: string;
  grammar: Grammar;
}

/** What a builder returns: the candidate without the fields the runner fills in. */
export type Built = Omit<Candidate, 'rule' | 'priority' | 'start' | 'end'> & { start?: number; end?: number; rule?: string };

export interface DateRule {
  /** Stable id, recorded on every mention it produces ("ja.date", "en.month_day_year", …). */
  id: string;
  /** Global (and `d`: with indices) regular expression. */
  pattern: RegExp;
  /**
   * A script every match contains, so that the rule is skipped for texts without it. Default:
   * Japanese (kana or kanji) for ids starting "ja.", Latin letters for "en.", none otherwise.
   */
  script?: 'japanese' | 'latin' | null;
  /**
   * The script is in the text right around every match, not in the match itself: a lookbehind
   * or lookahead reads it ("June 18 and 19": the day 19 after the month name). The rule is
   * gated by script all the same.
   */
  scriptAround?: boolean;
  /**
   * Literals of which every match contains at least one (in lower case for a rule with the i
   * flag, then compared with the lower-cased text), so that the rule is skipped for a text
   * with none of them: a few indexOf calls instead of a scan of the whole text by a regex that
   * tries its optional prefixes at every position. Omit when no short list is mandatory.
   */
  needs?: readonly string[];
  /**
   * A global regex that matches (a prefix) wherever a match of the rule can start — e.g. the
   * month words at a word start, for rules opening with (?<![A-Za-z])(?<mon>…). Rules sharing
   * one head (the same object) share one scan for it per text; the rule's own regex is then
   * tried only at those positions (sticky), in order, which finds the same matches as the
   * global scan (rule.test.ts checks that every match starts at a head position). Used only
   * when the rule's first words cannot be read from its pattern (text/first-words.ts): a rule
   * without an anchor whose first words can be read is tried where those words start.
   */
  head?: RegExp;
  /**
   * Literals of which every match contains one starting at most `within` units after the
   * match's start (年 within the year part for ja.date, 日 for ja.bare_day): the rule's regex
   * is then tried (sticky) only at the positions up to `within` before an occurrence, in order,
   * which finds the same matches as the global scan (rule.test.ts checks the claim on every
   * match). Rules sharing one anchor (the same object) share the search for its literals.
   */
  anchor?: Anchor;
  /**
   * Every match starts with a Latin letter not preceded by one (rule.test.ts checks it on every
   * match). In a Japanese text, where Latin words are few, the rule is then tried (sticky) only
   * at the starts of Latin words; an English text keeps the global scan, cheaper there than a
   * try at every word. Used only when the rule's first words cannot be read (as for `head`).
   */
  latinWord?: boolean;
  build(m: RegExpExecArray, env: RuleEnv): Built | null;
}

export interface Anchor {
  literals: readonly string[];
  within: number;
  /** The characters a match can start with (its start guard), when known: other positions are not tried. */
  first?: string;
}

/** A Latin letter at a word start (the head of the latinWord rules in a Japanese text). */
export const LATIN_WORD_START = /(?<![A-Za-z])[A-Za-z]/g;

const JAPANESE_SCRIPT = /[\u3040-\u30ff\u3400-\u9fff]/;
const LATIN_LETTER = /[A-Za-z]/;

/**
 * Can `rule` match in a text with these scripts at all? A rule whose matches always contain
 * Japanese words (年, 月, 日, 週, 今年, …) is skipped for a text with no kana or kanji, one
 * whose matches contain English words for a text with no Latin letters (rule.test.ts checks
 * the claim on every match over the public suites). An English article then pays for none
 * of the Japanese rules, whose optional year prefixes make them try every position.
 */
export function applicable(rule: DateRule, script: { japanese: boolean; latin: boolean }): boolean {
  const needs = rule.script !== undefined ? rule.script : rule.id.startsWith('ja.') ? 'japanese' : rule.id.startsWith('en.') ? 'latin' : null;
  return needs === null || script[needs];
}

/**
 * Run every rule over the text; candidates may overlap (refine/overlaps.ts resolves that).
 * `scan: 'global'` runs each applicable rule as one global regex scan, without first words,
 * heads or anchors: the reference the tests compare the fast path with.
 */
export function runRules(rules: readonly DateRule[], env: RuleEnv, scan: 'fast' | 'global' = 'fast'): Candidate[] {
  return finish(ruleSteps(rules, env, scan));
}

/** runRules in steps (extractors/steps.ts), one rule a step: over a batch, each rule runs on every text in a row. */
export function* ruleSteps(rules: readonly DateRule[], env: RuleEnv, scan: 'fast' | 'global' = 'fast'): Steps<Candidate[]> {
  registerRules(rules);
  const run = new TextRun(env);
  for (let priority = 0; priority < rules.length; priority++) {
    runRule(rules[priority]!, priority, run, scan);
    yield;
  }
  return run.out;
}

/** What runRules keeps for one text while the rules run on it. */
class TextRun {
  readonly out: Candidate[] = [];
  readonly script: { japanese: boolean; latin: boolean };
  lower: string | undefined;
  /** The start positions of each head or anchor, found once per text. */
  readonly headStarts = new Map<RegExp | Anchor, readonly number[]>();
  /** Whether the text holds one of a `needs` list (by list: rules may share one). */
  readonly needsFound = new Map<readonly string[], boolean>();
  constructor(readonly env: RuleEnv) {
    this.script = { japanese: JAPANESE_SCRIPT.test(env.text), latin: LATIN_LETTER.test(env.text) };
  }
}

function runRule(rule: DateRule, priority: number, run: TextRun, scan: 'fast' | 'global'): void {
  const { env, script, out } = run;
  const { text } = env;
  if (!applicable(rule, script)) return;
  if (rule.needs) {
    // (rules given the same list share one answer: 2025年夏 and 夏に need the same season words)
    let found = run.needsFound.get(rule.needs);
    if (found === undefined) {
      const hay = rule.pattern.ignoreCase ? (run.lower ??= text.toLowerCase()) : text;
      found = rule.needs.some((n) => hay.includes(n));
      run.needsFound.set(rule.needs, found);
    }
    if (!found) return;
  }
  const re = plainOf(rule.pattern);
  const visit = (m: RegExpExecArray) => add(out, rule, priority, m, env);
  if (scan === 'global') return forEachMatch(re, text, visit);
  // the cheapest way to the positions where a match can start: its first words (from one
  // shared pass over the text), an anchor's literals, the head's scan, a Latin word start
  // (in a Japanese text), or everywhere
  let starts = rule.anchor ? null : wordLedStarts(re, text);
  if (starts === null) {
    const key = rule.head ?? rule.anchor ?? (rule.latinWord && script.japanese ? LATIN_WORD_START : undefined);
    if (key === undefined) return forEachMatch(re, text, visit);
    starts = run.headStarts.get(key) ?? null;
    if (starts === null) run.headStarts.set(key, (starts = rule.anchor && !rule.head ? anchorStarts(rule.anchor, text) : startsOf(rule.head ?? LATIN_WORD_START, text)));
  }
  forEachMatchAt(re, text, starts, visit);
}

const REGISTERED = new WeakSet<readonly DateRule[]>();

/** The first words (first-words.ts) of the rules without an anchor, read once per rule list. */
function registerRules(rules: readonly DateRule[]): void {
  if (REGISTERED.has(rules)) return;
  registerWordLed(rules.filter((r) => !r.anchor).map((r) => plainOf(r.pattern)));
  REGISTERED.add(rules);
}

function add(out: Candidate[], rule: DateRule, priority: number, m: RegExpExecArray, env: RuleEnv): void {
  indexing = rule.pattern;
  const built = rule.build(m, env);
  indexing = null;
  if (!built) return;
  // completed in place: builders return a fresh object, and a spread copy of objects of many
  // shapes was the runner's main cost (same keys in the same order as { ...built, start, … })
  const c = built as Candidate;
  c.start = built.start ?? m.index;
  c.end = built.end ?? m.index + m[0].length;
  c.rule = built.rule ?? rule.id;
  c.priority = priority;
  out.push(c);
}

/** Every position where `head` matches, overlapping ones included. */
export function startsOf(head: RegExp, text: string): number[] {
  const out: number[] = [];
  head.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = head.exec(text)) !== null) {
    out.push(m.index);
    head.lastIndex = m.index + 1;
  }
  return out;
}

/**
 * Every position at most `within` before an occurrence of one of the anchor's literals,
 * ascending and without repeats.
 */
export function anchorStarts(anchor: Anchor, text: string): number[] {
  let at: number[] = [];
  for (const lit of anchor.literals) {
    for (let i = text.indexOf(lit); i !== -1; i = text.indexOf(lit, i + 1)) at.push(i);
  }
  if (anchor.literals.length > 1) at = at.sort((a, b) => a - b);
  const out: number[] = [];
  const first = anchor.first === undefined ? undefined : firstTable(anchor.first);
  let next = 0; // first position not yet listed
  for (const a of at) {
    for (let p = Math.max(next, a - anchor.within); p <= a; p++) if (first === undefined || first[text.charCodeAt(p)] === 1) out.push(p);
    if (a + 1 > next) next = a + 1;
  }
  return out;
}

const FIRST = new Map<string, Uint8Array>();

/** A table of the UTF-16 units of `chars` (both halves of a surrogate pair: the high one opens the match). */
function firstTable(chars: string): Uint8Array {
  let t = FIRST.get(chars);
  if (!t) {
    FIRST.set(chars, (t = new Uint8Array(65536)));
    for (let i = 0; i < chars.length; i++) t[chars.charCodeAt(i)] = 1;
  }
  return t;
}

const PLAIN = new WeakMap<RegExp, RegExp>();

/**
 * The same regex without the d flag. Building the indices of every group costs more than the
 * rest of a match, and few builders read a group's position (groupStart, groupEnd), and then
 * only in rare branches: those positions are found again on demand (indicesOf).
 */
function plainOf(re: RegExp): RegExp {
  if (!re.hasIndices) return re;
  let p = PLAIN.get(re);
  if (!p) PLAIN.set(re, (p = new RegExp(re.source, re.flags.replace('d', ''))));
  return p;
}

/** The rule pattern whose match runRules is building (null outside a builder). */
let indexing: RegExp | null = null;

/**
 * The group indices of a match; for a match runRules made without the d flag, found by the
 * rule's own pattern (with d) anchored at the match's start, which makes the same match.
 */
function indicesOf(m: RegExpExecArray): RegExpIndicesArray | undefined {
  if (m.indices === undefined && indexing?.hasIndices) {
    const re = stickyOf(indexing);
    re.lastIndex = m.index;
    m.indices = re.exec(m.input)?.indices;
  }
  return m.indices;
}

/** A date number: ASCII digits or a kanji numeral (二〇二五, 十二, 二十七). */
export function num(s: string | undefined): number | undefined {
  if (s === undefined) return undefined;
  if (/^\d+$/.test(s)) return Number(s);
  const v = parseNumeral(s);
  return v === null || !Number.isInteger(v) ? undefined : v;
}

/** Start index of a named group (requires the `d` flag). */
export function groupStart(m: RegExpExecArray, name: string): number | undefined {
  return indicesOf(m)?.groups?.[name]?.[0];
}

/** End index of a named group (requires the `d` flag). */
export function groupEnd(m: RegExpExecArray, name: string): number | undefined {
  return indicesOf(m)?.groups?.[name]?.[1];
}
