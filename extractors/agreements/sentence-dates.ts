/**
 * Dates a sentence states for its deals by where they stand: the date that opens a list or
 * timeline line, and the date right after a Japanese sentence's topic (document.ts).
 */
import type { DateValue } from '../types.ts';
import type { NormRange } from '../../text/types.ts';
import { lineStartOf } from '../../text/line-index.ts';
import { isSigningDateCandidate } from './dates.ts';
import { lowerBound } from './scan.ts';
import type { DocState } from './state.ts';

/** The date that opens a list line (after its bullet and emphasis, before a dash or colon), or null. */
export function entryDate(state: DocState, sentence: NormRange): DateValue | null {
  const start = lineStartOf(state.text, sentence.start);
  const i = lowerBound(state.dates, start);
  const d = state.dates[i];
  if (!d || d.start > sentence.start + 24 || !ENTRY_LEAD.test(state.text.slice(start, d.start))) return null;
  const after = state.text.slice(d.end, d.end + 6);
  if (/[-*•・◆■●]/.test(state.text.slice(start, d.start))) return ENTRY_AFTER.test(after) ? d.value : null;
  // a line that opens with its date: a tab, a dash or a colon after it, or a space after a
  // Japanese one (「2021年3月　億華通と…の契約（同年6月設立）」; not "March 2021 was …")
  return ENTRY_AFTER_BARE.test(after) || (/[年月日]$/.test(state.text.slice(d.start, d.end)) && /^ /.test(after)) ? d.value : null;
}
const ENTRY_LEAD = /^[ \t]*(?:[-*•・◆■●][ \t]*[*_]*)?$/;
const ENTRY_AFTER_BARE = /^(?:\t|[ \t]*[—–:：])/;
const ENTRY_AFTER = /^[*_]*[ \t\u3000]*(?:[—–:：-]|[ \t\u3000])/;

/** The date right after the sentence's topic, 「Xは2023年2月13日、」 (a signing-date candidate), or null. */
export function leadDate(state: DocState, sentence: NormRange): DateValue | null {
  for (let i = lowerBound(state.dates, sentence.start); i < state.dates.length && state.dates[i]!.start < sentence.start + LEAD_REACH; i++) {
    const d = state.dates[i]!;
    if (!JA_TOPIC_BEFORE.test(state.text.slice(sentence.start, d.start)) || !JA_LEAD_DATE_AFTER.test(state.text.slice(d.end, d.end + 3))) continue;
    return isSigningDateCandidate(state.text, d, sentence.start, state.documentDate) ? d.value : null;
  }
  return null;
}
const LEAD_REACH = 60;
const JA_TOPIC_BEFORE = /^[^、。「」]{1,40}?は、?$/;
const JA_LEAD_DATE_AFTER = /^(?:、|に、|には)/;
