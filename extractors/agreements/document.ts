/**
 * The agreements of one document (RECORDS.md §4), from the company mentions, date mentions
 * and document date found by the earlier extractors.
 *
 * Per document: one scan per cue kind (scan.ts); the reporting and dominant companies
 * (reporting.ts); then every segment in order — agreement-table rows (table.ts), other
 * segments clause by clause (clause.ts) — and finally one record per agreement (merge.ts).
 * All wording is data: seeds/agreements/*.yaml (README.md there documents the policy).
 */
import type { AgreementRecord, AgreementType, DateMention, DateValue, DocContext, Found } from '../types.ts';
import type { Lang, NormRange, Segment } from '../../text/types.ts';
import { splitSentences } from '../../text/segment.ts';
import { analyseClause, readClause, type ClauseOutcome, type ClauseReading } from './clause.ts';
import { isNotMade } from './not-made.ts';
import { implicitInvestee } from './implicit-investee.ts';
import { remember } from './history.ts';
import { chooseDate, copyDate, isSigningDateCandidate, sharedVerbDate } from './dates.ts';
import { partiesForType } from './grammar.ts';
import { mergeAgreements } from './merge.ts';
import type { CueHit, Party, RawAgreement } from './model.ts';
import type { ClauseScope } from './parties.ts';
import { findDominantCompany, findFirstSubject, findLeadSubject, findMainPair, findReportingCompany, japaneseOpening } from './reporting.ts';
import { lowerBound, scanAtoms, scanCues, scanSigning, withoutCuesInNames } from './scan.ts';
import { regexFor, WIDE } from './pattern-facts.ts';
import { ASTRAL } from '../../text/chars.ts';
import { distinctParties, type DocState } from './state.ts';
import { interpretRow, type RowParse } from './table.ts';
import { tableRoles, type TableRoles } from './table-roles.ts';
import { tableCounterparty } from './table-counterparty.ts';
import { PAIR_LINE_ROLES, readPairLine } from './pair-lines.ts';
import { readFieldLine } from './field-lines.ts';
import { EN_HOLDING_ASIDE_BEFORE, EN_PRONOUN_DEAL_OPENING, splitClauses } from './split-clauses.ts';
import { listUnderIntro } from './list-intro.ts';
import type { AgreementVocabulary } from './vocabulary.ts';
import { entryDate, leadDate } from './sentence-dates.ts';
import { afterSentence, paragraphStart } from './after-sentence.ts';
import { addMonths } from '../dates/calendar.ts';
import type { Steps } from '../steps.ts';

const BULLET = /^[\s\-*•・✓◆■●○◇□▶►]+/;
// (a bracket before the colon is a note, no label: 「ジェイテクト（本社：愛知県刈谷市）は」, "Acme (NASDAQ: ACME)")
// (nor is a colon between digits: a ratio or a time, "a 60:40 joint venture", "10:30")
const LABEL = /^[^。.:：\n()（）「」]{1,50}(?:(?<!\d)[:：]|[:：](?!\d))\s*/;

/** The sentence without its bullet and its "label:" lead ("- 技術サービスによる収益化: …"). */
export function trimEvidence(text: string, start: number, end: number): NormRange {
  let s = start;
  const head = text.slice(s, Math.min(end, s + 40));
  const bullet = BULLET.exec(head);
  if (bullet) s += bullet[0].length;
  // (a label needs a colon: most segments have none in their head, and the regex would
  // backtrack through up to 50 characters to find that out)
  const headEnd = Math.min(end, s + 60);
  let colon = false;
  for (let i = s; i < headEnd && !colon; i++) {
    const c = text.charCodeAt(i);
    colon = c === 0x3a || c === 0xff1a;
  }
  const label = colon ? LABEL.exec(text.slice(s, headEnd)) : null;
  // (a label is a few words: "Reliance has bought its technology abroad instead: it agreed …" is a clause)
  if (label && end - (s + label[0].length) >= 10 && !/https?$/.test(label[0].replace(/[:：]\s*$/, '')) && !/(?:\S+ ){5}/.test(label[0])) s += label[0].length;
  return { start: s, end };
}

