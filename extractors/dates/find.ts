/**
 * The date finder: rules → overlap resolution → modifiers → ranges → overlap resolution
 * (candidates), then anchoring to the document date and value normalisation (mentions).
 */
import type { DateMention } from '../types.ts';
import type { Grammar } from './grammar.ts';
import type { Candidate } from './model.ts';
import { ruleSteps, type DateRule } from './rules/rule.ts';
import { finish, type Steps } from '../steps.ts';
import { jaRules } from './rules/ja.ts';
import { enRules } from './rules/en.ts';
import { codeRules } from './rules/codes.ts';
import { relativeRules } from './rules/relative.ts';
import { seasonRules } from './rules/seasons.ts';
import { offsetRules } from './rules/offsets.ts';
import { anaphoraRules } from './rules/anaphora.ts';
import { weekendRules } from './rules/weekends.ts';
import { enWordRules } from './rules/en-words.ts';
import { resolveOverlaps } from './refine/overlaps.ts';
import {
  attachEnModifiers,
  attachJaSuffixes,
  attachWeekday,
  compileModifierPatterns,
  type ModifierPatterns,
} from './refine/modifiers.ts';
import { compileRangePatterns, mergeRanges, type RangePatterns } from './refine/ranges.ts';
import { mergeWeekdays } from './refine/weekdays.ts';
import { mergeYearOf } from './refine/year-of.ts';
import { yearFromFiscalGloss } from './refine/fiscal-gloss.ts';
import { mergeHolidayDays } from './refine/holiday-days.ts';
import { anchorCandidates } from './anchor.ts';
import type { AnchorDate } from './model.ts';
import { toDateValue } from './value.ts';

export interface DateFinder {
  grammar: Grammar;
  rules: readonly DateRule[];
  modifiers: ModifierPatterns;
  ranges: RangePatterns;
}

export function createDateFinder(grammar: Grammar): DateFinder {
  return {
    grammar,
    // order = priority between candidates of equal length: specific forms first
    rules: [...codeRules(grammar), ...jaRules(grammar), ...enRules(grammar), ...seasonRules(grammar), ...relativeRules(grammar), ...offsetRules(grammar), ...weekendRules(grammar), ...enWordRules(grammar), ...anaphoraRules(grammar)],
    modifiers: compileModifierPatterns(grammar),
    ranges: compileRangePatterns(grammar),
  };
}

/** All date candidates of a text, non-overlapping, sorted by start; not yet anchored. */
export function findCandidates(f: DateFinder, text: string): Candidate[] {
  return finish(candidateSteps(f, text));
}

/** findCandidates in steps (extractors/steps.ts): one a rule, then the refinements. */
export function* candidateSteps(f: DateFinder, text: string): Steps<Candidate[]> {
  const raw = yield* ruleSteps(f.rules, { text, grammar: f.grammar });
  const cands = resolveOverlaps(raw);
  for (const c of cands) {
    attachWeekday(c, text, f.modifiers);
    attachJaSuffixes(c, text, f.grammar);
    attachEnModifiers(c, text, f.grammar, f.modifiers);
  }
  const joined = mergeHolidayDays(mergeYearOf(mergeWeekdays(resolveOverlaps(cands), text), text), text);
  return yearFromFiscalGloss(resolveOverlaps(mergeYearOf(mergeRanges(joined, text, f.ranges), text)), text);
}

/** Anchor the candidates to the document date and turn them into mentions. */
export function toMentions(cands: readonly Candidate[], doc: AnchorDate | null): DateMention[] {
  return anchorCandidates(cands, doc).map((c) =>
    c.relative
      ? { start: c.start, end: c.end, value: null, relative: c.relative, rule: c.rule }
      : { start: c.start, end: c.end, value: toDateValue(c), rule: c.rule },
  );
}
