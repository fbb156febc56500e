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
 * (a heading, a line ending with a colon, or one that points to the list: 下記, 以下の, the following);
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
/** After an item's name: its colon. */
const LABEL_COLON = /^[ \t]*[:：]/;
/** An intro sentence ends with a colon (a heading needs none), or points to the list (「下記の2社と締結」). */
const INTRO_COLON = /[:：][ \t]*$/;
const POINTS_TO_LIST = /下記|以下の|次の|\bthe following\b/i;
/** After an item's name: nothing but its legal form's punctuation to the line end (「・株式会社デンソー」, "- Tesla"). */
const NAME_ONLY_AFTER = /^[ \t.,、。]*$/;

export function listUnderIntro(state: DocState, segments: readonly Segment[]): RawAgreement[] {
  const out: RawAgreement[] = [];
  let intro: ListIntro | null = null;
  for (const seg of segments) {
    if (seg.kind !== 'list_item') {
      intro = seg.kind === 'heading' || seg.kind === 'sentence' ? introOf(state, seg) : null;
      continue;
    }
    if (!intro) continue;
    const label = labelCompany(state, seg);
    if (!label || label.entityId === intro.party.entityId) continue;
    out.push({ type: intro.type, parties: [intro.party, label], date: copyDate(intro.date), evidence: [{ start: seg.start, end: seg.end }], rule: 'list_under_intro', background: false });
  }
  return out;
}

/** The intro a segment makes: one company, a cue (its highest-priority type), a heading or a line ending with a colon. */
function introOf(state: DocState, seg: Segment): ListIntro | null {
  if (seg.kind === 'sentence' && !INTRO_COLON.test(state.text.slice(Math.max(seg.start, seg.end - 4), seg.end)) && !POINTS_TO_LIST.test(state.text.slice(seg.start, seg.end))) return null;
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
function labelCompany(state: DocState, seg: Segment): Party | null {
  const start = seg.start + ITEM_LEAD.exec(state.text.slice(seg.start, seg.end))![0].length;
  const a = state.atoms[lowerBound(state.atoms, start)];
  if (!a || a.start !== start || a.kind !== 'company' || !a.party || a.end > seg.end) return null;
  return LABEL_COLON.test(state.text.slice(a.end, a.end + 3)) || NAME_ONLY_AFTER.test(state.text.slice(a.end, seg.end)) ? a.party : null;
}
