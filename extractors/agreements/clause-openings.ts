/**
 * What stands at the start of a clause or between two of its units, read from the text: an open
 * bracket, a topic that names no company. Shared by the party resolution (parties.ts).
 */
import { lowerBound } from './scan.ts';
import type { DocState } from './state.ts';

/** A bracket opened in [from, to) and not closed before `to`. */
export function openBracketBetween(text: string, from: number, to: number): boolean {
  let depth = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x28 || c === 0xff08) depth++;
    else if ((c === 0x29 || c === 0xff09) && depth > 0) depth--;
  }
  return depth > 0;
}

/**
 * A clause that opens with its partner as the topic: 「米ゼネラル・モーターズ（GM）とは、」「今年8月にはABBとも、」,
 * 「米テスラとは今年2月、」 (a time phrase before the comma).
 */
export const PARTNER_TOPIC_OPENING = /^\s*[^、。]{1,36}?と[はも][^、。]{0,12}?、/;

/**
 * A clause that opens with a market or region as its topic, 「北米では…と合意した。…。中国では…と戦略提携を結び」:
 * the paragraph's company goes on acting there, past any aside between.
 */
export const REGION_TOPIC_OPENING = /^\s*(?:北米|米国|中国|欧州|国内|海外|日本|韓国|インド|東南アジア|アジア|欧米|南米|中南米|豪州|新興国|現地)(?:市場)?で(?:は|も)、?/;

/**
 * After a company or a reference to one: の and a noun phrase that is its clause's subject or topic, no other
 * case between (「Xの海外でのM&Aが続く」「同社の筆頭株主はトヨタ自動車で」): the clause is about that company.
 */
export const JA_OWNER_OF_SUBJECT = /^の[^、。をにとへ]{0,20}?(?:が|は)(?![^、。]{0,3}?(?:を|に))/;

/** A Latin or katakana name and は opening a Japanese clause: 「CORFOは」. */
const LATIN_OR_KATAKANA_TOPIC = /^[A-Za-z][A-Za-z0-9&.-]{1,20}は|^[\u30A1-\u30FA\u30FC・]{2,20}は/u;

/**
 * Does a Japanese clause open with a name as its topic that no company mention covers (「CORFOは17年に
 * アルベマールとも同様の契約を結んでいる」: an agency the dictionary does not know)? Its subject is then
 * that name, not a company the clause leaves unsaid.
 */
export function opensWithOtherTopic(state: DocState, start: number): boolean {
  const m = LATIN_OR_KATAKANA_TOPIC.exec(state.text.slice(start, start + 24));
  if (!m) return false;
  const end = start + m[0].length - 1;
  const i = lowerBound(state.atoms, start);
  const atom = state.atoms[i];
  return !(atom && atom.start < end && atom.end > start);
}

/**
 * A subject that is a government or a country, not a company (「日本とカナダの両政府は」「両国は」「同省が」):
 * a clause that names no company but such a subject made its deal itself, never one of the
 * companies of the deal before it (clause.ts zeroAnaphora).
 */
export const JA_GOVERNMENT_SUBJECT = /(?:政府|両国|[2-9二三]か国|首脳|当局|同省|同州|同市|同県)(?:は|が)/;
