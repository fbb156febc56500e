/**
 * A proposed company name found by a discovery rule, and the shared step that cleans and
 * judges a proposal before it becomes a candidate.
 */
import type { DocContext } from '../../types.ts';
import { forEachWordLedMatch } from '../../../text/word-scan.ts';
import type { Lang, Segment } from '../../../text/types.ts';
import type { CueTable } from './tables.ts';
import type { Matcher } from '../aho-corasick.ts';
import type { NameJudge, Strength } from './names.ts';
import type { DiscoveryTables } from './tables.ts';
import type { SegmentIndex } from '../segments.ts';
import type { Boundaries } from '../boundaries.ts';

export interface Candidate {
  /** Span of the mention (legal forms included). */
  start: number;
  end: number;
  /** The name without legal forms (for the canonical name). */
  nameStart: number;
  nameEnd: number;
  rule: string;
  strength: Strength;
  /**
   * The judgement of a proposal, deferred: why it is rejected, or null. Asked only when the
   * proposal could still be chosen (judging may tokenise, and most proposals lose to a longer
   * overlapping one or to a dictionary mention anyway). Absent: accepted.
   */
  verdict?: () => string | null;
}

export interface RuleEnv {
  ctx: DocContext;
  text: string;
  tables: DiscoveryTables;
  judge: NameJudge;
  segments: SegmentIndex;
  boundaries: Boundaries;
  /**
   * Can a candidate over [start, end) never be placed because it overlaps a dictionary
   * mention it cannot replace? Such candidates are dropped before they are judged (judging
   * may tokenise), with the same outcome as placing them.
   */
  cannotPlace?: (start: number, end: number, strength: Strength) => boolean;
  /**
   * The longest dictionary alias that starts at `start` and ends at or before `end` (a Latin
   * one at a word end): its end and dictionary index, or null.
   */
  dictPrefix?: (start: number, end: number) => { end: number; entity: number } | null;
  /** Does a dictionary mention end at `pos`? ("Toyota and Acme Inc.": Acme Inc. only) */
  dictMentionEndsAt?: (pos: number) => boolean;
  /** Does a dictionary mention start at `pos`? */
  dictMentionStartsAt?: (pos: number) => boolean;
  /** The dictionary mentions, in text order. */
  dictMentions?: readonly { start: number; end: number }[];
  /** Rejected proposals (for tests and debugging), when given. */
  rejected?: { text: string; rule: string; reason: string }[];
}

/**
 * Clean the name [start, end), judge it, and add a candidate whose span also covers the
 * legal form [formStart, formEnd) when one was the evidence. `check` is a rule's own test
 * (it returns a rejection reason or null); it runs after the cheap generic tests, because
 * it may tokenise.
 */
export function propose(
  env: RuleEnv,
  out: Candidate[],
  start: number,
  end: number,
  rule: string,
  strength: Strength,
  form?: { start: number; end: number },
  check?: () => string | null,
): void {
  if (end <= start) return;
  // "グループ会社|社長": the raw run already ends with a non-company word
  if (strength === 'cue' && env.judge.rawRunIsNotAName(start, end)) {
    env.rejected?.push({ text: env.text.slice(start, end), rule, reason: 'raw_run_not_a_name' });
    return;
  }
  const clean = env.judge.clean(start, end);
  // a legal form must still touch the cleaned name
  if (form && clean.end !== end && form.start >= end) return;
  if (form && clean.start !== start && form.end <= start) return;
  const spanStart = form ? Math.min(form.start, clean.start) : clean.start;
  const spanEnd = form ? Math.max(form.end, clean.end) : clean.end;
  if (env.cannotPlace?.(spanStart, spanEnd, strength)) return;
  const verdict = () => check?.() ?? env.judge.reject(spanStart, spanEnd, strength);
  // judged when chosen (selectJudged), unless every rejection is to be listed
  if (!env.rejected) {
    out.push({ start: spanStart, end: spanEnd, nameStart: clean.start, nameEnd: clean.end, rule, strength, verdict });
    return;
  }
  const reason = verdict();
  if (reason) {
    env.rejected?.push({ text: env.text.slice(spanStart, spanEnd), rule, reason });
    return;
  }
  out.push({ start: spanStart, end: spanEnd, nameStart: clean.start, nameEnd: clean.end, rule, strength });
}

