/**
 * A sentence cut into clauses: at clause breaks, clause openings and around inserted clauses
 * (markers.yaml); a piece that names nobody stays with the clause before it unless it signs a
 * deal of its own (zero anaphora follows).
 */
import type { Lang, NormRange } from '../../text/types.ts';
import { forEachMatch } from '../../text/regex.ts';
import { EN_GAPPED_DEAL } from './clause.ts';
import { regexFor } from './pattern-facts.ts';
import { lowerBound, within } from './scan.ts';
import type { DocState } from './state.ts';

/**
 * Split a sentence at clause breaks and around inserted clauses (markers.yaml). A piece that
 * names no party of its own stays with the clause before it (a shared subject: "AとBは提携し、
 * 共同開発する").
 */
export function splitClauses(state: DocState, start: number, end: number, lang: Lang): NormRange[] {
  const markers = lang === 'en' ? state.vocab.markers.en : state.vocab.markers.ja;
  const slice = state.text.slice(start, end);
  const cuts: number[] = [];
  /** Where an inserted clause ends: the piece after it does not join it. */
  const insertedEnds = new Set<number>();
  const collect = (re: RegExp | null, both: boolean) => {
    if (!re) return;
    forEachMatch(regexFor(re, state.astral), slice, (m) => {
      if (both) cuts.push(m.index + 1);
      cuts.push(m.index + m[0].length);
      if (both) insertedEnds.add(m.index + m[0].length);
    });
  };
  collect(markers.clauseBreaks, false);
  if (markers.clauseOpenings) {
    const m = regexFor(markers.clauseOpenings, state.astral).exec(slice);
    if (m) cuts.push(m.index + m[0].length);
  }
  collect(markers.insertedClauses, true);
  const inner = [...new Set(cuts)].filter((c) => c > 0 && c < slice.length).sort((a, b) => a - b);
  if (inner.length === 0) return [{ start, end }];
  const out: NormRange[] = [];
  let prev = 0;
  for (const c of [...inner, slice.length]) {
    const piece = { start: start + prev, end: start + c };
    prev = c;
    const named = namesParty(state, piece, lang);
    // 「Aと覚書を締結し、2022年に合弁会社を設立した」: a piece that signs a deal of its own is a
    // clause of its own (its parties are those of the deal before it: zero anaphora)
    // (", which supplies batteries to Tesla, is considering more capacity": the rest of the main
    // clause after an inserted one is a piece of its own, not part of the inserted clause)
    const afterInserted = insertedEnds.has(piece.start - start);
    if (out.length > 0 && !named && !afterInserted && !(lang !== 'en' ? signsOwnDeal(state, piece, out[out.length - 1]!) : gappedDeal(state, piece, out[out.length - 1]!) || signsSecondDeal(state, piece, out[out.length - 1]!) || secondDealByPronoun(state, piece, out[out.length - 1]!))) out[out.length - 1]!.end = piece.end;
    else out.push(piece);
  }
  return out;
}

/**
 * Does a piece name a party of its own? Not by a single anaphor (同社), nor by a new company
 * named by its kind, with its bracketed alias: that is the clause before's venture (「AとBが出資し、
 * …新会社「Gachaco（ガチャコ）」が発足した」).
 */
