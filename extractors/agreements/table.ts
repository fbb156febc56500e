/**
 * Agreement tables ("No. 協業発表日 外資系企業 協業相手 協業概要"): each row states one
 * agreement — parties from the party columns, date from the date column, type from the
 * description (highest-priority cue; none → the kind a party column names, Supplier / 出資先, else
 * partnership), evidence = the row.
 *
 * Space-separated rows are read left to right: the row id, the date, then "name chunks"
 * (company names, bracketed aliases or notes, 、-separated lists; chunks may wrap onto the
 * next lines) until the first chunk that is not a name: the description starts there.
 * Tab-separated rows are read by cell.
 *
 * Sentences of the description that state ANOTHER agreement — with their own date
 * ("両社は2024年7月に戦略的提携を結び") or with a party outside the row ("既に協業している
 * 百度") — are separate records, and their cues do not type the row.
 */
import type { AgreementType, DateMention } from '../types.ts';
import type { NormRange, Segment } from '../../text/types.ts';
import { splitSentences } from '../../text/segment.ts';
import { digitValue } from '../../text/chars.ts';
import type { Atom, CueHit, Party, RawAgreement } from './model.ts';
import { analyseClause } from './clause.ts';
import { onlyEndsDeal } from './not-made.ts';
import { remember } from './history.ts';
import { copyDate, isCompletionDate, sameDate } from './dates.ts';
import type { ClauseScope, RowContext } from './parties.ts';
import { lowerBound, within } from './scan.ts';
import { distinctParties, type DocState } from './state.ts';
import { closeBracket } from './brackets.ts';
import { lineStartOf } from '../../text/line-index.ts';
import type { TableRoles } from './table-roles.ts';