/**
 * A Japanese piece "AはBと、" (or "AはBから、", "AはBに、") that names its parties but states no deal of
 * its own, before a clause that does: "AはBと、CはDと（それぞれ）供給契約を締結した" — the deal applies
 * to both pairs (a parallel structure; the clause break before the second topic is in markers.yaml).
 */
function parallelPiece(state: DocState, scope: ClauseScope, outcome: ClauseOutcome): { scope: ClauseScope; outcome: ClauseOutcome } | null {
  if (scope.lang === 'en' || outcome.clauseAgreement || outcome.relationRecords.length > 0) return null;
  const tail = state.text.slice(Math.max(scope.start, scope.end - 4), scope.end);
  return /[^\p{Script=Hiragana}](?:と|から|に)[、,]$/u.test(tail) ? { scope, outcome } : null;
}

/** A day referring to the one of the deal just reported. */
/** A clause that opens on the deal just reported: "Under that agreement", "Under the agreement", 「同契約に基づき」. */
const THAT_DEAL = /^\s*(?:(?:Under|Through|As part of|Via|With)\s+(?:that|this|the same|that same|this same|the)\s+(?:[\w-]+\s+)?(?:agreement|deal|contract|pact|arrangement|accord|partnership|framework)\b|(?:この|同|その)(?:契約|合意|提携|協定|枠組み)(?:に基づ|の下|のもと|により))/i;
const SAME_DAY = /同日|同じ日|その際|この日|同じ発表|\b(?:the same day|that day|on the same day|the same plan|the same announcement)\b/i;

/** May "a similar deal" / 同様の契約 at `to` refer to a deal ending at `from`: 400 characters back at most, in the same paragraph? */
const sameDealReaches = (text: string, from: number, to: number): boolean => to - from <= 400 && !text.slice(from, to).includes('\n\n');

/**
 * A clause that reports "the same" deal as the one just reported, with other parties:
 * "…, while Nissan signed one with BYD", "Nissan signed a similar deal with BYD",
 * "日産もBYDと同様の契約を結んだ" (markers.yaml: same_deal). It takes that deal's type — also
 * over the generic cue inside the phrase itself (deal, 契約) — and its own parties. Returns
 * the clause's agreement as it stands, or null when the phrase replaced it.
 */
function sameDeal(state: DocState, scope: ClauseScope, outcome: ClauseOutcome, sentence: NormRange, out: RawAgreement[]): ClauseOutcome['clauseAgreement'] {
  const own = outcome.clauseAgreement;
  const last = state.lastDeal;
  const re = (scope.lang === 'en' ? state.vocab.markers.en : state.vocab.markers.ja).sameDeal;
  if (outcome.relationRecords.length > 0 || !last || !re || last.lang !== scope.lang || !sameDealReaches(state.text, last.end, scope.start)) return own;
  const clause = state.text.slice(scope.start, scope.end);
  const m = regexFor(re, state.astral).exec(clause);
  if (!m || isNotMade(state, scope)) return own;
  const phrase = { start: scope.start + m.index, end: scope.start + m.index + m[0].length };
  if (own && !(own.cue.start >= phrase.start && own.cue.end <= phrase.end)) return own; // a cue of its own
  // the phrase stands in for the cue ("signed a similar deal | with Y")
  const sets = partiesForType(state, scope, outcome.units, { ...last.cue, ...phrase });
  if (!sets) return own;
  const date = own?.date ?? chooseDate(state.text, state.dates, scope.start, scope.end, [phrase.start], state.documentDate);
  pushClauseRecords(out, last.cue.def.type, sets, date, sentence, `clause:${last.cue.def.source}:same_deal`);
  return null;
}

/** One record per party set of a clause rule; the evidence is the sentence. */
function pushClauseRecords(out: RawAgreement[], type: AgreementType, partySets: readonly Party[][], date: DateMention | null, sentence: NormRange, rule: string): void {
  for (const parties of partySets) {
    out.push({ type, parties, date: date ? copyDate(date.value) : null, evidence: [sentence], rule, background: false });
  }
}

/** Start of the paragraph holding `pos` (after the previous line break). */
/** A prose sentence with its clauses, each read ahead (readClause). */
interface PlannedSentence {
  sentence: NormRange;
  lang: Lang;
  clauses: { range: NormRange; reading: ClauseReading }[];
}

