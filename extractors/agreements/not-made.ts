/**
 * Whether a clause reports its deal as made: a termination (合弁を解消, scrapped its JV) or a
 * tentative or speculative wording (協議中, in talks, could supply) with no signing verb before
 * it says it is not (markers.yaml); a deal of the parties' own, named by its noun, that is ended
 * was signed all the same (RECORDS.md §4).
 */
import type { NormRange } from '../../text/types.ts';
import type { ClauseScope } from './parties.ts';
import { regexFor } from './pattern-facts.ts';
import { lowerBound } from './scan.ts';
import type { DocState } from './state.ts';

/** Position of the first match of `re` in the clause (outside `skip`), or -1. */
function clauseMatch(state: DocState, scope: ClauseScope, re: RegExp | null, skip: readonly NormRange[] = []): number {
  if (!re) return -1;
  let text = state.text.slice(scope.start, scope.end);
  for (const r of skip) {
    const s = Math.max(r.start, scope.start) - scope.start;
    const e = Math.min(r.end, scope.end) - scope.start;
    if (e > s) text = text.slice(0, s) + ' '.repeat(e - s) + text.slice(e);
  }
  const fast = regexFor(re, state.astral);
  fast.lastIndex = 0;
  const m = fast.exec(text);
  return m ? scope.start + m.index : -1;
}

export function clauseHas(state: DocState, scope: ClauseScope, re: RegExp | null, skip: readonly NormRange[] = []): boolean {
  return clauseMatch(state, scope, re, skip) >= 0;
}

/**
 * The clause does not report an agreement being made: it is ended or called off (合弁を解消,
 * scrapped its JV), or only talked about without anything signed (協議中, in talks). `skip`:
 * relative clauses about another matter (「ホンダとの協議が不調に終わった日産は…」).
 * A deal whose signing the clause reports before ending it (「同じ日に交わした覚書も合わせて
 * 解約する」, "the JV they formed in 2019 was dissolved") stays a record (RECORDS.md §4:
 * a cancelled deal that was signed is still an agreement).
 */
export function isNotMade(state: DocState, scope: ClauseScope, skip: readonly NormRange[] = []): boolean {
  if (ending(state, scope, skip) === 'ended') return true;
  const m = scope.lang === 'en' ? state.vocab.markers.en : state.vocab.markers.ja;
  // ("A newspaper report that A had agreed to buy B is pure speculation": a signed verb in a report denied)
  if (clauseHas(state, scope, m.deniedReports, skip)) return true;
  // (a signing word as a verb: 「合弁会社設立を検討」 is only talked about)
  return clauseHas(state, scope, m.tentative.regex, skip) && !signedVerbBefore(state, scope, scope.end);
}

/**
 * What the clause's termination marker (outside `skip`) ends: nothing (no marker: null), a deal
 * whose signing the clause reports before it ('signed'), a deal of the parties' own named by its
 * noun ('own', endsOwnDeal), or the deal the clause is about ('ended': no record).
 */
export function ending(state: DocState, scope: ClauseScope, skip: readonly NormRange[] = []): 'signed' | 'own' | 'ended' | null {
  const m = scope.lang === 'en' ? state.vocab.markers.en : state.vocab.markers.ja;
  const at = clauseMatch(state, scope, m.termination.regex, skip);
  if (at < 0) return null;
  // (「撤退を決めた電池材料事業のうち、工場をBに売却」: an exit that describes what is sold, no deal ended)
  if (scope.lang === 'ja' && JA_EXIT_AS_MODIFIER.test(state.text.slice(at, at + 30))) return null;
  // (「車載事業からの撤退を決めたオムロンは、子会社をBに譲り渡す」: an exit that describes the company acting)
  if (scope.lang === 'ja') {
    const verb = JA_EXIT_BEFORE_NAME.exec(state.text.slice(at, at + 16));
    const atom = verb ? state.atoms[lowerBound(state.atoms, at + verb[0].length)] : undefined;
    if (atom && atom.start === at + verb![0].length && atom.kind === 'company') return null;
  }
  // ("…, after Stadler's rival bid was rejected": the rival's bid ended, not the clause's deal)
  if (scope.lang === 'en' && EN_RIVAL_BID_BEFORE.test(state.text.slice(Math.max(scope.start, at - 40), at))) return null;
  // ("ended their patent dispute with a cross-licensing agreement": a dispute ended, by a deal)
  if (scope.lang === 'en' && EN_DISPUTE_ENDED.test(state.text.slice(at, at + 60))) return null;
  if (signedVerbBefore(state, scope, at)) return 'signed';
  // ("Their basic agreement of 23 December 2024 … was cancelled": the parties' own deal, named first)
  if (scope.lang === 'en' && EN_OWN_DEAL_BEFORE_ENDING.test(state.text.slice(Math.max(scope.start, at - 120), at))) return 'own';
  return endsOwnDeal(state.text, scope.lang, at) ? 'own' : 'ended';
}