const WS = /\s/;
const SEPARATORS = '、,/・&';
const OPEN = '([〔【';
const HIRAGANA = /[\u3041-\u309f]/;
/** A party cell that names nobody: 「| undisclosed | LG Energy Solution |」, 「| 非公表 |」. */
const WITHHELD = /^(?:undisclosed|not disclosed|unnamed|unknown|n\/?a|tb[ad]|various|others?|非公表|非開示|未公表|未定|不明|その他)$/i;
const NAME_LIKE = /^[\p{L}\p{N}&.\-・ー' ]+$/u;
/** A party cell that repeats the row above: 「| 同上 |」, 「| 〃 |」, "| ditto |", "| same as above |". */
const DITTO = /^(?:同上|〃|同左|ditto|same as above|"|″)$/i;

export interface RowParse {
  parties: Party[];
  date: DateMention | null;
  partyStart: number;
  descStart: number;
  /** The parties of each party column, in column order (tab and bar rows). */
  columns?: Party[][];
  /** A party cell says 同上 / ditto: the parties are the row above's. */
  ditto?: boolean;
}

function atomAt(atoms: readonly Atom[], pos: number): Atom | null {
  const i = lowerBound(atoms, pos);
  const a = atoms[i];
  return a && a.start === pos && a.kind !== 'anaphor' ? a : null;
}

function firstDateAt(dates: readonly DateMention[], from: number, to: number): DateMention | null {
  const i = lowerBound(dates, from);
  const d = dates[i];
  return d && d.start < to ? d : null;
}

function skipWs(text: string, p: number, end: number): number {
  while (p < end && WS.test(text[p]!)) p++;
  return p;
}

function parseSpaceRow(state: DocState, seg: Segment, roles: TableRoles): RowParse {
  const { text, atoms } = state;
  const cells = seg.table!.cells;
  let p = seg.start;
  if (roles.id === 0 && cells[0]) p = cells[0].end;
  p = skipWs(text, p, seg.end);
  let date: DateMention | null = null;
  if (roles.date >= 0) {
    date = firstDateAt(state.dates, p, p + 3);
    if (date) {
      const cell = cells.find((c) => c.start <= date!.start && date!.end <= c.end);
      p = Math.max(date.end, cell ? cell.end : date.end);
    }
  }
  const partyStart = skipWs(text, p, seg.end);
  // Pass 1: the name chunks before the description.
  interface Chunk {
    start: number;
    end: number;
    known: Party[];
    unknown: boolean;
  }
  const chunks: Chunk[] = [];
  for (;;) {
    p = skipWs(text, p, seg.end);
    if (p >= seg.end) break;
    const chunkStart = p;
    const found: Party[] = [];
    let ok = true;
    let brackets = 0;
    while (p < seg.end && !WS.test(text[p]!)) {
      const a = atomAt(atoms, p);
      if (a) {
        found.push(a.party!);
        p = a.end;
        if (text[p] === '社') p++;
      } else if (OPEN.includes(text[p]!)) {
        const close = closeBracket(text, p, seg.end);
        if (close < 0) {
          ok = false;
          break;
        }
        brackets++;
        p = close;
      } else if (SEPARATORS.includes(text[p]!)) p++;
      else {
        ok = false;
        break;
      }
    }
    if (ok && (found.length > 0 || brackets > 0)) {
      chunks.push({ start: chunkStart, end: p, known: found, unknown: false });
      continue;
    }
    // A name the company extractor did not recognise (or the first word of the description).
    let chunkEnd = chunkStart;
    while (chunkEnd < seg.end && !WS.test(text[chunkEnd]!)) chunkEnd++;
    const chunk = text.slice(chunkStart, chunkEnd);
    if (chunk.length <= 25 && NAME_LIKE.test(chunk) && !HIRAGANA.test(chunk) && !hasCue(state.cues, chunkStart, chunkEnd)) {
      chunks.push({ start: chunkStart, end: chunkEnd, known: [], unknown: true });
      p = chunkEnd;
      continue;
    }
    p = chunkStart;
    break;
  }
  // Pass 2: an unknown chunk is a party only when a party column would otherwise stay empty
  // ("UNEX EV" read as "UNEX" + "EV": "EV" is not a third party); unknown chunks after the
  // last party belong to the description.
  const parties: Party[] = [];
  let knownLeft = chunks.filter((c) => c.known.length > 0).length;
  let filled = 0;
  let lastParty = -1;
  chunks.forEach((c, i) => {
    if (c.known.length > 0) {
      parties.push(...c.known);
      filled++;
      knownLeft--;
      lastParty = i;
    } else if (c.unknown && filled + knownLeft < roles.party.length && !WITHHELD.test(text.slice(c.start, c.end).trim())) {
      const name = text.slice(c.start, c.end);
      parties.push({ entityId: `plain:${name}`, name, company: true });
      filled++;
      lastParty = i;
    } else if (!c.unknown && lastParty === i - 1) lastParty = i; // a note after a party
  });
  p = lastParty >= 0 ? chunks[lastParty]!.end : partyStart;
  return { parties: distinctParties(parties), date, partyStart, descStart: p };
}

function hasCue(cues: readonly CueHit[], start: number, end: number): boolean {
  const i = lowerBound(cues, start);
  return i < cues.length && cues[i]!.start < end;
}

function parseTabRow(state: DocState, seg: Segment, roles: TableRoles): RowParse {
  const { text, atoms } = state;
  const cells = seg.table!.cells.filter((c) => !c.continuation);
  const last = seg.table!.header.length - 1;
  const parties: Party[] = [];
  const columns = new Map<number, Party[]>();
  let date: DateMention | null = null;
  let descStart = seg.end;
  let partyStart = seg.end;
  let ditto = false;
  cells.forEach((cell, idx) => {
    const i = Math.min(idx, last);
    if (i === roles.date && !date) date = firstDateAt(state.dates, cell.start, cell.end);
    if (roles.party.includes(i)) {
      partyStart = Math.min(partyStart, cell.start);
      const before = parties.length;
      const inCell = within(atoms, cell.start, cell.end).filter((a) => a.kind !== 'anaphor');
      // Names at top level of the cell (not inside a bracketed note).
      let depth = 0;
      let k = cell.start;
      for (const a of inCell) {
        for (; k < a.start; k++) {
          if (OPEN.includes(text[k]!)) depth++;
          else if (')]〕】'.includes(text[k]!)) depth = Math.max(0, depth - 1);
        }
        if (depth === 0) parties.push(a.party!);
      }
      const cellText = text.slice(cell.start, cell.end).trim();
      if (inCell.length === 0 && DITTO.test(cellText)) ditto = true;
      else if (inCell.length === 0 && cellText.length > 0 && cellText.length <= 40 && NAME_LIKE.test(cellText) && !WITHHELD.test(cellText)) {
        parties.push({ entityId: `plain:${cellText}`, name: cellText, company: true });
      }
      columns.set(i, [...(columns.get(i) ?? []), ...parties.slice(before)]);
    }
    if (i === roles.description && descStart === seg.end) descStart = cell.start;
  });
  return { parties: distinctParties(parties), date, partyStart: Math.min(partyStart, descStart), descStart, columns: [...columns.values()].map(distinctParties), ditto };
}

/** Interpret one row of an agreement table; returns its records (the row's and nested ones). */
export function interpretRow(state: DocState, seg: Segment, roles: TableRoles, parsed?: RowParse): RawAgreement[] {
  const { text } = state;
  const tabbed = seg.table?.delimited === true || text.slice(seg.start, seg.end).includes('\t');
  const parsedRow = parsed ?? (tabbed ? parseTabRow(state, seg, roles) : parseSpaceRow(state, seg, roles));
  // (「| 2020-09 | 同上 | 株式売買契約を締結 |」: the parties of the row above)
  const above = state.lastRow;
  const row = parsedRow.ditto && parsedRow.parties.length === 0 && above ? { ...parsedRow, parties: above.parties, columns: above.columns } : parsedRow;
  if (row.parties.length > 0) state.lastRow = { parties: row.parties, ...(row.columns ? { columns: row.columns } : {}) };
  const out: RawAgreement[] = [];
  const rowCtx: RowContext = { parties: row.parties };
  const rowIds = new Set(row.parties.map((p) => p.entityId));
  const rowDate = row.date ? row.date.value : null;

  // Party cells: only relation patterns matter there ("X(AとBの合弁)").
  if (row.descStart > row.partyStart) {
    const scope: ClauseScope = { start: row.partyStart, end: row.descStart, lang: seg.lang, row: rowCtx };
    out.push(...analyseClause(state, scope).relationRecords);
  }
  if (row.parties.length > 0) {
    state.history.push({ lang: seg.lang, end: row.descStart, named: row.parties, subjects: row.parties.slice(0, 1), recordParties: row.parties.length >= 2 ? row.parties : null });
  }

  // Description sentences.
  const fed: CueHit[] = [];
  const joining: { type: AgreementType; partySets: Party[][]; lines: { start: number; end: number }; source: string }[] = [];
  let ended = false;
  /** Start of the first line of the row's tail that only states other (nested) agreements. */
  let nestedTail = seg.end;
  let tailOpen = false;
  for (const s of cellSentences(text, row.descStart, seg.end)) {
    const scope: ClauseScope = { start: s.start, end: s.end, lang: seg.lang === 'other' ? 'ja' : seg.lang, row: rowCtx };
    const outcome = analyseClause(state, scope);
    const endsOnly = onlyEndsDeal(state, scope);
    if (endsOnly) ended = true;
    out.push(...outcome.relationRecords);
    let recordParties: Party[] | null = null;
    const ca = outcome.clauseAgreement;
    if (ca) {
      // (not the row's own deal closing: 「| 2020-11-07 | A, B | Merger agreement … | closed 2021-07-01 |」)
      const ownDate = ca.date && !sameDate(ca.date.value, rowDate) && !(rowDate && isCompletionDate(text, ca.date, s.start)) ? ca.date : null;
      // (the table's counterparty is no foreign party: "| Samsung SDI | Supply … from Umicore's plant |")
      const foreign = ca.partySets.some((ps) => ps.some((p) => !rowIds.has(p.entityId) && p.entityId !== roles.counterparty?.entityId));
      // (「第三者割当増資。…東京電力HDと中部電力も増資に応じた」: more parties of the row's own deal,
      // undated and sharing a party with the row: they join its record when the kinds agree, below)
      const joins = foreign && !ownDate && ca.partySets.some((ps) => ps.some((p) => rowIds.has(p.entityId)));
      if (joins) {
        joining.push({ type: ca.type, partySets: ca.partySets, lines: lineSpan(text, s.start, s.end, row.descStart, seg.end), source: ca.cue.def.source });
      } else if (foreign || ownDate) {
        const lines = lineSpan(text, s.start, s.end, row.descStart, seg.end);
        if (lines.start === s.start && lines.start > row.descStart) {
          if (!tailOpen) nestedTail = lines.start;
          tailOpen = true;
        } else tailOpen = false;
        for (const parties of ca.partySets) {
          out.push({
            type: ca.type,
            parties,
            date: ownDate ? copyDate(ownDate.value) : null,
            evidence: [lines],
            rule: `table_row_clause:${ca.cue.def.source}`,
            background: false,
          });
        }
        recordParties = ca.partySets.length === 1 ? ca.partySets[0]! : null;
      } else if (!endsOnly) fed.push(...outcome.openCues);
    } else if (!endsOnly) fed.push(...outcome.openCues);
    if (!recordParties && !isContinuationOfTail(text, s.start, nestedTail)) {
      tailOpen = false;
      nestedTail = seg.end;
    }
    remember(state, scope, outcome.units, recordParties);
  }

  // what a description clause adds to the row's own deal (see `joins`), or its own records
  const flushJoining = (rowType: AgreementType | null): Party[] => {
    const extra: Party[] = [];
    for (const j of joining) {
      if (j.type === rowType) {
        for (const ps of j.partySets) for (const p of ps) if (!rowIds.has(p.entityId) && !extra.some((e) => e.entityId === p.entityId)) extra.push(p);
        continue;
      }
      for (const parties of j.partySets) out.push({ type: j.type, parties, date: null, evidence: [j.lines], rule: `table_row_clause:${j.source}`, background: false });
    }
    return extra;
  };

  // a table of deals with one company (TableRoles.counterparty): one record per row company, when the
  // row names no other company (the counterparty itself may be named: "| Glencore | … for Umicore's needs |")
  // an English description that opens with a deal names its kind ("Joint development agreement
  // including a strategic investment"); otherwise the strongest cue of the row
  let best: CueHit | null = seg.lang === 'en' ? (fed.find((c) => OPENING_DESCRIPTION.test(text.slice(row.descStart, c.start))) ?? null) : null;
  if (!best) for (const c of fed) if (!best || c.def.priority > best.def.priority) best = c;
  const cp = roles.counterparty;
  if (cp && row.parties.length >= 1 && !row.parties.some((p) => p.entityId === cp.entityId) && within(state.atoms, seg.start, seg.end).every((a) => a.kind !== 'company' || !a.party || rowIds.has(a.party.entityId) || a.party.entityId === cp.entityId)) {
    flushJoining(null);
    // (the kind the description states: 「…で戦略提携」「…で覚書」; else the party column's, else a partnership)
    const type = best ? best.def.type : (roles.partyType ?? 'partnership');
    // 「| BMW、ダイムラー、フォード、VW | 4社の合弁会社として設立 |」: the row's companies are the founders of
    // the venture the table is about; 「| 現代自動車、起亜自動車 | 出資（2社で約20%） |」: they invest together
    const together = row.parties.length >= 2 && (type === 'joint_venture' || type === 'investment' || type === 'acquisition') ? ROW_COMPANIES_TOGETHER.exec(text.slice(row.descStart, seg.end)) : null;
    if (together && digitValue(together[1]!) === row.parties.length) {
      const parties = type === 'joint_venture' ? row.parties : [...row.parties, cp];
      out.push({ type, parties, date: rowDate ? copyDate(rowDate) : null, evidence: [{ start: seg.start, end: trimEnd(text, seg.start, nestedTail) }], rule: 'table_row:counterparty:together', background: false });
      return out;
    }
    for (const p of row.parties) {
      out.push({ type: best ? best.def.type : (roles.partyType ?? 'partnership'), parties: [p, cp], date: rowDate ? copyDate(rowDate) : null, evidence: [{ start: seg.start, end: trimEnd(text, seg.start, nestedTail) }], rule: best ? `table_row:counterparty:${best.def.source}` : 'table_row:counterparty', background: false });
    }
    return out;
  }
  if (row.parties.length < 2 || !row.parties.some((p) => p.company) || (ended && fed.length === 0)) {
    flushJoining(null);
    return out;
  }
  if (!best && roles.cueRequired) {
    flushJoining(null);
    return out;
  }
  const type = best ? best.def.type : (roles.partyType ?? 'partnership');
  const evidence = { start: seg.start, end: trimEnd(text, seg.start, nestedTail) };
  const rule = best ? `table_row:${best.def.source}` : roles.partyType ? 'table_row:party_column' : 'table_row:default';
  const extra = flushJoining(type);
  const own = extra.length > 0 ? { ...row, parties: [...row.parties, ...extra] } : row;
  for (const parties of rowPartySets(own, type)) out.push({ type, parties, date: rowDate ? copyDate(rowDate) : null, evidence: [evidence], rule, background: false });
  return out;
}

/**
 * The sentences of a row's description cells, each cell on its own: a status cell
 * (「| superseded |」「| closing expected early 2024 |」) is no part of the deal the cell before states.
 */
function cellSentences(text: string, start: number, end: number): NormRange[] {
  const out: NormRange[] = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i < end && text[i] !== '|' && text[i] !== '\t') continue;
    out.push(...splitSentences(text, from, i));
    from = i + 1;
  }
  return out;
}