function planSentence(state: DocState, sentence: NormRange, lang: Lang): PlannedSentence {
  const clauses = splitClauses(state, sentence.start, sentence.end, lang).map((range) => ({ range, reading: readClause(state, { start: range.start, end: range.end, lang }) }));
  return { sentence, lang, clauses };
}

function processProse(state: DocState, planned: PlannedSentence, out: RawAgreement[]): void {
  const first = out.length;
  try {
    processClauses(state, planned, out);
  } finally {
    afterSentence(state, planned.sentence, planned.lang, out.slice(first));
  }
}

function processClauses(state: DocState, { sentence, lang, clauses }: PlannedSentence, out: RawAgreement[]): void {
  let parallel: ReturnType<typeof parallelPiece> = null;
  let subject: Party[] = [];
  let sentenceDate: DateValue | null = null;
  /** "After a memorandum of understanding in November 2023, A and B agreed …": the earlier deal, its parties the main clause's. */
  let opening: { cue: CueHit; date: DateValue | null; partners: string[] } | null = null;
  let prev: NormRange | null = null;
  for (const { range: clause, reading } of clauses) {
    const scope: ClauseScope = { start: clause.start, end: clause.end, lang, row: null, inheritedSubject: subject };
    const outcome = analyseClause(state, scope, reading);
    const own = outcome.units.filter((u) => u.role === 'subject' && u.atom.kind === 'company' && u.excluded === null && !u.inNote && !u.relative).map((u) => u.atom.party!);
    if (own.length > 0) subject = own;
    const ca = sameDeal(state, scope, outcome, sentence, out);
    if (parallel && ca) {
      const sets = partiesForType(state, parallel.scope, parallel.outcome.units, ca.cue);
      if (sets) pushClauseRecords(out, ca.type, sets, ca.date, sentence, `clause:${ca.cue.def.source}:parallel`);
    }
    parallel = parallelPiece(state, scope, outcome);
    if (ca) state.lastDeal = { cue: ca.cue, end: clause.end, lang };
    // (its partner, "After signing a memorandum of understanding with Samsung SDI, …", must be one of the main deal's)
    if (opening && ca && opening.partners.every((id) => ca.partySets.some((ps) => ps.some((p) => p.entityId === id)))) pushClauseRecords(out, opening.cue.def.type, ca.partySets.map((ps) => ps.map(({ role: _role, ...p }) => p)), opening.date ? { start: clause.start, end: clause.start, value: opening.date, rule: 'opening' } : null, sentence, `clause:${opening.cue.def.source}:opening`);
    opening = !ca && lang === 'en' && outcome.units.every((u) => u.role === 'partner' && u.atom.kind === 'company') && outcome.openCues.length > 0 && EN_DEAL_OPENING.test(state.text.slice(clause.start, clause.start + 32)) ? { cue: outcome.openCues[0]!, date: chooseDate(state.text, state.dates, clause.start, clause.end, [outcome.openCues[0]!.start], state.documentDate)?.value ?? null, partners: outcome.units.map((u) => u.atom.party!.entityId) } : null;
    for (const r of outcome.relationRecords) {
      // (a clause saying "the same day / plan" is dated by it, whatever other dates it holds)
      if (!r.background && SAME_DAY.test(state.text.slice(clause.start, clause.end))) {
        const para = state.paragraphDate && state.paragraphDate.paragraph === paragraphStart(state.text, sentence.start) ? state.paragraphDate.date.value : null;
        const d = para ?? state.lastDealDate ?? null;
        if (d) r.date = copyDate(d);
      }
      if (!r.date && !r.background && lang !== 'en' && clause.start > sentence.start) r.date = leadDate(state, sentence); // 「Aは<date>、…を打ち切り、CをBから買い取る」
      if (r.date && !r.background) state.lastDealDate = r.date;
      // (a dated deal in a later clause is a step of its own: "…set up a joint venture; Iveco bought Nikola out of the venture in 2023")
      if (r.date && !r.background && clause.start > sentence.start) r.step = true;
      const inNote = r.evidence[0] && (r.evidence[0].start > clause.start || r.evidence[0].end < clause.end);
      out.push({ ...r, evidence: inNote ? r.evidence : [sentence] });
    }
    const implicit = ca ? null : implicitInvestee(state, scope, outcome);
    if (implicit) pushClauseRecords(out, 'investment', implicit.partySets, chooseDate(state.text, state.dates, clause.start, clause.end, [implicit.anchor], state.documentDate), sentence, 'clause:implicit_investee');
    if (ca) {
      // ("…, when it bought a stake in the company": a later step of its own; ", which owns 16% of it,": a holding in passing)
      const step = lang === 'en' && ((clause.start > sentence.start && EN_PRONOUN_DEAL_OPENING.test(state.text.slice(Math.max(sentence.start, clause.start - 12), clause.start + 40))) || (ca.type === 'investment' && /^(?:owns|holds|owned|held)\b/.test(state.text.slice(ca.cue.start, ca.cue.end)) && EN_HOLDING_ASIDE_BEFORE.test(state.text.slice(Math.max(clause.start, ca.cue.start - 24), ca.cue.start))));
      // 「同日」 / "the same day": the date of the deal reported just before
      // (a timeline entry, 「- **2023-04** — The two groups approve the venture … output from H2 2025」:
      // the date that opens the line is its deal's)
      let date = entryDate(state, sentence) ?? (ca.date ? ca.date.value : null);
      // 「Bとの合弁会社、X（Y）が…新工場が稼働した」: the venture named in passing as the subject of another event, undated
      if (ca.type === 'joint_venture' && lang !== 'en' && JA_VENTURE_IN_PASSING.test(state.text.slice(ca.cue.end, ca.cue.end + 60))) date = null;
      const sameDayAt = date ? -1 : state.text.slice(clause.start, clause.end).search(SAME_DAY);
      if (sameDayAt >= 0) {
        // the date given just before in the same sentence (「…締結したのは2024年12月23日で、同じ日に…」),
        // else earlier in the paragraph, else that of the last dated deal
        const before = dateBefore(state, sentence.start, clause.start + sameDayAt);
        const para = state.paragraphDate && state.paragraphDate.paragraph === paragraphStart(state.text, sentence.start) ? state.paragraphDate.date.value : null;
        date = before ?? para ?? state.lastDealDate ?? null;
      }
      // "Under that agreement PowerCo received a licence", 「同契約に基づき」: a term of the deal
      // just reported, dated by it (and so merged with it)
      if (!date && THAT_DEAL.test(state.text.slice(clause.start, Math.min(clause.end, clause.start + 60)))) date = state.lastDealDate ?? null;
      // a clause continuing the sentence (「…に出資し、GMと共同で開発することで合意した」) shares its date (not one of its own time, 「今度は…」)
      if (!date && sentenceDate && lang !== 'en' && !/^(?:今度は|今回は|このたび|この度)/.test(state.text.slice(clause.start, clause.start + 4))) date = sentenceDate;
      // 「フォードは2023年2月13日、…計画を公表し、CATLから技術ライセンスを受けると明らかにした」: the
      // date of the sentence's lead (「Xは<date>、」) dates a later clause that reports the deal (not
      // one that goes on about an old one: 「東芝は2008年、…を製品化し、…などに供給してきた」)
      if (!date && lang !== 'en' && clause.start > sentence.start && JA_REPORTED.test(state.text.slice(clause.start, clause.end))) date = leadDate(state, sentence);
      // "…in 2022 and, a year later, formed a venture": the date before, moved on by that much
      if (!date && lang === 'en') date = sharedVerbDate(state.text, state.dates, state.signing, prev, clause, state.documentDate) ?? (state.lastDealDate ? laterBy(state.text.slice(clause.start, clause.end), state.lastDealDate) : null);
      if (date) state.lastDealDate = date;
      if (date) sentenceDate = date;
      const first = out.length;
      pushClauseRecords(out, ca.type, ca.partySets, date ? { start: clause.start, end: clause.start, value: date, rule: 'same_day' } : null, sentence, `clause:${ca.cue.def.source}`);
      if (step) for (let i = first; i < out.length; i++) out[i]!.step = true;
    }
    // (a deal told only by a relation pattern, "BlueOval SK, the joint venture A and B announced in
    // 2021", is the one "the partners" of the next sentence are; not one in passing, nor one whose
    // parties a reference stood for)
    const relation = outcome.relationRecords.length === 1 && !outcome.relationRecords[0]!.background && outcome.relationRecords[0]!.parties.every((p) => outcome.units.some((u) => u.atom.kind === 'company' && u.atom.party?.entityId === p.entityId)) ? outcome.relationRecords[0]! : null;
    const told = ca ? (ca.partySets.length === 1 ? ca.partySets[0]! : null) : (relation?.parties ?? null);
    remember(state, scope, outcome.units, told, ca ? ca.type : (relation?.type ?? null), ca && ca.partySets.length > 1 ? distinctParties(ca.partySets.flat()) : null);
    prev = clause;
  }
}

