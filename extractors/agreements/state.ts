/**
 * Per-document state shared by the clause and table rules: the scans, the reporting and
 * topic companies, and a short history of the parties named in the clauses read so far
 * (to resolve 両社, 同社, the two companies and implicit subjects).
 */
import type { AgreementType, DateMention, DateValue } from '../types.ts';
import type { Lang } from '../../text/types.ts';
import type { Atom, CueHit, Party } from './model.ts';
import { lowerBound, type Hit } from './scan.ts';
import type { AgreementVocabulary } from './vocabulary.ts';

export interface HistoryEntry {
  lang: Lang;
  end: number;
  /** Distinct named parties of the clause, in order. */
  named: Party[];
  /** The same without those named only inside a relative clause (「住友化学が撤退した事業を」), when some are. */
  main?: Party[];
  /** The clause has a subject and a partner (「AはBと共同で…」): a pair that 両社 may stand for. */
  paired?: boolean;
  /** Two companies named together are the clause's subject (「AとBが…締結」). */
  jointSubjects?: boolean;
  /** The clause names one partner and no subject (「Bとの関係は深まった」): B and the company the text goes on about, a pair 両社 may stand for. */
  impliedPair?: Party[];
  /** Parties named as subject/topic (Aは, Aが, Aの…; the first party of an English clause). */
  subjects: Party[];
  /** Japanese: the subjects marked as topics (は, も) in the first sentence of a paragraph, which carry over the paragraphs after it. */
  topics?: Party[];
  /** Japanese: the subjects marked as topics (は, も) anywhere, when some are — whom 同社 stands for before a が-subject (「AはBが出資する筆頭株主だ。同社は…」 = A). */
  marked?: Party[];
  /** Parties of the agreement stated by the clause, if any. */
  recordParties: Party[] | null;
  /** The parties of the clause's deals when they are several (one customer, two suppliers): who the clause's deals were between. */
  dealParties?: Party[];
  /** The type of that agreement. */
  recordType?: AgreementType | null;
}

export interface DocState {
  text: string;
  /** The text holds an astral character (ASTRAL): the `u` regexes then run as they are, not as their bmpVariant (pattern-facts.ts regexFor). */
  astral: boolean;
  vocab: AgreementVocabulary;
  atoms: Atom[];
  cues: CueHit[];
  signing: Hit[];
  dates: DateMention[];
  documentDate: string | null;
  /** Company whose own report or press release this is (弊社/当社/we). */
  reporting: Party | null;
  /** The company a Japanese news story leads with (findLeadSubject): the subject a paragraph opening without one goes on about. */
  lead?: Party | null;
  /** The subject of a Japanese story's first sentence (findFirstSubject): a weaker lead, after the paragraph topics. */
  firstSubject?: Party | null;
  /** Company the document is mostly about (fallback implicit subject). */
  dominant: Party | null;
  /** The two companies the document is about (findMainPair). */
  mainPair?: [Party, Party] | null;
  history: HistoryEntry[];
  /** The date of the last dated clause deal (what 同日 / the same day refer to). */
  lastDealDate?: DateValue;
  /** The parties of the last table row that named some (what a 同上 / ditto cell repeats). */
  lastRow?: { parties: Party[]; columns?: Party[][] };
  /** The latest signing-date candidate of the paragraph read so far. */
  paragraphDate?: { paragraph: number; date: DateMention };
  /** The last deal a clause reported: what "signed a similar deal" / 同様の契約 refers to. */
  lastDeal?: { cue: CueHit; end: number; lang: Lang };
  /** The company the last English funding round reported was for, and where its sentence ends. */
  lastRound?: { investee: Party; end: number };
}

/** How far back (characters) anaphora and implicit subjects may look. */
export const HISTORY_REACH = 1500;
export const HISTORY_ENTRIES = 6;

export function distinctParties(parties: Iterable<Party>): Party[] {
  // (a linear search: the lists are a few parties long, and a Set per call cost more)
  const out: Party[] = [];
  next: for (const p of parties) {
    for (const q of out) if (q.entityId === p.entityId) continue next;
    out.push(p);
  }
  return out;
}

/** Recent history entries, newest first, within reach of `pos` (same language when given). */
export function* recent(state: DocState, pos: number, lang: Lang | null): Generator<HistoryEntry> {
  let seen = 0;
  for (let i = state.history.length - 1; i >= 0 && seen < HISTORY_ENTRIES; i--) {
    const h = state.history[i]!;
    if (pos - h.end > HISTORY_REACH) return;
    if (lang && lang !== 'other' && h.lang !== 'other' && h.lang !== lang) continue;
    seen++;
    yield h;
  }
}

/**
 * Japanese: the company whose deal named `p` as its partner earlier in the paragraph (from
 * `paragraphStart`) and before the entry `h` where `p` is a subject with no deal of its own
 * (「Xは…Bと合意し…。Bは…も請け負っている。…契約を結び」): a partner that becomes a topic for a
 * side remark does not take over the subjectless clauses after it; they go on with X. Null otherwise.
 */
