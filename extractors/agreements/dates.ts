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
import { DATELINE_AFTER, DATELINE_BEFORE } from './dateline.ts';

// (and a company's founding: 「1977年創業のヤゲオ」 — not 設立, which dates a joint venture's start)
// (and a launch or output planned for it: 「27年に投入する次世代EV向けの…を受注」)
const TARGET_AFTER = /^(?:まで|までに|迄|を目指|を目標|を目途|をめど|目途|めど|の予定|予定|を予定|付|以降|から|頃まで|中に|内に|創業|創立|に(?:投入|発売|量産|稼働|生産開始)(?:する|予定))/;
// (and the start of what was agreed: "supply of cathode materials from 2020", "starting in 2026")
const TARGET_BEFORE = /\b(?:by|until|till|through|before|ahead of|no later than|due in|due by|from|starting(?:\s+in)?|beginning(?:\s+in)?)\s+(?:the\s+)?(?:end\s+of\s+|early\s+|mid-?\s*|late\s+)?$/i;
const ISO = /^(\d{4}|XXXX)(?:-(\d{2}))?(?:-(\d{2}))?$/;
const PART = /^(\d{4})-(?:Q([1-4])|H([12]))$/;

/** Days after the document date within which a day-precise date still counts (news datelines). */
const DAY_TOLERANCE = 31;

function isLaterThan(value: DateValue, documentDate: string | null): boolean {
  if (!documentDate || !value.start) return false;
  const m = ISO.exec(value.start);
  // a quarter or half starting after the document's month ("shipments from the third quarter of 2023")
  const part = PART.exec(value.start);
  if (part) {
    const firstMonth = part[2] ? 3 * Number(part[2]) - 2 : 6 * Number(part[3]) - 5;
    return `${part[1]}-${String(firstMonth).padStart(2, '0')}` > documentDate.slice(0, 7);
  }
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
  let dateline: DateMention | null = null;
  let completion: DateMention | null = null;
  for (let i = lowerBound(dates, start); i < dates.length && dates[i]!.start < end; i++) {
    const d = dates[i]!;
    if (d.end > end || (skip && skip(d))) continue;
    if (!isSigningDateCandidate(text, d, start, documentDate)) continue;
    // ("a deal announced on May 9 and completed on July 1": the announcement's date, the
    // closing's only when the clause has no other)
    if (isCompletionDate(text, d, start)) {
      completion ??= d;
      continue;
    }
    // ("GENEVA, June 8, 2023 — A has agreed …, the two companies said on Wednesday": the story's
    // date, the deal's only when the clause has no other)
    if (isDateline(text, d)) {
      dateline ??= d;
      continue;
    }
    let dist = Infinity;
    for (const a of anchors) dist = Math.min(dist, Math.abs(a - d.start));
    if (anchors.length === 0) dist = d.start - start;
    if (dist < bestDist) {
      best = d;
      bestDist = dist;
    }
  }
  return best ?? completion ?? dateline;
}

/** Words that make a date a deal's completion ("completed on", "closed 2021-07-01", 「…に完了」), not its signing. */
const COMPLETION_BEFORE = /\b(?:completed|complete|completes|completing|completion|closed|closes|closing|consummated|finali[sz]ed)(?:\s+(?:of\s+)?(?:the|its|their)\s+(?:deal|transaction|acquisition|purchase|merger|sale))?(?:\s+(?:is\s+|was\s+)?(?:expected|scheduled|due|planned|slated|set|aimed\s+at|targeted))?\s+(?:(?:on|in|for|at|by)\s+)?(?:(?:early|mid-?|late)\s*)?$/i;
const COMPLETION_AFTER = /^(?:に|付けで|付で)?(?:[^、。]{0,12}?)(?:完了|クロージング)/;

/** Is `d` the date a deal was completed or closed (not the one it was announced or signed)? */
export function isCompletionDate(text: string, d: { start: number; end: number }, clauseStart: number): boolean {
  return COMPLETION_BEFORE.test(text.slice(Math.max(clauseStart, d.start - 40), d.start)) || COMPLETION_AFTER.test(text.slice(d.end, d.end + 20));
}

/** A news dateline's date: "GENEVA, June 8, 2023 — …", "TOKYO, Jan. 5 (Reuters) -", at a line's start. */

function isDateline(text: string, d: DateMention): boolean {
  return DATELINE_AFTER.test(text.slice(d.end, d.end + 24)) && DATELINE_BEFORE.test(text.slice(Math.max(0, d.start - 60), d.start));
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

/**
 * "…today announced that it has signed a subscription agreement and | a binding offtake agreement
 * with B": a clause split off after "and" that opens with a deal's article shares the verb of the
 * clause before it, and so its signing date (the candidate nearest that clause's signing verbs).
 */
export function sharedVerbDate(text: string, dates: readonly DateMention[], signing: readonly { start: number }[], prev: { start: number; end: number } | null, clause: { start: number; end: number }, documentDate: string | null): DateValue | null {
  if (!prev || !/\band\s+$/.test(text.slice(Math.max(prev.start, clause.start - 6), clause.start)) || !/^(?:a|an|another)\s/i.test(text.slice(clause.start, clause.start + 8))) return null;
  const anchors = signing.filter((h) => h.start >= prev.start && h.start < prev.end).map((h) => h.start);
  return anchors.length > 0 ? (chooseDate(text, dates, prev.start, prev.end, anchors, documentDate)?.value ?? null) : null;
}