/** "a year later", "two months later" at the start of `head`: `date` moved on by that much, at its own granularity (null otherwise). */
function laterBy(head: string, date: DateValue): DateValue | null {
  const m = EN_LATER_BY.exec(head);
  if (!m || !date.start) return null;
  const n = NUMBER_WORDS[m[1]!.toLowerCase()]!;
  const years = /^year/.test(m[2]!) ? n : 0;
  const months = /^month/.test(m[2]!) ? n : 0;
  const y = Number(date.start.slice(0, 4));
  if (date.granularity === 'year' && years > 0) return { start: String(y + years), end: String(y + years), granularity: 'year' };
  if (date.granularity === 'month' && (years > 0 || months > 0)) {
    const to = addMonths(y, Number(date.start.slice(5, 7)), years * 12 + months);
    const iso = `${to.year}-${String(to.month).padStart(2, '0')}`;
    return { start: iso, end: iso, granularity: 'month' };
  }
  return null;
}
// (where the clause says it: "and, a year later, formed", "and signed a development agreement with it a year later")
const EN_LATER_BY = /(?:^|[\s,])(a|an|one|two|three|four|five)\s+(years?|months?)\s+later\b/i;
const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5 };

const EN_DEAL_OPENING = /^\s*(?:After|Following)\s+(?:(?:signing|inking|striking|reaching)\s+)?(?:a|an|the|its|their)\s/;
const JA_REPORTED = /と(?:明らかに|発表|公表|表明|明か)し/;