/**
 * What ends is a deal of the parties' own, named by its noun ("terminated its agreement to …
 * with Honda", 「ホンダとの共同開発契約を解消」): it was signed, and stays a record (RECORDS.md §4,
 * as 'wound up its JV with GAC' does). Talks, plans and proposed deals are not such nouns.
 */
// (or "a/the … agreement it signed with Microvast in 2023": the noun said to have been signed; or dated by its
// year, "terminated a 2023 contract to supply pouch cells to Ford Otosan")
const EN_ENDS_OWN_DEAL =
  /(?:terminated|terminates|terminate|ended|ends|scrapped|cancell?ed|cancels|dissolved|dissolves|dissolve|unwound|wound up|winds up|wind up|exited|pulled out of|walked away from|paused|pauses|suspended|suspends|halted|halts)\s+(?:(?:its|their)\s+(?!(?:planned|proposed|potential|possible|pending|talks|negotiations|discussions)\b)(?:[\w-]+\s+){0,4}?(?:agreement|contract|deal|partnership|pact|alliance|joint venture|JV|venture|tie-up|collaboration|cooperation|joint development|co-development|licen[cs]e)s?\b(?!\s+(?:plans?|talks|negotiations|discussions|proposals?|bids?|offers?)\b)|(?:a|an|the)\s+(?!(?:planned|proposed|potential|possible|pending)\b)(?:[\w-]+\s+){0,4}?(?:agreement|contract|deal|partnership|pact|alliance|joint venture|venture|tie-up|licen[cs]e)s?\s+(?:(?:that|which)\s+)?(?:(?:it|they|the\s+[\w-]+)\s+)?(?:had\s+|has\s+|have\s+)?(?:signed|struck|inked|reached|formed|entered\s+into)\b|(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:19|20)\d\d\s+(?:[\w-]+\s+){0,2}?(?:agreement|contract|deal|partnership|pact|alliance|joint venture|venture|tie-up|licen[cs]e)s?\b)/iy;
const EN_DISPUTE_ENDED = /^(?:ended|ends|end|ending|settled|settles|settle)\s+(?:their|its|the|a)\s+(?:[\w-]+\s+){0,2}?(?:dispute|disputes|litigation|lawsuit|lawsuits|legal\s+battle|feud|fight|standoff|row)\b/i;
const EN_RIVAL_BID_BEFORE = /\b(?:rival|competing|losing)\s+(?:bids?|offers?|proposals?|tenders?)\s+(?:(?:was|were|had been|has been|have been)\s+)?$/i;
const JA_EXIT_BEFORE_NAME = /^(?:撤退|撤収)を(?:決めた|決定した|表明した|発表した|進める|進めている)/;
const JA_EXIT_AS_MODIFIER = /^(?:撤退|撤収)(?:を(?:決めた|決定した|表明した|発表した|進める|進めている)|する|した|予定の)[^、。]{0,8}?(?:事業|部門|分野|拠点|工場|資産)/;
/** Before a termination word in the passive: the parties' own deal named as its subject. */
const EN_OWN_DEAL_BEFORE_ENDING = /\b(?:their|its|whose)\s+(?:[\w-]+\s+){0,3}?(?:agreement|contract|deal|memorandum|MOU|partnership|alliance|joint venture|venture)\b[^.;]{0,80}?\b(?:was|were|has been|have been|had been)\s+$/i;
// (a time between the noun and the verb: 「…共同開発契約を昨年打ち切った」)
const JA_ENDS_OWN_DEAL = /(?<=(?:と(?:の|結んだ|結んでいた|交わした|締結した)[^、。]{0,30}?(?:契約|合弁|提携|協業|協定|覚書|合意書)(?:事業|会社|関係)?|(?:契約書?|協定書?|覚書|合意書|基本合意)|(?:合弁|共同出資)(?:会社|事業|工場)?(?:[「『][^」』]{1,30}[」』])?)[をは](?:昨年|今年|同年|前年|先月|今月|同月|すでに|既に|\d{1,4}年(?:\d{1,2}月)?(?:\d{1,2}日)?に?)?|(?:合弁|提携|資本提携)(?:会社|事業)?の)(?:解消|解約|破棄|打ち切)/y;

