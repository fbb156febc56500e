/**
 * Who a unit stands for: a named company/organisation is itself; 両社/3社/the two companies
 * are the parties named just before (the table row, earlier in the clause, or the previous
 * clauses); 同社/the company is the company last named as a subject; 弊社/当社/we is the
 * reporting company. The implicit subject of "Xとの提携により…" is the row's first party,
 * the reporting company, or the company the text is about.
 */
import type { Lang } from '../../text/types.ts';
import type { Party, Unit } from './model.ts';
import { lowerBound } from './scan.ts';
import { outlinedCompany } from './outline.ts';
import { roundInvestee } from './after-sentence.ts';
import { JA_OWNER_OF_SUBJECT, openBracketBetween, opensWithOtherTopic, PARTNER_TOPIC_OPENING, REGION_TOPIC_OPENING } from './clause-openings.ts';
import { antecedent, coordinatedSubjects, distinctParties, mainOfAside, namesAcrossClauses, paragraphTopicBefore, recent, type DocState } from './state.ts';
import { lineStartOf } from '../../text/line-index.ts';

export interface RowContext {
  /** Parties of the row's party columns, in column order. */
  parties: Party[];
}

export interface ClauseScope {
  start: number;
  end: number;
  lang: Lang;
  row: RowContext | null;
  /**
   * Japanese: the subject of the clause before in the same sentence (「東芝は…製品化し、スズキ
   * の…などに供給してきた」: the subject carries over a clause break).
   */
  inheritedSubject?: Party[];
}

function namedParty(u: Unit): Party | null {
  return u.atom.kind !== 'anaphor' && u.atom.party ? u.atom.party : null;
}

/** Only a few characters ("2024年11月1日、") stand between the paragraph start and `pos`. */
function paragraphOpening(text: string, pos: number): boolean {
  const lead = text.slice(lineStartOf(text, pos), pos);
  return lead.length <= 20 && !/[。.!?]/.test(lead);
}

function resolveGroup(state: DocState, scope: ClauseScope, unit: Unit, units: readonly Unit[], count: number): Party[] {
  if (scope.row && scope.row.parties.length >= 2) return scope.row.parties;
  // "A、B、Cの3社", "AとBは…、両社で…": named just before in the same clause.
  const before: Party[] = [];
  // (「ホンダが3社へTOBを実施」: a group named as the target does not count the clause's subject among it)
  const asTarget = unit.role === 'target';
  for (const u of units) {
    if (u === unit) break;
    const p = namedParty(u);
    if (p && !u.inNote && u.excluded === null && !(asTarget && u.role !== 'target')) before.push(p);
  }
  const distinct = distinctParties(before);
  if (distinct.length >= count) return unit.atom.anaphor?.plural ? distinct : distinct.slice(-count);
  // "they": the parties of the last deal, else the subjects of the nearest clause with two or more
  if (unit.atom.anaphor?.plural && distinct.length === 0) {
    for (const h of recent(state, scope.start, scope.lang)) {
      if (h.recordParties && h.recordParties.length >= count) return h.recordParties;
      if (h.subjects.length >= count) return distinctParties(h.subjects);
      if (h.named.length > 0) break;
    }
  }
  // 両社 / the two companies opening a paragraph: the two companies the document is about.
  if (count === 2 && state.mainPair && distinct.length === 0 && paragraphOpening(state.text, unit.start)) return state.mainPair;
  // 「三菱自動車も…3社で覚書」: the clause's own names are members; the rest come from before.
  const need = count - distinct.length;
  const own = new Set(distinct.map((p) => p.entityId));
  const fill = (ps: readonly Party[]) => ps.filter((p) => !own.has(p.entityId));
  // "the partners": the members of the last relation of that kind (a JV, not a supply deal since)
  const of = unit.atom.anaphor?.of;
  if (of) {
    for (const h of recent(state, scope.start, scope.lang)) {
      if (h.recordParties && h.recordType && of.includes(h.recordType) && fill(h.recordParties).length === need) return [...distinct, ...fill(h.recordParties)];
    }
  }
  // the clause just before, when it names exactly that many as subject and partner and states no deal
  // (「AはBと共同で拡大する。両社は…」), then the parties of a recent deal, then the nearest names
  for (const h of recent(state, scope.start, scope.lang)) {
    const names = (h.main ?? h.named).filter((p) => p.company);
    // (or names them as its joint subjects: "A and B have long competed … Now the two generators will …")
    if (!h.recordParties && (h.paired || h.jointSubjects) && fill(names).length === need && names.length === need) return [...distinct, ...fill(names)];
    if (count === 2 && distinct.length === 0 && h.impliedPair) return h.impliedPair;
    break;
  }
  for (const h of asTarget ? [] : recent(state, scope.start, scope.lang)) {
    if (h.recordParties && fill(h.recordParties).length === need) return [...distinct, ...fill(h.recordParties)];
  }
  for (const h of recent(state, scope.start, scope.lang)) {
    // (the names of the clause itself before those of a relative clause inside it)
    if (h.main && fill(h.main).length === need) return [...distinct, ...fill(h.main)];
    // (a target group is the names listed last: 「…、ケーヒン、ショーワ、日信工業の4社を統合…3社へTOB」)
    if (fill(h.named).length >= need) return [...distinct, ...(asTarget ? fill(h.named).slice(-need) : fill(h.named).slice(0, need))];
  }
  const across = count === 2 && !asTarget ? namesAcrossClauses(state, scope.start, scope.lang, need, own) : [];
  return across.length > 0 ? [...distinct, ...across] : [];
}