/** The last signing-date candidate in [from, to) (a date stated earlier in the same sentence). */
function dateBefore(state: DocState, from: number, to: number): DateValue | null {
  let last: DateValue | null = null;
  for (let i = lowerBound(state.dates, from); i < state.dates.length && state.dates[i]!.end <= to; i++) {
    const d = state.dates[i]!;
    if (isSigningDateCandidate(state.text, d, from, state.documentDate)) last = d.value;
  }
  return last;
}

/** The agreements of one document, in steps (extractors/steps.ts): each scan of the text, the clauses read ahead, then the clauses. */
export function* agreementSteps(ctx: DocContext, found: Found, vocab: AgreementVocabulary): Steps<AgreementRecord[]> {
  const text = ctx.norm.text;
  const companies = found.companies.slice().sort((a, b) => a.start - b.start || b.end - a.end);
  const dates = found.dates.slice().sort((a, b) => a.start - b.start || b.end - a.end);
  const wide = WIDE.test(text);
  const astral = ASTRAL.test(text);
  const atoms = scanAtoms(text, companies, vocab, wide);
  yield;
  const cues = withoutCuesInNames(scanCues(text, vocab, wide), atoms);
  yield;
  const signing = scanSigning(text, vocab, wide);
  yield;
  const opening = japaneseOpening(text);
  const state: DocState = {
    text,
    astral,
    vocab,
    atoms,
    cues,
    signing,
    dates,
    documentDate: found.documentDate?.value ?? ctx.metadataDate ?? null,
    reporting: findReportingCompany(text, atoms),
    dominant: findDominantCompany(atoms),
    lead: findLeadSubject(text, atoms, opening),
    firstSubject: findFirstSubject(text, atoms, opening),
    mainPair: findMainPair(atoms),
    history: [],
  };
  const plan = planSegments(ctx, state);
  yield;
  const raw: RawAgreement[] = [];
  for (const item of plan) {
    if ('row' in item) raw.push(...interpretRow(state, item.row, item.roles, item.parsed));
    else processProse(state, item, raw);
  }
  raw.push(...listUnderIntro(state, ctx.segments));
  yield;
  return mergeAgreements(raw, vocab, state.documentDate).map((r) => ({
    type: r.type,
    parties: r.parties.map((p) => ({ entityId: p.entityId, name: p.name, ...(p.role ? { role: p.role } : {}) })),
    date: r.date,
    evidence: r.evidence,
    rule: r.rule,
  }));
}

