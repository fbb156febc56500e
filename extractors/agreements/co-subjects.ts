/**
 * Who acts together in a clause (grammar.ts): the companies named as its subjects with those
 * coordinated before them — 「AとBは」「A、Bは」, "A and B" — and the words that say each acts
 * on its own or that a counted group acts as one.
 */
import type { Party, Unit } from './model.ts';

/** What joins two subjects: 「AとBは」「A、Bは」「AおよびBは」, "A and B". */
const CO_SUBJECT_GAP = /^\s*(?:と|、|および|及び|,|and)\s*$/;

/** Buyers that each buy their own share: 「それぞれ」「5%ずつ」「各社」, "each", "respectively", "separately". */
export const EACH_BUYS = /それぞれ|各々|おのおの|個別に|ずつ|各社|\b(?:each|respectively|separately)\b/i;

/** A counted group that acts as one: 「2社で約20%を持つ」「両社で出資」. */
export const JA_COUNT_TOGETHER = /(?:両社|[2-9二三四五]社)で/;

/**
 * The entity ids of the clause's subjects and of the names coordinated before them (a Japanese
 * partner right before the subject, 「AとBは」, is one of them). `counts`: the units that may be
 * parties; `resolve`: a unit's parties.
 */
export function coSubjectIds(text: string, units: readonly Unit[], counts: (u: Unit) => boolean, resolve: (u: Unit) => Party[]): Set<string> {
  const subjectAt = units.map((u) => u.role === 'subject');
  for (let k = units.length - 2; k >= 0; k--) {
    if (subjectAt[k + 1] && (units[k]!.coordNext || (units[k]!.role === 'partner' && CO_SUBJECT_GAP.test(text.slice(units[k]!.end, units[k + 1]!.start))))) subjectAt[k] = true;
  }
  return new Set(units.filter((u, k) => subjectAt[k] && !u.inNote && !u.relative && counts(u)).flatMap(resolve).map((p) => p.entityId));
}
