/**
 * Brackets in a clause: where one closes, and the members a count's bracket lists
 * (「日本の電池メーカー3社（マクセル、エナックス、エリーパワー）と」).
 */
import type { Atom } from './model.ts';

export const OPEN = '([〔【「『';
const CLOSE = ')]〕】」』';

/** Index just after the bracket closing the one opened at `open`, or -1 (limit: 160 chars). */
export function closeBracket(text: string, open: number, limit: number): number {
  let depth = 0;
  const max = Math.min(limit, open + 160);
  for (let i = open; i < max; i++) {
    const c = text[i]!;
    if (OPEN.includes(c)) depth++;
    else if (CLOSE.includes(c)) {
      depth--;
      if (depth === 0) return i + 1;
    } else if (c === '\n' || c === '。') return -1;
  }
  return -1;
}

/** What may stand between the members a count's bracket lists: 、 ・ と and spaces. */
const MEMBER_SEPARATOR = /^[、,・と\s]*$/;

/**
 * How many atoms from `first` are companies that fill the bracket content [cs, ce) as a list, or 0:
 * every atom inside a company, nothing but separators between and around them, two at least.
 */
export function countedMembers(text: string, atoms: readonly Atom[], first: number, cs: number, ce: number): number {
  let n = 0;
  let at = cs;
  for (let j = first; j < atoms.length && atoms[j]!.start < ce; j++) {
    const a = atoms[j]!;
    if (a.kind !== 'company' || a.end > ce || !MEMBER_SEPARATOR.test(text.slice(at, a.start))) return 0;
    at = a.end;
    n++;
  }
  return n >= 2 && MEMBER_SEPARATOR.test(text.slice(at, ce)) ? n : 0;
}
