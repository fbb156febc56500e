/**
 * One record per agreement per document (RECORDS.md §4): records with the same party set and
 * compatible type and date are one agreement told twice (the Japanese and the English half,
 * a table row and the prose about it). Compatible: same type or one of them generic
 * partnership; same date, or one date null, or one a coarser prefix of the other. A later,
 * different deal between the same parties (other type, other date) stays separate.
 */
import type { AgreementType, DateValue } from '../types.ts';
import type { NormRange } from '../../text/types.ts';
import type { RawAgreement } from './model.ts';
import type { AgreementVocabulary } from './vocabulary.ts';
import { dayNumber } from '../dates/calendar.ts';

function partyKey(r: RawAgreement): string {
  const ps = r.parties;
  // (two parties, nearly every record: the same key without an array to sort)
  if (ps.length === 2) {
    const a = ps[0]!.entityId;
    const b = ps[1]!.entityId;
    return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
  }
  return ps
    .map((p) => p.entityId)
    .sort()
    .join('\u0000');
}

/**
 * A generic partnership is another telling of a typed deal, unless it carries a date the
 * typed one lacks: "両社のEV協業は、2020年4月2日の合意にさかのぼる" is not the undated sale told later.
 */
function typesCompatible(a: RawAgreement, b: RawAgreement): boolean {
  if (a.type === b.type) return true;
  const [generic, typed] = a.type === 'partnership' ? [a, b] : b.type === 'partnership' ? [b, a] : [null, null];
  if (!generic || !typed) return false;
  return !(generic.date && !typed.date);
}

function datesCompatible(a: DateValue | null, b: DateValue | null): boolean {
  if (!a || !b) return true;
  const as = a.start ?? '';
  const bs = b.start ?? '';
  if (a.start === b.start && a.end === b.end) return true;
  return (as.length < bs.length ? bs.startsWith(as) : as.startsWith(bs)) && as.length !== bs.length;
}

function moreSpecific(a: DateValue | null, b: DateValue | null): DateValue | null {
  if (!a) return b;
  if (!b) return a;
  return (b.start ?? '').length > (a.start ?? '').length ? b : a;
}

/** Evidence lists made by mergeEvidence: sorted, none inside another (starts and ends rise). */
const MAXIMAL = new WeakSet<NormRange[]>();

/**
 * The ranges of a and b, sorted, without those inside another. A list it made before is
 * extended in place, range by range (a deal told in thousands of sentences of one long
 * document merged thousands of times: sorting the whole list again each time was quadratic).
 */
export function mergeEvidence(a: NormRange[], b: NormRange[]): NormRange[] {
  if (MAXIMAL.has(a)) {
    for (const r of b) insertMaximal(a, r);
    return a;
  }
  const out: NormRange[] = [];
  for (const r of [...a, ...b]) insertMaximal(out, r);
  MAXIMAL.add(out);
  return out;
}

/** Add r to a sorted list of ranges none of which holds another, keeping it so. */
function insertMaximal(list: NormRange[], r: NormRange): void {
  // the first range after r (by start, then end)
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const m = list[mid]!;
    if (m.start < r.start || (m.start === r.start && m.end <= r.end)) lo = mid + 1;
    else hi = mid;
  }
  // held by the range before it (of those starting no later, the one ending last), or by the
  // one after it starting at the same place (ending later)
  const before = list[lo - 1];
  if (before && before.end >= r.end) return;
  const after = list[lo];
  if (after && after.start === r.start) return;
  // r holds the range before it when that starts at the same place, and those after it that end no later
  let from = lo;
  if (before && before.start === r.start) from--;
  let to = lo;
  while (to < list.length && list[to]!.end <= r.end) to++;
  list.splice(from, to - from, { start: r.start, end: r.end });
}

/** Both dated to the same day: steps announced together, not separately dated steps. */
function sameDay(a: DateValue | null, b: DateValue | null): boolean {
  return !!a && !!b && a.granularity === 'day' && b.granularity === 'day' && a.start === b.start && a.end === b.end;
}

/** Equal dates of any granularity (both present); in one statement, an undated step joins the dated one. */
function sameDate(a: DateValue | null, b: DateValue | null): boolean {
  return !!a && !!b && a.start === b.start && a.end === b.end;
}