export function mainOfAside(state: DocState, p: Party, h: HistoryEntry, paragraphStart: number): Party | null {
  // (or a deal of its own told as a standing state: 「Bは米電池メーカーのCとも…供給契約を結んでいる」)
  if ((h.recordParties && !/[てで]いる。?\s*$/.test(state.text.slice(Math.max(0, h.end - 6), h.end))) || h.lang !== 'ja') return null;
  for (let i = state.history.lastIndexOf(h) - 1; i >= 0; i--) {
    const e = state.history[i]!;
    if (e.end < paragraphStart) return null;
    const deal = e.recordParties ?? e.dealParties;
    if (!deal || !deal.some((r) => r.entityId === p.entityId) || e.subjects.some((s) => s.entityId === p.entityId)) continue;
    const main = e.subjects.find((s) => s.company && s.entityId !== p.entityId);
    if (main) return main;
  }
  return null;
}

/**
 * Japanese: the company the paragraph opens with as its topic (は), when the entry `h`, later in
 * the paragraph, has only が-subjects of their own act (「アイオニティは…設立した合弁会社だ。現代自動車と
 * 起亜自動車が出資契約を結び…。充電器は…から調達している」: the paragraph goes on about its topic). Null otherwise.
 */
export function paragraphTopicBefore(state: DocState, h: HistoryEntry, paragraphStart: number, exclude: ReadonlySet<string>): Party | null {
  if (h.lang !== 'ja' || h.end < paragraphStart || (h.marked ?? []).length > 0) return null;
  const first = state.atoms[lowerBound(state.atoms, paragraphStart)];
  if (!first || first.kind !== 'company' || !first.party || first.start >= h.end || exclude.has(first.party.entityId)) return null;
  if (h.subjects.some((s) => s.entityId === first.party!.entityId)) return null;
  // (the topic the paragraph opens with, not one taken up after it: 「Aは…。Bは…。Cとは…を結んだ」 goes on with B)
  for (let i = state.history.lastIndexOf(h) - 1; i >= 0 && state.history[i]!.end > first.end; i--) {
    if ((state.history[i]!.marked ?? []).some((p) => p.company && p.entityId !== first.party!.entityId)) return null;
  }
  // (or what the paragraph is about for it: 「トクヤマにとっても副生水素の活用は長年のテーマだ。」)
  return PARAGRAPH_OPENING.test(state.text.slice(paragraphStart, first.start)) && /^(?:社)?(?:[（(][^）)\n]{0,40}[）)])?(?:は|にとって)/.test(state.text.slice(first.end, first.end + 48)) ? first.party : null;
}

/** What may stand before a paragraph's topic: a date or a short phrase and its comma, no sentence end. */
const PARAGRAPH_OPENING = /^[^。\n]{0,12}$/;

/**
 * 「Aは…を公開した。Bの技術者も訪れた。両社は…」: `need` companies named one or more a clause in the
 * paragraph's last clauses before `pos`, none of which told a deal (nearest last, returned in text
 * order; none when fewer). `own`: ids the group already counts.
 */
export function namesAcrossClauses(state: DocState, pos: number, lang: Lang, need: number, own: ReadonlySet<string>): Party[] {
  const gathered: Party[] = [];
  for (const h of recent(state, pos, lang)) {
    if (h.recordParties || state.text.slice(h.end, pos).includes('\n')) break;
    for (let i = h.named.length - 1; i >= 0; i--) {
      const p = h.named[i]!;
      if (p.company && !own.has(p.entityId) && !gathered.some((g) => g.entityId === p.entityId)) gathered.push(p);
    }
    if (gathered.length >= need) return gathered.slice(0, need).reverse();
  }
  return [];
}

/** The company named right before a relative clause ("Mitsubishi Chemical, which signed …"). */
export function antecedent(state: DocState, pos: number, exclude: ReadonlySet<string>): Party | null {
  const i = lowerBound(state.atoms, pos) - 1;
  const a = i >= 0 ? state.atoms[i] : undefined;
  if (!a || !/^[\s,]*$/.test(state.text.slice(a.end, pos))) return null;
  // ("for the Winnipeg-based company, which bought …": the one company the clause before resolved it to)
  if (a.kind === 'anaphor' && a.anaphor!.kind === 'single') {
    const h = state.history[state.history.length - 1];
    const p = h && h.end >= a.end ? h.named[h.named.length - 1] : undefined;
    return p && p.company && !exclude.has(p.entityId) ? p : null;
  }
  return a.kind === 'company' && a.party && !exclude.has(a.party.entityId) ? a.party : null;
}

/** The entry's deal was made by two or more companies named together as its subjects (「AとBが…締結」). */
export function coordinatedSubjects(h: HistoryEntry, exclude: ReadonlySet<string>): boolean {
  if (!h.jointSubjects || !h.recordParties) return false;
  const subjects = distinctParties(h.subjects.filter((p) => p.company && !exclude.has(p.entityId)));
  return subjects.length >= 2 && subjects.every((p) => h.recordParties!.some((q) => q.entityId === p.entityId));
}
