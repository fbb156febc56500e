/**
 * A list of deals under a line that names one company and the kind of deal, each item led by
 * its counterparty's name and a colon, as round-ups and press material write them:
 *
 *   中国の億緯リチウム能源（EVEエナジー）が2025年に結んだ主な供給契約
 *   ・BMW：大型円筒形電池（26年から）
 *   ・ダイムラートラック：大型トラック用LFP電池
 *
 *   Customer wins announced by CATL at its Super Tech Day:
 *   - Volkswagen: Shenxing LFP cells for ID. models
 *
 * Each item is a deal of the intro's type between the intro's company and the item's (named
 * before a colon, or the whole item). The intro is the heading or sentence right before the list
 * (a heading, a line ending with a colon or with no full stop, or one that points to the list: 下記,
 * 以下の, 3件の, the following);
 * one with no cue, or with two companies or more, introduces no deals. The date is the intro's
 * (「2025年に結んだ」), if it states one.
 */
import type { Segment } from '../../text/types.ts';
import type { DateValue } from '../types.ts';
import { chooseDate, copyDate } from './dates.ts';
import type { Party, RawAgreement } from './model.ts';
import { lowerBound } from './scan.ts';
import type { DocState } from './state.ts';

interface ListIntro {
  party: Party;
  type: RawAgreement['type'];
  date: DateValue | null;
}

/** Bullets and spaces before an item's name. */
const ITEM_LEAD = /^[\s\-*•・✓◆■●○◇□▶►]*/;
/** After an item's name: its colon (after a note on it: 「・テスラ（米国）：」). */
const LABEL_COLON = /^[ \t]*(?:[(（][^)）:：]{1,16}[)）][ \t]*)?[:：]/;
/** An intro sentence ends with a colon (a heading needs none), or points to the list (「下記の2社と締結」). */
const INTRO_COLON = /[:：][ \t]*$/;
const SENTENCE_END = /[.。!?！？][\s」』)）]*$/;
const POINTS_TO_LIST = /下記|以下の|次の|\d+件の|[二三四五六七八九十]件の|\bthe following\b/i;
/** After an item's name: nothing but its legal form's punctuation to the line end (「・株式会社デンソー」, "- Tesla"). */
const NAME_ONLY_AFTER = /^[ \t.,、。]*$/;

export function listUnderIntro(state: DocState, segments: readonly Segment[]): RawAgreement[] {
  const out: RawAgreement[] = [];
  // The heading or sentence a list would follow, and its intro, read only when a list item or a
  // record line comes after it (most sentences are followed by neither)
  let introSeg: Segment | null = null;
  let intro: ListIntro | null | undefined;
  const block: { party: Party; type: RawAgreement['type'] | null; seg: Segment }[] = [];
  const introNow = (): ListIntro | null => (intro === undefined ? (intro = introSeg ? introOf(state, introSeg) : null) : intro);
  for (let k = 0; k < segments.length; k++) {
    const seg = segments[k]!;
    // 「■パナソニックエナジーの主な車載電池の供給先」 over 「・テスラ：…」: a heading written as an item
    // of another mark than the items under it
    if (seg.kind === 'list_item' && headsItems(state.text, seg, segments[k + 1])) {
      introSeg = seg;
      intro = undefined;
      continue;
    }
    if (seg.kind !== 'list_item') {
      // a record line led by a party label ("Customer: SK On | Term: …", 「納入先：トヨタ自動車　用途：…」)
      const record = labelledParty(state, seg);
      const it = record && introSeg ? introNow() : null;
      if (record && it) {
        if (record.party.entityId !== it.party.entityId) out.push(item(it.type === 'partnership' && record.type ? record.type : it.type, it, record.party, seg));
        continue;
      }
      // with no intro naming a company: the labelled lines together (「買い手：A」「売り手：B」, "Acquirer: A" / "Target: B")
      if (record) {
        block.push({ ...record, seg });
        continue;
      }
      flushBlock(block, out);
      introSeg = seg.kind === 'heading' || seg.kind === 'sentence' ? seg : null;
      intro = undefined;
      continue;
    }
    const it = introNow();
    if (!it) continue;
    const label = labelCompany(state, seg, it.party);
    if (!label || label.entityId === it.party.entityId) continue;
    out.push(item(it.type, it, label, seg));
  }
  flushBlock(block, out);
  return out;
}

/** Labelled party lines in a row with no intro: one deal of their companies when a label names its kind. */
function flushBlock(block: { party: Party; type: RawAgreement['type'] | null; seg: Segment }[], out: RawAgreement[]): void {
  const type = block.find((b) => b.type)?.type ?? null;
  const parties = [...new Map(block.map((b) => [b.party.entityId, b.party])).values()];
  if (type && parties.length === 2) {
    out.push({ type, parties, date: null, evidence: [{ start: block[0]!.seg.start, end: block[block.length - 1]!.seg.end }], rule: 'labelled_lines', background: false });
  }
  block.length = 0;
}

/** A heading mark (■, ◆, 【) that the next item does not share. */
function headsItems(text: string, seg: Segment, next: Segment | undefined): boolean {
  const mark = HEADING_MARK.exec(text.slice(seg.start, seg.start + 4));
  if (!mark || !next || next.kind !== 'list_item') return false;
  return !text.slice(next.start, next.start + 4).trimStart().startsWith(mark[1]!);
}
const HEADING_MARK = /^\s*([■◆●□◇▼▲【])/;

