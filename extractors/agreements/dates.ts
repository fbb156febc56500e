/**
 * Date of an agreement stated in a clause (RECORDS.md §4: the announcement/signing date).
 *
 * Policy: among the clause's date mentions, keep points (start == end) that are not targets
 * or references — not followed by まで/までに/を目指/予定/付 …, not preceded by by/until/
 * before —, not later than the document date (a later date is a plan, not a signing; a
 * day-precise date may be up to a month later: year-less news dates), and
 * take the one nearest to a signing verb or cue of the clause (ties: the earlier one).
 * None → null.
 */
import type { DateMention, DateValue } from '../types.ts';
import { lowerBound } from './scan.ts';

const TARGET_AFTER = /^(?:まで|までに|迄|を目指|を目標|を目途|をめど|目途|めど|の予定|予定|を予定|付|以降|から|頃まで|中に|内に)/;
const TARGET_BEFORE = /\b(?:by|until|till|through|before|ahead of|no later than|due in|due by)\s+(?:the\s+)?(?:end\s+of\s+|early\s+|mid-?\s*|late\s+)?$/i;
const ISO = /^(\d{4}|XXXX)(?:-(\d{2}))?(?:-(\d{2}))?$/;

/** Days after the document date within which a day-precise date still counts (news datelines). */
const DAY_TOLERANCE = 31;

function isLaterThan(value: DateValue, documentDate: string | null): boolean {
  if (!documentDate || !value.start) return false;
  const m = ISO.exec(value.start);
  const yearOnly = /^(?:FY)?(\d{4})/.exec(value.start);
  if (!m) return yearOnly ? yearOnly[1]! > documentDate.slice(0, 4) : false;
  if (m[1] === 'XXXX') return false;
  if (m[3] && /^\d{4}-\d{2}-\d{2}$/.test(documentDate)) {
    const days = (Date.parse(value.start) - Date.parse(documentDate)) / 86_400_000;
    return days > DAY_TOLERANCE;
  }
  const prefix = documentDate.slice(0, value.start.length);
  return value.start.length <= documentDate.length && value.start > prefix;
}

export function isSigningDateCandidate(text: string, d: DateMention, clauseStart: number, documentDate: string | null): boolean {
  const v = d.value;
  if (!v || !v.start || !v.end || v.start !== v.end) return false;
  if (v.granularity === 'century') return false;
  if (TARGET_AFTER.test(text.slice(d.end, d.end + 6).replace(/^\s+/, ''))) return false;
  if (TARGET_BEFORE.test(text.slice(Math.max(clauseStart, d.start - 30), d.start))) return false;
  // "the recycler founded in 2017": a company's founding, not the deal's date
  if (/\bfounded\s+(?:in\s+)?$/i.test(text.slice(Math.max(clauseStart, d.start - 15), d.start))) return false;
  return !isLaterThan(v, documentDate);
}

/**
 * The signing date of the clause [start, end): the candidate nearest to one of `anchors`
 * (positions of signing verbs and cues). `skip` rejects mentions (e.g. a table row's own
 * date when looking for a different one).
 */
export function chooseDate(
  text: string,
  dates: readonly DateMention[],
  start: number,
  end: number,
  anchors: readonly number[],
  documentDate: string | null,
  skip?: (d: DateMention) => boolean,
): DateMention | null {
  let best: DateMention | null = null;
  let bestDist = Infinity;
  for (let i = lowerBound(dates, start); i < dates.length && dates[i]!.start < end; i++) {
    const d = dates[i]!;
    if (d.end > end || (skip && skip(d))) continue;
    if (!isSigningDateCandidate(text, d, start, documentDate)) continue;
    let dist = Infinity;
    for (const a of anchors) dist = Math.min(dist, Math.abs(a - d.start));
    if (anchors.length === 0) dist = d.start - start;
    if (dist < bestDist) {
      best = d;
      bestDist = dist;
    }
  }
  return best;
}

export function copyDate(v: DateValue | null): DateValue | null {
  if (!v) return null;
  const out: DateValue = { start: v.start, end: v.end, granularity: v.granularity };
  if (v.mod) out.mod = v.mod;
  return out;
}

export function sameDate(a: DateValue | null, b: DateValue | null): boolean {
  if (!a || !b) return a === b;
  return a.start === b.start && a.end === b.end;
}
