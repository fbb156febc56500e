/**
 * Discovery rule "table_cell": in a table whose header names a company column (協業相手,
 * 外資系企業, Company, Partner), a short cell on the row's first line that is just a name — or a
 * list of names split by 、 / , — proposes each name ("Aridge", "電享科技、上海菱威深信息技術(iVision)").
 * Bracketed parts are left to the bracket-alias pass. Long cells, cells with hiragana
 * (descriptions), continuation lines and dates are ignored.
 */
import type { Segment } from '../../../text/types.ts';
import { enRunEndAfter } from '../name-span.ts';
import { jaRunEndAfter } from '../name-span.ts';
import { propose, type Candidate, type RuleEnv } from './candidates.ts';

const MAX_CELL = 40;

export function tableCellRule(env: RuleEnv, seg: Segment, out: Candidate[]): void {
  const table = seg.table;
  if (seg.kind !== 'table_row' || !table) return;
  const { text } = env;
  // a numbered list of fields laid out as a table (「（1）名称\t…」「（2）所在地\t…」, an IR notice's
  // outline of a company): its first line is a field too, not a header; only a field named as a
  // company's (名称, 商号, 相手先) holds names — not 所在地, 事業内容 or 代表者
  if (ENUMERATED_FIELD.test(table.header[0] ?? '')) {
    const [label, ...values] = table.cells.filter((c) => !c.continuation);
    if (!label || values.length === 0 || !env.tables.patterns.isCompanyHeader(text.slice(label.start, label.end).replace(ENUMERATED_FIELD, ''))) return;
    for (const cell of values) proposeCell(env, cell, out);
    return;
  }
  if (!table.header.some((h) => env.tables.patterns.isCompanyHeader(h))) return;
  // a row split on tabs or bars lines up with its header: only the company columns propose names
  // (not "40 GWh" under "Capacity"); a row split on spaces may not, so all its short cells do
  const firstLine = table.cells.filter((c) => !c.continuation);
  const aligned = table.delimited === true && firstLine.length === table.header.length;
  for (const cell of table.cells) {
    // continuation lines are mostly the wrapped description column
    if (cell.continuation || cell.end - cell.start > MAX_CELL) continue;
    if (aligned && !env.tables.patterns.isCompanyHeader(table.header[firstLine.indexOf(cell)]!)) continue;
    proposeCell(env, cell, out);
  }
}

/** 「（1）」「(2)」「3.」「④」 opening a field's label. */
const ENUMERATED_FIELD = /^\s*(?:\(\d{1,2}\)|\d{1,2}[.．]|[\u2460-\u2473])\s*/;

/** The names in one short cell: the whole cell, or each part of a list split by 、 , / (brackets aside). */
function proposeCell(env: RuleEnv, cell: { start: number; end: number; continuation?: boolean }, out: Candidate[]): void {
  const { text } = env;
  if (cell.continuation || cell.end - cell.start > MAX_CELL) return;
  const cellText = text.slice(cell.start, cell.end);
  if (/[。！？\u3041-\u309f]/.test(cellText)) return;
  // split on list separators outside brackets
  let depth = 0;
  let partStart = cell.start;
  const parts: [number, number][] = [];
  for (let i = cell.start; i <= cell.end; i++) {
    const ch = i < cell.end ? text[i]! : '、';
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (ch === '、' || ch === ',' || ch === '/' || ch === '\n')) {
      parts.push([partStart, i]);
      partStart = i + 1;
    }
  }
  for (let [s, e] of parts) {
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e <= s || text[s] === '(') continue;
    const paren = text.indexOf('(', s);
    const nameEnd = paren >= 0 && paren < e ? paren : e;
    // the whole part before any bracket must be one name run
    const runEnd = Math.max(jaRunEndAfter(text, s, nameEnd), enRunEndAfter(text, s, nameEnd));
    let end = nameEnd;
    while (end > s && /\s/.test(text[end - 1]!)) end--;
    if (runEnd !== end) continue;
    propose(env, out, s, end, 'discovery:table_cell', 'cue');
  }
}
