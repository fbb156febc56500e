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

function partyKey(r: RawAgreement): string {
  return r.parties.map((p) => p.entityId).sort().join('\u0000');
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

function mergeEvidence(a: NormRange[], b: NormRange[]): NormRange[] {
  const all = [...a, ...b].sort((x, y) => x.start - y.start || x.end - y.end);
  const out: NormRange[] = [];
  for (const r of all) {
    const last = out[out.length - 1];
    if (last && r.start >= last.start && r.end <= last.end) continue;
    if (last && last.start >= r.start && last.end <= r.end) {
      out[out.length - 1] = r;
      continue;
    }
    out.push({ start: r.start, end: r.end });
  }
  return out;
}

/** Both dated to the same day: steps announced together, not separately dated steps. */
function sameDay(a: DateValue | null, b: DateValue | null): boolean {
  return !!a && !!b && a.granularity === 'day' && b.granularity === 'day' && a.start === b.start && a.end === b.end;
}

/** Equal dates of any granularity (both present); in one statement, an undated step joins the dated one. */
function sameDate(a: DateValue | null, b: DateValue | null): boolean {
  return !!a && !!b && a.start === b.start && a.end === b.end;
}

/** Told in the same sentence or table row (their evidence overlaps). */
function sameStatement(a: RawAgreement, b: RawAgreement): boolean {
  return a.evidence.some((x) => b.evidence.some((y) => x.start < y.end && y.start < x.end));
}

/** The signed instrument of a package (MOU, LOI) gives way to what the package is about. */
const INSTRUMENTS: ReadonlySet<AgreementType> = new Set(['mou', 'loi']);

export function mergeAgreements(records: readonly RawAgreement[], vocab: AgreementVocabulary): RawAgreement[] {
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
      same.find((x) => sameDay(x.date, r.date) || (sameStatement(x, r) && (sameDate(x.date, r.date) || !x.date || !r.date)));
    if (target) {
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
