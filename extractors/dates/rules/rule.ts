/**
 * A date rule (chrono-style): one regular expression that finds one form of date, and a small
 * builder that reads the match into a Candidate or rejects it after looking at the context.
 */
import type { Grammar } from '../vocabulary.ts';
import type { Candidate } from '../model.ts';
import { parseNumeral } from '../../numbers/numeral.ts';

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
  build(m: RegExpExecArray, env: RuleEnv): Built | null;
}

/** Run every rule over the text; candidates may overlap (refine/overlaps.ts resolves that). */
export function runRules(rules: readonly DateRule[], env: RuleEnv): Candidate[] {
  const out: Candidate[] = [];
  const { text } = env;
  rules.forEach((rule, priority) => {
    const re = rule.pattern;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const built = rule.build(m, env);
      if (!built) continue;
      const start = built.start ?? m.index;
      const end = built.end ?? m.index + m[0].length;
      out.push({ ...built, start, end, rule: built.rule ?? rule.id, priority });
    }
  });
  return out;
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
  return m.indices?.groups?.[name]?.[0];
}

/** End index of a named group (requires the `d` flag). */
export function groupEnd(m: RegExpExecArray, name: string): number | undefined {
  return m.indices?.groups?.[name]?.[1];
}