function item(type: RawAgreement['type'], intro: ListIntro, party: Party, seg: Segment): RawAgreement {
  return { type, parties: [intro.party, party], date: copyDate(intro.date), evidence: [{ start: seg.start, end: seg.end }], rule: 'list_under_intro', background: false };
}

/** A line that opens with a party label of tables.yaml and a colon, then a company: the company, and the kind of deal the label names. */
function labelledParty(state: DocState, seg: Segment): { party: Party; type: RawAgreement['type'] | null } | null {
  const m = LABEL_LEAD.exec(state.text.slice(seg.start, Math.min(seg.end, seg.start + 30)));
  if (!m) return null;
  const label = m[1]!.toLowerCase();
  const r = state.vocab.tableRoles;
  if (!r.party.some((w) => label === w || label.endsWith(w))) return null;
  const start = seg.start + m[0].length;
  const a = state.atoms[lowerBound(state.atoms, start)];
  if (!a || a.start !== start || a.kind !== 'company' || !a.party) return null;
  return { party: a.party, type: r.partyTypes.find((t) => t.words.some((w) => label.includes(w)))?.type ?? null };
}
const LABEL_LEAD = /^[\s\-*•・]*([^\s:：|]{1,12})[ \t]*[:：][ \t\u3000]*/;

/** The intro a segment makes: one company, a cue (its highest-priority type), a heading or a line ending with a colon. */
function introOf(state: DocState, seg: Segment): ListIntro | null {
  // (a title-like line with no full stop counts too: "SK IE Technology separator contracts (…)")
  const line = state.text.slice(seg.start, seg.end);
  // (nor does a labelled line: "Deal: Acquisition of Li-Cycle Holdings Corp." over "Buyer: Glencore")
  if (seg.kind === 'sentence' && !INTRO_COLON.test(line.slice(-4)) && !POINTS_TO_LIST.test(line) && !LABEL_LEAD.test(line) && SENTENCE_END.test(line)) return null;
  let party: Party | null = null;
  for (let i = lowerBound(state.atoms, seg.start); i < state.atoms.length && state.atoms[i]!.start < seg.end; i++) {
    const a = state.atoms[i]!;
    if (a.kind !== 'company' || !a.party) continue;
    if (party && party.entityId !== a.party.entityId) return null;
    party = a.party;
  }
  if (!party) return null;
  let best: (typeof state.cues)[number] | null = null;
  for (let i = lowerBound(state.cues, seg.start); i < state.cues.length && state.cues[i]!.start < seg.end; i++) {
    const c = state.cues[i]!;
    if (c.end <= seg.end && (!best || c.def.priority > best.def.priority)) best = c;
  }
  if (!best) return null;
  const date = chooseDate(state.text, state.dates, seg.start, seg.end, [best.start], state.documentDate);
  return { party, type: best.def.type, date: date ? date.value : null };
}

/** The company that leads a list item, right before its colon (「・BMW：」, "- Volkswagen:"), or that is the whole item (「・株式会社デンソー」). */
function labelCompany(state: DocState, seg: Segment, introParty: Party): Party | null {
  const start = seg.start + ITEM_LEAD.exec(state.text.slice(seg.start, seg.end))![0].length;
  const i = lowerBound(state.atoms, start);
  const a = state.atoms[i];
  // (the pair written out, the intro's company first: "- EVE–BMW: 46-series cylindrical cells")
  const other = state.atoms[i + 1];
  if (a && a.start === start && a.party?.entityId === introParty.entityId && other && other.kind === 'company' && other.party && other.end <= seg.end && PAIR_DASH.test(state.text.slice(a.end, other.start)) && LABEL_COLON.test(state.text.slice(other.end, other.end + 24))) return other.party;
  if (a && a.start === start && a.kind === 'company' && a.party && a.end <= seg.end) {
    return LABEL_COLON.test(state.text.slice(a.end, a.end + 24)) || NAME_ONLY_AFTER.test(state.text.slice(a.end, seg.end)) ? a.party : null;
  }
  // the goods first, the customer after the colon: 「・SiCエピウエハー：デンソー向け」
  const colon = state.text.slice(start, seg.end).search(/[:：]/);
  if (colon < 0) return null;
  const after = start + colon + 1 + (/^[ \t\u3000]*/.exec(state.text.slice(start + colon + 1, seg.end))![0].length);
  const b = state.atoms[lowerBound(state.atoms, after)];
  if (!b || b.start !== after || b.kind !== 'company' || !b.party) return null;
  return RECIPIENT_AFTER.test(state.text.slice(b.end, b.end + 16)) ? b.party : null;
}
/** Between the two names of a pair label: a dash, a slash or ×. */
const PAIR_DASH = /^[ \t]*(?:-|–|—|\/|×)[ \t]*$/;
/** 「デンソー向け」「中創新航科技（CALB）向け」: the item's customer. */
const RECIPIENT_AFTER = /^(?:[(（][^)）]{1,12}[)）])?向け/;
