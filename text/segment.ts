/**
 * Stage "segment": paragraphs, sentences, list items, headings and table rows, with a
 * language per segment (documents often mix Japanese and English halves).
 *
 * Works on the normalised text. Tables are recognised in three shapes:
 *  - tab-separated: two or more consecutive lines with tabs (the first is the header);
 *  - pipe tables pasted into plain text ("| Date | Company | Partner |", then a "|---|---|" rule
 *    line or more rows): the first line is the header, rule lines are skipped (a .md file's
 *    tables reach here as tabs: pipeline/stages/reduce-markdown.ts);
 *  - captioned/space-separated: a header line beginning "No." (or "No " / "番号") followed by
 *    rows that begin with a row id such as "1-1", "2", "3." — lines that do not begin with a
 *    row id are continuation lines of the previous row (cells that wrap), until a blank line
 *    or a source/note line (出所, 出典, 注, Source, Note).
 */
import { forEachMatch } from './regex.ts';
import type { Lang, NormRange, Segment, SegmentKind, TableInfo } from './types.ts';

interface Line extends NormRange {
  text: string;
}

const ROW_ID = /^(?:\d{1,3}(?:[-.]\d{1,3})?\.?|[A-Z]-?\d{1,3})(?=\s)/;
const TABLE_HEADER = /^(?:No\.?|番号|#)\s+\S/;
const TABLE_END = /^(?:出所|出典|注\s*\d*[:：]?|Source|Note|\(?注\)?)/;
/** A row of a pipe table: opens with a bar and has at least two more. */
const PIPE_ROW = /^\s*\|(?:[^|\n]*\|){2,}/;
/** The rule line under a pipe table's header: |---|:---:| (also what the Markdown reducer drops). */
export const PIPE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;
const BULLET = /^\s*(?:[-*•・✓◆■●○◇□▶►]|\(\d{1,2}\)|\d{1,2}[.)]\s|[①-⑳])/;

const EN_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'inc', 'co', 'corp', 'ltd', 'llc', 'plc', 'jr', 'sr', 'st', 'no', 'vs', 'etc',
  'e.g', 'i.e', 'u.s', 'u.k', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'approx', 'fig', 'dept', 'est', 'gov', 'mt', 'ft', 'bn', 'mn',
  // legal forms written with a period before the rest of a name ("Lee Chang Yung Group International Pte. Ltd.")
  'pte', 'pty', 'bhd', 'sdn', 'tbk',
  // and the abbreviated words of company names ("Warner Bros. Discovery", "Fred. Olsen Express", "Wm. Morrison")
  'bros', 'fred', 'wm',
]);

/** Legal forms among the abbreviations: after one, a sentence's opening word starts a new sentence. */
const LEGAL_FORM_ABBREVIATIONS = new Set(['inc', 'co', 'corp', 'ltd', 'llc', 'plc', 'pte', 'pty', 'bhd', 'bros']);
/** Words that open a sentence and never continue a company's name. */
const SENTENCE_OPENER = /^(?:On|In|The|A|An|It|Its|They|Their|He|She|We|But|And|At|For|From|This|That|These|Those|After|Before|Since|Under|With|Meanwhile|However|Separately|Earlier|Last|Next)\b/;

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 10) {
      let end = i;
      if (end > start && text.charCodeAt(end - 1) === 13) end--;
      lines.push({ start, end, text: text.slice(start, end) });
      start = i + 1;
    }
  }
  return lines;
}

/**
 * Language of a stretch of text from its script mix: any kana makes it Japanese; so do kanji,
 * unless Latin letters outnumber them four to one (an English sentence that gives a Chinese
 * company's name in brackets, "EVE Energy (億緯鋰能)", stays English).
 */
export function detectLang(text: string, start = 0, end = text.length): Lang {
  let han = 0;
  let latin = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x3040 && c <= 0x30ff) return 'ja'; // kana
    if (c >= 0x4e00 && c <= 0x9fff) han++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
  }
  if (han > 0 && han * 4 >= latin) return 'ja';
  if (latin > 0) return 'en';
  return 'other';
}

function splitCells(text: string, offset: number): NormRange[] {
  const cells: NormRange[] = [];
  const sep = text.includes('\t') ? /\t+/g : / +/g;
  let depth = 0;
  let cellStart = 0;
  const push = (s: number, e: number) => {
    // trim spaces
    while (s < e && text.charCodeAt(s) === 32) s++;
    while (e > s && text.charCodeAt(e - 1) === 32) e--;
    if (e > s) cells.push({ start: offset + s, end: offset + e });
  };
  if (sep.source === '\\t+') {
    forEachMatch(sep, text, (m) => {
      push(cellStart, m.index);
      cellStart = m.index + m[0].length;
    });
    push(cellStart, text.length);
    return cells;
  }
  // Space-separated: do not split inside brackets.
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '(' || ch === '[' || ch === '「' || ch === '〔' || ch === '【' || ch === '『') depth++;
    else if ((ch === ')' || ch === ']' || ch === '」' || ch === '〕' || ch === '】' || ch === '』') && depth > 0) depth--;
    else if (ch === ' ' && depth === 0) {
      push(cellStart, i);
      cellStart = i + 1;
    }
  }
  push(cellStart, text.length);
  return cells;
}