/** Days since 1970 of a "YYYY-MM-DD" date. */
function dayOf(iso: string): number {
  return dayNumber(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}

/** How many days before its release a press release's deal may have been signed and still be the deal it announces. */
const ANNOUNCED_WITHIN_DAYS = 14;

/**
 * A press release dated on its release day ("today announced", the headline) and the signing a
 * few days before it ("an agreement signed on July 17"): one deal. Returns the signing date, or
 * null when the two are not so.
 */
function signedBeforeRelease(a: DateValue | null, b: DateValue | null, documentDate: string | null): DateValue | null {
  if (!a || !b || !documentDate || a.granularity !== 'day' || b.granularity !== 'day' || !a.start || !b.start) return null;
  const [release, signed] = a.start === documentDate ? [a, b] : b.start === documentDate ? [b, a] : [null, null];
  if (!release || !signed || signed.start === documentDate) return null;
  const gap = dayOf(release.start!) - dayOf(signed.start!);
  return gap > 0 && gap <= ANNOUNCED_WITHIN_DAYS ? signed : null;
}

/** Told in the same sentence or table row (their evidence overlaps). */
function sameStatement(a: RawAgreement, b: RawAgreement): boolean {
  return a.evidence.some((x) => b.evidence.some((y) => x.start < y.end && y.start < x.end));
}

/** The signed instrument of a package (MOU, LOI) gives way to what the package is about. */
const INSTRUMENTS: ReadonlySet<AgreementType> = new Set(['mou', 'loi']);

export function mergeAgreements(records: readonly RawAgreement[], vocab: AgreementVocabulary, documentDate: string | null = null): RawAgreement[] {
  const out: RawAgreement[] = [];
  const byParties = new Map<string, RawAgreement[]>();
  const priority = (t: AgreementType) => vocab.types.get(t)!.priority;
  for (const r of records) {
    const key = partyKey(r);
    const same = byParties.get(key) ?? [];
    // Prefer an exact (type, date) match, then any compatible one.
    const target =
      same.find((x) => x.type === r.type && datesCompatible(x.date, r.date)) ??
      same.find((x) => typesCompatible(x, r) && datesCompatible(x.date, r.date)) ??
      // a package announced together (RECORDS.md §4: "a package announced together in one
      // statement is one record"): same parties, same day, another type — an investment and the
      // JV agreed "on the same day", a co-development contract and a memorandum signed 同日.
      // Its type: the first-stated deal's, unless that is only the instrument (MOU, LOI).
      // (not a relation told in passing: "sold its stake in the plant of X, its joint venture with B, to B")
      same.find((x) => sameDay(x.date, r.date) || (sameStatement(x, r) && !x.step && !r.step && x.background === r.background && (sameDate(x.date, r.date) || !x.date || !r.date))) ??
      same.find((x) => typesCompatible(x, r) && signedBeforeRelease(x.date, r.date, documentDate)) ??
      // (a generic telling of a typed deal in the same sentence, "cells for A will be made by B … under a
      // contract signed on Friday": one deal, whether the typed one is told in passing or not)
      // (not two dated steps told in one sentence: "a partnership in 2017, and in 2019 a joint venture contract")
      same.find((x) => x.type !== r.type && (x.type === 'partnership' || r.type === 'partnership') && sameStatement(x, r) && !x.step && !r.step && (!x.date || !r.date));
    if (target) {
      const signed = signedBeforeRelease(target.date, r.date, documentDate);
      if (signed) target.date = r.date = signed;
      if (priority(r.type) > priority(target.type) && target.type === 'partnership') target.type = r.type;
      else if (target.type !== r.type && INSTRUMENTS.has(target.type) && !INSTRUMENTS.has(r.type) && r.type !== 'partnership') target.type = r.type;
      target.date = moreSpecific(target.date, r.date);
      // roles told by one telling only (the other a bilateral wording)
      if (!target.parties.some((p) => p.role) && r.parties.some((p) => p.role)) target.parties = r.parties.map((p) => ({ ...p }));
      target.evidence = mergeEvidence(target.evidence, r.evidence);
      target.background = target.background && r.background;
      if (!target.rule.includes(r.rule)) target.rule = `${target.rule}+${r.rule}`;
      continue;
    }
    const copy: RawAgreement = { ...r, parties: r.parties.slice(), evidence: r.evidence.slice() };
    same.push(copy);
    byParties.set(key, same);
    out.push(copy);
  }
  return out;
}
