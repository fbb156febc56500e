/**
 * The company a table of deals is introduced with (TableRoles.counterparty): the other side of
 * every row of a table with one party column (table.ts).
 */
import type { Party } from './model.ts';
import { lowerBound } from './scan.ts';
import type { DocState } from './state.ts';
import { lineStartOf } from '../../text/line-index.ts';

/** A sentence that speaks of deals: what introduces a table of them. */
const DEAL_WORDS = /\b(?:agreements?|deals?|contracts?|partnerships?|pacts?|alliances?|signed|agreed)\b|契約|提携|協業|合意/i;
/** The company whose owners a table lists: "Shareholders of Rapidus", "investors in X", 「Xの株主」. */
const OWNERS_BEFORE = /\b(?:shareholders|investors|backers|owners)\s+(?:of|in)\s+(?:the\s+)?$/i;
const OWNERS_AFTER = /^(?:社)?(?:の(?:主要)?(?:株主|出資企業|出資者)|に出資(?:する|した)(?:企業|会社))/;

/**
 * The company a table of deals is introduced with (TableRoles.counterparty): in the text just
 * above it, the nearest company named as the other side ("deals with Tesla", 「テスラとの契約」)
 * in a sentence about deals.
 */
export function tableCounterparty(state: DocState, tableStart: number, typedColumn = false, header: readonly string[] = []): Party | null {
  const { text, atoms } = state;
  // a column that names its companies' side (Customer, 顧客) under a line naming one company: that
  // company is the other side of every row (「贛鋒リチウムは…供給契約を結んでいる。」 over | 顧客 | …)
  // (with no company above it, the one the document speaks for: a press release's 当社 / "the Company")
  if (typedColumn) return soleCompanyAbove(state, tableStart) ?? state.reporting ?? null;
  // a caption naming one company and its partners (「【ビンファストと主な相手先】」, "Acme's partners")
  const captioned = soleCompanyAbove(state, tableStart);
  if (captioned && CAPTION_OF_PARTNERS.test(lineAbove(text, tableStart)?.text ?? '')) return captioned;
  const from = Math.max(0, tableStart - 700);
  for (let i = lowerBound(atoms, tableStart) - 1; i >= 0 && atoms[i]!.start >= from; i--) {
    const a = atoms[i]!;
    if (a.kind !== 'company' || !a.party) continue;
    const line = text.slice(lineStartOf(text, a.start), a.start);
    if (/^\s*\|/.test(line) || line.includes('\t')) continue; // a cell of a table above
    const owned = OWNERS_BEFORE.test(text.slice(Math.max(0, a.start - 24), a.start)) || OWNERS_AFTER.test(text.slice(a.end, a.end + 10));
    if (owned) return a.party;
    const partner = /\bwith\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, a.start - 10), a.start)) || /^(?:社)?との?(?!して|する|いう)/.test(text.slice(a.end, a.end + 4));
    if (!partner) continue;
    const from = Math.max(0, a.start - 300);
    const head = text.slice(from, a.start);
    const sentenceStart = from + Math.max(head.lastIndexOf('. '), head.lastIndexOf('。'), head.lastIndexOf('\n')) + 1;
    const tail = text.slice(a.end, a.end + 300);
    const sentenceEnd = tail.search(/[.。](?:\s|$)|\n/);
    if (DEAL_WORDS.test(text.slice(sentenceStart, a.end + (sentenceEnd < 0 ? tail.length : sentenceEnd)))) return a.party;
  }
  // a column of partners (| partner | type | …, | 提携先 | 内容 |) with no company introducing it: the
  // partners of the company the document is about (not one the table names itself)
  // (named in the table's descriptions is no matter: "| Glencore | cobalt for Umicore's plants |")
  const column = header.findIndex((h) => PARTNER_HEADER.test(h));
  if (state.dominant && column >= 0 && !namedInColumn(state, tableStart, state.dominant.entityId, column)) return state.dominant;
  return null;
}

const PARTNER_HEADER = /^\s*(?:partners?|counterpart(?:y|ies|s)?|パートナー|提携先|協業先|連携先|相手先?|取引先)\s*$/i;

/** Whether the table starting at `tableStart` names the company `entityId` in the cell `column` (0-based) of one of its rows. */
function namedInColumn(state: DocState, tableStart: number, entityId: string, column: number): boolean {
  const { text, atoms } = state;
  let end = text.indexOf('\n\n', tableStart);
  if (end < 0) end = text.length;
  for (let i = lowerBound(atoms, tableStart); i < atoms.length && atoms[i]!.start < end; i++) {
    const a = atoms[i]!;
    if (a.party?.entityId !== entityId) continue;
    const lineStart = lineStartOf(text, a.start);
    const cells = text.slice(lineStart, a.start).replace(/^\s*\|/, '').split(/[|\t]/).length - 1;
    if (cells === column) return true;
  }
  return false;
}

/** The one company of the paragraph or heading right above a table (null for none or several). */
function soleCompanyAbove(state: DocState, tableStart: number): Party | null {
  const { text, atoms } = state;
  const above = lineAbove(text, tableStart);
  if (!above) return null;
  let end = above.end;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  const start = Math.max(0, text.lastIndexOf('\n\n', end - 1) + 1, end - 400);
  let party: Party | null = null;
  for (let i = lowerBound(atoms, start); i < atoms.length && atoms[i]!.start < end; i++) {
    const a = atoms[i]!;
    if (a.kind !== 'company' || !a.party) continue;
    if (party && party.entityId !== a.party.entityId) return null;
    party = a.party;
  }
  return party;
}

/** A caption of a company's partners or deals. */
const CAPTION_OF_PARTNERS = /相手|提携先|パートナー|取引先|協業先|出資先|主な[^\n|]{0,10}?(?:提携|取引|協業|連携|案件)|資本取引|資本提携|\b(?:partners|deals|alliances|customers|suppliers|transactions)\b/i;

/**
 * The last line above a table that is not one of its own (header, rule) nor blank, back over
 * those lines; null when there is none.
 */
function lineAbove(text: string, tableStart: number): { end: number; text: string } | null {
  let end = tableStart;
  for (;;) {
    const lineStart = text.lastIndexOf('\n', end - 2) + 1;
    const line = text.slice(lineStart, end);
    if (end > 0 && (/^\s*$/.test(line) || /^\s*\|/.test(line) || line.includes('\t'))) {
      if (lineStart === 0) return null;
      end = lineStart;
      continue;
    }
    return { end, text: line };
  }
}