/**
 * The party sets of a row's own deal: all its parties, or — when one party column holds one
 * company and the other a list (Company "Solid Power", Partner "BMW Group, Ford Motor Co.") —
 * one deal per listed partner, as each invests in, supplies or develops with the company. A joint
 * venture, a memorandum or a partnership signed by three stays one deal of all of them.
 */
const PER_PARTNER_TYPES: ReadonlySet<AgreementType> = new Set(['investment', 'supply', 'licensing', 'co_development', 'technical_service']);

function rowPartySets(row: RowParse, type: AgreementType): Party[][] {
  const cols = row.columns?.filter((c) => c.length > 0) ?? [];
  if (!PER_PARTNER_TYPES.has(type) || cols.length !== 2) return [row.parties];
  const oneFirst = cols[0]!.length === 1;
  const [one, many] = oneFirst ? [cols[0]!, cols[1]!] : [cols[1]!, cols[0]!];
  if (one.length !== 1 || many.length < 2 || many.some((p) => p.entityId === one[0]!.entityId)) return [row.parties];
  // (in column order, as the parties of the whole row are)
  return many.map((p) => (oneFirst ? [one[0]!, p] : [p, one[0]!]));
}

/** What may stand before the cue that opens a description: nothing, an article, a few adjectives. */
const OPENING_DESCRIPTION = /^\s*(?:(?:a|an|the|new|non-exclusive|exclusive|multi-year|long-term|strategic|amended(?: and restated)?|expanded|binding|definitive|\$[\d.,]+\s?(?:[mb]n?|million|billion)?)[\s,]+){0,4}$/i;

/** The whole line(s) holding [start, end) when the sentence begins a line of the row. */
function lineSpan(text: string, start: number, end: number, min: number, max: number): { start: number; end: number } {
  const lineStart = lineStartOf(text, start);
  if (lineStart < min || text.slice(lineStart, start).trim() !== '') return { start, end };
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd < 0 || lineEnd > max) lineEnd = max;
  return { start, end: trimEnd(text, start, lineEnd) };
}

/** The sentence at `start` lies on the same line as the nested tail that began at `tail`. */
function isContinuationOfTail(text: string, start: number, tail: number): boolean {
  return tail <= start && text.slice(tail, start).indexOf('\n') < 0;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end;
}

/** A count of the row's companies that act as one: 「4社の合弁」「2社で約20%」「3社が共同出資」. */
const ROW_COMPANIES_TOGETHER = /([2-9二三四五六七八九])社(?:の合弁|で(?!は)|が共同)/;
