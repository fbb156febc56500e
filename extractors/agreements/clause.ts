/**
 * One clause: relation patterns first (each gives its own records and consumes its cues),
 * then the clause rule — the remaining cues give the type (highest priority whose grammar
 * is satisfied) and the clause's named parties are its parties.
 *
 * Who the parties are is grammar.ts; a clause that calls its deal off or only talks about
 * it (markers.yaml: termination, tentative) gives no clause agreement.
 */
import { lineStartOf } from '../../text/line-index.ts';
import type { AgreementType, DateMention } from '../types.ts';
import type { NormRange } from '../../text/types.ts';
import type { CueHit, Party, RawAgreement, Unit } from './model.ts';
import { partiesForType } from './grammar.ts';
import { implicitSubject, resolveUnit, type ClauseScope } from './parties.ts';
import { roundInvestee } from './after-sentence.ts';
import { flatten, matchRelations, type RelationMatch } from './relations.ts';
import { lowerBound, within } from './scan.ts';
import { distinctParties, type DocState } from './state.ts';
import { buildUnits } from './units.ts';
import { chooseDate, copyDate } from './dates.ts';
import { clauseHas, ending, isNotMade } from './not-made.ts';
import { JA_GOVERNMENT_SUBJECT } from './clause-openings.ts';

export interface ClauseOutcome {
  /** Records of relation patterns (always separate agreements). */
  relationRecords: RawAgreement[];
  /** Valid cues not consumed by a relation. */
  openCues: CueHit[];
  /** The clause rule's agreement, when its parties could be told (≥ 2). */
  clauseAgreement: { type: AgreementType; partySets: Party[][]; cue: CueHit; date: DateMention | null; anchors: number[] } | null;
  /** Named parties of the clause (for the history). */
  units: Unit[];
}

/** Before a reference to a company taken a stake in ("bought into ", "a stake in "). */
const JV_OBJECT_BEFORE = /\b(?:stake|interest|shares|into|in)\s+$/i;

function cuesIn(state: DocState, start: number, end: number): CueHit[] {
  const out: CueHit[] = [];
  for (let i = lowerBound(state.cues, start); i < state.cues.length && state.cues[i]!.start < end; i++) {
    if (state.cues[i]!.end <= end) out.push(state.cues[i]!);
  }
  return out;
}

function hasSigning(state: DocState, start: number, end: number): boolean {
  const i = lowerBound(state.signing, start);
  return i < state.signing.length && state.signing[i]!.start < end;
}

function signingAnchors(state: DocState, start: number, end: number): number[] {
  const out: number[] = [];
  for (let i = lowerBound(state.signing, start); i < state.signing.length && state.signing[i]!.start < end; i++) out.push(state.signing[i]!.start);
  return out;
}

/**
 * Japanese: a date after the cue is its date only when a signing verb follows it closely
 * ("協業を2023年10月に発表"), or when it stands right after the signing verb, in brackets
 * ("契約を締結した（2024年10月）"). Returns true for a date to skip.
 */