/**
 * The segments in order: agreement-table rows, and prose sentences with their clauses read
 * ahead (a step of its own: the relation patterns run on every clause in a row).
 */
function planSegments(ctx: DocContext, state: DocState): (PlannedRow | PlannedSentence)[] {
  const { text, vocab } = state;
  const plan: (PlannedRow | PlannedSentence)[] = [];
  const roleCache = new Map<number, TableRoles | null>();
  // (a release's forward-looking statements or safe-harbour notice: its names are boilerplate)
  let boilerplate = -1;
  let underBoilerplateHeading = false;
  for (const seg of ctx.segments) {
    if (seg.kind === 'heading') underBoilerplateHeading = BOILERPLATE_HEADING.test(text.slice(seg.start, seg.end));
    else if (BOILERPLATE_OPENING.test(text.slice(seg.start, Math.min(seg.end, seg.start + 120)))) boilerplate = seg.paragraph;
    if (underBoilerplateHeading || seg.paragraph === boilerplate || seg.kind === 'table_header') continue;
    if (seg.kind === 'table_row' && seg.table) {
      let roles = roleCache.get(seg.table.table);
      if (roles === undefined) {
        roles = tableRoles(seg.table.header, vocab);
        // (not when the column names each deal's parties: "| Dec 2018 | Kyocera, Itochu, 24M | … |")
        if (roles && roles.party.length === 1 && !roles.dealParties) roles = { ...roles, counterparty: tableCounterparty(state, seg.start, roles.partyType !== null, seg.table.header) };
        roleCache.set(seg.table.table, roles);
      }
      if (roles) plan.push({ row: seg, roles });
      else for (const s of splitSentences(text, seg.start, seg.end)) plan.push(planSentence(state, s, seg.lang));
      continue;
    }
    const pair = readPairLine(state, seg);
    const fields = pair ? null : readFieldLine(state, seg);
    if (pair) plan.push({ row: seg, roles: PAIR_LINE_ROLES, parsed: pair });
    else if (fields) plan.push({ row: seg, ...fields });
    else plan.push(planSentence(state, keepCompanyLabel(state, seg.start, trimEvidence(text, seg.start, seg.end)), segLang(seg)));
  }
  return plan;
}

/**
 * 「・ホンダ：LGエナジーソリューションと合弁」: a label that is a company's name is the subject of
 * its line, not a heading to drop (the trimmed range starts again at the name).
 */
function keepCompanyLabel(state: DocState, segStart: number, trimmed: NormRange): NormRange {
  if (trimmed.start === segStart) return trimmed;
  const colon = state.text.slice(segStart, trimmed.start).search(/[:：]\s*$/);
  if (colon < 0) return trimmed;
  const labelEnd = segStart + colon;
  const i = lowerBound(state.atoms, segStart);
  const atom = state.atoms[i];
  if (!atom || atom.kind !== 'company' || atom.end !== labelEnd || !/^[\s\-*•・✓◆■●○◇□▶►]*$/.test(state.text.slice(segStart, atom.start))) return trimmed;
  return { start: atom.start, end: trimmed.end };
}

const JA_VENTURE_IN_PASSING = /^、[^、。はがを]{1,24}?(?:[（(][^）)]{1,20}[）)])?(?:が|は)(?![^。]{0,30}?(?:設立|発足|立ち上げ|合意|締結))/;
const BOILERPLATE_HEADING = /^[\s#*_]*(?:forward[- ]looking\s+statements?|cautionary\s+(?:statement|note)s?|safe\s+harbou?r(?:\s+statement)?|将来予想|将来の見通し|将来に関する記述)/i;
const BOILERPLATE_OPENING = /^[\s*_]*(?:(?:this|the)\s+(?:press|news)\s+release|this\s+(?:announcement|document|communication))\s+(?:contains|includes|may\s+contain)\s+(?:certain\s+)?["“]?forward-looking/i;

/** A table row, or a list line read as one (pair-lines.ts), with its parse when already made. */
interface PlannedRow {
  row: Segment;
  roles: TableRoles;
  parsed?: RowParse;
}

function segLang(seg: Segment): Lang {
  return seg.lang;
}
