/**
 * A line of labelled fields, as deal trackers and digests write one deal a line:
 * 「出資先：ティアフォー（名古屋市）／出資者：いすゞ自動車／出資額：約60億円／発表日：2024年8月20日」,
 * "Investor: ZF Friedrichshafen | Target: Wolfspeed silicon carbide fab | Announced: Feb. 1, 2023".
 * The labels are a table's header (tables.yaml roles), the values its row: the line is read as one
 * table row (table.ts interpretRow) when its labels name two party fields, each with a company.
 */
import type { Segment } from '../../text/types.ts';
import type { Party } from './model.ts';
import { lowerBound } from './scan.ts';
import type { DocState } from './state.ts';
import type { RowParse } from './table.ts';
import { tableRoles, type TableRoles } from './table-roles.ts';

/**
 * A field: the line start or a separator (/ | ;, the text is NFKC-normalised; or a space before a
 * one-word label, 「受注者：A　発注者：B」), a short label, a colon (or an equals sign, as Japanese
 * digests write one: 「製造＝ダイヘン　納入先＝江ノ電バス」).
 */
const FIELD = /(?:^|[/|;]|[ \t](?=[^\s\d:=/|;][^\s:=/|;]{0,11}[ \t]*[:=]))[ \t]*([^:=/|;\n]{1,24}?)[ \t]*[:=][ \t]*/g;

/** At least this many fields: two parties and something of the deal (a date, an amount, a description). */
const MIN_FIELDS = 3;

/** The companies named in [start, end) (a field may list several: 「発注者：東武鉄道、京王電鉄」). */
function companiesIn(state: DocState, start: number, end: number): Party[] {
  const out: Party[] = [];
  for (let i = lowerBound(state.atoms, start); i < state.atoms.length && state.atoms[i]!.start < end; i++) {
    const a = state.atoms[i]!;
    if (a.kind === 'company' && a.party && a.end <= end && !out.some((p) => p.entityId === a.party!.entityId)) out.push(a.party);
  }
  return out;
}

/** Fields separated by spaces (「受注者：A　発注者：B」): a Japanese label is the word after the last space. */
const SPACED_JA_LABEL = /[\s\u3000]([^\s\u3000]*[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}][^\s\u3000]*)$/u;

/** The roles when a field of no known label holds a date, read as the line's date field (「契約＝2026年6月」), or null. */
function datedByValue(state: DocState, seg: Segment, fields: readonly { start: number }[], valueEnd: (k: number) => number, labels: readonly string[]): TableRoles | null {
  const dated = fields.findIndex((f, k) => state.dates.some((d) => d.value && d.start >= seg.start + f.start && d.end <= valueEnd(k)));
  return dated >= 0 ? tableRoles(labels.map((l, k) => (k === dated ? 'date' : l)), state.vocab) : null;
}

/** The roles and the parse of a labelled-field line, or null. */
export function readFieldLine(state: DocState, seg: Segment): { roles: TableRoles; parsed: RowParse } | null {
  const line = state.text.slice(seg.start, seg.end);
  if (line.indexOf(':') < 0 && line.indexOf('=') < 0) return null;
  // (each field: its label, where its value starts, and where its separator stands)
  const fields: { label: string; start: number; at: number }[] = [];
  FIELD.lastIndex = 0;
  for (let m = FIELD.exec(line); m !== null; m = FIELD.exec(line)) {
    const label = m[1]!.trim();
    const spaced = SPACED_JA_LABEL.exec(label);
    fields.push(spaced ? { label: spaced[1]!, start: m.index + m[0].length, at: m.index + m[0].indexOf(label) + spaced.index } : { label, start: m.index + m[0].length, at: m.index });
  }
  if (fields.length < MIN_FIELDS) return null;
  // a value runs to the separator of the next field
  const valueEnd = (k: number) => (k + 1 < fields.length ? seg.start + fields[k + 1]!.at : seg.end);
  const labels = fields.map((f) => f.label);
  const roles = tableRoles(labels, state.vocab) ?? datedByValue(state, seg, fields, valueEnd, labels);
  if (!roles || roles.party.length < 2) return null;
  const columns = roles.party.map((k) => companiesIn(state, seg.start + fields[k]!.start, valueEnd(k)));
  const parties = columns.flat();
  if (columns.filter((c) => c.length > 0).length < 2 || parties[0]!.entityId === parties[1]!.entityId) return null;
  const dateField = roles.date >= 0 ? fields[roles.date]! : null;
  // (no date label: a date in a cell of its own before the labelled fields, "Deal tracker | 2021-04-01 | …")
  const [from, to] = dateField ? [seg.start + dateField.start, valueEnd(roles.date)] : [seg.start, seg.start + fields[0]!.at];
  const date = state.dates.find((d) => d.value && d.start >= from && d.end <= to) ?? null;
  const descStart = roles.description >= 0 ? seg.start + fields[roles.description]!.start : seg.end;
  return { roles, parsed: { parties, date, partyStart: seg.start, descStart, columns } };
}