function namesParty(state: DocState, piece: NormRange, lang: Lang): boolean {
  let newCompanyEnd = -1;
  for (const a of within(state.atoms, piece.start, piece.end)) {
    if (a.kind === 'anaphor' && a.anaphor!.kind === 'single') continue;
    const before = state.text.slice(Math.max(piece.start, a.start - 8), a.start);
    // (the words markers.yaml `jv_company` lists before a venture's name, a quote between: 新会社「X」)
    const kind = before.replace(/[「『]$/, '');
    if (lang !== 'en' && (state.vocab.markers.ja.jvCompany.some((w) => kind.endsWith(w)) || (newCompanyEnd >= 0 && a.start === newCompanyEnd + 1 && /[（(]$/.test(before)))) {
      newCompanyEnd = a.end;
      continue;
    }
    return true;
  }
  return false;
}

function hasAny(items: readonly { start: number; end: number }[], start: number, end: number): boolean {
  const i = lowerBound(items, start);
  return i < items.length && items[i]!.start < end && items[i]!.end <= end;
}

/**
 * English: the piece is a second deal of the clause before, its verb left out ("signed an MOU in
 * April and a joint venture agreement in November": "a joint venture agreement in November").
 */
function gappedDeal(state: DocState, piece: NormRange, before: NormRange): boolean {
  return EN_GAPPED_DEAL.test(state.text.slice(piece.start, Math.min(piece.end, piece.start + 80))) && hasAny(state.cues, piece.start, piece.end) && hasAny(state.signing, before.start, before.end) && hasAny(state.cues, before.start, before.end);
}

/**
 * English: "agreed in 2018 on an offtake deal, and in 2021 formed a joint venture": after a clause
 * that signs a deal, a piece opened by "and" and a time that signs one of its own (its subject
 * is the clause's: zero anaphora follows).
 */
function signsSecondDeal(state: DocState, piece: NormRange, before: NormRange): boolean {
  const opening = state.text.slice(Math.max(before.start, piece.start - 8), Math.min(piece.end, piece.start + 40));
  return signsOwnDeal(state, piece, before) && ((EN_AND_THEN.test(opening) && hasAny(state.signing, before.start, before.end)) || (EN_AND_SIGNED.test(opening) && EN_LATER.test(state.text.slice(piece.start, piece.end))));
}
const EN_AND_THEN = /(?:,\s+|\s)and,?\s+(?:in|on|then|later|last|this|next|(?:a|one|two|three)\s+(?:years?|months?|weeks?)\s+later)\b/;
/** "invested in B in 2021 and signed a joint development agreement with it a year later": a piece opened by its own signing verb, later (after any deal). */
const EN_AND_SIGNED = /\sand,?\s+(?:also\s+)?(?:signed|struck|inked)\s+(?:a|an)\b/;
const EN_LATER = /\b(?:(?:a|an|one|two|three|four|five)\s+(?:years?|months?)\s+later|later\s+that\s+year|the\s+(?:following|next)\s+year)\b/;

/**
 * English: "already had an offtake agreement with A when it bought a stake in the company",
 * "signed a term sheet with A and turned it into a binding offtake contract": a piece whose
 * subject is a pronoun (or the deal before) and that holds a deal word of its own, after a clause
 * that states one: two deals.
 */
function secondDealByPronoun(state: DocState, piece: NormRange, before: NormRange): boolean {
  return EN_PRONOUN_DEAL_OPENING.test(state.text.slice(Math.max(before.start, piece.start - 12), Math.min(piece.end, piece.start + 40))) && hasAny(state.cues, piece.start, piece.end) && hasAny(state.cues, before.start, before.end);
}
/** Before a shareholding told in an aside (", which owns about 16% of the company,"): a state told in passing, no package with the sentence's deal. */
export const EN_HOLDING_ASIDE_BEFORE = /,\s+(?:which|who)\s+(?:now\s+|also\s+|already\s+|still\s+)?$/;
export const EN_PRONOUN_DEAL_OPENING = /\b(?:(?:after|when|because|though) (?:it|they|the company|the carmaker|the automaker|the group|both|the two) |and (?:later |then |subsequently |now )?(?:turned|converted|upgraded|expanded|extended|firmed up) (?:it|that|them|the )\b)/;

/**
 * The piece signs a deal of its own after a clause that states one (zero anaphora follows), or
 * tells one with a time of its own after a dated one (「24年7月には…契約を結び、25年2月には同社に…を出資した」:
 * separately dated steps).
 */
function signsOwnDeal(state: DocState, piece: NormRange, before: NormRange): boolean {
  if (!hasAny(state.cues, piece.start, piece.end) || !hasAny(state.cues, before.start, before.end)) return false;
  return hasAny(state.signing, piece.start, piece.end) || (hasAny(state.dates, piece.start, piece.end) && hasAny(state.dates, before.start, before.end));
}