/**
 * "The battery materials arm of POSCO Holdings": a company named before whose name starts like
 * the parent's (POSCO Future M), other than the parent itself.
 */
function armOf(state: DocState, unit: Unit, units: readonly Unit[]): Party | null {
  const next = units[units.indexOf(unit) + 1];
  if (!next || next.atom.kind !== 'company' || !next.atom.party) return null;
  if (!/^\s+of\s+(?:the\s+)?$/i.test(state.text.slice(unit.end, next.start))) return null;
  const head = next.atom.party.name.split(/[\s-]+/)[0]!.toLowerCase();
  if (head.length < 2) return null;
  for (let i = lowerBound(state.atoms, unit.start) - 1; i >= 0; i--) {
    const p = state.atoms[i]!.party;
    if (state.atoms[i]!.kind !== 'company' || !p || p.entityId === next.atom.party.entityId) continue;
    if (p.name.split(/[\s-]+/)[0]!.toLowerCase() === head) return p;
  }
  return null;
}

function resolveSingle(state: DocState, scope: ClauseScope, unit: Unit, units: readonly Unit[]): Party[] {
  const idx = units.indexOf(unit);
  const arm = armOf(state, unit, units);
  if (arm) return [arm];
  // 「…新会社「e-Mobility Power」を共同で設立した。翌年には、A、B、C、Dの4社も同社に出資した」: 同社 taken a stake in, right after a new company is set up, is that company
  if (scope.lang === 'ja' && unit.role !== 'subject' && JA_STAKE_IN_AFTER.test(state.text.slice(unit.end, unit.end + 6))) {
    const created = jaNewCompanyBefore(state, unit.start);
    if (created) return [created];
  }
  // 「出光はデルタリチウムに資本参加し、…同社が実施した増資を引き受けて」: 同社 as the subject of a
  // relative clause after the clause's subject stands for the other company just named
  if (scope.lang === 'ja' && unit.role === 'subject' && unit.relative) {
    for (let i = idx - 1; i >= 0; i--) {
      const u = units[i]!;
      if (u.role === 'subject') break;
      const p = namedParty(u);
      if (p && p.company && !u.inNote && u.excluded === null && (u.role === 'target' || u.role === 'partner')) return [p];
    }
  }
  // "The new company then signed …", "the venture": the joint venture company named just before, as the subject of a deal of its own (not in its own founding: "the joint company was set up")
  // (or the one a stake is taken in: "take a 10% stake in the new company", "bought into the venture")
  if (scope.lang === 'en' && (unit.role === 'subject' || JV_AS_OBJECT_BEFORE.test(state.text.slice(Math.max(scope.start, unit.start - 12), unit.start))) && JV_REFERENCE.test(state.text.slice(unit.start, unit.end)) && !JV_FOUNDED.test(state.text.slice(scope.start, scope.end))) {
    const jv = lastJvCompany(state, unit.start);
    if (jv) return [jv];
  }
  // A descriptive reference is another company than those the clause names after it and than the one an earlier
  // reference of the clause stands for ("the carmaker agreed to buy X from the U.S. company": two different companies).
  const taken = new Set<string>();
  // ("Vale Canada Ltd and the Japanese company agreed to sell …": a reference listed with names is none of them)
  for (let k = idx - 1; k >= 0 && units[k]!.coordNext; k--) if (units[k]!.atom.party) taken.add(units[k]!.atom.party!.entityId);
  for (let k = idx; k < units.length - 1 && units[k]!.coordNext; k++) if (units[k + 1]!.atom.party) taken.add(units[k + 1]!.atom.party!.entityId);
  // 「ステランティスは同社から調達する」: 同社 is another company than the clause's subject
  // (a subject inside a relative clause is not the clause's subject: 「Xが保有する株式を取得…同社と合意」)
  // — only the subject of 同社's own predicate, the one nearest before it (「CはXを誇り、Sは同社の総代理店を務める」: 同社 = C, the earlier topic); with none before it, the first after it
  if (unit.role !== 'subject') {
    const isSubject = (u: Unit) => u !== unit && u.role === 'subject' && !u.relative && u.atom.kind === 'company' && !!u.atom.party;
    const before = units.slice(0, idx).filter(isSubject);
    const own = before.length > 0 ? before[before.length - 1] : units.slice(idx + 1).find(isSubject);
    // (nor one of a group that is the subject: 「両社は…、同社から…供給を受ける契約も結んだ」)
    const group = units.slice(0, idx).find((g) => g.role === 'subject' && !g.relative && g.atom.anaphor?.kind === 'group');
    for (const p of group ? resolveUnit(state, scope, group, units) : []) taken.add(p.entityId);
    if (own) {
      taken.add(own.atom.party!.entityId);
      // (and the list it ends: "BMW and Ford Motor co-led the Colorado company's round"; not for
      // their venture, "Honda and LGES unveiled the venture", which is no third company)
      const venture = /\b(?:venture|JV|joint company|new company)\b/i.test(state.text.slice(unit.start, unit.end));
      for (let k = units.indexOf(own) - 1; !venture && k >= 0 && units[k]!.coordNext; k--) {
        const p = units[k]!.atom.party;
        if (units[k]!.atom.kind === 'company' && p) taken.add(p.entityId);
      }
    }
    // 「ホンダは1月、SESに出資した。6月には、同社から…調達する契約も結んだ」: with no subject of its
    // own, the clause goes on about the last subject, so 同社 is another company
    // (English: "…, when it bought a stake in the Australian-German company": the clause's subject is
    // the sentence's, so the reference is another company)
    else if (scope.lang === 'en' && scope.inheritedSubject && scope.inheritedSubject.length > 0 && EN_PRONOUN_SUBJECT_OPENING.test(state.text.slice(scope.start, scope.start + 40))) {
      for (const p of scope.inheritedSubject) taken.add(p.entityId);
    } else if (scope.lang === 'ja' && !group && !JA_OWNER_OF_SUBJECT.test(state.text.slice(unit.end, Math.min(scope.end, unit.end + 24)))) {
      // (not when 同社 owns the clause's topic, 「同社の筆頭株主はトヨタ自動車で」: the clause is about 同社)
      for (const h of recent(state, scope.start, scope.lang)) {
        const last = h.subjects[h.subjects.length - 1];
        if (last) {
          taken.add(last.entityId);
          break;
        }
      }
    }
  }
  for (let i = idx + 1; i < units.length; i++) {
    const p = namedParty(units[i]!);
    // (nor the parties restated in a bracket after it: 「同社と合弁で…設立し（出資比率はオロコブレ75%、豊田通商25%）」)
    if (p && openBracketBetween(state.text, unit.end, units[i]!.start)) continue;
    // the source of the report (", Honda said") is not another party, nor a name that only modifies a noun ("under a ProLogium licence")
    if (p && !units[i]!.inNote && !/^\s+(?:said|says|told|announced|confirmed)\b/.test(state.text.slice(units[i]!.end, units[i]!.end + 12)) && !(/\b(?:a|an)\s+$/.test(state.text.slice(units[i]!.start - 4, units[i]!.start)) && /^\s+(?:licen[cs]e|technology|design|patent)s?\b/.test(state.text.slice(units[i]!.end, units[i]!.end + 12)))) taken.add(p.entityId);
  }
  for (let i = 0; i < idx; i++) {
    const u = units[i]!;
    if (u.atom.kind === 'anaphor' && u.atom.anaphor!.kind === 'single') for (const p of resolveSingle(state, scope, u, units)) taken.add(p.entityId);
  }
  // "the automaker", "the battery maker": a company of those sectors when the dictionary knows
  // the sector (a company it does not know may be any); failing that, as before
  // (and "the British company", "the South Korean battery maker": of that country when the
  // dictionary knows it; the nationality is read before the sector)
  const { sectors, countries } = unit.atom.anaphor!;
  const ofCountry = (p: Party) => !countries || !p.country || countries.includes(p.country);
  if (sectors) {
    const fits = (p: Party) => (!p.sector || sectors.includes(p.sector)) && ofCountry(p);
    const found = nearestSingle(state, scope, unit, units, idx, taken, fits);
    if (found.length > 0) return found;
  }
  if (countries) {
    const found = nearestSingle(state, scope, unit, units, idx, taken, ofCountry);
    if (found.length > 0) return found;
  }
  return nearestSingle(state, scope, unit, units, idx, taken, () => true);
}