function isBlank(line: Line): boolean {
  return line.text.trim().length === 0;
}

/** Split a stretch of prose into sentences (UTF-16 ranges of the normalised text). */
/** A Japanese character (or closing bracket) before a period that ends a Japanese sentence. */
const JA_BEFORE_PERIOD = /[\u3040-\u30ff\u3400-\u9fff々」』]/;

/** A ")" follows `i` on its line within a short aside (an unclosed bracket never swallows the paragraph). */
function closesSoon(s: string, i: number): boolean {
  for (let k = i + 1; k < s.length && k <= i + ASIDE_REACH; k++) {
    const c = s.charCodeAt(k);
    if (c === 0x29) return true;
    if (c === 0x0a || c === 0x28) return false;
  }
  return false;
}
const ASIDE_REACH = 60;

export function splitSentences(text: string, start: number, end: number): NormRange[] {
  const out: NormRange[] = [];
  const s = text.slice(start, end);
  let last = 0;
  const push = (a: number, b: number) => {
    while (a < b && /\s/.test(s[a]!)) a++;
    while (b > a && /\s/.test(s[b - 1]!)) b--;
    if (b > a) out.push({ start: start + a, end: start + b });
  };
  // (units compared as numbers: s[i] makes a string of each Japanese character)
  let parens = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x28) parens++;
    else if (c === 0x29 && parens > 0) parens--;
    if (c === 0x3002 && parens > 0 && closesSoon(s, i)) {
      // 。 inside a bracketed aside (「（以下「テックス社」といいます。）との間で…」): the sentence goes on
      continue;
    }
    if (c === 0x3002 || c === 0xff01 || c === 0xff1f) {
      // 。！？ and the closing brackets after them
      let j = i + 1;
      while (j < s.length && /[」』)]/.test(s[j]!)) j++;
      push(last, j);
      last = j;
      i = j - 1;
    } else if (c === 0x2e && i > 0 && JA_BEFORE_PERIOD.test(s[i - 1]!) && !(i + 1 < s.length && /[0-9A-Za-z]/.test(s[i + 1]!))) {
      // ． (a full-width period, "." after NFKC) ending a Japanese sentence: 「提携した．日産は…」
      push(last, i + 1);
      last = i + 1;
    } else if ((c === 0x2e || c === 0x21 || c === 0x3f) && i + 1 < s.length && s.charCodeAt(i + 1) === 0x20) {
      const ch = s[i]!;
      // English boundary (. ! ? and a space): next non-space starts with capital, quote or
      // digit, or with Japanese (a bilingual paragraph: "… from Rivian. 古河電池は…")
      let j = i + 1;
      while (j < s.length && s[j] === ' ') j++;
      const next = s[j];
      if (!next) continue;
      if (!/[A-Z"“'‘(0-9]/.test(next)) {
        // Japanese after an English sentence of two words or more (not a list number: "1. 新拠点")
        if (!/[\u3040-\u30ff\u3400-\u9fff\uff08「『【]/.test(next) || !/[A-Za-z]+\s+[A-Za-z]+/.test(s.slice(last, i))) continue;
      }
      if (ch === '.') {
        const wordMatch = /([A-Za-z.]+)$/.exec(s.slice(Math.max(last, i - 12), i));
        const word = wordMatch ? wordMatch[1]!.toLowerCase() : '';
        // (a legal form ends the sentence when a sentence's opening word follows: "… SML Isuzu Ltd. On Oct. 1, …")
        const opensSentence = LEGAL_FORM_ABBREVIATIONS.has(word) && SENTENCE_OPENER.test(s.slice(j, j + 12));
        if (!opensSentence && (EN_ABBREVIATIONS.has(word) || /^[a-z]$/.test(word) || /^([a-z]\.)+[a-z]$/.test(word))) continue;
      }
      push(last, i + 1);
      last = i + 1;
    }
  }
  push(last, s.length);
  return out;
}

interface Builder {
  segments: Segment[];
  paragraph: number;
}

function addSegment(b: Builder, text: string, range: NormRange, kind: SegmentKind, table?: TableInfo): void {
  b.segments.push({
    index: b.segments.length,
    kind,
    paragraph: b.paragraph,
    lang: detectLang(text, range.start, range.end),
    start: range.start,
    end: range.end,
    ...(table ? { table } : {}),
  });
}

function lineKind(line: Line): SegmentKind {
  if (BULLET.test(line.text)) return 'list_item';
  const t = line.text.trim();
  if (t.length <= 40 && !/[。.!?！？]$/.test(t) && !/[、,]/.test(t)) return 'heading';
  return 'sentence';
}

