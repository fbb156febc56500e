/**
 * Names listed at a position of a Japanese sentence, the way a clause opens with its subjects:
 * 「三菱ガス化学と米ダウは」, 「福山通運、鴻池運輸、トヨタ車体は」, 「パナソニックエナジーと韓国の大洲電子材料は」,
 * 「北陸ガス（新潟市）は」. Each name is a name run (name-span.ts) after an optional 「<country>の」, with
 * an optional describing bracket after it; names are joined by 、, と, 及び or および. Shared by
 * the rules that learn from what a sentence says of its subjects (ja-follow-up-rule.ts,
 * ja-parallel-rule.ts).
 */
import { describingBracketEnd, jaRunEndAfter } from '../name-span.ts';
import type { RuleEnv } from './candidates.ts';

export interface NameList {
  names: { start: number; end: number }[];
  /** Where the list ends (after the last name and its bracket). */
  end: number;
}

const JOINERS = ['、', 'と', '及び', 'および'];
const MAX_NAMES = 6;

/** The length of 「<country>の」 at `at` (company-discovery.yaml nationality_prefixes, two letters or more), else 0. */
export function jaCountryOfAt(env: RuleEnv, at: number): number {
  const w = env.tables.patterns.nationalityPrefixes.find((p) => p.length >= 2 && env.text.startsWith(p, at) && env.text[at + p.length] === 'の');
  return w ? w.length + 1 : 0;
}

/** The length of 「<country>の」 ending at `start` (company-discovery.yaml nationality_prefixes, two letters or more), else 0. */
export function jaCountryOfLengthBefore(env: RuleEnv, start: number): number {
  if (env.text[start - 1] !== 'の') return 0;
  const w = env.tables.patterns.nationalityPrefixes.find((p) => p.length >= 2 && env.text.startsWith(p, start - 1 - p.length));
  return w ? w.length + 1 : 0;
}

/** Does 「<country>の」 end at `start`? */
export function jaCountryOfBefore(env: RuleEnv, start: number): boolean {
  return jaCountryOfLengthBefore(env, start) > 0;
}

/** The names listed from `pos`, up to `limit`, ending before one of `after` (は, が …); null when the list does not end so. */
export function jaNamesAt(env: RuleEnv, pos: number, limit: number, after: readonly string[]): NameList | null {
  const { text } = env;
  const names: { start: number; end: number }[] = [];
  let at = pos;
  while (names.length < MAX_NAMES) {
    const start = at + jaCountryOfAt(env, at);
    const end = jaRunEndAfter(text, start, limit);
    if (end <= start) return null;
    // (a person named by title is no company's name: 「只信社長は…」)
    if (env.tables.patterns.stripTrailing.some((w) => text.startsWith(w, end - w.length))) return null;
    names.push({ start, end });
    at = describingBracketEnd(text, end, limit);
    if (after.some((w) => text.startsWith(w, at))) return { names, end: at };
    const joiner = JOINERS.find((w) => text.startsWith(w, at));
    if (!joiner) return null;
    at += joiner.length;
  }
  return null;
}