/** An English clause opened by its subject as a pronoun or with no subject ("it bought …", "turned it into …"). */
const EN_PRONOUN_SUBJECT_OPENING = /^[\s,]*(?:(?:it|they)\s+(?:(?:has|have|had|will|would|also|then|later)\s+)?[a-z]+\b|(?:turned|converted|upgraded|firmed\s+up)\b|(?:also\s+)?(?:signed|struck|inked)\s+(?:a|an)\s)/;

/** After 同社: a stake taken in it (に出資, に資本参加, の株式を取得). */
const JA_STAKE_IN_AFTER = /^(?:に(?:も)?(?:出資|資本参加|追加出資)|の株(?:式)?を)/;
/** Before a name: the words that call it a new company (「新会社「」「合弁会社」). */
const JA_NEW_COMPANY_BEFORE = /(?:新会社|合弁会社|共同出資会社)[「『]?$/;

/** A company named as a new company within the sentence before `pos` or the one before it. */
function jaNewCompanyBefore(state: DocState, pos: number): Party | null {
  const { text, atoms } = state;
  const from = Math.max(0, text.lastIndexOf('。', text.lastIndexOf('。', pos - 1) - 1));
  for (let i = lowerBound(atoms, pos) - 1; i >= 0 && atoms[i]!.start >= from; i--) {
    const a = atoms[i]!;
    if (a.kind === 'company' && a.party && JA_NEW_COMPANY_BEFORE.test(text.slice(Math.max(0, a.start - 8), a.start))) return a.party;
  }
  return null;
}

