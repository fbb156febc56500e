/**
 * The reporting company (whose own report or press release the document is: 弊社, 当社, we)
 * and the dominant company (what the document is mostly about).
 *
 * Reporting company: a line near the top (the cover / title page) that is nothing but a
 * company name ("日産自動車株式会社", "Presented by X"). Failing that, when the document
 * speaks of itself (弊社/当社), the first company named as subject (Xは/Xが) in its opening.
 */
import type { Atom, Party } from './model.ts';

const COVER_LINES = 25;
const COVER_PREFIX = /^(?:presented by|prepared by|submitted by|company name|発表者|提出者|作成者?|報告者|発表|提出|(?:上場)?会\s*社\s*名|社\s*名|企\s*業\s*名)\s*[:：]?\s*/i;
const LEGAL_LEFTOVER = /^[\s:：・,.\-()（）]*(?:株式会社|有限会社|合同会社|\(株\)|Inc\.?|Co\.,?\s*Ltd\.?|Corp(?:oration)?\.?|Ltd\.?|LLC|plc|AG|GmbH|SE)?[\s:：・,.\-()（）]*$/i;
const OPENING = 400;
const SUBJECT_AFTER = /^(?:株式会社|\(株\)|社)?(?:\([^()\n]{0,60}\))?\s*(?:は|が)/;

function firstAtomIn(atoms: readonly Atom[], start: number, end: number): { atom: Atom; count: number } | null {
  let first: Atom | null = null;
  let count = 0;
  for (const a of atoms) {
    if (a.start >= end) break;
    if (a.end <= start) continue;
    if (a.kind !== 'company') return null;
    first ??= a;
    count++;
  }
  return first ? { atom: first, count } : null;
}

/** A line that is only a date ("2026年5月15日", "May 15, 2026"): typical of a cover page. */
const DATE_LINE = /^\s*(?:\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|(?:令和|平成)\s*\d{1,2}\s*年.*|\d{4}[-/.]\d{1,2}(?:[-/.]\d{1,2})?|[A-Z][a-z]+\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]+ \d{4})\s*$/;

export function findReportingCompany(text: string, atoms: readonly Atom[]): Party | null {
  const selfRefs = atoms.filter((a) => a.kind === 'anaphor' && a.anaphor!.kind === 'self');
  const speaksOfItself = selfRefs.some((a) => /^(?:弊|当|我|わが)/.test(text.slice(a.start, a.end)));
  // Cover lines: a company alone on a line, on a page that speaks of itself or next to a date line.
  const lines: { start: number; end: number }[] = [];
  for (let lineStart = 0; lineStart < text.length && lines.length < COVER_LINES; ) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    if (text.slice(lineStart, lineEnd).trim().length > 0) lines.push({ start: lineStart, end: lineEnd });
    lineStart = lineEnd + 1;
  }
  for (let i = 0; i < lines.length; i++) {
    const { start, end } = lines[i]!;
    const hit = firstAtomIn(atoms, start, end);
    if (!hit || hit.count !== 1) continue;
    const a = hit.atom;
    const before = text.slice(start, a.start).trim().replace(COVER_PREFIX, '');
    if (before.length > 0 || !LEGAL_LEFTOVER.test(text.slice(a.end, end))) continue;
    const nearDate = [i - 2, i - 1, i + 1, i + 2].some((j) => lines[j] && DATE_LINE.test(text.slice(lines[j]!.start, lines[j]!.end)));
    if (nearDate || selfRefs.length > 0) return a.party!;
  }
  // A press release: self-reference and a subject company in the opening.
  if (!speaksOfItself) return null;
  for (const a of atoms) {
    if (a.start > OPENING) break;
    if (a.kind === 'company' && SUBJECT_AFTER.test(text.slice(a.end, a.end + 70))) return a.party!;
  }
  return null;
}

/** How often each company is named, by entity. */
function mentionCounts(atoms: readonly Atom[]): Map<string, { party: Party; n: number }> {
  const counts = new Map<string, { party: Party; n: number }>();
  for (const a of atoms) {
    if (a.kind !== 'company' || !a.party) continue;
    const c = counts.get(a.party.entityId);
    if (c) c.n++;
    else counts.set(a.party.entityId, { party: a.party, n: 1 });
  }
  return counts;
}

/** The company named far more often than any other (≥ 3 mentions, ≥ 2× the runner-up). */
export function findDominantCompany(atoms: readonly Atom[]): Party | null {
  const counts = mentionCounts(atoms);
  let best: { party: Party; n: number } | null = null;
  let second = 0;
  for (const c of counts.values()) {
    if (!best || c.n > best.n) {
      second = best ? best.n : 0;
      best = c;
    } else if (c.n > second) second = c.n;
  }
  return best && best.n >= 3 && best.n >= 2 * second ? best.party : null;
}

/**
 * The two companies the document is about (両社 / the two companies opening a paragraph refer
 * to them): the two named most often, each ≥ 3 times, the second ≥ 1.5× the third.
 */
