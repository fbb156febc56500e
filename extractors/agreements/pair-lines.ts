/**
 * List lines that name a pair before a colon and state their deal after it, as trade-press
 * round-ups do: "- Verkor / Hirano Tecseed: the French cell maker ordered coating lines from the
 * Japanese equipment maker", 「・ホンダ－GSユアサ：合弁会社で電池を開発」. They are read as a
 * two-party table row (table.ts interpretRow): the pair are the parties, the description's
 * highest-priority cue the type; a line whose description has no cue states no deal.
 */
import type { Segment } from '../../text/types.ts';
import { chooseDate } from './dates.ts';
import type { Atom } from './model.ts';
import { lowerBound, within } from './scan.ts';
import type { DocState } from './state.ts';
import type { RowParse } from './table.ts';
import type { TableRoles } from './table-roles.ts';

/** Optional bullet, name, separator (/ － – × &), name, colon. */
// (a hyphen only between spaces or between Japanese names: "L-H Battery" is one name; the text
// is NFKC-normalised, so －／：＆ arrive as -/:&)
// (after the bullet, a day may lead: 「・4日 トヨタ自動車×出光興産：…」)
const PAIR_HEADER = /^[ \t]*(?:[-–•・*■◆▪●][ \t]*)?(?:(?:\d{1,2}月)?\d{1,2}日[ \t]+|\d{1,2}\/\d{1,2}[ \t]+)?([^:/\n]{1,60}?)(?:[ \t]*(?:\/|–|—|×|&)[ \t]*|[ \t]+-[ \t]+|(?<=[\p{Script=Han}\p{Script=Katakana}ー])-(?=[\p{Script=Han}\p{Script=Katakana}A-Z]))([^:\n]{1,60}?)[ \t]*:[ \t]*/u;

/**
 * The same with a hyphen before a capital between the names, tried when PAIR_HEADER finds no pair: "- EVE–BMW: …"
 * (an en dash arrives as "-"); each side must still be one company's name ("Mercedes-Benz" is one).
 */
const PAIR_HEADER_HYPHEN = /^[ \t]*(?:[-–•・*■◆▪●][ \t]*)?([^:/\n]{1,60}?)(?<=[A-Za-z0-9.)])-(?=[A-Z])([^:\n]{1,60}?)[ \t]*:[ \t]*/u;

/** Roles of a pair line read as a row: two party "columns", then the description; a cue is needed. */
export const PAIR_LINE_ROLES: TableRoles = { id: -1, date: -1, party: [0, 1], description: 2, partyType: null, cueRequired: true };

/** The one company atom that makes up [start, end) (up to spaces), or null. */
function soleCompany(state: DocState, start: number, end: number): Atom | null {
  let found: Atom | null = null;
  for (let i = lowerBound(state.atoms, start); i < state.atoms.length && state.atoms[i]!.start < end; i++) {
    const a = state.atoms[i]!;
    if (a.end > end || a.kind !== 'company' || !a.party || found) return null;
    found = a;
  }
  if (!found || state.text.slice(start, found.start).trim() !== '' || state.text.slice(found.end, end).trim() !== '') return null;
  return found;
}

/** The pair and description of a list line "A / B: …", or null. */
export function readPairLine(state: DocState, seg: Segment): RowParse | null {
  if (seg.kind !== 'list_item' && seg.kind !== 'heading' && seg.kind !== 'sentence') return null;
  const line = state.text.slice(seg.start, seg.end);
  // (a prose line is a digest's only with × in it: the cheap test first, the pattern only then)
  if (seg.kind !== 'list_item' && !line.includes('×')) return null;
  return pairOf(state, seg, PAIR_HEADER.exec(line)) ?? (seg.kind === 'list_item' ? pairOf(state, seg, PAIR_HEADER_HYPHEN.exec(line)) : null);
}

function pairOf(state: DocState, seg: Segment, m: RegExpExecArray | null): RowParse | null {
  if (!m) return null;
  // (a line with no bullet only with × between the names, as digests write them: 「CATL×理想汽車：…」)
  if (seg.kind !== 'list_item' && !/×/.test(m[0])) return null;
  const aStart = seg.start + m[0].indexOf(m[1]!);
  const a = soleCompany(state, aStart, aStart + m[1]!.length);
  const bStart = seg.start + m[0].lastIndexOf(m[2]!);
  const b = soleCompany(state, bStart, bStart + m[2]!.length);
  if (!a || !b || a.party!.entityId === b.party!.entityId) return null;
  const descStart = seg.start + m[0].length;
  // the date of the description's signing verb ("agreed on Dec. 10, 2024"), if it names one
  const verbs = within(state.signing, descStart, seg.end).map((h) => h.start);
  const date = verbs.length > 0 ? chooseDate(state.text, state.dates, descStart, seg.end, verbs, state.documentDate) : null;
  return { parties: [a.party!, b.party!], date, partyStart: seg.start, descStart };
}
