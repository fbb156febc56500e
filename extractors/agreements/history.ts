/**
 * The history of the clauses read so far (state.ts HistoryEntry): whom each named, as subject,
 * topic or partner, and the deal it stated — what 両社, 同社, "they" and a clause without a
 * subject resolve against (parties.ts).
 */
import type { AgreementType } from '../types.ts';
import type { Party, Unit } from './model.ts';
import { implicitSubject, resolveUnit, type ClauseScope } from './parties.ts';
import { distinctParties, type DocState } from './state.ts';
import { lineStartOf } from '../../text/line-index.ts';
import { JA_OWNER_OF_SUBJECT } from './clause-openings.ts';

const EN_COPULA_BEFORE = /\b(?:is|was)\s+$/;

/** Record the clause in the history (after its agreement, if any, is known). */
export function remember(state: DocState, scope: ClauseScope, units: readonly Unit[], recordParties: Party[] | null, recordType: AgreementType | null = null, dealParties: Party[] | null = null): void {
  if (units.length === 0 && !recordParties) return;
  const named: Party[] = [];
  const subjects: Party[] = [];
  const main: Party[] = [];
  const topics: Party[] = [];
  const marked: Party[] = [];
  // (a topic in the first sentence of its paragraph is the section's; one further on, a side remark's)
  const opensItsParagraph = scope.lang === 'ja' && state.text.lastIndexOf('。', scope.start - 1) < lineStartOf(state.text, scope.start);
  for (const u of units) {
    if (u.inNote || (u.excluded !== null && u.excluded !== 'parent_descriptor' && u.excluded !== 'person_descriptor')) continue;
    const ps = u.atom.kind === 'anaphor' ? (u.atom.anaphor!.kind === 'group' ? [] : resolveUnit(state, scope, u, units)) : u.atom.party ? [u.atom.party] : [];
    // (a company that speaks through its people is named too: "SK On's chief executive met …")
    if (u.excluded === null || u.excluded === 'person_descriptor') named.push(...ps);
    if (u.excluded === null && !u.relative) main.push(...ps);
    if (u.role === 'subject' || (u.role === 'possessive' && scope.lang === 'en')) subjects.push(...ps);
    // ("The cautionary tale is Renesas Electronics Corp. In July 2023 it signed …": a company named
    // after a copula is what the next sentence's pronoun refers to)
    else if (scope.lang === 'en' && u.atom.kind === 'company' && u.excluded === null && EN_COPULA_BEFORE.test(state.text.slice(Math.max(scope.start, u.start - 8), u.start))) subjects.push(...ps);
    if (u.topic && !u.relative && opensItsParagraph) topics.push(...ps);
    // (「トクヤマにとっても副生水素の活用は長年のテーマだ。」: the paragraph is about the company it opens with)
    else if (scope.lang === 'ja' && opensItsParagraph && u === units[0] && u.excluded === null && /^(?:社)?にとって/.test(state.text.slice(u.end, u.end + 6))) {
      subjects.push(...ps);
      topics.push(...ps);
    }
    if (u.topic && !u.relative && u.role === 'subject' && scope.lang === 'ja') marked.push(...ps);
  }
  // (a Japanese clause whose deal took its subject from the topic, 「…には米シラと契約を結び」: that
  // topic stays the subject of the clauses after it, as it does in the text)
  // (one party the clause does not name, and no reference such as 両社 that names them otherwise)
  // (or deals with several, 「…にはBとCから…を調達すると発表した」: the one of their parties it does not name)
  const told = recordParties ?? dealParties;
  if (scope.lang === 'ja' && subjects.length === 0 && told && !units.some((u) => u.atom.kind === 'anaphor')) {
    const unnamed = told.filter((p) => p.company && !named.some((n) => n.entityId === p.entityId));
    // (without the role it had in that deal: 「…から調達すると発表した。…とは…も共同で開発し」 is no customer's)
    if (unnamed.length === 1) {
      const { role: _role, ...party } = unnamed[0]!;
      subjects.push(party);
    }
  }
  // (「横浜ゴムの海外でのM&Aが続く。」: a company whose noun phrase is the subject of a clause with no
  // company subject is what the clause is about, and the subject of the clauses after it)
  // (also when that clause made a deal of the owner's: 「Aの部品が、Bの…に採用された」 — A goes on being what the text is about)
  if (scope.lang === 'ja' && subjects.length === 0) {
    // (one owner: not 「AとBの取引は」)
    const owner = units.find((u, i) => u.role === 'possessive' && u.atom.kind === 'company' && u.excluded === null && !u.relative && !u.inNote && !u.coordNext && !units[i - 1]?.coordNext && JA_OWNER_OF_SUBJECT.test(state.text.slice(u.end, Math.min(scope.end, u.end + 24))));
    if (owner?.atom.party && (!recordParties || recordParties.some((p) => p.entityId === owner.atom.party!.entityId))) subjects.push(owner.atom.party);
  }
  const distinctNamed = distinctParties(named);
  const distinctMain = distinctParties(main);
  const partnered = units.some((u) => u.role === 'partner' && u.atom.kind === 'company' && u.excluded === null && !u.relative && !u.inNote);
  // 「欧州ステランティスとの関係は段階的に深まった。両社は…」: one partner of the company the text goes
  // on about, itself left out — the pair 両社 may stand for
  let impliedPair: Party[] | null = null;
  if (partnered && !recordParties && distinctNamed.length === 1 && scope.lang === 'ja' && !units.some((u) => u.role === 'subject' || u.role === 'possessive')) {
    const implicit = implicitSubject(state, scope, new Set(distinctNamed.map((p) => p.entityId)));
    if (implicit) impliedPair = [implicit, distinctNamed[0]!];
  }
  const withPartner = subjects.length > 0 && partnered;
  // (「AとBが…締結」: two companies named together as the subject of one act)
  const jointSubjects = units.some((u, i) => u.coordNext && u.role === 'subject' && !u.relative && u.atom.kind === 'company' && units[i + 1]?.role === 'subject' && units[i + 1]!.atom.kind === 'company');
  state.history.push({ lang: scope.lang, end: scope.end, named: distinctNamed, subjects: distinctParties(subjects), recordParties, recordType, ...(distinctMain.length < distinctNamed.length ? { main: distinctMain } : {}), ...(withPartner ? { paired: true } : {}), ...(jointSubjects ? { jointSubjects: true } : {}), ...(topics.length ? { topics: distinctParties(topics) } : {}), ...(marked.length ? { marked: distinctParties(marked) } : {}), ...(impliedPair ? { impliedPair } : {}), ...(!recordParties && dealParties ? { dealParties } : {}) });
}