function endsOwnDeal(text: string, lang: ClauseScope['lang'], at: number): boolean {
  const re = lang === 'en' ? EN_ENDS_OWN_DEAL : lang === 'ja' ? JA_ENDS_OWN_DEAL : null;
  if (!re) return false;
  re.lastIndex = at;
  return re.test(text);
}

/**
 * After a Japanese signing stem, its inflection or the end of a clause: used as a verb
 * (交わした, 交わしている, 締結された, 結んだ, 解消で合意。), not as a noun (合意書, 設立協議, 締結を延期);
 * the て-form of a stem in ん (結んでいた契約を解消: a deal that was signed), the humble いたし
 * (合意いたしました).
 */
const JA_VERB_AFTER = /[しさせんただばて。、]|いたし|(?<=ん)で/y;

function jaVerbAt(text: string, end: number): boolean {
  if (end >= text.length) return true;
  JA_VERB_AFTER.lastIndex = end;
  return JA_VERB_AFTER.test(text);
}

/** A signing verb (not a noun like 合意書) in the clause before `pos`. */
function signedVerbBefore(state: DocState, scope: ClauseScope, pos: number): boolean {
  for (let i = lowerBound(state.signing, scope.start); i < state.signing.length && state.signing[i]!.start < pos; i++) {
    const hit = state.signing[i]!;
    // (「…で合意したとの一部報道」, "reports that it had agreed": a signing reported by others, not one)
    if (REPORTED_BY_OTHERS.test(state.text.slice(hit.end, hit.end + 16))) continue;
    if (scope.lang === 'en' && EN_REPORT_THAT_BEFORE.test(state.text.slice(Math.max(scope.start, hit.start - 120), hit.start))) continue;
    // (「現時点で決定した事項はありません」「合意した（という）事実はない」: a signing said not to have happened)
    if (scope.lang !== 'en' && SIGNING_DENIED.test(state.text.slice(hit.end, hit.end + 16))) continue;
    // ("expect X to sign a contract": a signing to come)
    if (scope.lang === 'en' && /\bto\s+$/i.test(state.text.slice(Math.max(scope.start, hit.start - 4), hit.start))) continue;
    if (scope.lang === 'en' || jaVerbAt(state.text, hit.end)) return true;
  }
  return false;
}
const SIGNING_DENIED = /^(?:した|された|している)(?:という|との)?(?:事項|事実|もの|こと)(?:は|も)(?:ありません|ない|ござい|一切)/;
const REPORTED_BY_OTHERS = /^(?:した|する|している|だ)?(?:との|とする|という)(?:一部)?(?:報道|観測|見方|情報|報)/;
/** Before an English signing verb: a report of it by others ("A local media report that X had agreed …"). */
const EN_REPORT_THAT_BEFORE = /\b(?:report|reports|rumou?rs?|speculation|claims?)\s+(?:[\w-]+\s+){0,3}?that\s+[^.;]{0,80}$/i;

/**
 * A table description that only ends a deal, with no signing verb anywhere in it
 * (「基本合意書を解約（協議は終了）」): the row states no agreement. "解消で合意" (agreed to
 * unwind) is an agreement of its own.
 */
export function onlyEndsDeal(state: DocState, scope: ClauseScope): boolean {
  const m = scope.lang === 'en' ? state.vocab.markers.en : state.vocab.markers.ja;
  return clauseHas(state, scope, m.termination.regex) && !signedVerbBefore(state, scope, scope.end);
}
