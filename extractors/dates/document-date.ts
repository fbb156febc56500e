/**
 * The document date (publication date) that anchors year-less and relative dates:
 * 1. ctx.metadataDate (HTML <meta>, front matter, the suite's reference date);
 * 2. a dateline near the top: a line that is only a date, perhaps with a label and a time
 *    ("2025年12月4日", "Published: March 5, 2026 10:00 JST", "【2025年12月4日】");
 * 3. a header date: a day date opening one of the first lines ("2025年12月4日 ジェトロ",
 *    "TOKYO, March 5, 2026 — …");
 * 4. else the first full date (day granularity) in the first lines.
 */
import type { DocContext, DocumentDate } from '../types.ts';
import type { Candidate } from './model.ts';
import { createDateFinder, findCandidates, type DateFinder } from './find.ts';
import { grammarFor } from './vocabulary.ts';
import { formatPoint } from './value.ts';
import { lineIndexOf } from '../../text/line-index.ts';

/** How many non-empty lines count as "the top of the document". */
export const HEAD_LINES = 15;
/** …and at most this many characters: each head date looks at its whole line, and a document of one long line would make that quadratic. */
export const HEAD_CHARS = 10_000;
/** How many non-empty lines may precede a header date (title, subtitle …). */
const HEADER_LINES = 5;

const LEAD = /^[\s#>*_•|【\[(「『-]*/;
const LABEL =
  /^(?:(?:last\s+)?(?:published|posted|updated|modified)(?:\s+on)?|date[d]?|release\s+date|公開日|掲載日|更新日|最終更新日|発表日|発行日|作成日|日付|配信日|投稿日|公開|更新|掲載|配信|発表)\s*[:：]?\s*/i;
const TRAILER =
  /^\s*(?:\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:\(?[A-Z]{2,4}\)?)?)?\s*(?:更新|公開|発表|配信)?\s*[\])】」』*|]*\s*$/i;
/** After a labelled date: a full stop, a separator or the end of an emphasis, then anything. */
const LABELLED_TRAILER = /^[*_]*\s*(?:[.,;·|–—]\s|[*_]*\s*$)/;
/** A list item's bullet opening the line. */
const LIST_ITEM = /^\s*(?:[-*•・]|\d+[.)])\s/;
// ("TOKYO, ", "STAFFORD, Texas, ": a press release's city and state)
const CITY = /^[A-Z][A-Za-z.' -]{1,30},\s*(?:[A-Z][A-Za-z.' ]{1,30},\s*)?/;

/** A candidate that is a complete calendar day (year, month and day, nothing relative). */
function isFullDay(c: Candidate): boolean {
  const p = c.from;
  return (
    p.kind === 'day' &&
    p.year !== undefined &&
    p.month !== undefined &&
    p.day !== undefined &&
    p.rel === undefined &&
    p.sameYear !== true &&
    c.open === undefined
  );
}

/** End offset of the first `n` non-empty lines. */
function headEnd(text: string, n: number): number {
  let lines = 0;
  let pos = 0;
  while (pos < text.length && lines < n) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    if (text.slice(pos, nl).trim()) lines++;
    pos = nl + 1;
  }
  return Math.min(pos, text.length);
}

function lineBounds(text: string, pos: number): { start: number; end: number } {
  const lines = lineIndexOf(text);
  return { start: lines.startOf(pos), end: lines.endOf(pos) };
}

/** Non-empty lines before `pos` (the title and other header lines). */
function linesBefore(text: string, pos: number): number {
  let n = 0;
  let i = 0;
  while (i < pos) {
    let nl = text.indexOf('\n', i);
    if (nl < 0 || nl >= pos) break;
    if (text.slice(i, nl).trim()) n++;
    i = nl + 1;
  }
  return n;
}

function make(c: Candidate, source: DocumentDate['source']): DocumentDate {
  return { value: formatPoint(c.from, 'start'), range: { start: c.start, end: c.end }, source };
}

/**
 * The document date from the metadata date or from the candidates found at the top of the text.
 * `cands` are the text's candidates (sorted, not yet anchored).
 */
export function documentDateFrom(
  text: string,
  cands: readonly Candidate[],
  metadataDate: string | null,
  finder?: DateFinder,
): DocumentDate | null {
  const meta = normaliseMetadataDate(metadataDate, finder);
  if (meta) return { value: meta, range: null, source: 'metadata' };
  const limit = Math.min(headEnd(text, HEAD_LINES), HEAD_CHARS);
  const head = cands.filter((c) => c.start < limit && isFullDay(c));
  for (const c of head) {
    const line = lineBounds(text, c.start);
    const prefix = text.slice(line.start, c.start);
    const lead = LEAD.exec(prefix)![0].length;
    const rest = prefix.slice(lead);
    const labelled = rest === '' || LABEL.exec(rest)?.[0].length === rest.length;
    // (a label makes it a dateline with more after it: "_Last updated: 2025-10-20. Compiled from …_")
    const after = text.slice(c.end, line.end);
    if (labelled && (TRAILER.test(after) || (rest !== '' && LABELLED_TRAILER.test(after)))) return make(c, 'dateline');
  }
  for (const c of head) {
    const line = lineBounds(text, c.start);
    if (linesBefore(text, line.start) >= HEADER_LINES) break;
    const prefix = text.slice(line.start, c.start);
    if (LIST_ITEM.test(prefix)) continue; // "- **2021-07-29** — …": a timeline's entry, not the page's date
    const rest = prefix.slice(LEAD.exec(prefix)![0].length);
    const label = LABEL.exec(rest);
    const afterLabel = label ? rest.slice(label[0].length) : rest;
    if (afterLabel === '' || CITY.exec(afterLabel)?.[0].length === afterLabel.length) return make(c, 'header');
  }
  return head.length > 0 ? make(head[0]!, 'first_date') : null;
}

/** "2025-12-04", "2025-12-04T10:00:00+09:00", "2025/12/4", "December 4, 2025" → "2025-12-04". */
export function normaliseMetadataDate(value: string | null | undefined, finder?: DateFinder): string | null {
  if (!value) return null;
  const s = value.normalize('NFKC').trim();
  const iso = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?=$|[T\s])/.exec(s);
  if (iso) {
    const pad = (x: string) => x.padStart(2, '0');
    return iso[3] ? `${iso[1]}-${pad(iso[2]!)}-${pad(iso[3])}` : iso[2] ? `${iso[1]}-${pad(iso[2])}` : iso[1]!;
  }
  const f = finder ?? defaultFinder();
  const c = findCandidates(f, s).find(isFullDay);
  if (c) return formatPoint(c.from, 'start');
  const t = Date.parse(s);
  if (!Number.isNaN(t)) return new Date(t).toISOString().slice(0, 10);
  return null;
}

let finderCache: DateFinder | null = null;
function defaultFinder(): DateFinder {
  finderCache ??= createDateFinder(grammarFor());
  return finderCache;
}

/** The document date of a context (see the module comment for the order of sources). */
export function findDocumentDate(ctx: DocContext, finder: DateFinder = defaultFinder()): DocumentDate | null {
  const text = ctx.norm.text;
  const limit = Math.min(headEnd(text, HEAD_LINES), HEAD_CHARS);
  const cands = ctx.metadataDate ? [] : findCandidates(finder, text.slice(0, limit));
  return documentDateFrom(text, cands, ctx.metadataDate, finder);
}
