/**
 * An investment told by its investors and its amount, with no investee: "The same month, Cox
 * Automotive invested $350 million.", 「独ボッシュと韓国のハンファもそれぞれ約1億ドルを出資していた」.
 * In a document about one company (reporting.ts: the dominant company, else the company a
 * Japanese story leads with, else the company the document opens with and names at least three
 * times) whose paragraph has named that company before the clause, the investee is that company
 * (RECORDS.md §4: parties left unsaid are the ones named before). One record per investor.
 *
 * Not when the clause names anyone but its subjects (an investee, a partner, a target: the
 * clause rule's), when the amount goes on to an object ("invested $50 million in Li-Cycle
 * shares", 「NMGに2500万ドルを出資」), or when the clause reports the investment as not made.
 */
import type { AgreementType } from '../types.ts';
import type { ClauseOutcome } from './clause.ts';
import type { Party } from './model.ts';
import { isNotMade } from './not-made.ts';
import type { ClauseScope } from './parties.ts';
import { lowerBound } from './scan.ts';
import { distinctParties, type DocState } from './state.ts';
import { lineStartOf } from '../../text/line-index.ts';

const AMOUNT_EN = String.raw`(?:(?:about|around|roughly|nearly|almost|some|more than|over|up to|an additional|another|a further|a combined|a total of)\s+)?(?:US|C|A)?[$€£¥]\s?[\d.,]+(?:\s*(?:million|billion|bn|mn|m|b)\b)?`;
const TIME_EN = String.raw`(?:early |late |mid-|the same )?(?:January|February|March|April|May|June|July|August|September|October|November|December|\d{4}|month|year|(?:the )?(?:first|second|third|fourth) (?:half|quarter))`;
/** The verb and its amount, then the clause's end, a time or "each": no object after it. */
const INVESTED_EN = new RegExp(
  String.raw`\b(?:invested|invests|will invest|agreed to invest|had invested|has invested|have invested)\s+${AMOUNT_EN}(?:\s+(?:each|apiece))?(?:\s+(?:in|on|during)\s+${TIME_EN}[^,.;]*)?\s*(?:[.;,]|$)`,
);
/** 「約1億ドルを出資」「5000万ドルずつ出資」: an amount put in, with nothing marked as where it goes (に, へ) in the clause. */
const INVESTED_JA = /(?:億|万|千)?(?:ドル|円|ユーロ|元|ウォン|ポンド)(?:程度|前後|規模)?(?:を|ずつ)(?:それぞれ)?出資(?:し|する|した|して)/;
const GOES_TO_JA = /(?:[^\d年月日頃]に|へ)(?:対して)?[^、。]{0,20}?出資/;

const INVESTMENT: AgreementType = 'investment';

/** The investor–investee pairs of such a clause and where its cue starts, or null when it is not one. */
export function implicitInvestee(state: DocState, scope: ClauseScope, outcome: ClauseOutcome): { partySets: Party[][]; anchor: number } | null {
  if (outcome.clauseAgreement || outcome.relationRecords.length > 0 || scope.lang === 'other') return null;
  const cue = outcome.openCues.find((c) => c.def.type === INVESTMENT);
  if (!cue) return null;
  const clause = state.text.slice(scope.start, scope.end);
  if (scope.lang === 'en' ? !INVESTED_EN.test(clause) : !INVESTED_JA.test(clause) || GOES_TO_JA.test(clause)) return null;
  const named = outcome.units.filter((u) => u.excluded === null && !u.inNote && !u.relative);
  if (named.length === 0 || named.some((u) => u.role !== 'subject' || u.atom.kind !== 'company')) return null;
  // (only now the story's company: openingCompany reads all the document's names)
  const investee = state.dominant ?? state.lead ?? state.firstSubject ?? openingCompany(state);
  if (!investee) return null;
  const investors = distinctParties(named.map((u) => u.atom.party!));
  if (investors.some((p) => p.entityId === investee.entityId)) return null;
  if (!namedBefore(state, investee.entityId, lineStartOf(state.text, scope.start), scope.start)) return null;
  if (isNotMade(state, scope)) return null;
  return { partySets: investors.map((p) => [p, { ...investee }]), anchor: cue.start };
}

/** Is company `entityId` named in [from, to)? */
function namedBefore(state: DocState, entityId: string, from: number, to: number): boolean {
  for (let i = lowerBound(state.atoms, from); i < state.atoms.length && state.atoms[i]!.start < to; i++) {
    if (state.atoms[i]!.party?.entityId === entityId) return true;
  }
  return false;
}

/** The company the document names first, when it names it three times or more ("Lordstown Motors files for bankruptcy, …"). */
function openingCompany(state: DocState): Party | null {
  const first = state.atoms.find((a) => a.kind === 'company' && a.party);
  if (!first) return null;
  let n = 0;
  for (const a of state.atoms) if (a.party?.entityId === first.party!.entityId && ++n >= 3) return first.party!;
  return null;
}