export function segment(text: string): Segment[] {
  const lines = splitLines(text);
  const b: Builder = { segments: [], paragraph: 0 };
  let tableCount = 0;
  let i = 0;
  let inParagraph = false;
  while (i < lines.length) {
    const line = lines[i]!;
    if (isBlank(line)) {
      if (inParagraph) b.paragraph++;
      inParagraph = false;
      i++;
      continue;
    }
    // Captioned table: "No. col col col" header and row-id rows.
    if (TABLE_HEADER.test(line.text) && i + 1 < lines.length && ROW_ID.test(lines[i + 1]!.text)) {
      i = readCaptionedTable(text, lines, i, b, tableCount++);
      b.paragraph++;
      inParagraph = false;
      continue;
    }
    // Pipe table: a bar-delimited header and a rule line or a row under it.
    if (PIPE_ROW.test(line.text) && i + 1 < lines.length && (PIPE_RULE.test(lines[i + 1]!.text) || PIPE_ROW.test(lines[i + 1]!.text))) {
      i = readPipeTable(text, lines, i, b, tableCount++);
      b.paragraph++;
      inParagraph = false;
      continue;
    }
    // Tab table: at least two consecutive lines with tabs.
    if (line.text.includes('\t') && i + 1 < lines.length && lines[i + 1]!.text.includes('\t')) {
      i = readTabTable(text, lines, i, b, tableCount++);
      b.paragraph++;
      inParagraph = false;
      continue;
    }
    inParagraph = true;
    const kind = lineKind(line);
    if (kind === 'heading') {
      const trimmed = trimRange(text, line);
      if (trimmed) addSegment(b, text, trimmed, 'heading');
    } else {
      for (const s of splitSentences(text, line.start, line.end)) addSegment(b, text, s, kind === 'list_item' ? 'list_item' : 'sentence');
    }
    // Japanese articles often put one paragraph per line.
    b.paragraph++;
    i++;
  }
  return b.segments;
}

function trimRange(text: string, r: NormRange): NormRange | null {
  let s = r.start;
  let e = r.end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return e > s ? { start: s, end: e } : null;
}

/** Add the header line of a table as a segment; returns the header cell texts. */
function addTableHeader(text: string, line: Line, b: Builder, table: number): string[] {
  const cells = splitCells(line.text, line.start);
  const header = cells.map((c) => text.slice(c.start, c.end));
  addSegment(b, text, trimRange(text, line)!, 'table_header', { table, row: -1, header, cells });
  return header;
}

function readCaptionedTable(text: string, lines: Line[], headerIndex: number, b: Builder, table: number): number {
  const header = addTableHeader(text, lines[headerIndex]!, b, table);
  let i = headerIndex + 1;
  let row = 0;
  while (i < lines.length) {
    const first = lines[i]!;
    if (isBlank(first) || TABLE_END.test(first.text.trim()) || !ROW_ID.test(first.text)) break;
    const cells: TableInfo['cells'] = splitCells(first.text, first.start);
    let end = first.end;
    i++;
    while (i < lines.length) {
      const cont = lines[i]!;
      if (isBlank(cont) || ROW_ID.test(cont.text) || TABLE_END.test(cont.text.trim())) break;
      for (const c of splitCells(cont.text, cont.start)) cells.push({ ...c, continuation: true });
      end = cont.end;
      i++;
    }
    const range = trimRange(text, { start: first.start, end });
    if (range) addSegment(b, text, range, 'table_row', { table, row: row++, header, cells });
  }
  return i;
}

/**
 * The cells between the bars of a pipe-table line (spaces trimmed; an empty cell keeps its
 * place as an empty range, so that every cell stays under its header).
 */
function splitPipeCells(text: string, offset: number): NormRange[] {
  const bars: number[] = [];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0x7c) bars.push(i);
  const cells: NormRange[] = [];
  for (let k = 0; k + 1 < bars.length; k++) {
    let s = bars[k]! + 1;
    let e = bars[k + 1]!;
    while (s < e && text.charCodeAt(s) === 32) s++;
    while (e > s && text.charCodeAt(e - 1) === 32) e--;
    cells.push({ start: offset + s, end: offset + e });
  }
  return cells;
}

function readPipeTable(text: string, lines: Line[], headerIndex: number, b: Builder, table: number): number {
  const first = lines[headerIndex]!;
  const headerCells = splitPipeCells(first.text, first.start);
  const header = headerCells.map((c) => text.slice(c.start, c.end));
  addSegment(b, text, trimRange(text, first)!, 'table_header', { table, row: -1, header, cells: headerCells, delimited: true });
  let i = headerIndex + 1;
  let row = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    const rule = PIPE_RULE.test(line.text);
    if (!rule && !PIPE_ROW.test(line.text)) break;
    const range = rule ? null : trimRange(text, line);
    if (range) addSegment(b, text, range, 'table_row', { table, row: row++, header, cells: splitPipeCells(line.text, line.start), delimited: true });
    i++;
  }
  return i;
}

function readTabTable(text: string, lines: Line[], headerIndex: number, b: Builder, table: number): number {
  const header = addTableHeader(text, lines[headerIndex]!, b, table);
  let i = headerIndex + 1;
  let row = 0;
  while (i < lines.length && lines[i]!.text.includes('\t')) {
    const line = lines[i]!;
    const range = trimRange(text, line);
    if (range) addSegment(b, text, range, 'table_row', { table, row: row++, header, cells: splitCells(line.text, line.start), delimited: true });
    i++;
  }
  return i;
}
