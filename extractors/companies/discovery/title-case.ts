/** Title-case lines (headlines), where capitalisation is no evidence of a name. */

/**
 * A line in title case: of its words of four letters or more, fewer than a third in lower case
 * ("Plug Power Signs Agreement to Acquire Frames Group, Adding Process Engineering").
 */
export function isTitleCaseLine(line: string): boolean {
  let lower = 0;
  let all = 0;
  for (const w of line.matchAll(/\p{L}{4,}/gu)) {
    all++;
    if (/^\p{Ll}/u.test(w[0])) lower++;
  }
  return all >= 3 && lower * 3 < all;
}

/** A headline written in a sentence's place: a title-case line without a closing full stop, ! or ?. */
export function isHeadlineLine(line: string): boolean {
  const trimmed = line.trimEnd();
  return !/[.!?]["”’)]?$/.test(trimmed) && isTitleCaseLine(trimmed);
}

/** A heading segment, or any segment whose text is a headline line (where capitalisation names nothing). */
export function isHeadlineSegment(text: string, seg: { kind: string; start: number; end: number }): boolean {
  return seg.kind === 'heading' || isHeadlineLine(text.slice(seg.start, seg.end));
}
