/**
 * Who acts together in a clause (grammar.ts): the companies named as its subjects with those
 * coordinated before them — 「AとBは」「A、Bは」, "A and B" — and the words that say each acts
 * on its own or that a counted group acts as one; and the deals they make (jointOrSourcesDeal).
 */
import type { AgreementType } from '../types.ts';
import type { Party, Unit } from './model.ts';
import { implicitSubject, resolveUnit, type ClauseScope } from './parties.ts';
import { EN_FROM_BEFORE } from './roles.ts';
import { distinctParties, type DocState } from './state.ts';

/** What joins two subjects: 「AとBは」「A、Bは」「AおよびBは」, "A and B". */
const CO_SUBJECT_GAP = /^\s*(?:と|、|および|及び|,|and)\s*$/;

/** Subjects or partners that each act on their own: 「それぞれ」「個別に」「相次いで」. */
export const JA_EACH = /それぞれ|各々|おのおの|個別に|相次いで|相次ぎ/;

/** Buyers that each buy their own share: JA_EACH, 「5%ずつ」「各社」, "each", "respectively", "separately". */
export const EACH_BUYS = new RegExp(`${JA_EACH.source}|ずつ|各社|\\b(?:each|respectively|separately)\\b`, 'i');

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

/**
 * The party sets of a directional clause whose actors act as one, or whose parties are all its
 * sources, or undefined (the grammar goes on):
 * - 「AとBが出資契約を結び、2社で約20%を持つ株主に加わった」: two that invest as one (2社で) with no
 *   target named invest in neither of them, but together in the company the text goes on about (else no deal);
 * - 「AとBはCを買収する」, "A and B will acquire C": one company bought by several buyers is one deal
 *   (RECORDS.md §4: one record per agreement), unless each buys its own share (それぞれ, ずつ, each); the
 *   buyers are the clause's named subjects, not a seller or partner it signs with (「Bとの間で…Cの株式を」),
 *   nor a unit told by a word and its name ("The unit, Reliance New Energy Solar,");
 * - "The system uses batteries from A and converters from B": sources named only after "from" supply
 *   the one the text goes on about, never each other.
 */
export function jointOrSourcesDeal(
  state: DocState,
  scope: ClauseScope,
  units: readonly Unit[],
  type: AgreementType,
  directional: boolean,
  all: readonly Party[],
  A: readonly Party[],
  T: readonly Party[],
  counts: (u: Unit) => boolean,
): Party[][] | undefined {
  if (!directional) return undefined;
  const clause = state.text.slice(scope.start, scope.end);
  const resolve = (u: Unit) => resolveUnit(state, scope, u, units);
  if (scope.lang !== 'en' && !units.some((u) => u.role === 'target') && JA_COUNT_TOGETHER.test(clause)) {
    const together = coSubjectIds(state.text, units, counts, resolve);
    if (all.every((p) => together.has(p.entityId))) {
      const target = implicitSubject(state, scope, together);
      return target ? [[...all, target]] : [];
    }
  }
  if (type === 'acquisition' && A.length >= 2 && T.length === 1 && !EACH_BUYS.test(clause)) {
    const buyers = coSubjectIds(state.text, units, (u) => counts(u) && u.atom.kind === 'company', resolve);
    if (A.every((p) => buyers.has(p.entityId) && !T.some((t) => t.entityId === p.entityId))) return [distinctParties([...A, ...T])];
  }
  if (scope.lang === 'en' && type === 'supply' && all.length >= 2) {
    const sources = units.filter((u) => counts(u) && !u.inNote && EN_FROM_BEFORE.test(state.text.slice(Math.max(scope.start, u.start - 12), u.start)));
    const ids = new Set(sources.flatMap(resolve).map((p) => p.entityId));
    if (ids.size >= 2 && all.every((p) => ids.has(p.entityId))) {
      const customer = implicitSubject(state, scope, ids);
      return customer ? all.map((p) => [customer, p]) : [];
    }
  }
  return undefined;
}
