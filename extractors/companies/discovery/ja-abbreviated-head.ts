/**
 * A kanji head that shortens the name of a company the document names: 「豊通リチウム」 after
 * 豊田通商, 「住商メタレックス」 after 住友商事. Japanese shortens a company's name by keeping
 * some of its characters in order, the first always (豊田通商 → 豊通); a subsidiary's name is
 * often that short form plus a company word. kuromoji reads such a short form as anything (豊 a
 * place), so the head counts as a name when the company it shortens is named in the same document.
 */
import { isKanjiLike } from '../../../text/chars.ts';

/** Whether text[start, end) is 2–4 kanji that keep, in order and from the first, characters of a longer mentioned name. */
export function shortensMentionedName(text: string, start: number, end: number, mentions: readonly { start: number; end: number }[]): boolean {
  const length = end - start;
  if (length < 2 || length > 4) return false;
  for (let i = start; i < end; i++) if (!isKanjiLike(text.charCodeAt(i))) return false;
  for (const m of mentions) {
    if (m.end - m.start <= length || text.charCodeAt(m.start) !== text.charCodeAt(start)) continue;
    if (isSubsequence(text, start + 1, end, m.start + 1, m.end)) return true;
  }
  return false;
}

/** Whether text[from, to) occurs in text[at, limit) in order, not necessarily adjacent. */
function isSubsequence(text: string, from: number, to: number, at: number, limit: number): boolean {
  let j = at;
  for (let i = from; i < to; i++) {
    while (j < limit && text.charCodeAt(j) !== text.charCodeAt(i)) j++;
    if (j === limit) return false;
    j++;
  }
  return true;
}
