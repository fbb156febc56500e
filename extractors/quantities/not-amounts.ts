/**
 * Numbers that are no amount of their own, whatever follows them: those inside a URL
 * (percent-encoding %20, ids), a later field of a dotted sequence, a fraction's denominator.
 */
import { isAsciiDigit } from '../../text/chars.ts';
import { forEachMatch } from '../../text/regex.ts';

const URL = /(?:https?:\/\/|www\.)[^\s"'<>()[\]（）「」、。]+/gi;

/** [start, end) of every URL in the text, in order. */
export function urlRanges(text: string): [number, number][] {
  if (!text.includes('://') && !text.includes('www.')) return [];
  const out: [number, number][] = [];
  forEachMatch(URL, text, (m) => out.push([m.index, m.index + m[0].length]));
  return out;
}

/**
 * A number starting at `start` that is a later field of a dotted sequence (the 3 of "1.2.3 GWh",
 * a version or an address) or the denominator of a fraction character (½ is "1⁄2" after NFKC:
 * "½ GWh" is not 2 GWh).
 */
export function isSequenceTail(text: string, start: number): boolean {
  const prev = text.charCodeAt(start - 1);
  if (prev === 0x2044) return true;
  if (prev !== 0x2e || !isAsciiDigit(text.charCodeAt(start - 2))) return false;
  let i = start - 2;
  while (i > 0 && isAsciiDigit(text.charCodeAt(i - 1))) i--;
  return text.charCodeAt(i - 1) === 0x2e && isAsciiDigit(text.charCodeAt(i - 2));
}