/**
 * The leftmost-longest, non-overlapping selection of the accepted proposals
 * (selectLeftmostLongest after dropping those whose verdict rejects them), judging only the
 * proposals that are not already covered by an accepted one: the same choice, fewer judgements.
 */
export function selectJudged(proposals: readonly Candidate[]): Candidate[] {
  const sorted = [...proposals].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Candidate[] = [];
  let lastEnd = -1;
  for (const p of sorted) {
    if (p.start < lastEnd) continue;
    if (p.verdict && p.verdict() !== null) continue;
    out.push(p);
    lastEnd = p.end;
  }
  return out;
}

/**
 * Run a global regex once over the whole document (a word-led one only where its first words
 * start: text/word-scan.ts) and call `cb` with each match and its segment (matches outside segments, or in a segment of another language, are skipped).
 */
export function eachMatch(env: RuleEnv, re: RegExp, cb: (m: RegExpExecArray, seg: Segment) => void, lang?: Lang): void {
  // no segment in that language: every match would be skipped, so the regex need not run
  // (a Japanese rule on an English article, and the reverse)
  if (lang && env.segments.stretches(lang).length === 0) return;
  forEachWordLedMatch(re, env.text, (m) => {
    const seg = env.segments.at(m.index);
    if (seg && (!lang || seg.lang === lang)) cb(m, seg);
  });
}

/**
 * Scan the document with a cue automaton; `cb(cueIndex, start, end, segment)`. With `lang`,
 * only the stretches of segments in that language are scanned (a Japanese article's English
 * cue tables then cost nothing).
 */
export function eachCue(env: RuleEnv, table: CueTable, cb: (cue: number, start: number, end: number, seg: Segment) => void, lang?: Lang): void {
  const onMatch = (id: number, start: number, end: number) => {
    const seg = env.segments.at(start);
    if (!seg || end > seg.end || (lang && seg.lang !== lang)) return;
    cb(id, start, end, seg);
  };
  if (!lang) return table.matcher.scan(env.text, onMatch);
  for (const [from, to] of env.segments.stretches(lang)) table.matcher.scan(env.text, onMatch, from, to);
}

type CueCallback = (cue: number, start: number, end: number, seg: Segment) => void;

/**
 * eachCue(env, first, cbFirst, lang) then eachCue(env, second, cbSecond, lang), with one scan
 * of the text when `pair` (both tables in one automaton, first's ids first) is given: the
 * second table's matches wait until the first's callbacks have all run, so both see their
 * matches in the same order as from two scans (end, then longest first).
 */
export function eachCuePair(env: RuleEnv, pair: Matcher | null, first: CueTable, cbFirst: CueCallback, second: CueTable, cbSecond: CueCallback, lang: Lang): void {
  if (!pair) {
    eachCue(env, first, cbFirst, lang);
    eachCue(env, second, cbSecond, lang);
    return;
  }
  const stretches = env.segments.stretches(lang);
  if (stretches.length === 0) return;
  const split = first.cues.length;
  const later: number[] = [];
  const laterSegs: Segment[] = [];
  const onMatch = (id: number, start: number, end: number) => {
    const seg = env.segments.at(start);
    if (!seg || end > seg.end || seg.lang !== lang) return;
    if (id < split) cbFirst(id, start, end, seg);
    else {
      later.push(id - split, start, end);
      laterSegs.push(seg);
    }
  };
  for (const [from, to] of stretches) pair.scan(env.text, onMatch, from, to);
  for (let k = 0; k < laterSegs.length; k++) cbSecond(later[3 * k]!, later[3 * k + 1]!, later[3 * k + 2]!, laterSegs[k]!);
}