function jaDateAttached(state: DocState, cue: CueHit) {
  return (d: DateMention): boolean => {
    if (d.start < cue.start) return false;
    const i = lowerBound(state.signing, d.end);
    const after = state.signing[i];
    if (after && after.start - d.end <= 12) return false;
    const j = lowerBound(state.signing, d.start) - 1;
    const before = j >= 0 ? state.signing[j] : undefined;
    return !(before && before.end <= d.start && /^(?:した|しました|する|します)?\s?[（(]\s?$/.test(state.text.slice(before.end, d.start)));
  };
}

/**
 * What a clause's analysis reads of its text alone: its named parties (units) and the relation
 * patterns that match it. It depends on nothing said before the clause, so a document's
 * clauses can be read ahead, all in a row (document.ts agreementSteps).
 */
export interface ClauseReading {
  units: Unit[];
  relations: RelationMatch[];
}

export function readClause(state: DocState, scope: NormRange & { lang: ClauseScope['lang'] }): ClauseReading {
  const { text } = state;
  const atoms = within(state.atoms, scope.start, scope.end);
  const units = atoms.length > 0 ? buildUnits(text, scope.start, scope.end, scope.lang, atoms, state.vocab.markers) : [];
  const reportedSelf = scope.lang === 'other' ? null : state.vocab.markers[scope.lang].reportedSelf;
  const relations = units.length > 0 ? matchRelations(flatten(text, scope.start, scope.end, units, reportedSelf), units, state.vocab.relationsByLang[scope.lang], state.astral) : [];
  return { units, relations };
}

export function analyseClause(state: DocState, scope: ClauseScope, reading: ClauseReading = readClause(state, scope)): ClauseOutcome {
  const { units } = reading;
  const consumedRanges: { start: number; end: number }[] = [];
  // 1. Relation patterns.
  const relationRecords = units.length > 0 ? relationAgreements(state, scope, reading, consumedRanges) : [];
  // 2. Open cues.
  const signed = hasSigning(state, scope.start, scope.end);
  let openCues = cuesIn(state, scope.start, scope.end).filter(
    (c) => (!c.def.needsSigning || signed) && !consumedRanges.some((r) => r.start <= c.start && c.end <= r.end),
  );
  // 「買収後、…」, "After the acquisition, …": a clause that opens with a time told by a deal refers
  // to the deal told before; that cue makes none
  openCues = openCues.filter((c) => !opensWithTimeOfDeal(state.text, scope.start, c, scope.lang));
  // ("bought into the venture", "a stake in the joint venture": a reference to a company, no formation)
  if (scope.lang === 'en') openCues = openCues.filter((c) => !units.some((u) => u.atom.kind === 'anaphor' && u.start <= c.start && c.end <= u.end && JV_OBJECT_BEFORE.test(state.text.slice(Math.max(scope.start, u.start - 12), u.start))));
  // ("The German supplier had struck a partnership with B": a word of the subject's description
  // is no deal of its own when the clause has another; "an agreement with the Chinese supplier"
  // tells what the deal is)
  if (scope.lang === 'en' && openCues.length > 1) {
    const kept = openCues.filter((c) => !units.some((u) => u.atom.kind === 'anaphor' && u.role === 'subject' && u.start <= c.start && c.end <= u.end));
    if (kept.length > 0) openCues = kept;
  }
  // 「合弁事業に続き、…共同開発でも協力する」: the deal followed is told of, the one after it is made
  if (scope.lang !== 'en' && openCues.length > 1) {
    const last = openCues[openCues.length - 1]!;
    const kept = openCues.filter((c) => c.end > last.start - 1 || !JA_FOLLOWED.test(state.text.slice(c.end, c.end + 12)));
    if (kept.length > 0 && kept.length < openCues.length) openCues = kept;
  }
  // 「Bと折半出資する合弁会社Xの持ち分を…売却」: the venture is what the clause sells or buys a
  // share of (told in passing), no venture formed: the sale's cue is the clause's
  if (scope.lang !== 'en' && openCues.length > 1) {
    const shares = openCues.filter((c) => c.def.type === 'acquisition' || c.def.type === 'investment');
    const kept = openCues.filter((c) => c.def.type !== 'joint_venture' || !shares.some((x) => x.start > c.end) || !JA_VENTURE_AS_OBJECT.test(state.text.slice(c.start, Math.min(scope.end, c.start + 120))));
    if (kept.length > 0) openCues = kept;
  }
  // "a joint venture, valued at $275 million, that was to take over B's plants": what the venture
  // was to do is no deal of the clause's parties
  if (scope.lang === 'en' && openCues.length > 1) {
    const ventures = openCues.filter((c) => c.def.type === 'joint_venture');
    const kept = openCues.filter((c) => c.def.type === 'joint_venture' || !ventures.some((v) => v.end <= c.start && EN_VENTURE_PLANS.test(state.text.slice(v.end, c.start))));
    if (kept.length > 0) openCues = kept;
  }
  // 3. The clause rule: the highest-priority cue type whose grammar holds.
  let clauseAgreement = openCues.length > 0 && units.length > 0 ? clauseRule(state, scope, units, openCues) : null;
  // Japanese zero anaphora: 「2022年8月にはライセンス契約も締結した」 names nobody: the parties of
  // the deal just before it in the same paragraph.
  // English, only a second deal whose verb is left out ("… and a joint venture agreement in November")
  // or a second deal with a time of its own ("…, and in 2021 formed a joint venture")
  // (or one that follows it: "The definitive supply contract followed on Wednesday")
  const gapped = scope.lang === 'en' && (EN_GAPPED_DEAL.test(state.text.slice(scope.start, Math.min(scope.end, scope.start + 80))) || EN_FOLLOW_UP_DEAL.test(state.text.slice(scope.start, Math.min(scope.end, scope.start + 100))));
  // (its names only in a relative clause at its end: "…, in which POSCO holds 82%")
  const timedSecond =
    scope.lang === 'en' &&
    signed &&
    EN_AND_BEFORE.test(state.text.slice(Math.max(0, scope.start - 8), scope.start)) &&
    EN_TIMED_SECOND_DEAL.test(state.text.slice(scope.start, Math.min(scope.end, scope.start + 60))) &&
    namesOnlyAfter(state.text, scope, units, EN_WHICH_TAIL);
  if (!clauseAgreement && (units.length === 0 || timedSecond) && ((scope.lang !== 'en' && signed) || gapped || timedSecond) && openCues.length > 0 && !isNotMade(state, scope)) {
    clauseAgreement = zeroAnaphora(state, scope, openCues);
  }
  return { relationRecords, openCues, clauseAgreement, units };
}

/** The relation patterns that match the clause (readClause) as records; the spans they take are added to `consumedRanges`. */
function relationAgreements(state: DocState, scope: ClauseScope, reading: ClauseReading, consumedRanges: { start: number; end: number }[]): RawAgreement[] {
  const { text } = state;
  const { units } = reading;
  const relationRecords: RawAgreement[] = [];
  // (a deal the clause reports as not made — only possible, denied, called off — is none, whoever the pattern names)
  let notMade: boolean | null = null;
  for (const m of reading.relations) {
    if (consumedRanges.some((r) => r.start < m.end && m.start < r.end)) continue;
    if (!m.relation.background && (notMade ??= isNotMade(state, scope))) continue;
    const rel = m.relation;
    const info = state.vocab.types.get(rel.type)!;
    // (a singular anaphor beside a name is named enough: 「同社と韓国のサムスンSDIが共同出資する合弁会社」;
    // the reporting company's 当社 always is, 「当社グループは、B及びCと共同出資する」)
    const named = (us: Unit[]) => us.every((u) => u.atom.kind !== 'anaphor' || (u.atom.anaphor!.kind === 'self' && !!state.reporting) || (u.atom.anaphor!.kind !== 'group' && us.some((o) => o.atom.kind === 'company')));
    if (rel.namedOnly && !(named(m.A) && named(m.B))) continue;
    if (rel.closedList && m.A.some((u, i) => i > 0 && /^\s*や/.test(text.slice(m.A[i - 1]!.end, u.start)))) continue;
    // a name followed by its JV apposition ("Ultium Cells, GM's joint venture with LGES") is no
    // founder of a joint venture, but can be a party to a deal of its own ("a supplier to Ultium Cells, …")
    const jvOnly = rel.type === 'joint_venture';
    // (an owner before the name it owns is no party of the slot: "TotalEnergies' Saft")
    const ownsNext = (us: Unit[], i: number) => us[i]!.excluded === 'parent_descriptor' && !!us[i + 1] && /^['’]s?\s+$/.test(text.slice(us[i]!.end, us[i + 1]!.start));
    const side = (us: Unit[]) => distinctParties(us.filter((u, i) => (u.excluded !== 'jv_apposition' || !jvOnly) && !ownsNext(us, i)).flatMap((u) => resolveUnit(state, scope, u, units))).filter((p) => p.company || info.plainParties);
    const role = (p: Party, slot: 'A' | 'B'): Party => (rel.roles ? { ...p, role: rel.roles[slot] } : p);
    let A = side(m.A).map((p) => role(p, 'A'));
    let B = side(m.B).map((p) => role(p, 'B'));
    if (m.A.length > 0 && A.length < rel.minParties) continue;
    if (rel.implicitSubject) {
      const taken = new Set([...A, ...B].map((p) => p.entityId));
      // the clause's own subject first ("For Stellantis, … it wound up its JV with GAC")
      // (one after the phrase only as a topic: not 「…主要顧客であるBの需要に加え、Cが開発を進める…」)
      // (or a reference to one as the subject: "The Korean battery maker also supplies …, and counts Rivian among …")
      const subjectParty = (u: Unit): Party | undefined => (u.atom.kind === 'company' ? u.atom.party : u.atom.kind === 'anaphor' && u.atom.anaphor!.kind === 'single' ? resolveUnit(state, scope, u, units)[0] : undefined);
      const subjects = units
        .filter((u) => u.role === 'subject' && u.excluded === null && !u.inNote && !u.relative)
        .map((u) => ({ u, p: subjectParty(u) }))
        .filter((s) => s.p && !taken.has(s.p.entityId));
      const own = subjects.find((s) => s.u.end <= m.start) ?? subjects.find((s) => scope.lang !== 'ja' || s.u.topic);
      // (a Japanese clause that goes on from one with a subject: 「マルチは…、SMGをスズキから買い取る」)
      const inherited = scope.lang === 'ja' ? scope.inheritedSubject?.find((p) => !taken.has(p.entityId)) : undefined;
      const found = rel.roundSubject ? roundInvestee(state, scope.start, taken, true) : own ? own.p! : inherited ?? implicitSubject(state, scope, taken);
      if (!found) continue;
      const implicit = role(found, 'A');
      // one record per B with the subject (", which counts A and B among its customers"), or the subject joins B
      if (rel.perPair && !rel.slots.includes('A')) A = [role(implicit, 'A')];
      else B = distinctParties([implicit, ...B]);
    }
    const groups: Party[][] = rel.perPair ? A.flatMap((a) => B.filter((b) => b.entityId !== a.entityId).map((b) => [a, b])) : [distinctParties([...A, ...B])];
    const date = rel.background ? null : chooseDate(text, state.dates, scope.start, scope.end, scope.lang === 'en' ? [m.start, m.end] : [m.start], state.documentDate);
    // Described inside a bracketed note ("X(AとBの合弁)"): the evidence is the name with its note.
    const owner = units.find((u) => !u.alias && u.nameEnd <= m.start && m.end <= u.end);
    const evidence = owner ? { start: owner.start, end: owner.end } : { start: scope.start, end: scope.end };
    for (const parties of groups) {
      if (parties.length < 2 || !parties.some((p) => p.company)) continue;
      relationRecords.push({
        type: rel.type,
        parties,
        date: date ? copyDate(date.value) : null,
        evidence: [evidence],
        rule: `relation:${rel.id}`,
        background: rel.background,
      });
    }
    consumedRanges.push({ start: m.start, end: m.end });
    if (rel.consume) for (const u of rel.consume === 'both' ? [...m.A, ...m.B] : rel.consume === 'A' ? m.A : m.B) u.consumed = true;
  }
  return relationRecords;
}

/** The clause's own deal: of its open cues (some, and some named units), the highest-priority type whose parties the grammar finds. */
function clauseRule(state: DocState, scope: ClauseScope, units: Unit[], cuesOfClause: CueHit[]): ClauseOutcome['clauseAgreement'] {
  const { text } = state;
  const inside = (c: CueHit, r: NormRange) => c.start >= r.start && c.end <= r.end;
  // a relative clause whose own deal is not made (「鴻海からの買収提案を退けた日産は、…」): its cues
  // are no deal of the clause, and it cancels nothing outside it
  const ended = units.flatMap((u) => (u.relative && cuesOfClause.some((c) => inside(c, u.relative!)) && !cuesOfClause.every((c) => inside(c, u.relative!)) && isNotMade(state, { ...scope, start: u.relative.start, end: u.relative.end }) ? [u.relative] : []));
  const openCues = ended.length ? cuesOfClause.filter((c) => !ended.some((r) => inside(c, r))) : cuesOfClause;
  // relative clauses that state no deal of their own do not cancel the clause's deal
  const asides = units.flatMap((u) => (u.relative && !openCues.some((c) => inside(c, u.relative!)) ? [u.relative] : []));
  // 「3社は自動車メーカーとの合弁会社を積み重ねてきた」, "deals with several automakers": the
  // other side is unnamed, so the named companies are not each other's partners
  // (not after named ones: 「…をB、C、Dに供給することで各社と合意した」)
  const unnamedOther = !units.some((u) => (u.role === 'partner' || (u.role === 'target' && u.atom.kind === 'company')) && u.excluded === null && !u.inNote) && clauseHas(state, scope, (scope.lang === 'en' ? state.vocab.markers.en : state.vocab.markers.ja).unnamedPartner);
  // a deal stated only inside a relative clause (「テスラ向けの電池を手がけるパナソニックは、増産を
  //検討している」): what the main clause says after it (検討) is not about that deal
  const holder = units.find((u) => u.relative && openCues.every((c) => c.start >= u.relative!.start && c.end <= u.relative!.end))?.relative;
  const notMade = holder ? isNotMade(state, { ...scope, start: holder.start, end: holder.end }) : isNotMade(state, scope, asides);
  if (unnamedOther || notMade) return null;
  const byType = new Map<AgreementType, CueHit>();
  for (const c of openCues) {
    const prev = byType.get(c.def.type);
    if (!prev || c.def.priority > prev.def.priority) byType.set(c.def.type, c);
  }
  const ranked = packageFirst(text, [...byType.values()].sort((a, b) => b.def.priority - a.def.priority || a.start - b.start));
  for (const best of ranked) {
    let cue = best;
    let partySets = partiesForType(state, scope, units, cue);
    // (another wording of the same type may have the grammar that holds: 「AはBにセルを供給する契約を結んだ」
    // is no contract of two named together, but A supplies B; "completed its takeover of B, giving the
    // miner full control": the takeover names B, full control nobody)
    if (!partySets) {
      for (const other of openCues) {
        if (other === best || other.def.type !== best.def.type || (other.def.direction === best.def.direction && other.def === best.def)) continue;
        partySets = partiesForType(state, scope, units, other);
        if (partySets) {
          cue = other;
          break;
        }
      }
    }
    if (!partySets) continue;
    // the cue and the signing verb nearest to it ("announced talks in April 2014 and reached a
    // basic agreement on October 30, 2014": the agreement's own verb)
    const verbs = signingAnchors(state, scope.start, scope.end);
    const nearest = verbs.length ? verbs.reduce((a, b) => (Math.abs(b - cue.start) < Math.abs(a - cue.start) ? b : a)) : null;
    const anchors = nearest === null ? [cue.start] : [nearest, cue.start];
    const skip = scope.lang === 'en' ? undefined : jaDateAttached(state, cue);
    const date = chooseDate(text, state.dates, scope.start, scope.end, anchors, state.documentDate, skip);
    // "a plant built with technology licensed from CATL", "CATL-licensed": a deal described
    // in passing by a participle has no date of its own
    const described = describedInPassing(text, scope, cue);
    // a deal of their own the parties end ("terminated their agreement in March"): the date is the ending's
    return { type: cue.def.type, partySets, cue, date: described || ending(state, scope) === 'own' ? null : date, anchors };
  }
  return null;
}

/** A Japanese clause that names nobody: the deal of its cue is between the parties of the record just before it, in the same paragraph. */
function zeroAnaphora(state: DocState, scope: ClauseScope, openCues: CueHit[]): ClauseOutcome['clauseAgreement'] {
  const last = lastDealEntry(state, scope.start);
  const sameParagraph = last?.recordParties && last.recordParties.length >= 2 && !state.text.slice(last.end, scope.start).includes('\n');
  // (a dated list line under a heading that names nobody, 「・2012年6月　…の覚書を締結」: a step of the
  // two companies the document is about)
  const listLine = !sameParagraph && state.mainPair && /^[ \t\u3000]*[・●■◆\-*•]/.test(state.text.slice(lineStartOf(state.text, scope.start), scope.start + 2));
  // (「A、B、Cの3社は…を共同で調達し、…協定を結んだ」: the subjects of the sentence's clause before, which made no deal)
  const sentenceSubjects = !sameParagraph && last && !last.recordParties && !/[。\n]/.test(state.text.slice(Math.max(0, last.end - 1), scope.start)) ? last.subjects.filter((p) => p.company) : [];
  const told = sameParagraph ? last!.recordParties! : listLine ? state.mainPair! : sentenceSubjects.length >= 2 ? sentenceSubjects : null;
  const cue = [...openCues].sort((a, b) => b.def.priority - a.def.priority || a.start - b.start)[0]!;
  if (!told || (scope.lang === 'ja' && JA_GOVERNMENT_SUBJECT.test(state.text.slice(scope.start, cue.start)))) return null;
  // (their roles in a deal of another type are not theirs in this one: a licence after a venture has no founders)
  const parties = sameParagraph && last!.recordType !== cue.def.type ? told.map(({ role: _role, ...p }) => p) : told;
  const anchors = [...signingAnchors(state, scope.start, scope.end), cue.start];
  // (a deal of the parties' own that the clause ends, 「2月に合意書を解約した」: the date is the ending's, not the signing's)
  const date = ending(state, scope) === 'own' ? null : chooseDate(state.text, state.dates, scope.start, scope.end, anchors, state.documentDate, scope.lang === 'en' ? undefined : jaDateAttached(state, cue));
  return { type: cue.def.type, partySets: [parties], cue, date, anchors };
}

/**
 * The last clause read, or the clause with a deal right before it when the last one, in the same paragraph, made none and
 * named only that deal's parties (「Bとは…基本合意書を結んだが、日産を子会社にする案をめぐって…打ち切った。ただ、…結んだ覚書に基づく…」).
 */
function lastDealEntry(state: DocState, start: number): DocState['history'][number] | undefined {
  const h = state.history;
  const last = h[h.length - 1];
  const deal = h[h.length - 2]?.recordParties;
  const aside = last && !last.recordParties && deal && !state.text.slice(last.end, start).includes('\n') && last.named.every((p) => deal.some((q) => q.entityId === p.entityId));
  return aside ? h[h.length - 2] : last;
}

/** Money put in or a company bought: the content of a package, not only its paperwork. */
const PACKAGE_CONTENT: ReadonlySet<AgreementType> = new Set(['investment', 'acquisition']);

/**
 * "VinFast invested $X in ProLogium and signed an MOU": two acts announced together are one
 * package (RECORDS.md §4), typed by its content, not by its instrument. Only when the content
 * is stated as a finished act (a past-tense verb), not as what the memorandum is about ("an
 * MOU to invest in", "signed an LOI on acquiring").
 */
function packageFirst(text: string, ranked: CueHit[]): CueHit[] {
  const top = ranked[0];
  if (!top || (top.def.type !== 'mou' && top.def.type !== 'loi')) return ranked;
  const content = ranked.find((c) => PACKAGE_CONTENT.has(c.def.type) && /^(?:invested|acquired|bought|purchased)$/i.test(text.slice(c.start, c.end)));
  if (!content) return ranked;
  return [content, ...ranked.filter((c) => c !== content)];
}

/**
 * An English clause that is a second deal of the one before with its verb left out, and a time
 * of its own: "(signed an MOU in April) and a joint venture agreement in November" (markers.yaml
 * clause_breaks cuts there). Its parties are the deal's before it (zero anaphora).
 */
export const EN_GAPPED_DEAL = /^\s*(?:an?|the)\s+(?:[\w-]+\s+){0,4}?(?:deal|contract|agreement|pact|MOU|memorandum of understanding|letter of intent)s?\s+(?:in|on)\s/;

/** "The definitive lithium hydroxide supply contract followed on Wednesday": the next deal of the parties just told. */
const EN_FOLLOW_UP_DEAL = /^\s*(?:The|A|An)\s+(?:[\w-]+\s+){0,5}?(?:contract|agreement|deal|pact)\s+(?:followed|came|was\s+signed|was\s+inked|was\s+finalized|was\s+finalised)\b/;

/** No unit before the first match of `re` in the clause (none at all when there is no match). */
function namesOnlyAfter(text: string, scope: ClauseScope, units: readonly Unit[], re: RegExp): boolean {
  // (a name that only describes another is none: "the Volkswagen battery unit")
  const named = units.filter((u) => u.excluded === null);
  if (named.length === 0) return true;
  const at = text.slice(scope.start, scope.end).search(re);
  return at >= 0 && named.every((u) => u.start >= scope.start + at);
}
const EN_WHICH_TAIL = /,\s+(?:(?:in|of)\s+)?which\s/;

/** 「合弁事業に続き」「提携の締結に続いて」: a deal another follows. */
/** The cue `c` opens the clause as the time of a deal told before: 「買収後、」「合併の完了後、」, "After the acquisition,". */
function opensWithTimeOfDeal(text: string, start: number, c: CueHit, lang: ClauseScope['lang']): boolean {
  if (lang === 'en') return EN_TIME_OF_DEAL_BEFORE.test(text.slice(start, c.start)) && /^\s*,/.test(text.slice(c.end, c.end + 3));
  return /^[\s「（(]*(?:今回の|本|同|この)?$/.test(text.slice(start, c.start)) && JA_TIME_OF_DEAL_AFTER.test(text.slice(c.end, c.end + 12));
}
// (and what followed from it: 「この覚書を受けて両社は…」「同契約に基づき、」)
const JA_TIME_OF_DEAL_AFTER = /^(?:の)?(?:(?:完了|成立|実施|手続き)?(?:後|前|以降|以前)(?:に|は|も)?、|(?:締結|合意)?(?:を受け(?:て)?|に基づ(?:き|いて)|を踏まえ(?:て)?)(?!る|た))/;
const EN_TIME_OF_DEAL_BEFORE = /^\s*(?:after|following|before|since|once|upon)\s+(?:the|this|that|its|their)\s+(?:[\w-]+\s+){0,2}$/i;

const JA_FOLLOWED = /^(?:の(?:締結|設立|合意))?に続(?:き|いて)/;
/** From a venture cue: the venture named as the owner of the shares a clause deals in (「(折半出資する)合弁会社Xの持ち分を」). */
const JA_VENTURE_AS_OBJECT = /^[^、。]{0,40}?(?:合弁会社|合弁企業|合弁)[^、。]{0,60}?の(?:持ち分|持分|出資持ち分|株式|全株式|保有株)/;
/** Between a venture's cue and a later one: a relative clause telling what the venture was to do. */
const EN_VENTURE_PLANS = /^[^.;]{0,60}?,?\s(?:that|which)\s(?:was|were|is|are|will|would)(?:\s+be)?\s(?:to\s|set\s+to\s|meant\s+to\s)?$/;

/** "(…,) and in 2021 formed a joint venture", "and later signed a supply deal": a second deal's time and verb, its subject left out. */
const EN_AND_BEFORE = /(?:,\s+|\s)and,?\s+$/;
const EN_TIMED_SECOND_DEAL = /^\s*(?:(?:a|one|two|three)\s+(?:years?|months?|weeks?)\s+later,?|(?:in|on)\s+(?:\d{4}|[A-Z][a-z]+(?:\s+\d{1,2})?(?:,?\s+\d{4})?)|then|later|subsequently|last\s+(?:year|month|week))\s+(?:also\s+)?(?:signed|agreed|formed|struck|inked|entered|set\s+up|established|reached|sealed)\b/;

const EN_PARTICIPLE = /^[A-Za-z-]+ed$/;
const EN_FINITE_BEFORE = /\b(?:has|have|had|was|were|is|are|be|been|being|it|they|he|she|we)\s+(?:[a-z]+ly\s+)?$/i;

/**
 * ", which currently sources batteries from CATL,", ", which owns a stake in X,": a relative
 * clause in the present tense describes a standing relation; the sentence's date is another
 * event's ("…, said in November it would invest").
 */
const EN_PRESENT_RELATIVE = /^[\s,]*(?:which|who|that)\s+(?:currently\s+|also\s+|already\s+|still\s+)?(?:is|are|has|have|owns|holds|buys|sources|supplies|uses|counts|makes|builds|runs|operates|controls)\b/i;

/** Whether a record of the clause is a description with no date of its own (a participle in passing, a present-tense relative clause). */
function describedInPassing(text: string, scope: ClauseScope, cue: CueHit): boolean {
  return scope.lang === 'en' && (isParticipleInPassing(text, cue) || EN_PRESENT_RELATIVE.test(text.slice(scope.start, scope.start + 40)) || isPresentRelativeCue(text, cue));
}

/** "a cathode maker that supplies nickel material to Tesla": the cue is a present-tense verb of a relative clause. */
function isPresentRelativeCue(text: string, cue: CueHit): boolean {
  return EN_PRESENT_CUE.test(text.slice(cue.start, cue.end)) && EN_RELATIVE_BEFORE.test(text.slice(Math.max(0, cue.start - 24), cue.start));
}

const EN_PRESENT_CUE = /^(?:supplies|buys|sources|uses|makes|provides|ships|owns|holds|licenses|builds|procures|adopts)$/i;
const EN_RELATIVE_BEFORE = /\b(?:that|which|who)\s+(?:currently\s+|also\s+|already\s+|still\s+|now\s+)?$/i;

function isParticipleInPassing(text: string, cue: CueHit): boolean {
  const word = text.slice(cue.start, cue.end);
  if (!EN_PARTICIPLE.test(word)) return false;
  if (text[cue.start - 1] === '-') return true; // "CATL-licensed technology"
  return /^\s+(?:from|by)\b/.test(text.slice(cue.end, cue.end + 6)) && !EN_FINITE_BEFORE.test(text.slice(Math.max(0, cue.start - 25), cue.start)) && /[a-z]\s+$/i.test(text.slice(Math.max(0, cue.start - 3), cue.start));
}