const JV_AS_OBJECT_BEFORE = /\b(?:stake|interest|shares|into|in)\s+$/i;
const JV_REFERENCE = /\b(?:new company|joint venture|venture|JV|new entity|joint company)$/i;
const JV_FOUNDED = /\b(?:set up|formed|established|founded|unveiled|launched|created|incorporated|registered)\b/i;
const JV_BEFORE_NAME = /(?:joint venture|venture|JV|new company)(?:\s+(?:called|named|dubbed))?[,:]?\s*["“]?$/i;
const JV_AFTER_NAME = /^["”]?,\s*(?:a|an|the|their|its)\s+(?:[\w:.-]+\s+){0,3}?(?:joint venture|venture|JV|equally owned|jointly owned)\b/i;

/** "Automotive Cells Company (ACC) was founded in 2020 by Stellantis and TotalEnergies": a company two set up. */
const JV_FOUNDED_BY_AFTER = /^\s*(?:\([^()]{1,20}\))?,?\s+(?:was|were|had been|has been)\s+(?:jointly\s+)?(?:set up|founded|established|formed|created|launched)\b[^.;]{0,30}?\bby\s+[^.;]{1,60}?\band\b/;

/** The last company named as a joint venture ("formed a joint venture, X", "X, a 50:50 venture") within 600 characters before `pos`. */
function lastJvCompany(state: DocState, pos: number): Party | null {
  const { text, atoms } = state;
  for (let i = lowerBound(atoms, pos) - 1; i >= 0 && atoms[i]!.start >= pos - 600; i--) {
    const a = atoms[i]!;
    if (a.kind !== 'company' || !a.party) continue;
    if (JV_BEFORE_NAME.test(text.slice(Math.max(0, a.start - 40), a.start)) || JV_AFTER_NAME.test(text.slice(a.end, a.end + 60)) || JV_FOUNDED_BY_AFTER.test(text.slice(a.end, a.end + 80))) return a.party;
  }
  return null;
}

/** The company a single reference stands for: the clause's nearest before it, else a recent sentence's (resolveSingle). */
function nearestSingle(state: DocState, scope: ClauseScope, unit: Unit, units: readonly Unit[], idx: number, taken: ReadonlySet<string>, fits: (p: Party) => boolean): Party[] {
  let fallback: Party | null = null;
  for (let i = idx - 1; i >= 0; i--) {
    const u = units[i]!;
    const p = namedParty(u);
    // (a person's employer, or a site's owner, "a Honda Motor plant … the automaker's venture", is still who a reference names)
    if (!p || !p.company || u.inNote || (u.excluded !== null && u.excluded !== 'person_descriptor' && u.excluded !== 'site_owner') || taken.has(p.entityId) || !fits(p)) continue;
    if (u.role === 'subject' || u.role === 'possessive') return [p];
    fallback ??= p;
  }
  if (fallback) return [fallback];
  for (const h of recent(state, scope.start, scope.lang)) {
    // (Japanese: the topic before a が-subject, 「AはBが出資する筆頭株主だ。同社は…」: A)
    const t = scope.lang === 'ja' && h.marked ? h.marked.filter((p) => p.company && !taken.has(p.entityId) && fits(p)) : [];
    if (t.length > 0) return [t[t.length - 1]!];
    const s = h.subjects.filter((p) => p.company && !taken.has(p.entityId) && fits(p));
    if (s.length > 0) return [s[s.length - 1]!];
    const n = h.named.filter((p) => p.company && !taken.has(p.entityId) && fits(p));
    if (n.length > 0) return [n[n.length - 1]!];
  }
  if (scope.row && scope.row.parties.length > 0 && fits(scope.row.parties[0]!)) return [scope.row.parties[0]!];
  return [];
}

/** The parties a unit stands for (empty when an anaphor cannot be resolved). */
export function resolveUnit(state: DocState, scope: ClauseScope, unit: Unit, units: readonly Unit[]): Party[] {
  const a = unit.atom;
  if (a.kind !== 'anaphor') return a.party ? [a.party] : [];
  const def = a.anaphor!;
  if (def.kind === 'self') return state.reporting ? [state.reporting] : [];
  if (def.kind === 'single') return resolveSingle(state, scope, unit, units);
  return resolveGroup(state, scope, unit, units, def.count);
}

/** A clause that refers to a round told before ("joined the round", 「同ラウンドに参加」). */
const THAT_ROUND = /\b(?:the|that|this) (?:same )?(?:round|raise|financing)\b|(?:同|この|今回の|その)(?:ラウンド|増資|資金調達)/;
/** The party left implicit by "Xとの提携により…" (null when none can be told). */
export function implicitSubject(state: DocState, scope: ClauseScope, exclude: ReadonlySet<string>): Party | null {
  // ", which had agreed to supply X": the subject is the name before the comma, not a topic.
  // (a plant or site before the comma, "at its De Soto plant, which makes cells for Tesla": its owner,
  // the company the sentence goes on about)
  if (scope.lang === 'en' && /^[\s,]*(?:which|who|whose|that)\b/i.test(state.text.slice(scope.start, scope.start + 12))) {
    const named = antecedent(state, scope.start, exclude);
    if (named || !EN_SITE_BEFORE.test(state.text.slice(Math.max(0, scope.start - 24), scope.start))) return named;
  }
  if (scope.row) return scope.row.parties.find((p) => !exclude.has(p.entityId)) ?? null;
  // ("… Series B for Our Next Energy. BMW i Ventures also joined the round.": the company that round was for)
  const round = roundInvestee(state, scope.start, exclude);
  if (round && THAT_ROUND.test(state.text.slice(scope.start, scope.end))) return round;
  if (scope.lang === 'ja' && opensWithOtherTopic(state, scope.start)) return null;
  // (a row of a company's outline in a disclosure is about that company: outline.ts)
  if (scope.lang === 'ja' && state.reporting) {
    const outlined = outlinedCompany(state, scope.start);
    if (outlined) return exclude.has(outlined.entityId) ? null : outlined;
  }
  if (state.reporting) return exclude.has(state.reporting.entityId) ? null : state.reporting;
  // a Japanese clause without a subject in a paragraph that has named no company yet: the company
  // the story leads with, else the last topic (は), not the subject (が) of one act in a paragraph
  // before (「マツダがパックに組み立てる」)
  if (scope.lang === 'ja' && opensParagraph(state, scope.start)) {
    // (「米GMとは、…契約を交わした」: a paragraph that opens with its partner goes on with the topic before)
    if (PARTNER_TOPIC_OPENING.test(state.text.slice(scope.start, scope.start + 40))) {
      const topic = jaTopicBack(state, scope.start, exclude, 'marked');
      if (topic) return topic;
    }
    if (state.lead && !exclude.has(state.lead.entityId)) return state.lead;
    const topic = jaTopicBack(state, scope.start, exclude, 'topics');
    if (topic) return topic;
    // (not for a clause with a subject of its own that is no party: 「AとBが折半出資するCは、…」)
    // (but a venture named with the one partner, 「パナソニックとの合弁会社PPESが…」, is the story's own)
    if (state.firstSubject && !exclude.has(state.firstSubject.entityId) && (!companyTopicIn(state, scope.start, scope.end) || JA_VENTURE_WITH_PARTNER.test(state.text.slice(scope.start, scope.end)))) return state.firstSubject;
  }
  // (a clause that opens with its partner, 「米テスラとは今年2月、…契約を交わした」, goes on with its paragraph's topic)
  // (and one that opens with a market, 「中国では…と戦略提携を結び」: the paragraph's company acts there)
  const opening = state.text.slice(scope.start, scope.start + 40);
  const paragraphTopic = scope.lang === 'ja' && (PARTNER_TOPIC_OPENING.test(opening) || REGION_TOPIC_OPENING.test(opening)) ? jaTopicBack(state, scope.start, exclude, 'topics') : null;
  if (paragraphTopic) return paragraphTopic;
  for (const h of recent(state, scope.start, scope.lang)) {
    // (「AとBが…契約を締結。Cの事業を…取得する」: one act of two subjects named together leaves
    // the actor of the next one open: neither is guessed)
    if (scope.lang === 'ja' && coordinatedSubjects(h, exclude)) return null;
    for (let i = h.subjects.length - 1; i >= 0; i--) {
      const p = h.subjects[i]!;
      if (!p.company || exclude.has(p.entityId)) continue;
      const topic = scope.lang === 'ja' ? paragraphTopicBefore(state, h, lineStartOf(state.text, scope.start), exclude) : null;
      if (topic) return topic;
      const main = mainOfAside(state, p, h, lineStartOf(state.text, scope.start));
      return main && !exclude.has(main.entityId) ? main : p;
    }
  }
  // Japanese keeps its topic over clauses that name no subject (figures, plans, a heading): the
  // last company that was a subject, further back than the recent clauses
  if (scope.lang === 'ja') {
    const back = jaTopicBack(state, scope.start, exclude);
    if (back) return back;
  }
  if (state.dominant && !exclude.has(state.dominant.entityId)) return state.dominant;
  return null;
}

/** 「Xとの合弁会社Y」: a venture of the story's company with X. */
const JA_VENTURE_WITH_PARTNER = /との(?:合弁会社|合弁企業|共同出資会社)/;

/** A plant or site named right before a relative clause. */
const EN_SITE_BEFORE = /\b(?:plant|factory|facility|site|mine|refinery|gigafactory|campus|works)(?:\s+(?:in|at|near)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?\s*,?\s*$/;

/** How far back (characters) a Japanese topic carries to a clause without a subject. */
const JA_TOPIC_REACH = 3000;

/**
 * The last Japanese company within JA_TOPIC_REACH before `pos` of a kind a clause's history
 * records: a subject, a paragraph's opening topic (`topics`), or any topic (`marked`: は, も).
 */
function jaTopicBack(state: DocState, pos: number, exclude: ReadonlySet<string>, kind: 'subjects' | 'topics' | 'marked' = 'subjects'): Party | null {
  for (let j = state.history.length - 1; j >= 0; j--) {
    const h = state.history[j]!;
    if (pos - h.end > JA_TOPIC_REACH) break;
    if (h.lang !== 'ja') continue;
    const ps = h[kind] ?? [];
    for (let i = ps.length - 1; i >= 0; i--) {
      const p = ps[i]!;
      if (p.company && !exclude.has(p.entityId)) return p;
    }
  }
  return null;
}

/**
 * No company is the topic or subject of a clause in `pos`'s paragraph before it (「原料の確保も急ぐ。
 * …に追加投資し」, 「海外では、タイのBの株式を、Cから追加取得し」 go on about the story's company).
 */
function opensParagraph(state: DocState, pos: number): boolean {
  return !companyTopicIn(state, lineStartOf(state.text, pos), pos);
}

/** A company starting in [from, to) is the topic or subject of its clause (は, が, も). */
function companyTopicIn(state: DocState, from: number, to: number): boolean {
  for (let i = lowerBound(state.atoms, from); i < state.atoms.length && state.atoms[i]!.start < to; i++) {
    const a = state.atoms[i]!;
    // (or a reference to one: 「GSユアサにとって…。同社は2007年、…を設立し、…供給した」)
    if ((a.kind === 'company' || a.kind === 'anaphor') && JA_TOPIC_AFTER.test(state.text.slice(a.end, a.end + 48))) return true;
  }
  return false;
}

const JA_TOPIC_AFTER = /^(?:株式会社|社)?(?:\([^()\n]{0,40}\))?\s?(?:は|が|も|とは)/;