export function findMainPair(atoms: readonly Atom[]): [Party, Party] | null {
  const counts = mentionCounts(atoms);
  const ranked = [...counts.values()].sort((x, y) => y.n - x.n);
  const [a, b, c] = ranked;
  if (!a || !b || b.n < 3 || (c && b.n < 1.5 * c.n)) return null;
  return [a.party, b.party];
}

/** After a company name: the topic of a dated report (「は4日、」「は同日、」). */
const LEAD_AFTER = /^(?:株式会社|\(株\)|社)?(?:[（(][^()（）\n]{0,40}[)）])?は、?(?:(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日|(?:同日|本日|きょう))(?:[（(][^()（）\n]{0,12}[)）])?[、,に]/;

/**
 * The company a Japanese news story leads with: the first company in its opening that is the
 * topic of a dated report (「住友金属鉱山は4日、…と発表した」). A later paragraph that opens
 * without a subject (「全固体電池では、トヨタと…合意した」) goes on about it.
 */
export function findLeadSubject(text: string, atoms: readonly Atom[], opening = japaneseOpening(text)): Party | null {
  const lead = firstInOpening(atoms, opening, (a) => LEAD_AFTER.test(text.slice(a.end, a.end + 60)));
  if (!lead) return null;
  // 「トヨタ自動車とNTTは10月31日、…」: two topics lead together; the story is about the first named
  const i = atoms.findIndex((a) => a.party === lead);
  let first = i;
  // (past a name's bracketed former name: 「ニデック株式会社（旧日本電産）とルネサスは」)
  const gap = (j: number) => text.slice(atoms[j - 1]!.end, atoms[j]!.start);
  for (;;) {
    if (first > 0 && atoms[first - 1]!.kind === 'company' && /^(?:と|、)$/.test(gap(first))) first--;
    else if (first > 1 && atoms[first - 2]!.kind === 'company' && /^[)）]\s?(?:と|、)$/.test(gap(first)) && /^\s?[(（][^()（）]{0,10}$/.test(gap(first - 1))) first -= 2;
    else break;
  }
  return first < i ? (atoms[first]!.party ?? lead) : lead;
}

/**
 * The subject of a Japanese story's first sentence (「…CATLが、欧州での現地生産を急いでいる。」),
 * not of a headline (a line without 。): whom the story is about when no company leads it with a
 * dated report and no paragraph opens on a topic of its own.
 */
export function findFirstSubject(text: string, atoms: readonly Atom[], opening = japaneseOpening(text)): Party | null {
  return firstInOpening(atoms, opening, (a) => (LEAD_SUBJECT_AFTER.test(text.slice(a.end, a.end + 50)) || mainGaSubject(text, a.end)) && firstSentenceOfBody(text, a.start));
}

/**
 * 「トヨタ自動車が電気自動車向け電池の調達網を組み替えている。」: a が-subject (no comma) is the
 * sentence's own when no topic (は) and no second が follow it in the sentence (「Aが生産する電池は」
 * is a relative clause).
 */
function mainGaSubject(text: string, end: number): boolean {
  const stop = text.indexOf('。', end);
  const rest = text.slice(end, stop < 0 ? Math.min(text.length, end + 120) : stop);
  const m = GA_AFTER_NAME.exec(rest);
  return m !== null && !/[はが]/.test(rest.slice(m[0].length)) && !rest.includes('\n');
}
const GA_AFTER_NAME = /^(?:株式会社|\(株\)|社)?(?:[（(][^()（）\n]{0,40}[)）])?が(?!、)/;

/**
 * Where the Japanese text opens: the start of the line holding its first kana (in a bilingual
 * document, where its Japanese half starts), or -1 with none.
 */
export function japaneseOpening(text: string): number {
  const kana = text.search(/[\u3041-\u309f]/);
  return kana < 0 ? -1 : text.lastIndexOf('\n', kana) + 1;
}

/** The first company within OPENING characters from `from` (japaneseOpening) that `fits`. */
function firstInOpening(atoms: readonly Atom[], from: number, fits: (a: Atom) => boolean): Party | null {
  if (from < 0) return null;
  for (const a of atoms) {
    if (a.start < from) continue;
    if (a.start > from + OPENING) break;
    if (a.kind === 'company' && a.party && fits(a)) return a.party;
  }
  return null;
}

/** After a company name: the subject of its sentence (は, or が with a comma: a relative clause's が takes none). */
const LEAD_SUBJECT_AFTER = /^(?:株式会社|\(株\)|社)?(?:[（(][^()（）\n]{0,40}[)）])?(?:は|が、)/;

/** `pos` is in the first sentence of a line that ends a sentence (the body, not a headline). */
function firstSentenceOfBody(text: string, pos: number): boolean {
  const line = text.lastIndexOf('\n', pos - 1) + 1;
  if (text.slice(line, pos).includes('。')) return false;
  const end = text.indexOf('\n', pos);
  return text.slice(pos, end < 0 ? text.length : end).includes('。');
}

